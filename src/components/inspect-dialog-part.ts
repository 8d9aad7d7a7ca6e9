/**
 * The Inspect dialog's module (and Radix with it), loaded on first hover, focus or click of
 * Inspect, or at idle by ErrorRecovery's prefetch (through its tool-stuck part, kinds/): one
 * loader for both, so a prefetched dialog opens without a request.
 */
import { loadPart } from "../ui/lazy-part.js";

// Only loaded and read on a press (or a hover), never followed while rendering: no lazyPart bookkeeping.
export const inspectDialogPart = /* @__PURE__ */ loadPart(() => import("./stuck-tool-dialog.js"));
