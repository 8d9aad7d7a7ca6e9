/**
 * Which kind a failure is, from its codes, its words and its status, in that order:
 * a body's code is more specific than a status (OpenAI's `insufficient_quota` is a 429
 * but a billing problem, not a rate limit).
 */
import type { BalanceReason, ConnectorReason, RecoveryErrorKind } from "./types";

export interface Classification {
  kind: RecoveryErrorKind;
  balanceReason?: BalanceReason;
  connectorReason?: ConnectorReason;
  /** What a not-found is about, when the code says (`model_not_found` → `model`). */
  resourceType?: string;
  /** Which wording of the kind fits, when the code says. */
  variant?: string;
}

/** `PAYMENT_REQUIRED`, `payment-required`, `Payment Required` → `payment_required`. */
export function normalizeCode(code: string): string {
  return code
    .toLowerCase()
    .replace(/[^a-z\d]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const C = (kind: RecoveryErrorKind, extra: Omit<Classification, "kind"> = {}): Classification => ({ kind, ...extra });

/** Exact codes and types, normalised. Covers the seed pages and the big API styles. */
const CODES: Record<string, Classification> = {
  // Balance and billing quotas.
  payment_required: C("balance-empty", { balanceReason: "balance-empty" }),
  balance_empty: C("balance-empty", { balanceReason: "balance-empty" }),
  insufficient_balance: C("balance-empty", { balanceReason: "balance-empty" }),
  insufficient_funds: C("balance-empty", { balanceReason: "balance-empty" }),
  insufficient_credits: C("balance-empty", { balanceReason: "insufficient-credits" }),
  credits_exhausted: C("balance-empty", { balanceReason: "insufficient-credits" }),
  out_of_credit: C("balance-empty", { balanceReason: "insufficient-credits" }),
  out_of_credits: C("balance-empty", { balanceReason: "insufficient-credits" }),
  credit_balance_too_low: C("balance-empty", { balanceReason: "insufficient-credits" }),
  insufficient_quota: C("balance-empty", { balanceReason: "quota-exceeded" }),
  billing_hard_limit_reached: C("balance-empty", { balanceReason: "quota-exceeded" }),
  billing_error: C("balance-empty", { balanceReason: "balance-empty" }),
  billing_not_active: C("balance-empty", { balanceReason: "balance-empty" }),
  quota_exceeded: C("balance-empty", { balanceReason: "quota-exceeded" }),

  // Rate limits.
  too_many_requests: C("rate-limited"),
  rate_limited: C("rate-limited"),
  rate_limit: C("rate-limited"),
  rate_limit_exceeded: C("rate-limited"),
  rate_limit_error: C("rate-limited"),
  requests: C("rate-limited"), // OpenAI's rate-limit `type` for request limits
  tokens: C("rate-limited"), // …and for token limits
  throttled: C("rate-limited"),
  throttling_exception: C("rate-limited"),
  resource_exhausted: C("rate-limited"), // Google's gRPC status
  slow_down: C("rate-limited"),

  // Connectors and OAuth.
  provider_not_connected: C("connector-auth", { connectorReason: "not-connected" }),
  connector_not_connected: C("connector-auth", { connectorReason: "not-connected" }),
  integration_not_connected: C("connector-auth", { connectorReason: "not-connected" }),
  not_connected: C("connector-auth", { connectorReason: "not-connected" }),
  connector_auth_failed: C("connector-auth", { connectorReason: "auth-failed" }),
  connector_auth_error: C("connector-auth", { connectorReason: "auth-failed" }),
  auth_failed: C("connector-auth", { connectorReason: "auth-failed" }),
  oauth_refresh_failed: C("connector-auth", { connectorReason: "auth-failed" }),
  refresh_failed: C("connector-auth", { connectorReason: "auth-failed" }),
  invalid_grant: C("connector-auth", { connectorReason: "auth-failed" }),
  token_revoked: C("connector-auth", { connectorReason: "auth-failed" }),
  reconnect_required: C("connector-auth", { connectorReason: "auth-failed" }),
  insufficient_scope: C("connector-auth", { connectorReason: "missing-scope" }),
  missing_scope: C("connector-auth", { connectorReason: "missing-scope" }),
  missing_scopes: C("connector-auth", { connectorReason: "missing-scope" }),
  scope_required: C("connector-auth", { connectorReason: "missing-scope" }),
  oauth_required: C("connector-auth", { connectorReason: "consent-required" }),
  oauth_consent_required: C("connector-auth", { connectorReason: "consent-required" }),
  consent_required: C("connector-auth", { connectorReason: "consent-required" }),
  authorization_required: C("connector-auth", { connectorReason: "consent-required" }),
  user_authorization_required: C("connector-auth", { connectorReason: "consent-required" }),
  interaction_required: C("connector-auth", { connectorReason: "consent-required" }),
  oauth_callback_failed: C("connector-auth", { connectorReason: "callback-failed" }),
  resume_pending: C("connector-auth", { connectorReason: "resume-pending" }),
  oauth_resume_pending: C("connector-auth", { connectorReason: "resume-pending" }),
  callback_failed: C("connector-auth", { connectorReason: "callback-failed" }),
  state_mismatch: C("connector-auth", { connectorReason: "callback-failed" }),
  invalid_state: C("connector-auth", { connectorReason: "callback-failed" }),
  redirect_uri_mismatch: C("connector-auth", { connectorReason: "callback-failed" }),
  invalid_client: C("connector-auth", { connectorReason: "callback-failed" }),

  // Approvals.
  approval_required: C("approval-pending"),
  paused_approval: C("approval-pending"),
  pending_approval: C("approval-pending"),
  awaiting_approval: C("approval-pending"),

  // Tools.
  tool_stuck: C("tool-stuck"),
  tool_call_stuck: C("tool-stuck"),
  tool_call_timeout: C("tool-stuck"),
  tool_timeout: C("tool-stuck"),

  // Authentication.
  unauthorized: C("unauthorized"),
  unauthenticated: C("unauthorized"),
  authentication_error: C("unauthorized"),
  authentication_failed: C("unauthorized"),
  invalid_api_key: C("unauthorized"),
  invalid_token: C("unauthorized"),
  token_expired: C("unauthorized"),
  missing_api_key: C("unauthorized"),
  api_key_revoked: C("unauthorized"),

  // Permission and policy.
  forbidden: C("forbidden"),
  permission_denied: C("forbidden"),
  permission_error: C("forbidden"),
  policy_denied: C("forbidden", { variant: "policy" }),
  no_policy_binding: C("forbidden", { variant: "policy" }),
  deny_rule: C("forbidden", { variant: "policy" }),
  access_denied: C("forbidden"),
  insufficient_permissions: C("forbidden"),
  capability_mismatch: C("forbidden", { variant: "policy" }),

  // Not found.
  not_found: C("not-found"),
  not_found_error: C("not-found"),
  resource_not_found: C("not-found"),
  resource_missing: C("not-found"),
  model_not_found: C("not-found", { resourceType: "model", variant: "model" }),
  session_not_found: C("not-found", { resourceType: "session", variant: "session" }),
  share_not_found: C("not-found", { resourceType: "share", variant: "share" }),
  session_archived: C("not-found", { resourceType: "session", variant: "archived" }),

  // Time-outs.
  timeout: C("timeout"),
  timed_out: C("timeout"),
  request_timeout: C("timeout"),
  gateway_timeout: C("timeout"),
  deadline_exceeded: C("timeout"),
  etimedout: C("timeout", { variant: "connection" }),
  und_err_connect_timeout: C("timeout", { variant: "connection" }),
  connection_timeout: C("timeout", { variant: "connection" }),
  connect_timeout: C("timeout", { variant: "connection" }),

  // Upstream trouble.
  overloaded: C("upstream-unavailable"),
  overloaded_error: C("upstream-unavailable"),
  service_unavailable: C("upstream-unavailable"),
  unavailable: C("upstream-unavailable"),
  bad_gateway: C("upstream-unavailable"),
  provider_unreachable: C("upstream-unavailable", { variant: "provider" }),
  provider_unavailable: C("upstream-unavailable", { variant: "provider" }),
  upstream_error: C("upstream-unavailable"),
  upstream_unavailable: C("upstream-unavailable"),

  // Malformed requests.
  bad_request: C("invalid-request"),
  invalid_request: C("invalid-request"),
  validation_error: C("invalid-request"),
  unprocessable_entity: C("invalid-request"),
  invalid_parameter: C("invalid-request"),
  session_create_failed: C("invalid-request", { variant: "session-create" }),
  session_creation_failed: C("invalid-request", { variant: "session-create" }),
  invalid_agent_name: C("invalid-request", { variant: "session-create" }),

  // Runs, sessions and agents stuck in a state, or failed.
  run_stuck: C("run-stuck"),
  session_stuck: C("run-stuck", { variant: "running" }),
  session_stuck_running: C("run-stuck", { variant: "running" }),
  agent_stuck: C("run-stuck", { variant: "agent-running" }),
  agent_not_completing: C("run-stuck", { variant: "agent-running" }),
  session_stuck_initializing: C("run-stuck", { variant: "initializing" }),
  initialization_timeout: C("run-stuck", { variant: "initializing" }),
  agent_stuck_pending: C("run-stuck", { variant: "pending" }),
  agent_pending: C("run-stuck", { variant: "pending" }),
  run_failed: C("run-failed"),
  agent_run_failed: C("run-failed"),
  execution_failed: C("run-failed"),

  // Responses, streams and outputs.
  incomplete_response: C("incomplete-response"),
  response_incomplete: C("incomplete-response", { variant: "mid-stream" }),
  stream_interrupted: C("incomplete-response", { variant: "mid-stream" }),
  partial_response: C("incomplete-response", { variant: "mid-stream" }),
  truncated: C("incomplete-response"),
  response_truncated: C("incomplete-response"),
  incomplete_results: C("incomplete-response", { variant: "results" }),
  stream_error: C("stream-error"),
  sse_parse_error: C("stream-error", { variant: "sse" }),
  stream_parse_error: C("stream-error", { variant: "sse" }),
  invalid_event_stream: C("stream-error", { variant: "sse" }),
  no_messages: C("stream-error", { variant: "no-messages" }),
  message_not_delivered: C("stream-error", { variant: "no-messages" }),
  messages_not_appearing: C("stream-error", { variant: "no-messages" }),
  invalid_json: C("output-invalid", { variant: "json" }),
  json_parse_error: C("output-invalid", { variant: "json" }),
  output_parse_error: C("output-invalid", { variant: "json" }),
  invalid_output: C("output-invalid"),
  output_validation_failed: C("output-invalid", { variant: "incorrect" }),
  incorrect_output: C("output-invalid", { variant: "incorrect" }),

  // Snapshots.
  snapshot_failed: C("snapshot-failed"),
  snapshot_restore_failed: C("snapshot-failed", { variant: "restore" }),
  restore_failed: C("snapshot-failed", { variant: "restore" }),
  snapshot_auth_lost: C("snapshot-failed", { variant: "auth-lost" }),
  auth_not_preserved: C("snapshot-failed", { variant: "auth-lost" }),

  // Webhooks.
  webhook_failing: C("webhook-failing"),
  webhook_paused: C("webhook-failing", { variant: "paused" }),
  subscription_paused: C("webhook-failing", { variant: "paused" }),
  webhook_delivery_failed: C("webhook-failing", { variant: "not-received" }),
  webhook_not_delivered: C("webhook-failing", { variant: "not-received" }),
  webhook_signature_invalid: C("webhook-failing", { variant: "signature" }),
  invalid_webhook_signature: C("webhook-failing", { variant: "signature" }),
  duplicate_event: C("webhook-failing", { variant: "duplicate" }),
  duplicate_webhook: C("webhook-failing", { variant: "duplicate" }),

  // Tools, builds, credentials.
  tool_unavailable: C("tool-unavailable"),
  probe_failed: C("tool-unavailable"),
  tool_probe_failed: C("tool-unavailable"),
  build_failed: C("build-failed"),
  build_error: C("build-failed"),
  image_build_failed: C("build-failed"),
  bearer_not_supported: C("auth-method-unsupported"),
  unsupported_auth_method: C("auth-method-unsupported"),
  auth_method_not_supported: C("auth-method-unsupported"),
  oauth_only: C("auth-method-unsupported"),

  // The request never reached a server.
  econnrefused: C("network"),
  econnreset: C("network"),
  enotfound: C("network"),
  eai_again: C("network"),
  network_error: C("network"),
};

/** Classifies by the first code that the table knows. */
export function classifyByCodes(codes: readonly string[]): Classification | undefined {
  for (const code of codes) {
    const hit = CODES[normalizeCode(code)];
    if (hit) return hit;
  }
  return undefined;
}

/** Phrases servers use in prose; checked when no code was recognised. Order matters. */
const PHRASES: ReadonlyArray<[RegExp, Classification]> = [
  [/insufficient credits?|out of credits?|credits? (?:ran out|exhausted)/i, C("balance-empty", { balanceReason: "insufficient-credits" })],
  [/balance is (?:empty|zero|too low)|insufficient (?:funds|balance)|add funds/i, C("balance-empty", { balanceReason: "balance-empty" })],
  [/exceeded your (?:current )?quota/i, C("balance-empty", { balanceReason: "quota-exceeded" })],
  [/\bnot connected\b/i, C("connector-auth", { connectorReason: "not-connected" })],
  [/approval[ _-]required|requires? (?:an )?approval|pending approval|paused_approval/i, C("approval-pending")],
  [/too many requests|rate[ -]?limit/i, C("rate-limited")],
  [/\bmodel\b[^.]{0,80}\bnot (?:be )?found\b|\bno such model\b/i, C("not-found", { resourceType: "model", variant: "model" })],
  [/\bsession\b[^.]{0,60}\bnot found\b/i, C("not-found", { resourceType: "session", variant: "session" })],
  [/\boverloaded\b|\bbad gateway\b|\bservice unavailable\b|\bprovider unreachable\b/i, C("upstream-unavailable")],
  [/\btimed? ?out\b|\btimeout\b/i, C("timeout")],
];

export function classifyByText(text: string | undefined): Classification | undefined {
  if (!text) return undefined;
  const sample = text.slice(0, 2000);
  for (const [pattern, hit] of PHRASES) if (pattern.test(sample)) return hit;
  return undefined;
}

export function classifyByStatus(status: number | undefined): Classification | undefined {
  switch (status) {
    case 401:
      return C("unauthorized");
    case 402:
      return C("balance-empty", { balanceReason: "balance-empty" });
    case 403:
      return C("forbidden");
    case 404:
    case 410:
      return C("not-found");
    case 408:
    case 504:
    case 524:
      return C("timeout");
    case 429:
      return C("rate-limited");
    case 400:
    case 422:
      return C("invalid-request");
    case 502:
    case 503:
    case 529:
      return C("upstream-unavailable");
    default:
      return undefined;
  }
}
