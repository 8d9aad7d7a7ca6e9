/**
 * The parts ErrorRecovery loads with `import()`: one card per dedicated kind, the generic
 * notice for the rest (each with its wiring of the host's actions, ./kinds/), and what those cards load later themselves (the Inspect dialog, the
 * Copy details text). A page that shows no error loads none of them on first load; once the
 * page is idle it fetches them all, so an error shown later — offline too — needs no request.
 */
import type { RecoveryErrorKind } from "../model/types.js";
import { lazyPart } from "../ui/lazy-part.js";
import { supportDetailsPart } from "../ui/support-details-part.js";

export const parts = {
  "balance-empty": lazyPart(() => import("./kinds/balance-empty.js")),
  "connector-auth": lazyPart(() => import("./kinds/connector-auth.js")),
  "rate-limited": lazyPart(() => import("./kinds/rate-limited.js")),
  "approval-pending": lazyPart(() => import("./kinds/approval-pending.js")),
  "tool-stuck": lazyPart(() => import("./kinds/tool-stuck.js")),
  notice: lazyPart(() => import("./kinds/notice.js")),
};

type Parts = typeof parts;
export type PartKey = keyof Parts;

/** The part that shows `kind`: its card, or the generic notice. */
export const partKeyOf = (kind: RecoveryErrorKind): PartKey => (kind in parts ? (kind as PartKey) : "notice");

/**
 * What the cards themselves load on first use, fetched at idle with them: the Copy details
 * text, and the Inspect dialog through the inspector's own loader (so the inspector finds it
 * loaded), which comes with the tool-stuck part: imported here, that loader's module would be
 * a chunk of its own in ErrorRecovery's first load, shared with the inspector's chunk.
 */
const later = (): Array<Promise<boolean>> => [
  supportDetailsPart.preload(),
  parts["tool-stuck"].load().then(
    (part) => part.inspectDialogPart.preload(),
    () => false,
  ),
];

/**
 * Loads every part ErrorRecovery may show. Await it before `renderToString` so the server
 * HTML holds the full card (streaming renders wait for the part they need by themselves).
 * Never rejects: `false` when a part could not be loaded (ErrorRecovery then shows its short
 * state for that kind, and tries again the next time).
 *
 * @example
 * await preloadRecovery();
 * const html = renderToString(<App />);
 */
export function preloadRecovery(): Promise<boolean> {
  return Promise.all([...Object.values(parts).map((part) => part.preload()), ...later()]).then((loaded) => loaded.every(Boolean));
}

/* ------------------------------------------------------------------ a later attempt */

// Bumped when the browser says it is back online: a kind whose card failed to load tries again.
let generation = 0;
const listeners = new Set<() => void>();
/** For useSyncExternalStore: how many times the connection came back. */
export const retryGeneration = (): number => generation;
export function subscribeRetry(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/* ------------------------------------------------------------------ idle prefetch */

let scheduled = false;
/**
 * Once per page, when the browser is idle after the page has loaded, fetches every part.
 * A failure here (offline already) raises nothing: the next error that needs a part asks again.
 */
export function prefetchWhenIdle(): void {
  if (scheduled || typeof window === "undefined") return;
  scheduled = true;
  window.addEventListener("online", () => {
    generation++;
    for (const listener of listeners) listener();
  });
  const idle = () =>
    typeof requestIdleCallback === "function" ? requestIdleCallback(() => void preloadRecovery(), { timeout: 4000 }) : setTimeout(() => void preloadRecovery(), 1);
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
}
