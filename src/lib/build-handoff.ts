/**
 * What the page build hands the integrations during `astro build`, as soon as it has loaded the
 * archive (src/data/build-handoffs.ts), so work that is not a page is done outside Astro's
 * page pipeline: the search index in a process of its own while the pages render, files that
 * only copy or format data written directly.
 *
 * Astro bundles the pages apart from the integrations but runs both in one process: they meet
 * through a symbol of the global registry, one per channel. Outside a build nobody listens, and
 * an offer is a no-op. The value is computed only if the listener asks for it.
 *
 * The other way, a page may ask an integration for what only the build knows (provide, ask):
 * outside a build nobody provides, and asking gets nothing.
 */
export interface Channel<T> {
  readonly key: symbol;
  /** Carries the type of what the channel hands over; never set. */
  readonly value?: T;
}

export function channel<T>(name: string): Channel<T> {
  return { key: Symbol.for(`gaoxinqu-dangjian-archive:${name}`) };
}

export type Listener<T> = (value: () => Promise<T>) => void;

type Registry = Record<symbol, Listener<unknown> | undefined>;

/** Sets (or, with undefined, removes) the channel's one listener. */
export function listen<T>(on: Channel<T>, listener: Listener<T> | undefined): void {
  const registry = globalThis as unknown as Registry;
  if (listener) registry[on.key] = listener as Listener<unknown>;
  else delete registry[on.key];
}

export function offer<T>(on: Channel<T>, value: () => Promise<T>): void {
  (globalThis as unknown as Registry)[on.key]?.(value);
}

export type Provider<T> = () => Promise<T>;

/** Sets (or, with undefined, removes) what answers the channel's questions. */
export function provide<T>(on: Channel<T>, provider: Provider<T> | undefined): void {
  const registry = globalThis as unknown as Record<symbol, Provider<unknown> | undefined>;
  if (provider) registry[on.key] = provider as Provider<unknown>;
  else delete registry[on.key];
}

/** What the channel's provider answers; undefined when nobody provides (not in a build). */
export function ask<T>(on: Channel<T>): Promise<T> | undefined {
  return (globalThis as unknown as Record<symbol, Provider<T> | undefined>)[on.key]?.();
}

/**
 * A shelf: what one step of a build leaves, by key, for a later step of the same process to take
 * synchronously (the articles' loader → the pages). Taking removes it, so a value is held only
 * until it is used; outside a build nothing takes it.
 */
export interface Shelf<T> {
  put(key: string, value: T): void;
  take(key: string): T | undefined;
}

export function shelf<T>(name: string): Shelf<T> {
  const key = channel<Map<string, T>>(name).key;
  const registry = globalThis as unknown as Record<symbol, Map<string, T> | undefined>;
  return {
    put: (item, value) => void (registry[key] ??= new Map()).set(item, value),
    take: (item) => {
      const value = registry[key]?.get(item);
      registry[key]?.delete(item);
      return value;
    },
  };
}
