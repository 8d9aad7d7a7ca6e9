/**
 * How serious each state is, decided once for the generic notices and for ErrorRecovery's
 * short state (so the stand-in shown while a card loads, or when it cannot, has the card's
 * weight); the announcement follows (danger is said assertively). The dedicated cards decide
 * their live states' tones in their own modules (balance.ts, connector.ts, …); their kinds'
 * weight is here too.
 */
import type { RecoveryErrorKind } from "../model/types.js";
import type { DescriptionTone } from "./types.js";

/**
 * The README's contract: danger, the work stopped and someone must act before anything goes
 * on; warning, it stopped and a change or a wait gets it through; info, waiting on something,
 * or news; success, done; neutral, nothing is broken (a cancelled request, a plain 404).
 */
const TONE: Partial<Record<RecoveryErrorKind, DescriptionTone>> = {
  unauthorized: "danger",
  forbidden: "danger",
  "run-failed": "danger",
  "build-failed": "danger",
  "snapshot-failed": "danger",
  "invalid-request": "danger",
  unknown: "danger",
  // A key this client doesn't take (an MCP key in ChatGPT): the client's other sign-in gets through.
  "auth-method-unsupported": "warning",
  // A plain 404, and a session the dashboard's filter hides (archived): nothing is broken.
  "not-found": "neutral",
  // The text was stopped, not the service: the person rephrases. Not retryable, not broken.
  blocked: "warning",
  cancelled: "neutral",
  // Waiting on someone, as its card says (approval.ts).
  "approval-pending": "info",
};
/** Variants whose weight differs from their kind's. */
const VARIANT_TONE: Record<string, DescriptionTone> = {
  // A model name that doesn't exist stops every run until it is fixed: not a shrug.
  "not-found/model": "danger",
  "webhook-failing/duplicate": "info",
  // Too big to accept: a shorter input gets it through (the user edits; nothing is broken).
  "invalid-request/too-large": "warning",
  "webhook-failing/paused": "danger",
  // The run finished; what came back is short of what was asked: news, not a stop.
  "incomplete-response/results": "info",
  // The run stopped at its turn limit, not on a fault: it can be continued.
  "run-failed/max-turns": "warning",
  // A 500 that React hid is the same failure as a 500 the server showed: the same title and tone.
  "unknown/hidden": "warning",
};

/** A kind's tone, or its variant's where that differs; `warning` where neither is listed. */
export const toneOf = (kind: RecoveryErrorKind, variant: string | undefined): DescriptionTone =>
  VARIANT_TONE[`${kind}/${variant}`] ?? TONE[kind] ?? "warning";
