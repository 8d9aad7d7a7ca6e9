/**
 * `recovery-kit/model`: the shared error model. Plain TypeScript; imports nothing of React,
 * so it runs in Node, edge runtimes and the browser.
 */
export type {
  ApprovalInfo,
  ApprovalPendingError,
  AuthMethodUnsupportedError,
  BlockedError,
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
} from "./types.js";
export { RECOVERY_ERROR_KINDS, isRecoveryError } from "./types.js";
export { parseRecoveryError, QUOTA_RETRY_AFTER_MS } from "./parse.js";
export { fromResponse, fromError } from "./from-response.js";
export type { ReadOptions } from "./from-response.js";
export { parseRetryAfter, parseHttpDate, parseWait, MAX_RETRY_AFTER_MS } from "./retry-after.js";
export { isSafeHref, toSafeHttpsUrl, hostOf } from "./safe-url.js";
export { toPlainText, MAX_MESSAGE_LENGTH } from "./text.js";
export { DEFAULT_MESSAGES } from "./default-messages.js";
export { redactString, redactMessage, REDACTED } from "./redact.js";
export { redact, isSecretKey, formatToolArgs, tailOf } from "./tool-call-helpers.js";
export type { RedactOptions } from "./redact-args.js";
export type { OutputTail } from "./tail.js";
