/**
 * `recovery-kit/approval-pending-notice`: the notice for an action waiting on an admin's
 * approval. One entry per component beside the root: see vite.config.ts's build.
 */
export { ApprovalPendingNotice } from "../components/approval-pending-notice.js";
export type { ApprovalPendingNoticeProps, ApprovalActionContext, ApprovalStatus } from "../components/approval-pending-notice.js";
