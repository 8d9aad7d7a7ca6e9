/**
 * `recovery-kit/recovery-notice`: the generic notice for every other kind. One entry per
 * component beside the root: see vite.config.ts's build.
 */
export { RecoveryNotice } from "../components/recovery-notice.js";
export type { RecoveryNoticeProps, RecoveryAction, RecoveryActionContext } from "../components/recovery-notice.js";
