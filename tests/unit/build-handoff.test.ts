import { afterEach, describe, expect, it } from 'vitest';
import { ask, channel, listen, offer, provide, shelf } from '../../src/lib/build-handoff.ts';

const inputs = channel<number[]>('test-inputs');
const answers = channel<string>('test-answers');

afterEach(() => {
  listen(inputs, undefined);
  provide(answers, undefined);
});

describe('what the page build and the integrations hand each other', () => {
  it('hands an offer to the listener, which computes it only when it asks', async () => {
    let computed = 0;
    const received: Promise<number[]>[] = [];
    listen(inputs, (value) => received.push(value()));
    offer(inputs, async () => [++computed]);
    expect(received).toHaveLength(1);
    expect(await received[0]).toEqual([1]);

    let lazily = 0;
    listen(inputs, () => {});
    offer(inputs, async () => [++lazily]);
    expect(lazily).toBe(0);
  });

  it('makes an offer nobody listens to a no-op', () => {
    let computed = 0;
    offer(inputs, async () => [++computed]);
    expect(computed).toBe(0);
  });

  it('answers a question with what the provider gives, and with nothing outside a build', async () => {
    expect(ask(answers)).toBeUndefined();
    provide(answers, async () => '2023-2025-0123456789abcdef');
    await expect(ask(answers)).resolves.toBe('2023-2025-0123456789abcdef');
    provide(answers, undefined);
    expect(ask(answers)).toBeUndefined();
  });

  it('keeps channels of different names apart, and the same name one channel', async () => {
    provide(answers, async () => 'answer');
    expect(ask(channel<string>('test-other'))).toBeUndefined();
    await expect(ask(channel<string>('test-answers'))).resolves.toBe('answer');
  });
});

describe('shelf', () => {
  it('gives what was put, once, to whoever takes it by the same name and key', () => {
    const left = shelf<number[]>('test-shelf');
    const right = shelf<number[]>('test-shelf');
    left.put('page-1', [1, 2]);
    expect(right.take('page-2')).toBeUndefined();
    expect(right.take('page-1')).toEqual([1, 2]);
    // Taken: not held any longer.
    expect(left.take('page-1')).toBeUndefined();
    expect(shelf<number[]>('other-shelf').take('page-1')).toBeUndefined();
  });
});
