"use client";
/**
 * `recovery-kit`: the React components. The model is re-exported for convenience; hosts
 * that only need it (servers, workers) import `recovery-kit/model`, which has no React.
 */
export { RecoverySurface, surfaceVariants } from "./ui/surface";
export type { RecoverySurfaceProps, SurfaceAnnounce, SurfaceVariants } from "./ui/surface";
export { ActionButton, ActionLink, actionVariants } from "./ui/action-button";
export type { ActionButtonProps, ActionLinkProps, ActionVariants } from "./ui/action-button";
export { useAsyncAction } from "./ui/use-async-action";
export type { AsyncAction, AsyncActionState } from "./ui/use-async-action";
export type { Tone } from "./ui/icons";
export * from "./components";
export { pageClock, useNow } from "./ui/clock";
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
} from "./catalog";
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
} from "./catalog";
export * from "./model";
