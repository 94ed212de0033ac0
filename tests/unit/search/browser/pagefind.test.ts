/** The engine's loading, where it runs without a browser: the support data a query is read with, what it keeps. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeSupport } from '../../../../src/lib/search/shared/data.ts';
import { cached, openParts, supportFor } from '../../../../src/lib/search/browser/pagefind.ts';
import { BoundedCache } from '../../../../src/lib/search/browser/bounded-cache.ts';
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

describe('cached', () => {
  it('fetches a key once while it is kept, and again once it is forgotten', async () => {
    const cache = new BoundedCache<number, Promise<string>>(2);
    const loads: number[] = [];
    const load = (n: number) => () => {
      loads.push(n);
      return Promise.resolve(`text ${n}`);
    };
    expect(await cached(cache, 1, load(1))).toBe('text 1');
    expect(await cached(cache, 1, load(1))).toBe('text 1');
    await cached(cache, 2, load(2));
    await cached(cache, 3, load(3));
    expect(cache.size).toBe(2);
    await cached(cache, 1, load(1));
    expect(loads).toEqual([1, 2, 3, 1]);
  });

  it('retries a failed fetch, and a late failure never forgets a later fetch of the same key', async () => {
    const cache = new BoundedCache<number, Promise<string>>(1);
    let fail!: (error: Error) => void;
    const failing = cached(cache, 1, () => new Promise<string>((_, reject) => (fail = reject)));
    // Forgotten (another key took its place), fetched again, and only then does the first fetch fail.
    await cached(cache, 2, async () => 'text 2');
    const again = cached(cache, 1, async () => 'text 1');
    fail(new Error('offline'));
    await expect(failing).rejects.toThrow('offline');
    expect(await again).toBe('text 1');
    expect(cache.peek(1)).toBe(again);
    const retried = new BoundedCache<number, Promise<string>>(1);
    await expect(cached(retried, 1, async () => Promise.reject(new Error('offline')))).rejects.toThrow();
    expect(await cached(retried, 1, async () => 'text 1')).toBe('text 1');
  });
});

describe('openParts', () => {
  afterEach(() => vi.unstubAllGlobals());
  const part = (name: string) => ({ name, first: 0, count: 1 });

  /**
   * Pagefind's instance as 1.6 behaves: init() starts loading and returns; filters() resolves
   * once loading is done; mergeIndex() called before that waits, looking again every 50 ms.
   */
  function fakePagefind() {
    const calls: string[] = [];
    let loaded = false;
    const instance = {
      options: async () => {},
      preload: async () => {},
      search: async () => null,
      init: async () => {
        calls.push('init');
        setTimeout(() => (loaded = true), 5);
      },
      filters: async () => {
        while (!loaded) await new Promise((resolve) => setTimeout(resolve, 1));
        calls.push('filters');
        return {};
      },
      mergeIndex: async (path: string) => {
        calls.push(loaded ? `merge ${path}` : `merge ${path} while loading`);
        while (!loaded) await new Promise((resolve) => setTimeout(resolve, 50));
      },
    };
    const module = { ...instance, createInstance: vi.fn(() => instance) };
    return { module, calls };
  }

  it('adds the other parts once the first has loaded, not while it loads', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'zh-CN' } });
    const { module, calls } = fakePagefind();
    await openParts(module, part('2015-2018'), [part('2019-2020'), part('2021-2022')]);
    expect(module.createInstance).toHaveBeenCalledWith(
      expect.objectContaining({ basePath: '/pagefind/2015-2018/', noWorker: true }),
    );
    expect(calls).toEqual(['init', 'filters', 'merge /pagefind/2019-2020/', 'merge /pagefind/2021-2022/', 'filters']);
    // The page's language is left as it was (Pagefind reads the index's while the instance starts).
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
