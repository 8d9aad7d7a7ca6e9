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
export { useMessages, useCommon, useLocale, useWording } from "./context";
export type { WordingChoice } from "./context";
export { RecoveryProvider, mergeMessages, useCatalog } from "./provider";
export type { MessageOverrides, NoticeOverrides, RecoveryProviderProps } from "./provider";
export { NOTICE_ACTION_IDS } from "./notice-types";
export type { NoticeActionId, NoticeCatalog, NoticeChrome, NoticeKind, NoticeText } from "./notice-types";
export { de } from "./de";
export { en } from "./en";
