/**
 * Which kind a failure is, from its codes, its words and its status, in that order:
 * a body's code is more specific than a status (OpenAI's `insufficient_quota` is a 429
 * but a billing problem, not a rate limit).
 */
import type { BalanceReason, ConnectorReason, RecoveryErrorKind } from "./types.js";

export interface Classification {
  kind: RecoveryErrorKind;
  /** Why, for the kinds that carry a reason (`balance-empty`, `connector-auth`). */
  reason?: BalanceReason | ConnectorReason;
  /** Which wording of the kind fits, when the code says (`not-found/model`). */
  variant?: string;
}

/**
 * A code as the tables spell it: `PAYMENT_REQUIRED`, `payment-required`, `Payment Required`
 * and `PaymentRequired` are all `paymentrequired`, so the snake_case row also knows the
 * class-style and AWS spellings.
 */
export function normalizeCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z\d]+/g, "");
}

/**
 * A classification from its row's head, `kind` or `kind/detail`: the detail is the reason
 * for the two kinds that carry one, else the variant. Rows are written as strings so that
 * the tables below are data, not hundreds of object literals.
 */
export function classification(head: string): Classification {
  const [kind, detail] = head.split("/") as [RecoveryErrorKind, string?];
  return kind === "balance-empty" || kind === "connector-auth" ? { kind, reason: detail as BalanceReason } : { kind, variant: detail };
}

/**
 * Exact codes and types, normalised, by what they mean: one row per classification, its
 * head (see classification) then its codes, space-separated. A code whose words the
 * phrases below know (`rate_limit_exceeded`, `model_not_found`, `provider_not_connected`)
 * is not listed: classifyByCodes reads it as words. Covers the seed pages, the big API styles (OpenAI, Anthropic,
 * Google, Stripe, RFC 9457), and what clients say when no server answered: error names
 * (`APIConnectionError`, `AbortError`) and runtime codes (`ECONNREFUSED`, `UND_ERR_SOCKET`).
 */
const TABLE: readonly string[] = [
  // Balance and billing quotas.
  "balance-empty/balance-empty payment_required balance_empty billing_error billing_not_active",
  "balance-empty/insufficient-credits credit_balance_too_low",
  "balance-empty/quota-exceeded insufficient_quota quota_exceeded",
  // Rate limits.
  "rate-limited requests tokens throttled throttling resource_exhausted slow_down",
  // Connectors and OAuth.
  "connector-auth/auth-failed connector_auth_failed connector_auth_error auth_failed oauth_refresh_failed refresh_failed invalid_grant token_revoked reconnect_required",
  "connector-auth/missing-scope insufficient_scope missing_scope missing_scopes scope_required",
  "connector-auth/consent-required oauth_required oauth_consent_required consent_required authorization_required user_authorization_required interaction_required",
  "connector-auth/callback-failed oauth_callback_failed callback_failed state_mismatch invalid_state redirect_uri_mismatch invalid_client",
  "connector-auth/resume-pending resume_pending oauth_resume_pending",
  // Approvals.
  "approval-pending paused_approval awaiting_approval",
  // Tools.
  "tool-stuck tool_stuck tool_call_stuck tool_call_timeout tool_timeout",
  // Authentication. A user's session that ran out is not a bad key: they sign in again.
  "unauthorized/session-expired session_timeout session_timed_out login_required login_expired",
  "unauthorized unauthorized unauthenticated authentication_error authentication_failed invalid_token token_expired missing_api_key api_key_revoked",
  // Google ErrorInfo reasons; the AI SDK when no key is configured.
  "unauthorized api_key_invalid api_key_expired api_key_not_found access_token_expired ai_loadapikeyerror",
  // Permission and policy.
  "forbidden forbidden permission_denied permission_error access_denied insufficient_permissions",
  "forbidden/policy policy_denied no_policy_binding deny_rule capability_mismatch",
  // Not found.
  "not-found not_found resource_not_found resource_missing",
  "not-found/share share_not_found",
  "not-found/archived session_archived",
  // Time-outs.
  "timeout deadline_exceeded",
  "timeout/connection etimedout und_err_connect_timeout connection_timeout connect_timeout",
  // Upstream trouble.
  "upstream-unavailable unavailable upstream_error upstream_unavailable",
  "upstream-unavailable/provider provider_unreachable provider_unavailable",
  // A server's own failure (OpenAI `server_error`, Anthropic `api_error`, Google `INTERNAL`, Stripe `api_error`).
  "upstream-unavailable/server server_error api_error internal unknown_error",
  // Malformed requests.
  "invalid-request bad_request invalid_request validation unprocessable_entity invalid_parameter",
  // AWS service exceptions (the JSON protocol's `__type`, the SDK v3 exception name, `x-amzn-errortype`).
  "rate-limited servicequotaexceededexception limitexceededexception provisionedthroughputexceededexception",
  "unauthorized unrecognizedclientexception invalidsignatureexception expiredtokenexception",
  "upstream-unavailable modelnotreadyexception",
  "upstream-unavailable/server internalserverexception internalfailure",
  "invalid-request/session-create session_create_failed session_creation_failed invalid_agent_name",
  // Anthropic's 413 `request_too_large`; HTTP's reason phrases.
  "invalid-request/too-large request_too_large payload_too_large request_entity_too_large content_too_large",
  // Runs, sessions and agents stuck in a state, or failed.
  "run-stuck run_stuck",
  "run-stuck/running session_stuck session_stuck_running",
  "run-stuck/agent-running agent_stuck agent_not_completing",
  "run-stuck/initializing session_stuck_initializing initialization_timeout",
  "run-stuck/pending agent_stuck_pending agent_pending",
  "run-failed run_failed agent_run_failed execution_failed",
  // Responses, streams and outputs.
  "incomplete-response incomplete_response truncated response_truncated",
  "incomplete-response/mid-stream response_incomplete stream_interrupted partial_response",
  "incomplete-response/results incomplete_results",
  "stream-error stream_error",
  "stream-error/sse sse_parse_error stream_parse_error invalid_event_stream",
  "stream-error/no-messages no_messages message_not_delivered messages_not_appearing",
  "output-invalid/json invalid_json json_parse_error output_parse_error",
  "output-invalid invalid_output",
  "output-invalid/incorrect output_validation_failed incorrect_output",
  // The AI SDK's errors for a model's output it could not use.
  "output-invalid/json ai_noobjectgeneratederror ai_jsonparseerror",
  "output-invalid/incorrect ai_typevalidationerror",
  // Snapshots.
  "snapshot-failed snapshot_failed",
  "snapshot-failed/restore snapshot_restore_failed restore_failed",
  "snapshot-failed/auth-lost snapshot_auth_lost auth_not_preserved",
  // Webhooks.
  "webhook-failing webhook_failing",
  "webhook-failing/paused webhook_paused subscription_paused",
  "webhook-failing/not-received webhook_delivery_failed webhook_not_delivered",
  "webhook-failing/signature webhook_signature_invalid invalid_webhook_signature",
  "webhook-failing/duplicate duplicate_event duplicate_webhook",
  // Tools, builds, credentials.
  "tool-unavailable tool_unavailable probe_failed tool_probe_failed",
  "build-failed build_failed build_error image_build_failed",
  "auth-method-unsupported bearer_not_supported unsupported_auth_method auth_method_not_supported oauth_only",
  // Content policies and guardrails: the same text is blocked again, so it must be rephrased.
  // OpenAI/Azure `content_filter`, Google's `SAFETY`/`PROHIBITED_CONTENT` block reasons,
  // Bedrock's guardrail, the OpenAI Agents SDK's tripwires (by class name).
  "blocked content_filtered responsible_ai_policy_violation safety prohibited_content blocklist spii guardrail_intervened",
  "blocked modelrefusalerror",
  "blocked/input inputguardrailtripwiretriggered input_guardrail_triggered",
  "blocked/output outputguardrailtripwiretriggered output_guardrail_triggered",
  // Agent frameworks' own failures: the OpenAI Agents SDK (by class name), LangChain's `lc_error_code`.
  "run-failed/max-turns max_turns_exceeded",
  "output-invalid modelbehaviorerror",
  "output-invalid/json output_parsing_failure",
  "rate-limited",
  "unauthorized model_authentication",
  "invalid-request invalid_prompt_input invalid_tool_results message_coercion_failure",
  // MCP. JSON-RPC codes (as `jsonrpc_<n>` of the negative code) and the SDK's transports: a
  // transport's 401/403 is the connector's grant, not the person's sign-in.
  "connector-auth/consent-required jsonrpc_32042",
  "tool-stuck jsonrpc_32001",
  "tool-unavailable/unknown-tool jsonrpc_32601",
  "invalid-request jsonrpc_32602 jsonrpc_32600 jsonrpc_32700",
  "upstream-unavailable/server jsonrpc_32603",
  "network jsonrpc_32000",
  "connector-auth/auth-failed mcp_unauthorized unauthorizederror",
  "connector-auth/missing-scope mcp_forbidden",
  // The request never reached a server, or its answer never arrived: Node and undici codes,
  // axios (`ERR_NETWORK`), the SDKs' connection errors (openai, @anthropic-ai/sdk, stripe).
  "network econnrefused econnreset enotfound eai_again epipe enetunreach ehostunreach enetdown und_err_socket und_err_closed err_network network_error apiconnectionerror",
  "timeout econnaborted apiconnectiontimeouterror",
  // Cancelled on purpose: an AbortController (DOMException `AbortError`), the SDKs'
  // `APIUserAbortError`, axios's `CanceledError` / `ERR_CANCELED`.
  "cancelled aborterror apiuseraborterror cancelederror err_canceled abort_err googlegenerativeaiaborterror",
];

const CODES = new Map<string, Classification>();
for (const row of TABLE) {
  const [head, ...codes] = row.split(" ");
  const hit = classification(head!);
  for (const code of codes) CODES.set(normalizeCode(code), hit);
}

/**
 * Classifies by the first code that the table knows, as written or without an `Error` or
 * `Exception` suffix (`RateLimitError`, `ThrottlingException`, `not_found_error`; a suffixed
 * code the table lists itself, MCP's `UnauthorizedError`, is matched first), or whose words
 * the phrases know.
 */
export function classifyByCodes(codes: readonly string[]): Classification | undefined {
  for (const code of codes) {
    const key = normalizeCode(code);
    // A code is words too: `RATE_LIMIT_EXCEEDED`, `model_not_found` and AWS's
    // `ServiceUnavailableException` say what the phrases below say in prose, so the table
    // lists only what the phrases cannot tell.
    const words = code.replace(/([a-z\d])(?=[A-Z])/g, "$1 ").replace(/[_-]+/g, " ");
    const hit = CODES.get(key) ?? CODES.get(key.replace(/(?:error|exception)$/, "")) ?? classifyByText(words);
    if (hit) return hit;
  }
  return undefined;
}

/** Phrases servers use in prose; checked when no code was recognised. Order matters. */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/insufficient credits?|out of credits?|credits? (?:ran out|exhausted)/i, "balance-empty/insufficient-credits"],
  [/balance is (?:empty|zero|too low)|insufficient (?:funds|balance)|add funds/i, "balance-empty/balance-empty"],
  [/exceeded your (?:current )?quota|billing hard limit/i, "balance-empty/quota-exceeded"],
  [/\bsession (?:has )?expired|\b(?:sign|log) ?in again\b/i, "unauthorized/session-expired"],
  [/\b(?:content (?:management )?policy|content filter(?:ing)?|safety (?:system|filter))\b/i, "blocked"],
  [/\btool\b[^.]{0,60}\b(?:not found|unknown|does not exist)\b|\bunknown tool\b/i, "tool-unavailable/unknown-tool"],
  // Providers' sentences that name their kind where a framework dropped the status (useChat's `Error(message)`).
  [/\b(?:incorrect|invalid) (?:api[ -]?key|x-api-key)\b|\bapi key not valid\b/i, "unauthorized"],
  [/\bserver had an error\b|\binternal server error\b/i, "upstream-unavailable/server"],
  [/\bnot connected\b/i, "connector-auth/not-connected"],
  [/approval[ _-]required|requires? (?:an )?approval|pending approval|paused_approval/i, "approval-pending"],
  [/too many requests|rate[ -]?limit/i, "rate-limited"],
  [/\bmodel\b[^.]{0,80}\bnot (?:be )?found\b|\bno such model\b/i, "not-found/model"],
  [/\bsession\b[^.]{0,60}\bnot found\b/i, "not-found/session"],
  [/\boverloaded\b|\bbad gateway\b|\bservice unavailable\b|\bprovider unreachable\b/i, "upstream-unavailable"],
  [/\btimed? ?out\b|\btimeout\b/i, "timeout"],
];

/** Billing said in words, whatever status and generic type it came with (Anthropic's 400 `invalid_request_error` "credit balance is too low"). */
export function classifyBilling(text: string | undefined): Classification | undefined {
  const hit = classifyByText(text);
  return hit?.kind === "balance-empty" ? hit : undefined;
}

/** What clients say when they throw; read only when no server answered, before PHRASES. */
const CLIENT_PHRASES: ReadonlyArray<[RegExp, string]> = [
  // What clients say when no server answered (fetch in browsers and Node, React Native, axios).
  [/failed to fetch|fetch failed|networkerror|network error|load failed|network request failed|socket hang up|other side closed|connection error/i, "network"],
  // A body that died mid-read (undici's "terminated").
  [/^terminated$|premature close/im, "incomplete-response/mid-stream"],
  // JSON.parse on an agent's reply.
  [/syntaxerror\b[^]*\bjson\b/i, "output-invalid/json"],
  // React replaced the real message with this in a production build (Next.js error.tsx, Server Components).
  [/server components render|minified react error|omitted in production/i, "unknown/hidden"],
];

// A client's words are read with its own phrases first, then the servers'.
const THROWN_PHRASES = [...CLIENT_PHRASES, ...PHRASES];

/** Classifies prose: a server's (`thrown` false) or a client's error names and messages. */
export function classifyByText(text: string | undefined, thrown = false): Classification | undefined {
  if (!text) return undefined;
  const sample = text.slice(0, 2000);
  for (const [pattern, head] of thrown ? THROWN_PHRASES : PHRASES) if (pattern.test(sample)) return classification(head);
  return undefined;
}

// What a status says when nothing more specific did. 522 and 524 are Cloudflare's: the
// origin did not answer in time; 498 is Cohere's and Esri's invalid or expired token.
const STATUSES: Readonly<Record<number, string>> = {
  400: "invalid-request",
  401: "unauthorized",
  402: "balance-empty/balance-empty",
  403: "forbidden",
  404: "not-found",
  408: "timeout",
  410: "not-found",
  413: "invalid-request/too-large",
  422: "invalid-request",
  429: "rate-limited",
  498: "unauthorized",
  502: "upstream-unavailable",
  503: "upstream-unavailable",
  504: "timeout",
  522: "timeout",
  524: "timeout",
  529: "upstream-unavailable",
};

export function classifyByStatus(status: number | undefined): Classification | undefined {
  if (status === undefined) return undefined;
  // 500, 501, 505–511, and Cloudflare's 520, 521, 523, 525–527: the server's own failure.
  const head = STATUSES[status] ?? (status >= 500 ? "upstream-unavailable/server" : undefined);
  return head ? classification(head) : undefined;
}
