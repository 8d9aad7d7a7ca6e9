/**
 * A part of the UI loaded with `import()` (a card, the Inspect dialog, the Copy details text):
 * one load in flight at a time, the module kept once it has come, and after a failure the
 * next call is a new `import()`, so a later attempt asks the network again. Not React.lazy,
 * which keeps a rejection for good. No React here: components read a `lazyPart`'s `current()`
 * while rendering (a `loadPart`'s only when pressed) and call `load()` or `preload()` when the
 * part is wanted.
 */
export interface LoadPart<M> {
  /** The module, once it has loaded; undefined before (and after a failed load). */
  current(): M | undefined;
  /** The module: the one in memory, the load in flight, or a new `import()`. Rejects when the load fails. */
  load(): Promise<M>;
  /**
   * Loads without raising: whether it loaded. A failure (offline) is no error yet; the next
   * call tries again. One promise per attempt, so it is also what a component throws to
   * Suspense while the part is on its way.
   */
  preload(): Promise<boolean>;
}

/** A part whose loads a component can follow while rendering (ErrorRecovery's cards and notice). */
export interface LazyPart<M> extends LoadPart<M> {
  /** Whether the last load that settled failed (offline, a deploy removed the chunk); still true while another attempt is in flight. */
  failed(): boolean;
  /** Calls `listener` each time a load settles (for useSyncExternalStore, with `settledCount`). */
  subscribe(listener: () => void): () => void;
  /** How many loads have settled: changes whenever `current()` or `failed()` may have. */
  settledCount(): number;
}

/**
 * Only loads: what a part nothing renders from needs (the Copy details text, read on a press;
 * the Inspect dialog and the call-as-text view, loaded on a press, a hover or at idle),
 * so a card that ships it ships none of `lazyPart`'s bookkeeping. `settle` hears each load settle.
 */
export function loadPart<M>(importer: () => Promise<M>, settle?: (worked: boolean) => void): LoadPart<M> {
  let module: M | undefined;
  // The attempt in flight, and the same attempt as a promise that never rejects.
  let loading: Promise<M> | undefined;
  let settling: Promise<boolean> | undefined;
  const load = (): Promise<M> => {
    if (module) return Promise.resolve(module);
    if (!loading) {
      loading = importer().then(
        (loaded) => {
          module = loaded;
          settle?.(true);
          return loaded;
        },
        (error: unknown) => {
          loading = undefined;
          settle?.(false);
          throw error;
        },
      );
      settling = loading.then(
        () => true,
        () => false,
      );
    }
    return loading;
  };
  return {
    current: () => module,
    load,
    preload: () => (module ? Promise.resolve(true) : (void load(), settling!)),
  };
}

export function lazyPart<M>(importer: () => Promise<M>): LazyPart<M> {
  let failed = false;
  let settled = 0;
  const listeners = new Set<() => void>();
  return {
    ...loadPart(importer, (worked) => {
      failed = !worked;
      settled++;
      for (const listener of listeners) listener();
    }),
    failed: () => failed,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settledCount: () => settled,
  };
}
