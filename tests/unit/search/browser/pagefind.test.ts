/** The engine's loading, where it runs without a browser: the support data a query is read with. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeSupport } from '../../../../src/lib/search/shared/data.ts';
import { supportFor } from '../../../../src/lib/search/browser/pagefind.ts';
import { foldChar } from '../../../../src/lib/search/shared/text.ts';

describe('supportFor', () => {
  const { support, t2s: t2sFile } = encodeSupport({
    t2s: { 黨: '党', 學: '学' },
    aliases: [{ filter: 'zone', value: '惠州仲恺高新区', names: ['仲恺'] }],
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reads every query without Traditional characters with one and the same map', async () => {
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);
    const first = await supportFor(support, '党建');
    const second = await supportFor(support, '高新区 仲恺');
    // What is folded with a map is kept for that map: a new one each search would fold every
    // character of every excerpt again.
    expect(second.t2s).toBe(first.t2s);
    expect(first.t2s).toEqual({});
    expect(first.aliases).toEqual(support.aliases);
    expect(fetched).not.toHaveBeenCalled();
  });

  it('fetches the map of Traditional characters once, for the first query that has one, and keeps it', async () => {
    const fetched = vi.fn(async () => new Response(JSON.stringify(t2sFile)));
    vi.stubGlobal('fetch', fetched);
    const first = await supportFor(support, '黨建');
    const second = await supportFor(support, '學習');
    expect(second.t2s).toBe(first.t2s);
    expect(foldChar('黨', first.t2s)).toBe('党');
    expect(fetched).toHaveBeenCalledTimes(1);
  });
});
