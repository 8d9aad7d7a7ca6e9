/**
 * The Copy details text builder, loaded when Copy details is about to be used (hover, focus)
 * or at idle by ErrorRecovery's prefetch, not with every card.
 */
import { loadPart } from "./lazy-part.js";

export const supportDetailsPart = /* @__PURE__ */ loadPart(() => import("./support-details.js"));
