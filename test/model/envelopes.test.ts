/**
 * Every envelope the seed pages describe, and the API styles hosts will feed us beyond them.
 * One row per envelope: input, context, and the fields the model must come out with.
 */
import { describe, expect, it } from "vitest";
import { parseRecoveryError, type ParseContext, type RecoveryError } from "../../src/model";

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

interface Row {
  name: string;
  input: unknown;
  context?: ParseContext;
  expected: Partial<RecoveryError> & Record<string, unknown>;
}

const seedPages: Row[] = [
  {
    name: "Alumia 402 PAYMENT_REQUIRED envelope",
    input: { error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } },
    context: { status: 402 },
    expected: {
      kind: "balance-empty",
      reason: "balance-empty",
      status: 402,
      code: "PAYMENT_REQUIRED",
      message: "Add funds to your billing balance before running paid models.",
      retryable: false,
    },
  },
  {
    name: "Alumia 429 body with retryAfterMs and a Retry-After header in seconds",
    input: { error: "Too many requests", retryAfterMs: 30000 },
    context: { status: 429, headers: { "Retry-After": "30" }, now: NOW },
    expected: { kind: "rate-limited", message: "Too many requests", retryAfterMs: 30000, retryAt: NOW + 30000, retryable: true },
  },
  {
    name: "429 with only retryAfterMs in the body",
    input: { error: "Too many requests", retryAfterMs: 1250 },
    context: { status: 429, now: NOW },
    expected: { kind: "rate-limited", retryAfterMs: 1250, retryAt: NOW + 1250 },
  },
  {
    name: "429 with retry-after-ms (wins over Retry-After)",
    input: {},
    context: { status: 429, headers: { "retry-after-ms": "1500", "retry-after": "2" }, now: NOW },
    expected: { kind: "rate-limited", retryAfterMs: 1500 },
  },
  {
    name: "429 with headers in upper case",
    input: { error: "Too many requests" },
    context: { status: 429, headers: { "RETRY-AFTER": "5" }, now: NOW },
    expected: { kind: "rate-limited", retryAfterMs: 5000 },
  },
  {
    name: "429 with a Headers object and an HTTP-date",
    input: "Too many requests",
    context: { status: 429, headers: new Headers({ "Retry-After": new Date(NOW + 90_000).toUTCString() }), now: NOW },
    expected: { kind: "rate-limited", retryAfterMs: 90_000, message: "Too many requests" },
  },
  {
    name: "429 with the limit in headers (60 requests per minute)",
    input: { error: "Too many requests" },
    context: { status: 429, headers: { "x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "ratelimit-policy": "60;w=60" } },
    expected: { kind: "rate-limited", limit: { max: 60, windowMs: 60_000, remaining: 0 } },
  },
  {
    name: "429 whose Retry-After is days is a spent quota",
    input: { error: "Too many requests" },
    context: { status: 429, headers: { "Retry-After": String(3 * 24 * 3600) } },
    expected: { kind: "balance-empty", reason: "quota-exceeded", retryable: false },
  },
  {
    name: "Alumia 401 UNAUTHORIZED",
    input: { error: { code: "UNAUTHORIZED", message: "Missing or revoked API key" } },
    context: { status: 401 },
    expected: { kind: "unauthorized", status: 401, message: "Missing or revoked API key" },
  },
  {
    name: "agent API 401 with a detail string",
    input: { detail: "Invalid API key" },
    context: { status: 401 },
    expected: { kind: "unauthorized", message: "Invalid API key" },
  },
  {
    name: "401 with no body at all",
    input: "",
    context: { status: 401 },
    expected: { kind: "unauthorized", status: 401 },
  },
  {
    name: "RunAgents APPROVAL_REQUIRED",
    input: {
      error: {
        code: "APPROVAL_REQUIRED",
        message: "Tool call requires approval",
        tool: "github",
        method: "delete",
        access_request_id: "ar_123",
        expires_at: "2026-11-22T13:00:00Z",
      },
      run_id: "run_9",
      status: "PAUSED_APPROVAL",
    },
    context: { status: 403 },
    expected: {
      kind: "approval-pending",
      code: "APPROVAL_REQUIRED",
      approval: { tool: "github", method: "DELETE", requestId: "ar_123", runId: "run_9", expiresAt: Date.UTC(2026, 10, 22, 13) },
    },
  },
  {
    name: "a run in PAUSED_APPROVAL (200 OK run body)",
    input: { id: "run_42", status: "PAUSED_APPROVAL", agent: "invoice-bot" },
    context: { status: 200 },
    expected: { kind: "approval-pending", approval: { runId: "run_42", agent: "invoice-bot" } },
  },
  {
    name: "RunAgents OAuth response with an authorization_url",
    input: {
      error: "oauth_required",
      message: "The user has not authorized access yet",
      authorization_url: "https://accounts.google.com/o/oauth2/v2/auth?client_id=abc&scope=gmail.send",
      provider: "Google",
    },
    context: { status: 403 },
    expected: {
      kind: "connector-auth",
      reason: "consent-required",
      connector: {
        name: "Google",
        authorizationUrl: "https://accounts.google.com/o/oauth2/v2/auth?client_id=abc&scope=gmail.send",
      },
    },
  },
  {
    name: "an authorization_url alone makes it a consent request",
    input: { authorization_url: "https://slack.com/oauth/v2/authorize?x=1" },
    context: { status: 401 },
    expected: { kind: "connector-auth", reason: "consent-required", connector: { authorizationUrl: "https://slack.com/oauth/v2/authorize?x=1" } },
  },
  {
    name: "RunAgents 403 policy denial",
    input: { error: { code: "FORBIDDEN", message: "No policy grants access to tool github for method DELETE" } },
    context: { status: 403 },
    expected: { kind: "forbidden", message: "No policy grants access to tool github for method DELETE" },
  },
  {
    name: "LLM gateway 404 model not found",
    input: { error: { code: "model_not_found", message: "Model gpt-4o-mega is not registered on any provider" }, model: "gpt-4o-mega" },
    context: { status: 404 },
    expected: { kind: "not-found", resource: { type: "model", id: "gpt-4o-mega" } },
  },
  {
    name: "LLM gateway 404 as plain text",
    input: "model not found: claude-3-opus",
    context: { status: 404 },
    expected: { kind: "not-found", resource: { type: "model" }, message: "model not found: claude-3-opus" },
  },
  {
    name: "LLM gateway 502 provider unreachable",
    input: { error: { code: "PROVIDER_UNREACHABLE", message: "The LLM provider did not respond" } },
    context: { status: 502 },
    expected: { kind: "upstream-unavailable", retryable: true },
  },
  {
    name: "a 502 HTML page from a gateway",
    input:
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>",
    context: { status: 502 },
    expected: { kind: "upstream-unavailable", message: "The service is temporarily unavailable. Try again in a moment." },
  },
  {
    name: "'provider not connected' on the credits platform",
    input: { error: "Tool execution failed: provider not connected" },
    context: { status: 400 },
    expected: { kind: "connector-auth", reason: "not-connected", message: "Tool execution failed: provider not connected" },
  },
  {
    name: "'Gmail not connected' names the provider",
    input: { message: "Gmail not connected" },
    expected: { kind: "connector-auth", reason: "not-connected", connector: { name: "Gmail" } },
  },
  {
    name: "'Insufficient credits' mid-session",
    input: { error: { message: "Insufficient credits" } },
    context: { status: 400 },
    expected: { kind: "balance-empty", reason: "insufficient-credits", message: "Insufficient credits" },
  },
  {
    name: "connector auth failed (refresh token revoked)",
    input: { error: { code: "CONNECTOR_AUTH_FAILED", message: "OAuth refresh failed", connector: { name: "Gmail" } } },
    context: { status: 401 },
    expected: { kind: "connector-auth", reason: "auth-failed", connector: { name: "Gmail" } },
  },
  {
    name: "missing scope (gmail.send after read-only grant)",
    input: { error: { code: "insufficient_scope", message: "The grant lacks gmail.send", missing_scopes: ["gmail.send"], provider: "Gmail" } },
    context: { status: 403 },
    expected: { kind: "connector-auth", reason: "missing-scope", connector: { name: "Gmail", missingScopes: ["gmail.send"] } },
  },
  {
    name: "OAuth callback failed (state mismatch)",
    input: { error: "state_mismatch", error_description: "The state signature did not verify" },
    context: { status: 400 },
    expected: { kind: "connector-auth", reason: "callback-failed", message: "The state signature did not verify" },
  },
  {
    name: "a stuck tool call",
    input: {
      error: { code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned" },
      tool_call: { name: "browser.open", arguments: '{"url":"https://example.com","api_key":"sk-123"}', started_at: 1_790_000_000 },
    },
    expected: {
      kind: "tool-stuck",
      toolCall: { name: "browser.open", args: { url: "https://example.com", api_key: "sk-123" }, startedAt: 1_790_000_000_000 },
    },
  },
];

const apiStyles: Row[] = [
  {
    name: "RFC 9457 problem details",
    input: {
      type: "https://example.com/probs/out-of-credit",
      title: "You do not have enough credit.",
      status: 403,
      detail: "Your current balance is 30, but that costs 50.",
      instance: "/account/12345/msgs/abc",
    },
    expected: {
      kind: "balance-empty",
      status: 403,
      title: "You do not have enough credit.",
      message: "Your current balance is 30, but that costs 50.",
    },
  },
  {
    name: "RFC 9457 about:blank falls back to the status",
    input: { type: "about:blank", title: "Not Found", status: 404, detail: "No session with id s_1" },
    expected: { kind: "not-found", status: 404, message: "No session with id s_1" },
  },
  {
    name: "OpenAI insufficient_quota arrives as 429 but is billing",
    input: {
      error: {
        message: "You exceeded your current quota, please check your plan and billing details.",
        type: "insufficient_quota",
        param: null,
        code: "insufficient_quota",
      },
    },
    context: { status: 429, headers: { "retry-after": "20" } },
    expected: { kind: "balance-empty", reason: "quota-exceeded", code: "insufficient_quota" },
  },
  {
    name: "OpenAI rate_limit_exceeded",
    input: {
      error: {
        message: "Rate limit reached for gpt-4 on requests per min (RPM): Limit 3, Used 3, Requested 1.",
        type: "requests",
        param: null,
        code: "rate_limit_exceeded",
      },
    },
    context: { status: 429, headers: { "retry-after-ms": "20000", "x-request-id": "req_abc" }, now: NOW },
    expected: { kind: "rate-limited", retryAfterMs: 20000, requestId: "req_abc", code: "rate_limit_exceeded" },
  },
  {
    name: "OpenAI invalid_api_key",
    input: { error: { message: "Incorrect API key provided: sk-***.", type: "invalid_request_error", param: null, code: "invalid_api_key" } },
    context: { status: 401 },
    expected: { kind: "unauthorized", code: "invalid_api_key" },
  },
  {
    name: "Anthropic overloaded_error (529)",
    input: { type: "error", error: { type: "overloaded_error", message: "Overloaded" }, request_id: "req_011CS" },
    context: { status: 529 },
    expected: { kind: "upstream-unavailable", requestId: "req_011CS", code: "overloaded_error", retryable: true },
  },
  {
    name: "Anthropic rate_limit_error",
    input: { type: "error", error: { type: "rate_limit_error", message: "Number of requests has exceeded your rate limit" } },
    context: { status: 429, headers: { "retry-after": "12" } },
    expected: { kind: "rate-limited", retryAfterMs: 12000 },
  },
  {
    name: "Anthropic permission_error",
    input: { type: "error", error: { type: "permission_error", message: "Your API key does not have permission to use the specified resource." } },
    context: { status: 403 },
    expected: { kind: "forbidden" },
  },
  {
    name: "Anthropic api_error (500) is the server's own failure, retryable",
    input: { type: "error", error: { type: "api_error", message: "Internal server error" } },
    context: { status: 500 },
    expected: { kind: "upstream-unavailable", variant: "server", retryable: true, message: "Internal server error", provider: "anthropic" },
  },
  {
    name: "Stripe error with a doc_url",
    input: {
      error: {
        type: "invalid_request_error",
        code: "resource_missing",
        message: "No such checkout session: 'cs_test_123'",
        doc_url: "https://stripe.com/docs/error-codes/resource-missing",
      },
    },
    context: { status: 404 },
    expected: { kind: "not-found", docUrl: "https://stripe.com/docs/error-codes/resource-missing", code: "resource_missing" },
  },
  {
    name: "Stripe doc_url that is not https is dropped",
    input: { error: { type: "api_error", message: "Something broke on our side", doc_url: "javascript:alert(1)" } },
    context: { status: 500 },
    expected: { kind: "upstream-unavailable", variant: "server", docUrl: undefined },
  },
  {
    name: "Google RESOURCE_EXHAUSTED with a numeric code",
    input: { error: { code: 429, message: "Resource has been exhausted (e.g. check quota).", status: "RESOURCE_EXHAUSTED" } },
    expected: { kind: "rate-limited", status: 429, code: "RESOURCE_EXHAUSTED" },
  },
  {
    name: "a { status, headers, body } wrapper",
    input: { status: 402, headers: { "x-request-id": "r1" }, body: { error: { code: "PAYMENT_REQUIRED", message: "Add funds." } } },
    expected: { kind: "balance-empty", status: 402, requestId: "r1" },
  },
  {
    name: "GraphQL errors array",
    input: { errors: [{ message: "Rate limit exceeded for this token", extensions: { code: "RATE_LIMITED" } }] },
    expected: { kind: "rate-limited" },
  },
  {
    name: "plain text 503",
    input: "Service Unavailable",
    context: { status: 503 },
    expected: { kind: "upstream-unavailable", message: "Service Unavailable" },
  },
  {
    name: "an unknown 418",
    input: { message: "I'm a teapot and cannot brew coffee" },
    context: { status: 418 },
    expected: { kind: "unknown", status: 418, retryable: false },
  },
  {
    name: "a 504 gateway timeout",
    input: "",
    context: { status: 504 },
    expected: { kind: "timeout", retryable: true },
  },
];

describe.each([
  ["seed pages", seedPages],
  ["API styles", apiStyles],
])("parseRecoveryError: %s", (_group, rows) => {
  it.each(rows.map((row) => [row.name, row] as const))("%s", (_name, row) => {
    const error = parseRecoveryError(row.input, { now: NOW, ...row.context });
    // `field: undefined` in a row means the field must be absent.
    const present = Object.fromEntries(Object.entries(row.expected).filter(([, value]) => value !== undefined));
    expect(error).toMatchObject(present);
    for (const [key, value] of Object.entries(row.expected)) if (value === undefined) expect(error).not.toHaveProperty(key);
    expect(error.message.length).toBeGreaterThan(0);
  });
});

describe("thrown errors", () => {
  it("a fetch network failure is network and retryable", () => {
    expect(parseRecoveryError(new TypeError("Failed to fetch"))).toMatchObject({ kind: "network", retryable: true });
    expect(parseRecoveryError(new TypeError("NetworkError when attempting to fetch resource."))).toMatchObject({ kind: "network" });
    expect(parseRecoveryError(new TypeError("Load failed"))).toMatchObject({ kind: "network" });
  });

  it("undici's fetch failed uses the cause's code", () => {
    const refused = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    expect(parseRecoveryError(refused)).toMatchObject({ kind: "network" });
    const timedOut = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ETIMEDOUT"), { code: "ETIMEDOUT" }) });
    expect(parseRecoveryError(timedOut)).toMatchObject({ kind: "timeout" });
  });

  it("AbortError is a cancellation, TimeoutError a timeout", () => {
    expect(parseRecoveryError(new DOMException("The operation was aborted.", "AbortError"))).toMatchObject({
      kind: "cancelled",
      messageSource: "library",
      retryable: false,
    });
    expect(parseRecoveryError(new DOMException("The operation timed out.", "TimeoutError"))).toMatchObject({ kind: "timeout" });
  });

  it("an OpenAI-SDK-style error carries status, headers and the error body", () => {
    const sdkError = Object.assign(new Error("429 Rate limit reached"), {
      status: 429,
      headers: { "retry-after": "20" },
      error: { message: "Rate limit reached for requests", type: "requests", code: "rate_limit_exceeded" },
    });
    expect(parseRecoveryError(sdkError, { now: NOW })).toMatchObject({
      kind: "rate-limited",
      status: 429,
      retryAfterMs: 20000,
      retryAt: NOW + 20000,
      message: "Rate limit reached for requests",
    });
  });

  it("an Anthropic-SDK-style error carries the whole body", () => {
    const sdkError = Object.assign(new Error("529 overloaded"), {
      status: 529,
      headers: new Headers({ "request-id": "req_x" }),
      error: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } },
    });
    expect(parseRecoveryError(sdkError)).toMatchObject({ kind: "upstream-unavailable", requestId: "req_x" });
  });

  it("an axios-style error reads response.status, headers and data", () => {
    const axiosError = Object.assign(new Error("Request failed with status code 402"), {
      response: { status: 402, headers: {}, data: { error: { code: "PAYMENT_REQUIRED", message: "Add funds." } } },
    });
    expect(parseRecoveryError(axiosError)).toMatchObject({ kind: "balance-empty", status: 402, message: "Add funds." });
  });

  it("a thrown message is evidence for the kind, never shown: it may hold internals", () => {
    expect(parseRecoveryError(new Error("Insufficient credits"))).toMatchObject({
      kind: "balance-empty",
      message: "Your balance is empty. Add funds to keep running paid models.",
      messageSource: "library",
    });
    expect(parseRecoveryError(new Error("boom"))).toMatchObject({ kind: "unknown", message: "Something went wrong." });
  });

  it("a Response handed over synchronously uses its status and headers", () => {
    const response = new Response("{}", { status: 429, headers: { "retry-after": "3" } });
    expect(parseRecoveryError(response, { now: NOW })).toMatchObject({ kind: "rate-limited", retryAfterMs: 3000 });
  });
});

describe("messages are plain text", () => {
  it("strips tags and scripts from server messages", () => {
    const error = parseRecoveryError({ error: { message: "<b>Quota</b> exceeded <script>alert(1)</script>for today" } }, { status: 400 });
    expect(error.message).toBe("Quota exceeded for today");
  });

  it("does not turn encoded markup back into markup", () => {
    const error = parseRecoveryError({ message: "Bad &lt;img src=x onerror=alert(1)&gt; input here" });
    expect(error.message).not.toMatch(/<[a-z]/i);
    expect(error.message).toBe("Bad input here");
  });

  it("cuts long messages at a word boundary", () => {
    const long = "word ".repeat(1000);
    const error = parseRecoveryError({ message: long });
    expect(error.message.length).toBeLessThanOrEqual(300);
    expect(error.message.endsWith("…")).toBe(true);
  });

  it("a bare code is not shown as the message", () => {
    const error = parseRecoveryError({ error: "consent_required" }, { status: 401 });
    expect(error.message).not.toBe("consent_required");
    expect(error).toMatchObject({ kind: "connector-auth", reason: "consent-required", code: "consent_required" });
  });
});
