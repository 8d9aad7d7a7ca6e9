/**
 * The shared error model: one discriminated union keyed by `kind`.
 *
 * Plain data, no classes and no React, so it can cross a server/client boundary, be logged,
 * and be built by hand in a test or a story.
 */

/** Every kind the model knows. Kept as a tuple so tests and the dispatcher can enumerate it. */
export const RECOVERY_ERROR_KINDS = [
  "balance-empty",
  "rate-limited",
  "connector-auth",
  "approval-pending",
  "tool-stuck",
  "unauthorized",
  "forbidden",
  "not-found",
  "timeout",
  "upstream-unavailable",
  "network",
  "invalid-request",
  "run-stuck",
  "run-failed",
  "incomplete-response",
  "stream-error",
  "output-invalid",
  "snapshot-failed",
  "webhook-failing",
  "tool-unavailable",
  "build-failed",
  "auth-method-unsupported",
  "blocked",
  "cancelled",
  "unknown",
] as const;

export type RecoveryErrorKind = (typeof RECOVERY_ERROR_KINDS)[number];

/** Fields every kind carries. */
export interface RecoveryErrorBase<K extends RecoveryErrorKind> {
  /** Which situation this is; decides the component and wording. */
  kind: K;
  /** A non-empty, plain-text sentence fit to show a person. Never HTML; cut to a sane length. */
  message: string;
  /** HTTP status, when one was known. */
  status?: number;
  /** The server's machine-readable code or type, as the server spelled it (`PAYMENT_REQUIRED`). */
  code?: string;
  /** The server's short title for the problem (RFC 9457 `title`), plain text. */
  title?: string;
  /** A request id for support (`x-request-id`, `request_id`…). */
  requestId?: string;
  /** Whether repeating the same request unchanged can succeed. Always set by the parser. */
  retryable?: boolean;
  /**
   * Where `message` came from: `"server"` when it is the server's own words (from a response
   * body), `"library"` when it is recovery-kit's default wording for the kind, because the
   * server said nothing readable or only a client or SDK composed a sentence.
   */
  messageSource?: "server" | "library";
  /** How long to wait before retrying, in milliseconds, as the server said (Retry-After, reset headers, Google's RetryInfo). */
  retryAfterMs?: number;
  /**
   * The moment (epoch ms) retrying becomes possible: `now + retryAfterMs`, fixed when the
   * error was parsed so a countdown stays right even when timers are throttled.
   */
  retryAt?: number;
  /** Which API answered, when it can be told (`openai`, `anthropic`, `google`, `stripe`, `github`…). */
  provider?: string;
  /**
   * The client's or runtime's own code, kept apart from the server's `code`: axios's
   * `ERR_BAD_REQUEST`, Node's `ECONNREFUSED`, undici's `UND_ERR_HEADERS_TIMEOUT`.
   */
  clientCode?: string;
  /**
   * The digest React gives an error it hid in production (Next.js `error.digest`): the one
   * id that finds the real error in the server's logs. Offer it for support.
   */
  digest?: string;
  /** A documentation link the server supplied; only ever an absolute `https:` URL. */
  docUrl?: string;
  /**
   * Which wording of this kind fits (`"share"` for a 404 on a share link, `"sse"` for an
   * SSE parsing failure). Set by the parser when the response says; hosts may set it too.
   */
  variant?: string;
}

/** Why a balance error happened; lets one kind carry each platform's wording. */
export type BalanceReason = "balance-empty" | "insufficient-credits" | "quota-exceeded";

export interface BalanceEmptyError extends RecoveryErrorBase<"balance-empty"> {
  reason?: BalanceReason;
  /** For a spent quota: the limit, and when it resets (`limit.resetAt`), when the server said. */
  limit?: RateLimit;
}

export interface RateLimit {
  /** What ran out, when the server said: the number of requests, or tokens. */
  resource?: "requests" | "tokens";
  /** Requests (or tokens) allowed per window (`60` for "60 requests per minute"). */
  max?: number;
  /** The window length in milliseconds. */
  windowMs?: number;
  /** Requests (or tokens) left in the current window. */
  remaining?: number;
  /** When the limit resets (epoch ms), from a reset header or the wait. */
  resetAt?: number;
}

export interface RateLimitedError extends RecoveryErrorBase<"rate-limited"> {
  /** The limit that was hit, when the server said what it is. */
  limit?: RateLimit;
}

/** Which connector situation this is. */
export type ConnectorReason =
  | "auth-failed"
  | "missing-scope"
  | "not-connected"
  | "consent-required"
  | "callback-failed"
  /** Back from a just-in-time OAuth flow, but the waiting action did not resume on its own. */
  | "resume-pending";

export interface ConnectorInfo {
  /**
   * The provider or connector name as the server gave it ("Gmail", "linear"), or the host of
   * the URL it must be authorized at ("github.com") when only that says who it is.
   */
  name?: string;
  /** The connector's id as the server gave it (`conn_123`, an MCP server's name). */
  id?: string;
  /** Where to send the user to grant access. Only ever an absolute `https:` URL without credentials. */
  authorizationUrl?: string;
  /** True when the server sent an authorization URL that was unsafe and so was dropped. */
  authorizationUrlRejected?: boolean;
  /** Scopes the call needed but the grant lacks (`gmail.send`). */
  missingScopes?: string[];
}

export interface ConnectorAuthError extends RecoveryErrorBase<"connector-auth"> {
  reason?: ConnectorReason;
  connector?: ConnectorInfo;
}

export interface ApprovalInfo {
  /** The tool whose call needs approval. */
  tool?: string;
  /** The HTTP method of the call (`DELETE`). */
  method?: string;
  /** The agent that made the call. */
  agent?: string;
  /** The access request's id. */
  requestId?: string;
  /** The paused run's id. */
  runId?: string;
  /** When approved access expires (epoch ms). */
  expiresAt?: number;
}

export interface ApprovalPendingError extends RecoveryErrorBase<"approval-pending"> {
  approval?: ApprovalInfo;
}

export interface ToolCallInfo {
  name: string;
  /** The call's arguments as sent; redact before showing. */
  args?: unknown;
  /** Output received so far. */
  partialOutput?: string;
  /**
   * Output before `partialOutput` that `fromResponse` read past and did not keep (it keeps a
   * long output's last 4 MiB): counted, so the inspector still says how much is hidden.
   */
  outputOmitted?: { chars: number; lines: number };
  /** When the call started (epoch ms). */
  startedAt?: number;
}

export interface ToolStuckError extends RecoveryErrorBase<"tool-stuck"> {
  toolCall?: ToolCallInfo;
}

/** What a not-found error is about, when the server said. */
export interface NotFoundResource {
  /** `model`, `session`, `share`… */
  type?: string;
  id?: string;
}

export interface NotFoundError extends RecoveryErrorBase<"not-found"> {
  resource?: NotFoundResource;
}

/** A run, session or agent that sits in one state too long (`running`, `initializing`, `Pending`). */
export interface RunInfo {
  /** What the id names: a run, a session or an agent. */
  subject?: "run" | "session" | "agent";
  id?: string;
  /** The state as the platform reports it. */
  state?: string;
  /** When it entered that state or started (epoch ms). */
  since?: number;
  /** ERROR events from the run's event log. */
  errorEvents?: RunEvent[];
  /** The run's event log, when linkable (absolute https or relative). */
  eventsUrl?: string;
}

export interface RunEvent {
  type: string;
  message: string;
  /** epoch ms */
  at?: number;
}

export interface RunStuckError extends RecoveryErrorBase<"run-stuck"> {
  run?: RunInfo;
}

export interface RunFailedError extends RecoveryErrorBase<"run-failed"> {
  run?: RunInfo;
}

export type IncompleteResponseError = RecoveryErrorBase<"incomplete-response">;
export type StreamError = RecoveryErrorBase<"stream-error">;
export type OutputInvalidError = RecoveryErrorBase<"output-invalid">;

export interface SnapshotFailedError extends RecoveryErrorBase<"snapshot-failed"> {
  snapshot?: { id?: string };
}

export interface WebhookFailingError extends RecoveryErrorBase<"webhook-failing"> {
  webhook?: { subscriptionId?: string; failures?: number; eventId?: string };
}

export interface ToolUnavailableError extends RecoveryErrorBase<"tool-unavailable"> {
  tool?: {
    name?: string;
    baseUrl?: string;
    /** When the platform last probed the tool (epoch ms). */
    lastProbeTime?: number;
    /** How long that probe took. */
    probeLatencyMs?: number;
  };
}

export interface BuildFailedError extends RecoveryErrorBase<"build-failed"> {
  build?: { id?: string; logUrl?: string };
}

/** The request itself was rejected as malformed (400, 422): a bad field, a wrong name. */
export interface InvalidRequestError extends RecoveryErrorBase<"invalid-request"> {
  /** The offending parameter, when the server named it. */
  param?: string;
}

/**
 * A content policy or a guardrail stopped the message (OpenAI/Azure `content_filter`,
 * Google `SAFETY`, an agent's input or output guardrail). Not retryable: the same text is
 * blocked again, so the person is asked to rephrase. `variant`: `"input"` (a guardrail on
 * what was sent), `"output"` (the answer was withheld), else a provider's content policy.
 */
export type BlockedError = RecoveryErrorBase<"blocked">;

/** A credential of the wrong kind for this client (an MCP Bearer key where only OAuth works). */
export type AuthMethodUnsupportedError = RecoveryErrorBase<"auth-method-unsupported">;

export type UnauthorizedError = RecoveryErrorBase<"unauthorized">;
export type ForbiddenError = RecoveryErrorBase<"forbidden">;
export type TimeoutError = RecoveryErrorBase<"timeout">;
export type UpstreamUnavailableError = RecoveryErrorBase<"upstream-unavailable">;
/** The request never reached a server: offline, DNS, CORS, connection reset. */
export type NetworkError = RecoveryErrorBase<"network">;
export type UnknownError = RecoveryErrorBase<"unknown">;
/**
 * The request was cancelled on purpose (an `AbortController`, a user leaving the page, an
 * SDK's `APIUserAbortError`, axios's `CanceledError`). Not retryable and usually not worth
 * showing: `ErrorRecovery` renders nothing for it unless asked.
 */
export type CancelledError = RecoveryErrorBase<"cancelled">;

export type RecoveryError =
  | BalanceEmptyError
  | RateLimitedError
  | ConnectorAuthError
  | ApprovalPendingError
  | ToolStuckError
  | UnauthorizedError
  | ForbiddenError
  | NotFoundError
  | TimeoutError
  | UpstreamUnavailableError
  | NetworkError
  | InvalidRequestError
  | RunStuckError
  | RunFailedError
  | IncompleteResponseError
  | StreamError
  | OutputInvalidError
  | SnapshotFailedError
  | WebhookFailingError
  | ToolUnavailableError
  | BuildFailedError
  | AuthMethodUnsupportedError
  | BlockedError
  | CancelledError
  | UnknownError;

/** The member of the union for one kind: `RecoveryErrorOf<"rate-limited">`. */
export type RecoveryErrorOf<K extends RecoveryErrorKind> = Extract<RecoveryError, { kind: K }>;

/** Headers as hosts hold them: a `Headers`, or a plain record in any letter case. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

export interface ParseContext {
  /** The HTTP status, when the input is only a body. */
  status?: number;
  /** The response headers, when the input is only a body. */
  headers?: HeadersLike;
  /** The current time (epoch ms); defaults to `Date.now()`. Fixes `retryAt`. */
  now?: number;
  /** The response body, when the input is an error or a `Response` whose body was read apart. */
  body?: unknown;
}

/** Type guard: is `value` a RecoveryError of a known kind with a message? */
export function isRecoveryError(value: unknown): value is RecoveryError {
  if (typeof value !== "object" || value === null) return false;
  try {
    const { kind, message } = value as { kind?: unknown; message?: unknown };
    return (
      typeof kind === "string" &&
      (RECOVERY_ERROR_KINDS as readonly string[]).includes(kind) &&
      typeof message === "string" &&
      message.length > 0
    );
  } catch {
    return false;
  }
}
