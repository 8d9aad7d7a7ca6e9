/**
 * Which kind a failure is, from its codes, its words and its status, in that order:
 * a body's code is more specific than a status (OpenAI's `insufficient_quota` is a 429
 * but a billing problem, not a rate limit).
 */
import type { BalanceReason, ConnectorReason, RecoveryErrorKind } from "./types.js";

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

/**
 * Exact codes and types, normalised, by what they mean: one row per classification, its
 * codes space-separated. Covers the seed pages, the big API styles (OpenAI, Anthropic,
 * Google, Stripe, RFC 9457), and what clients say when no server answered: error names
 * (`APIConnectionError`, `AbortError`) and runtime codes (`ECONNREFUSED`, `UND_ERR_SOCKET`).
 */
const TABLE: ReadonlyArray<readonly [Classification, string]> = [
  // Balance and billing quotas.
  [C("balance-empty", { balanceReason: "balance-empty" }), "payment_required balance_empty insufficient_balance insufficient_funds billing_error billing_not_active"],
  [C("balance-empty", { balanceReason: "insufficient-credits" }), "insufficient_credits credits_exhausted out_of_credit out_of_credits credit_balance_too_low"],
  [C("balance-empty", { balanceReason: "quota-exceeded" }), "insufficient_quota billing_hard_limit_reached quota_exceeded"],
  // Rate limits.
  [C("rate-limited"), "too_many_requests rate_limited rate_limit rate_limit_exceeded rate_limit_error requests tokens throttled throttling_exception resource_exhausted slow_down"],
  // Connectors and OAuth.
  [C("connector-auth", { connectorReason: "not-connected" }), "provider_not_connected connector_not_connected integration_not_connected not_connected"],
  [C("connector-auth", { connectorReason: "auth-failed" }), "connector_auth_failed connector_auth_error auth_failed oauth_refresh_failed refresh_failed invalid_grant token_revoked reconnect_required"],
  [C("connector-auth", { connectorReason: "missing-scope" }), "insufficient_scope missing_scope missing_scopes scope_required"],
  [C("connector-auth", { connectorReason: "consent-required" }), "oauth_required oauth_consent_required consent_required authorization_required user_authorization_required interaction_required"],
  [C("connector-auth", { connectorReason: "callback-failed" }), "oauth_callback_failed callback_failed state_mismatch invalid_state redirect_uri_mismatch invalid_client"],
  [C("connector-auth", { connectorReason: "resume-pending" }), "resume_pending oauth_resume_pending"],
  // Approvals.
  [C("approval-pending"), "approval_required paused_approval pending_approval awaiting_approval"],
  // Tools.
  [C("tool-stuck"), "tool_stuck tool_call_stuck tool_call_timeout tool_timeout"],
  // Authentication. A user's session that ran out is not a bad key: they sign in again.
  [C("unauthorized", { variant: "session-expired" }), "session_expired session_timeout session_timed_out login_required login_expired"],
  [C("unauthorized"), "unauthorized unauthenticated authentication_error authentication_failed invalid_api_key invalid_token token_expired missing_api_key api_key_revoked"],
  // Google ErrorInfo reasons; the AI SDK when no key is configured.
  [C("unauthorized"), "api_key_invalid api_key_expired api_key_not_found access_token_expired ai_loadapikeyerror"],
  // Permission and policy.
  [C("forbidden"), "forbidden permission_denied permission_error access_denied insufficient_permissions"],
  [C("forbidden", { variant: "policy" }), "policy_denied no_policy_binding deny_rule capability_mismatch"],
  // Not found.
  [C("not-found"), "not_found not_found_error resource_not_found resource_missing"],
  [C("not-found", { resourceType: "model", variant: "model" }), "model_not_found"],
  [C("not-found", { resourceType: "session", variant: "session" }), "session_not_found"],
  [C("not-found", { resourceType: "share", variant: "share" }), "share_not_found"],
  [C("not-found", { resourceType: "session", variant: "archived" }), "session_archived"],
  // Time-outs.
  [C("timeout"), "timeout timed_out request_timeout gateway_timeout deadline_exceeded"],
  [C("timeout", { variant: "connection" }), "etimedout und_err_connect_timeout connection_timeout connect_timeout"],
  // Upstream trouble.
  [C("upstream-unavailable"), "overloaded overloaded_error service_unavailable unavailable bad_gateway upstream_error upstream_unavailable"],
  [C("upstream-unavailable", { variant: "provider" }), "provider_unreachable provider_unavailable"],
  // A server's own failure (OpenAI `server_error`, Anthropic `api_error`, Google `INTERNAL`, Stripe `api_error`).
  [C("upstream-unavailable", { variant: "server" }), "server_error api_error internal internal_error internal_server_error unknown_error"],
  // Malformed requests.
  [C("invalid-request"), "bad_request invalid_request invalid_request_error validation_error unprocessable_entity invalid_parameter validationexception"],
  // AWS service exceptions (the JSON protocol's `__type`, the SDK v3 exception name, `x-amzn-errortype`).
  [C("rate-limited"), "throttlingexception toomanyrequestsexception servicequotaexceededexception limitexceededexception provisionedthroughputexceededexception"],
  [C("forbidden"), "accessdeniedexception accessdenied"],
  [C("unauthorized"), "unrecognizedclientexception invalidsignatureexception expiredtokenexception"],
  [C("not-found"), "resourcenotfoundexception"],
  [C("timeout"), "modeltimeoutexception"],
  [C("upstream-unavailable"), "serviceunavailableexception modelnotreadyexception"],
  [C("upstream-unavailable", { variant: "server" }), "internalserverexception internalfailure"],
  [C("invalid-request", { variant: "session-create" }), "session_create_failed session_creation_failed invalid_agent_name"],
  // Anthropic's 413 `request_too_large`; HTTP's reason phrases.
  [C("invalid-request", { variant: "too-large" }), "request_too_large payload_too_large request_entity_too_large content_too_large"],
  // Runs, sessions and agents stuck in a state, or failed.
  [C("run-stuck"), "run_stuck"],
  [C("run-stuck", { variant: "running" }), "session_stuck session_stuck_running"],
  [C("run-stuck", { variant: "agent-running" }), "agent_stuck agent_not_completing"],
  [C("run-stuck", { variant: "initializing" }), "session_stuck_initializing initialization_timeout"],
  [C("run-stuck", { variant: "pending" }), "agent_stuck_pending agent_pending"],
  [C("run-failed"), "run_failed agent_run_failed execution_failed"],
  // Responses, streams and outputs.
  [C("incomplete-response"), "incomplete_response truncated response_truncated"],
  [C("incomplete-response", { variant: "mid-stream" }), "response_incomplete stream_interrupted partial_response"],
  [C("incomplete-response", { variant: "results" }), "incomplete_results"],
  [C("stream-error"), "stream_error"],
  [C("stream-error", { variant: "sse" }), "sse_parse_error stream_parse_error invalid_event_stream"],
  [C("stream-error", { variant: "no-messages" }), "no_messages message_not_delivered messages_not_appearing"],
  [C("output-invalid", { variant: "json" }), "invalid_json json_parse_error output_parse_error"],
  [C("output-invalid"), "invalid_output"],
  [C("output-invalid", { variant: "incorrect" }), "output_validation_failed incorrect_output"],
  // The AI SDK's errors for a model's output it could not use.
  [C("output-invalid", { variant: "json" }), "ai_noobjectgeneratederror ai_jsonparseerror"],
  [C("output-invalid", { variant: "incorrect" }), "ai_typevalidationerror"],
  // Snapshots.
  [C("snapshot-failed"), "snapshot_failed"],
  [C("snapshot-failed", { variant: "restore" }), "snapshot_restore_failed restore_failed"],
  [C("snapshot-failed", { variant: "auth-lost" }), "snapshot_auth_lost auth_not_preserved"],
  // Webhooks.
  [C("webhook-failing"), "webhook_failing"],
  [C("webhook-failing", { variant: "paused" }), "webhook_paused subscription_paused"],
  [C("webhook-failing", { variant: "not-received" }), "webhook_delivery_failed webhook_not_delivered"],
  [C("webhook-failing", { variant: "signature" }), "webhook_signature_invalid invalid_webhook_signature"],
  [C("webhook-failing", { variant: "duplicate" }), "duplicate_event duplicate_webhook"],
  // Tools, builds, credentials.
  [C("tool-unavailable"), "tool_unavailable probe_failed tool_probe_failed"],
  [C("build-failed"), "build_failed build_error image_build_failed"],
  [C("auth-method-unsupported"), "bearer_not_supported unsupported_auth_method auth_method_not_supported oauth_only"],
  // Content policies and guardrails: the same text is blocked again, so it must be rephrased.
  // OpenAI/Azure `content_filter`, Google's `SAFETY`/`PROHIBITED_CONTENT` block reasons,
  // Bedrock's guardrail, the OpenAI Agents SDK's tripwires (by class name).
  [C("blocked"), "content_filter content_filtered content_policy_violation responsible_ai_policy_violation safety prohibited_content blocklist spii guardrail_intervened"],
  [C("blocked"), "modelrefusalerror"],
  [C("blocked", { variant: "input" }), "inputguardrailtripwiretriggered input_guardrail_triggered"],
  [C("blocked", { variant: "output" }), "outputguardrailtripwiretriggered output_guardrail_triggered"],
  // Agent frameworks' own failures: the OpenAI Agents SDK (by class name), LangChain's `lc_error_code`.
  [C("run-failed", { variant: "max-turns" }), "maxturnsexceedederror max_turns_exceeded"],
  [C("output-invalid"), "modelbehaviorerror"],
  [C("output-invalid", { variant: "json" }), "output_parsing_failure"],
  [C("rate-limited"), "model_rate_limit"],
  [C("unauthorized"), "model_authentication"],
  [C("invalid-request"), "invalid_prompt_input invalid_tool_results message_coercion_failure"],
  // MCP. JSON-RPC codes (as `jsonrpc_<n>` of the negative code) and the SDK's transports: a
  // transport's 401/403 is the connector's grant, not the person's sign-in.
  [C("connector-auth", { connectorReason: "consent-required" }), "jsonrpc_32042"],
  [C("tool-stuck"), "jsonrpc_32001"],
  [C("tool-unavailable", { variant: "unknown-tool" }), "jsonrpc_32601 mcp_unknown_tool"],
  [C("invalid-request"), "jsonrpc_32602 jsonrpc_32600 jsonrpc_32700"],
  [C("upstream-unavailable", { variant: "server" }), "jsonrpc_32603"],
  [C("network"), "jsonrpc_32000"],
  [C("connector-auth", { connectorReason: "auth-failed" }), "mcp_unauthorized unauthorizederror"],
  [C("connector-auth", { connectorReason: "missing-scope" }), "mcp_forbidden"],
  [C("tool-unavailable", { variant: "tool-error" }), "mcp_tool_error"],
  // The request never reached a server, or its answer never arrived: Node and undici codes,
  // axios (`ERR_NETWORK`), the SDKs' connection errors (openai, @anthropic-ai/sdk, stripe).
  [C("network"), "econnrefused econnreset enotfound eai_again epipe enetunreach ehostunreach enetdown und_err_socket und_err_closed err_network network_error networkerror apiconnectionerror"],
  [C("timeout"), "und_err_headers_timeout und_err_body_timeout econnaborted err_timeout timeouterror apiconnectiontimeouterror"],
  // Cancelled on purpose: an AbortController (DOMException `AbortError`), the SDKs'
  // `APIUserAbortError`, axios's `CanceledError` / `ERR_CANCELED`.
  [C("cancelled"), "aborterror apiuseraborterror cancelederror err_canceled abort_err googlegenerativeaiaborterror"],
];

const CODES = new Map<string, Classification>();
for (const [classification, codes] of TABLE) for (const code of codes.split(" ")) CODES.set(code, classification);

/** Classifies by the first code that the table knows. */
export function classifyByCodes(codes: readonly string[]): Classification | undefined {
  for (const code of codes) {
    const hit = CODES.get(normalizeCode(code));
    if (hit) return hit;
  }
  return undefined;
}

/** Phrases servers use in prose; checked when no code was recognised. Order matters. */
const PHRASES: ReadonlyArray<[RegExp, Classification]> = [
  [/insufficient credits?|out of credits?|credits? (?:ran out|exhausted)/i, C("balance-empty", { balanceReason: "insufficient-credits" })],
  [/balance is (?:empty|zero|too low)|insufficient (?:funds|balance)|add funds/i, C("balance-empty", { balanceReason: "balance-empty" })],
  [/exceeded your (?:current )?quota|billing hard limit/i, C("balance-empty", { balanceReason: "quota-exceeded" })],
  [/\bsession (?:has )?expired|\b(?:sign|log) ?in again\b/i, C("unauthorized", { variant: "session-expired" })],
  [/\b(?:content (?:management )?policy|content filter(?:ing)?|safety (?:system|filter))\b/i, C("blocked")],
  [/\btool\b[^.]{0,60}\b(?:not found|unknown|does not exist)\b|\bunknown tool\b/i, C("tool-unavailable", { variant: "unknown-tool" })],
  // Providers' sentences that name their kind where a framework dropped the status (useChat's `Error(message)`).
  [/\b(?:incorrect|invalid) (?:api[ -]?key|x-api-key)\b|\bapi key not valid\b/i, C("unauthorized")],
  [/\bserver had an error\b|\binternal server error\b/i, C("upstream-unavailable", { variant: "server" })],
  [/\bnot connected\b/i, C("connector-auth", { connectorReason: "not-connected" })],
  [/approval[ _-]required|requires? (?:an )?approval|pending approval|paused_approval/i, C("approval-pending")],
  [/too many requests|rate[ -]?limit/i, C("rate-limited")],
  [/\bmodel\b[^.]{0,80}\bnot (?:be )?found\b|\bno such model\b/i, C("not-found", { resourceType: "model", variant: "model" })],
  [/\bsession\b[^.]{0,60}\bnot found\b/i, C("not-found", { resourceType: "session", variant: "session" })],
  [/\boverloaded\b|\bbad gateway\b|\bservice unavailable\b|\bprovider unreachable\b/i, C("upstream-unavailable")],
  [/\btimed? ?out\b|\btimeout\b/i, C("timeout")],
];

/** Billing said in words, whatever status and generic type it came with (Anthropic's 400 `invalid_request_error` "credit balance is too low"). */
export function classifyBilling(text: string | undefined): Classification | undefined {
  const hit = classifyByText(text);
  return hit?.kind === "balance-empty" ? hit : undefined;
}

/** What clients say when they throw; read only when no server answered, before PHRASES. */
const CLIENT_PHRASES: ReadonlyArray<[RegExp, Classification]> = [
  // What clients say when no server answered (fetch in browsers and Node, React Native, axios).
  [/failed to fetch|fetch failed|networkerror|network error|load failed|network request failed|socket hang up|other side closed|connection error/i, C("network")],
  // A body that died mid-read (undici's "terminated").
  [/^terminated$|premature close/im, C("incomplete-response", { variant: "mid-stream" })],
  // JSON.parse on an agent's reply.
  [/syntaxerror\b[^]*\bjson\b/i, C("output-invalid", { variant: "json" })],
  // React replaced the real message with this in a production build (Next.js error.tsx, Server Components).
  [/server components render|minified react error|omitted in production/i, C("unknown", { variant: "hidden" })],
];

// A client's words are read with its own phrases first, then the servers'.
const THROWN_PHRASES = [...CLIENT_PHRASES, ...PHRASES];

/** Classifies prose: a server's (`thrown` false) or a client's error names and messages. */
export function classifyByText(text: string | undefined, thrown = false): Classification | undefined {
  if (!text) return undefined;
  const sample = text.slice(0, 2000);
  for (const [pattern, hit] of thrown ? THROWN_PHRASES : PHRASES) if (pattern.test(sample)) return hit;
  return undefined;
}

export function classifyByStatus(status: number | undefined): Classification | undefined {
  switch (status) {
    case 413:
      return C("invalid-request", { variant: "too-large" });
    // Cloudflare: the origin did not answer in time.
    case 522:
    case 524:
      return C("timeout");
    case 401:
    case 498: // Cohere, Esri: invalid or expired token
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
      // 500, 501, 505–511, and Cloudflare's 520, 521, 523, 525–527: the server's own failure.
      return status !== undefined && status >= 500 ? C("upstream-unavailable", { variant: "server" }) : undefined;
  }
}
