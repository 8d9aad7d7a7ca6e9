import type { RecoveryErrorKind } from "./types.js";

/**
 * The model's own sentence for each kind, used when the server said nothing readable.
 * The UI's titles and actions live in the component catalog; this is only the fallback
 * `message` so that every model value is complete on its own (in logs, in Node).
 */
export const DEFAULT_MESSAGES: Record<RecoveryErrorKind, string> = {
  "balance-empty": "Your balance is empty. Add funds to keep running paid models.",
  "rate-limited": "Too many requests. Wait a moment, then try again.",
  "connector-auth": "A connected account needs attention before this tool can run.",
  "approval-pending": "This action is waiting for an admin to approve it.",
  "tool-stuck": "A tool call is taking longer than expected.",
  unauthorized: "Your credentials were not accepted. Check your API key, then try again.",
  forbidden: "You don't have permission to do this.",
  "not-found": "What you asked for could not be found.",
  timeout: "The request took too long and timed out.",
  "upstream-unavailable": "The service is temporarily unavailable. Try again in a moment.",
  network: "Couldn't reach the server. Check your connection, then try again.",
  "invalid-request": "The request was rejected as invalid.",
  "run-stuck": "The run has been in the same state for longer than expected.",
  "run-failed": "The run failed.",
  "incomplete-response": "The response stopped before it was complete.",
  "stream-error": "The response stream could not be read.",
  "output-invalid": "The agent's output could not be used as returned.",
  "snapshot-failed": "The snapshot could not be restored.",
  "webhook-failing": "Webhook deliveries are not arriving.",
  "tool-unavailable": "The tool is unavailable.",
  "build-failed": "The build failed.",
  "auth-method-unsupported": "This client does not accept this kind of credential.",
  blocked: "This message was blocked by a content policy. Rephrase it, then send it again.",
  cancelled: "The request was cancelled before it finished.",
  unknown: "Something went wrong.",
};

/**
 * Variants whose situation the kind's sentence would get wrong (a session that expired is
 * not a bad API key; a guardrail is not a content policy), by `kind/variant`.
 */
export const VARIANT_MESSAGES: Readonly<Record<string, string>> = {
  "unauthorized/session-expired": "Your session expired. Sign in again to continue.",
  "blocked/input": "This message was stopped by a guardrail before the agent ran. Rephrase it, then send it again.",
  "blocked/output": "The agent's answer was withheld by a guardrail. Rephrase your request, then send it again.",
  "run-failed/max-turns": "The agent stopped before it finished: it reached its limit of turns.",
  "tool-unavailable/unknown-tool": "The agent asked for a tool this connector does not have.",
  "tool-unavailable/tool-error": "The tool reported an error.",
};

/** The kinds where retrying the same request unchanged can succeed. */
export const RETRYABLE_KINDS: ReadonlySet<RecoveryErrorKind> = new Set<RecoveryErrorKind>([
  "rate-limited",
  "timeout",
  "upstream-unavailable",
  "network",
  "incomplete-response",
  "stream-error",
  "tool-unavailable",
]);
