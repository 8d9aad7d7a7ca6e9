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
export { RecoveryProvider, mergeMessages, useCatalog, useMessages } from "./context";
export type { MessageOverrides, RecoveryProviderProps } from "./context";
