/**
 * `recovery-kit`: the React components. The model is re-exported for convenience; hosts
 * that only need it (servers, workers) import `recovery-kit/model`, which has no React.
 * No "use client" here: each component module has its own, so server code can import the
 * model functions re-exported below and gets client references for the components.
 */
export { RecoverySurface, surfaceVariants } from "./ui/surface.js";
export type { RecoverySurfaceProps, SurfaceAnnounce, SurfaceVariants } from "./ui/surface.js";
export { ActionButton, ActionLink, actionVariants } from "./ui/action-button.js";
export type { ActionButtonProps, ActionLinkProps, ActionVariants } from "./ui/action-button.js";
export { useAsyncAction } from "./ui/use-async-action.js";
export { useRecovery } from "./ui/use-recovery.js";
export type { ActionStatus, RecoveryState, UseRecoveryAction, UseRecoveryOptions } from "./ui/use-recovery.js";
export type { AsyncAction, AsyncActionState } from "./ui/use-async-action.js";
export type { RecoveryEvent, RecoveryEventHandler, RecoveryEventType } from "./ui/events.js";
export type { Tone } from "./ui/icons.js";
// Plain functions (no React): server code may call them from this entry too.
export { supportDetails } from "./ui/support-details.js";
export type { SupportDetailsOptions } from "./ui/support-details.js";
export * from "./components/index.js";
export { pageClock, useNow } from "./ui/clock.js";
export {
  defaultMessages,
  en,
  de,
  RecoveryProvider,
  mergeMessages,
  useCatalog,
  useMessages,
  useWording,
  NOTICE_ACTION_IDS,
  formatDuration,
  formatClockTime,
  formatCountdown,
  formatNumber,
  formatRelativeTime,
} from "./catalog/index.js";
export type {
  ApprovalMessages,
  BalanceMessages,
  CommonMessages,
  ConnectorMessages,
  FormatMessages,
  MessageOverrides,
  NoticeActionId,
  NoticeCatalog,
  NoticeChrome,
  NoticeKind,
  NoticeOverrides,
  NoticeText,
  WordingChoice,
  RateLimitMessages,
  RecoveryMessages,
  RecoveryProviderProps,
  StuckToolMessages,
} from "./catalog/index.js";
export * from "./model/index.js";
