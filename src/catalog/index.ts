export type {
  ApprovalMessages,
  BalanceMessages,
  CommonMessages,
  ConnectorMessages,
  FormatMessages,
  RateLimitMessages,
  RecoveryMessages,
  StuckToolMessages,
} from "./types";
export { en as defaultMessages } from "./en";
export { formatDuration, formatClockTime, formatCountdown, formatNumber, formatRelativeTime } from "./format";
export { RecoveryProvider, mergeMessages, useCatalog, useMessages, useWording } from "./context";
export type { MessageOverrides, NoticeOverrides, RecoveryProviderProps, WordingChoice } from "./context";
export { NOTICE_ACTION_IDS } from "./notice-types";
export type { NoticeActionId, NoticeCatalog, NoticeChrome, NoticeKind, NoticeText } from "./notice-types";
export { de } from "./de";
export { en } from "./en";
