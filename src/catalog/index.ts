export type {
  ApprovalMessages,
  BalanceMessages,
  CommonMessages,
  ConnectorMessages,
  FormatMessages,
  RateLimitMessages,
  RecoveryMessages,
  StuckToolMessages,
} from "./types.js";
export { en as defaultMessages } from "./en.js";
export { formatDuration, formatClockTime, formatCountdown, formatNumber, formatRelativeTime } from "./format.js";
export { useMessages, useCommon, useLocale, useWording } from "./context.js";
export type { WordingChoice } from "./context.js";
export { RecoveryProvider, mergeMessages, useCatalog } from "./provider.js";
export type { MessageOverrides, NoticeOverrides, RecoveryProviderProps } from "./provider.js";
export { NOTICE_ACTION_IDS } from "./notice-types.js";
export type { NoticeActionId, NoticeCatalog, NoticeChrome, NoticeKind, NoticeText } from "./notice-types.js";
export { de } from "./de.js";
export { en } from "./en.js";
