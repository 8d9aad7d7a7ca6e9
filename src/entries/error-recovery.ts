/**
 * `recovery-kit/error-recovery`: the component that picks the right card, banner or notice for
 * any error. One entry per component beside the root: see vite.config.ts's build.
 */
export { ErrorRecovery, preloadRecovery } from "../components/error-recovery.js";
export type { ErrorRecoveryProps, RecoveryActions, RecoveryActionId, RecoveryOptions, ComponentActionId } from "../components/error-recovery.js";
