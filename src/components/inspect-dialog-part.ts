/**
 * The Inspect dialog's module (and Radix with it), loaded on first hover, focus or click of
 * Inspect, or at idle by ErrorRecovery's prefetch: one loader for both, so a prefetched
 * dialog opens without a request.
 */
import { lazyPart } from "../ui/lazy-part.js";

export const inspectDialogPart = /* @__PURE__ */ lazyPart(() => import("./stuck-tool-dialog.js"));
