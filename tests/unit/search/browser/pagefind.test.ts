/** The engine's loading, where it runs without a browser: the support data a query is read with, what it keeps. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeSupport } from '../../../../src/lib/search/shared/data.ts';
import {
  cached,
  LOADED_CHECK_SPACING_MS,
  LOADED_CHECKS,
  openParts,
  preloadIn,
  supportFor,
  type Pagefind,
  type Searcher,
  whenLoaded,
} from '../../../../src/lib/search/browser/pagefind.ts';
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

describe('preloadIn', () => {
  /** A searcher on one part whose chunks start at 党建 and 党史: Pagefind's preloads recorded, each held until released. */
  function searcher(fails = false) {
    const asked: string[] = [];
    const releases: (() => void)[] = [];
    const pagefind = {
      preload: (word: string) => {
        asked.push(word);
        return new Promise<void>((resolve, reject) =>
          releases.push(() => (fails ? reject(new Error('HTTP 503')) : resolve())),
        );
      },
    } as unknown as Pagefind;
    const bundles = { chunkStarts: ['党建', '党史'] } as unknown as Searcher['parts'][number]['bundles'];
    const target: Searcher = {
      pagefind,
      parts: [{ part: { name: 'p0' } as Searcher['parts'][number]['part'], bundles }],
      preloaded: new Map(),
    };
    return { target, asked, release: () => releases.splice(0).forEach((release) => release()) };
  }

  it("asks Pagefind once for a word's chunks, however many searches need them at once or later", async () => {
    const { target, asked, release } = searcher();
    // A prefix term: its own chunk, and the chunks that begin inside its range.
    const loads = [preloadIn(target, '党'), preloadIn(target, '党')];
    expect(asked).toEqual(['党', '党建', '党史']);
    release();
    await Promise.all(loads);
    await preloadIn(target, '党');
    expect(asked).toEqual(['党', '党建', '党史']);
  });

  it('asks again for a word whose loading failed', async () => {
    const { target, asked, release } = searcher(true);
    const load = preloadIn(target, '党建');
    release();
    await expect(load).rejects.toThrow('HTTP 503');
    const again = preloadIn(target, '党建');
    expect(asked).toEqual(['党建', '党建']);
    release();
    await expect(again).rejects.toThrow('HTTP 503');
  });
});

describe('openParts', () => {
  afterEach(() => vi.unstubAllGlobals());
  const part = (name: string) => ({ name, first: 0, count: 1, meta: 'pagefind.und_0.pf_meta' });

  /**
   * Pagefind's instance as 1.6 behaves: init() starts loading and returns; filters() resolves
   * once loading is done; mergeIndex() called before that waits, looking again every 50 ms.
   */
  function fakePagefind() {
    const calls: string[] = [];
    const merged: [string, Record<string, unknown>][] = [];
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
        while (!loaded) await new Promise((resolve) => setTimeout(resolve, 50));
        calls.push('filters');
        return {};
      },
      mergeIndex: async (path: string, options: Record<string, unknown>) => {
        merged.push([path, options]);
        calls.push(loaded ? `merge ${path}` : `merge ${path} while loading`);
        while (!loaded) await new Promise((resolve) => setTimeout(resolve, 50));
      },
    };
    const module = { ...instance, createInstance: vi.fn(() => instance) };
    return { module, calls, merged };
  }

  it('adds the other parts once the first has loaded, not while it loads', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'zh-CN' } });
    const { module, calls, merged } = fakePagefind();
    await openParts(module, part('2015-2018'), [part('2019-2020'), part('2021-2022')]);
    // Each part's entry file asked for by the part's name, which changes with its content, not by the time.
    expect(module.createInstance).toHaveBeenCalledWith(
      expect.objectContaining({ basePath: '/pagefind/2015-2018/', noWorker: true, metaCacheTag: '2015-2018' }),
    );
    expect(merged).toEqual([
      ['/pagefind/2019-2020/', { language: 'und', metaCacheTag: '2019-2020' }],
      ['/pagefind/2021-2022/', { language: 'und', metaCacheTag: '2021-2022' }],
    ]);
    // Loaded first (whenLoaded's checks, however many of them ran), then the parts added, then their metadata read.
    const merges = calls.filter((call) => call.startsWith('merge'));
    expect(merges).toEqual(['merge /pagefind/2019-2020/', 'merge /pagefind/2021-2022/']);
    expect(calls[0]).toBe('init');
    expect(calls.slice(1, calls.indexOf(merges[0]!)).every((call) => call === 'filters')).toBe(true);
    expect(calls.slice(1, calls.indexOf(merges[0]!)).length).toBeGreaterThan(0);
    expect(calls.at(-1)).toBe('filters');
    // The page's language is left as it was (Pagefind reads the index's while the instance starts).
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});

describe('whenLoaded', () => {
  afterEach(() => vi.useRealTimers());

  /**
   * Pagefind 1.6's instance while it loads, as its own code does it: a call made before the
   * loading ends looks again every 50 ms (its getPtr), so it resolves on the first look after.
   */
  function loadingInstance(loadedAt: number) {
    const started: number[] = [];
    const filters = async () => {
      started.push(Date.now());
      while (Date.now() < loadedAt) await new Promise((resolve) => setTimeout(resolve, 50));
      return {};
    };
    return { filters, started };
  }

  /** The fake time at which the promise settles. */
  async function settledAt(promise: Promise<unknown>): Promise<number> {
    let at = -1;
    void promise.then(
      () => (at = Date.now()),
      () => (at = Date.now()),
    );
    for (let step = 0; step < 1_000 && at < 0; step++) await vi.advanceTimersByTimeAsync(1);
    return at;
  }

  it.each([1, 13, 49, 51, 123, 377])(
    'resolves within one check spacing of the loading ending at %i ms, where a single call waits for its next look',
    async (loadedAt) => {
      vi.useFakeTimers({ now: 0 });
      const alone = loadingInstance(loadedAt);
      const aloneAt = await settledAt(alone.filters());
      vi.setSystemTime(0);
      const checked = loadingInstance(loadedAt);
      const at = await settledAt(whenLoaded(checked));
      expect(at).toBeGreaterThanOrEqual(loadedAt);
      expect(at).toBeLessThanOrEqual(loadedAt + LOADED_CHECK_SPACING_MS);
      expect(aloneAt - loadedAt).toBe((50 - (loadedAt % 50)) % 50);
      // No more calls than the checks, none after it resolved.
      expect(checked.started.length).toBeLessThanOrEqual(LOADED_CHECKS);
      expect(checked.started.every((t) => t <= at)).toBe(true);
    },
  );

  it('makes one call when the instance has loaded already', async () => {
    vi.useFakeTimers({ now: 100 });
    const instance = loadingInstance(0);
    expect(await settledAt(whenLoaded(instance))).toBe(100);
    await vi.advanceTimersByTimeAsync(200);
    expect(instance.started).toEqual([100]);
  });

  it('fails as the instance does, once', async () => {
    vi.useFakeTimers({ now: 0 });
    const failure = new Error('Pagefind: WASM Error');
    const promise = whenLoaded({ filters: () => Promise.reject(failure) });
    await expect(promise).rejects.toBe(failure);
  });
});
