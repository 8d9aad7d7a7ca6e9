/**
 * `recovery-kit/model`: the shared error model. Plain TypeScript; imports nothing of React,
 * so it runs in Node, edge runtimes and the browser.
 */
export type {
  ApprovalInfo,
  ApprovalPendingError,
  AuthMethodUnsupportedError,
  BuildFailedError,
  CancelledError,
  IncompleteResponseError,
  InvalidRequestError,
  OutputInvalidError,
  RunEvent,
  RunFailedError,
  RunInfo,
  RunStuckError,
  SnapshotFailedError,
  StreamError,
  ToolUnavailableError,
  WebhookFailingError,
  BalanceEmptyError,
  BalanceReason,
  ConnectorAuthError,
  ConnectorInfo,
  ConnectorReason,
  ForbiddenError,
  HeadersLike,
  NetworkError,
  NotFoundError,
  NotFoundResource,
  ParseContext,
  RateLimit,
  RateLimitedError,
  RecoveryError,
  RecoveryErrorBase,
  RecoveryErrorKind,
  RecoveryErrorOf,
  TimeoutError,
  ToolCallInfo,
  ToolStuckError,
  UnauthorizedError,
  UnknownError,
  UpstreamUnavailableError,
} from "./types";
export { RECOVERY_ERROR_KINDS, isRecoveryError } from "./types";
export { parseRecoveryError, QUOTA_RETRY_AFTER_MS } from "./parse";
export { fromResponse, fromError } from "./from-response";
export type { ReadOptions } from "./from-response";
export { parseRetryAfter, parseHttpDate, parseWait, MAX_RETRY_AFTER_MS } from "./retry-after";
export { isSafeHref, toSafeHttpsUrl, hostOf } from "./safe-url";
export { toPlainText, MAX_MESSAGE_LENGTH } from "./text";
export { DEFAULT_MESSAGES } from "./default-messages";
export { redact, redactString, redactMessage, isSecretKey, formatToolArgs, REDACTED } from "./redact";
export type { RedactOptions } from "./redact";
export { tailOf } from "./tail";
export type { OutputTail } from "./tail";
