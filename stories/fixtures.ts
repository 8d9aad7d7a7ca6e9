/**
 * Realistic failures as the seed pages describe them, passed through the real parser so
 * every story exercises the whole path: response → model → component.
 */
import { parseRecoveryError, type RecoveryError, type RecoveryErrorKind, type RecoveryErrorOf } from "../src/model";

/** Fails loudly if the parser stops classifying a fixture the way its story needs. */
function as<K extends RecoveryErrorKind>(kind: K) {
  return (error: RecoveryError): RecoveryErrorOf<K> => {
    if (error.kind !== kind) throw new Error(`fixture parsed as ${error.kind}, expected ${kind}`);
    return error as RecoveryErrorOf<K>;
  };
}

export const balanceEmpty = (): RecoveryErrorOf<"balance-empty"> =>
  as("balance-empty")(
    parseRecoveryError(
      { error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } },
      { status: 402, headers: { "x-request-id": "req_7f3a9c" } },
    ),
  );

export const insufficientCredits = (): RecoveryErrorOf<"balance-empty"> =>
  as("balance-empty")(parseRecoveryError({ error: "Insufficient credits" }, { status: 402 }));

export const quotaExceeded = (): RecoveryErrorOf<"balance-empty"> =>
  as("balance-empty")(
    parseRecoveryError(
      { error: { message: "You exceeded your current quota, please check your plan and billing details.", type: "insufficient_quota", code: "insufficient_quota" } },
      { status: 429 },
    ),
  );

export const rateLimited = (seconds: number, extraHeaders: Record<string, string> = {}): RecoveryErrorOf<"rate-limited"> =>
  as("rate-limited")(
    parseRecoveryError(
      { error: "Too many requests", retryAfterMs: seconds * 1000 },
      { status: 429, headers: { "Retry-After": String(seconds), ...extraHeaders }, now: Date.now() },
    ),
  );

export const rateLimitedNoRetryAfter = (): RecoveryErrorOf<"rate-limited"> =>
  as("rate-limited")(parseRecoveryError({ error: "Too many requests" }, { status: 429 }));

export const connectorAuthFailed = (): RecoveryErrorOf<"connector-auth"> =>
  as("connector-auth")(
    parseRecoveryError(
      { error: { code: "CONNECTOR_AUTH_FAILED", message: "OAuth refresh failed for Gmail", connector: { name: "Gmail" } } },
      { status: 401 },
    ),
  );

export const connectorMissingScope = (): RecoveryErrorOf<"connector-auth"> =>
  as("connector-auth")(
    parseRecoveryError(
      { error: { code: "insufficient_scope", message: "The Gmail grant lacks gmail.send", provider: "Gmail", missing_scopes: ["gmail.send"] } },
      { status: 403 },
    ),
  );

export const providerNotConnected = (): RecoveryErrorOf<"connector-auth"> =>
  as("connector-auth")(parseRecoveryError({ error: "Tool execution failed: Linear not connected" }, { status: 400 }));

export const consentRequired = (url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=runagents&scope=gmail.send"): RecoveryErrorOf<"connector-auth"> =>
  as("connector-auth")(
    parseRecoveryError(
      { error: "oauth_required", message: "The user has not authorized access yet", authorization_url: url, provider: "Google" },
      { status: 403 },
    ),
  );

export const oauthCallbackFailed = (): RecoveryErrorOf<"connector-auth"> =>
  as("connector-auth")(
    parseRecoveryError({ error: "oauth_callback_failed", error_description: "The code exchange failed", provider: "Slack" }, { status: 400 }),
  );

export const approvalRequired = (expiresInMs?: number): RecoveryErrorOf<"approval-pending"> =>
  as("approval-pending")(
    parseRecoveryError(
      {
        error: {
          code: "APPROVAL_REQUIRED",
          message: "Tool call requires approval",
          tool: "github",
          method: "DELETE",
          access_request_id: "ar_5521",
          ...(expiresInMs !== undefined ? { expires_at: new Date(Date.now() + expiresInMs).toISOString() } : {}),
        },
        run_id: "run_8c41",
        agent: "release-bot",
        status: "PAUSED_APPROVAL",
      },
      { status: 403 },
    ),
  );

export const toolStuck = (startedSecondsAgo: number, partialOutput = "", args?: unknown): RecoveryErrorOf<"tool-stuck"> =>
  as("tool-stuck")(
    parseRecoveryError({
      error: { code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned" },
      tool_call: {
        name: "browser.open",
        arguments: args ?? {
          url: "https://status.example.com/dashboard",
          headers: { Authorization: "Bearer sk-live-9f8e7d6c5b4a39281706" },
          api_key: "sk-proj-abcdefghijklmnop1234",
          session: { token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzQyIn0.c2lnbmF0dXJlX2hlcmU" },
          wait_for: "networkidle",
          timeout_ms: 30000,
        },
        partial_output: partialOutput,
        started_at: Date.now() - startedSecondsAgo * 1000,
      },
    }),
  );
