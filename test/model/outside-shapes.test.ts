/**
 * Shapes and strings an outside review found the parser getting wrong: more providers'
 * bodies, keys and internal addresses in server text, client words posing as the server's.
 * Each row is one finding, kept so it stays fixed.
 */
import { describe, expect, it } from "vitest";
import { fromError, fromResponse, parseRecoveryError } from "../../src/model";

const W = (status: number, body: unknown, headers: Record<string, string> = {}) => parseRecoveryError({ status, headers, body });

describe("secrets and addresses in server text", () => {
  it.each([
    ["Groq", "gsk_AbCdEfGhIjKlMnOpQrStUvWxYz012345", "AbCdEfGhIjKlMnOp"],
    ["Hugging Face", "hf_AbCdEfGhIjKlMnOpQrStUvWxYz", "AbCdEfGhIjKlMnOp"],
    ["xAI", "xai-AbCdEfGhIjKlMnOpQrStUvWxYz0123", "AbCdEfGhIjKlMnOp"],
    ["GitHub fine-grained", "github_pat_11AbCdEfGhIjKlMnOpQrSt_uvwxyz", "AbCdEfGhIjKlMnOp"],
    ["GitLab", "glpat-AbCdEfGhIjKlMnOpQrSt", "AbCdEfGhIjKlMnOp"],
    ["Google OAuth", "ya29.a0AbCdEfGhIjKlMnOpQrSt-uvwxyz", "a0AbCdEfGhIjKlMn"],
    ["Azure (32 hex)", "0123456789abcdef0123456789abcdef", "0123456789abcdef"],
    ["password=", "password=hunter2hunter2", "hunter2"],
    ["sessionid=", "sessionid=Zx81Qq0Lm2Pp", "Zx81Qq0Lm2Pp"],
    ["?api-key= without a scheme", "/openai/deployments/x?api-key=Zx81Qq0Lm2PpZx81", "Zx81Qq0Lm2PpZx81"],
    ["&amp;access_token=", "https://x.example/cb?a=1&amp;access_token=Zx81Qq0Lm2Pp", "Zx81Qq0Lm2Pp"],
    ["user:pass@host without a scheme", "admin:hunter2pass@proxy.corp.example.com", "hunter2pass"],
    ["a key behind entities", "sk&#45;proj&#45;AbCdEfGhIjKlMnOpQrStUv", "AbCdEfGhIjKlMnOp"],
    ["a key with a zero-width space", "sk-proj-AbCdEf\u200bGhIjKlMnOpQrStUv", "AbCdEfGhIjKlMnOp"],
    ["an IP behind entities", "10&#46;0&#46;3&#46;7", "10.0.3.7"],
    ["host:port without a dot", "db-primary:5432", "db-primary"],
    ["a service name and port", "(svc-internal:9000)", "svc-internal"],
    ["unbracketed IPv6", "fd00:10:96::1a", "fd00:10:96"],
    ["IPv6 documentation prefix", "2001:db8::5", "2001:db8"],
    ["a cluster-local URL", "http://payments.prod.svc.cluster.local/charge", "payments.prod"],
    ["a .internal host", "billing.internal", "billing.internal"],
  ])("%s", (_, secret, hidden) => {
    const error = W(502, { error: { message: `Upstream failed: ${secret} refused the call` } });
    expect(error.message).not.toContain(hidden);
    expect(error.message).toMatch(/^Upstream failed/);
  });

  it("keeps times, ratios and public links", () => {
    const error = W(429, { error: { message: "Limit resets at 12:30:45 UTC; see https://platform.openai.com/account/rate-limits." } });
    expect(error.message).toBe("Limit resets at 12:30:45 UTC; see https://platform.openai.com/account/rate-limits.");
  });

  it("run events and a tool's base URL lose their secrets", () => {
    const run = W(500, { run: { id: "run_1", status: "failed", events: [{ type: "error", message: "call failed with Bearer sk-proj-AbCdEfGhIjKlMnOpQrStUv at http://10.0.0.5:8080/x" }] } });
    expect(JSON.stringify(run)).not.toMatch(/AbCdEfGhIjKlMnOp|10\.0\.0\.5/);
    const tool = W(200, { tool: { name: "search", status: "Unavailable", lastProbeTime: 1_700_000_000, baseUrl: "http://admin:pw12345@10.0.0.5:8080/api?key=s3cretS3cret" } });
    expect(JSON.stringify(tool)).not.toMatch(/pw12345|s3cretS3cret/);
  });

  it("a long message costs linear time: 200,000 characters of 'a.' parse (a quadratic regex took minutes)", () => {
    expect(W(500, "a.".repeat(100_000)).kind).toBe("upstream-unavailable");
    expect(W(500, { error: { message: "sk-".repeat(40_000) } }).kind).toBe("upstream-unavailable");
    expect(parseRecoveryError(new Error(`429 ${"a.".repeat(100_000)}`)).kind).toBe("rate-limited");
  });
});

describe("client words are never the server's", () => {
  it("an abort with a reason is a cancellation when the host passes its signal", async () => {
    const controller = new AbortController();
    controller.abort("component unmounted");
    expect(await fromError(controller.signal.reason, { signal: controller.signal })).toMatchObject({ kind: "cancelled", messageSource: "library" });
    const withError = new AbortController();
    withError.abort(new Error("navigated away"));
    expect(await fromError(withError.signal.reason, { signal: withError.signal })).toMatchObject({ kind: "cancelled" });
  });

  it("a plain-object cause is what the runtime said, not a body", () => {
    const thrown = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET", message: "read ECONNRESET from db-primary:5432" } });
    expect(parseRecoveryError(thrown)).toMatchObject({ kind: "network", clientCode: "ECONNRESET", messageSource: "library" });
  });

  it("a thrown message starting with digits is not a status", () => {
    const error = parseRecoveryError(new Error("100 retries exhausted connecting to db-primary:5432"));
    expect(error.status).toBeUndefined();
    expect(error.messageSource).toBe("library");
  });
});

describe("more providers' shapes", () => {
  it("OpenAI's invalid_request_error is a bad request, whatever its words say", () => {
    expect(W(400, { error: { message: "Timeout while downloading https://x.example/a.png.", type: "invalid_request_error", param: null, code: "invalid_image_url" } })).toMatchObject({
      kind: "invalid-request",
      retryable: false,
    });
    // …but a 401 with the same type is still an auth failure.
    expect(W(401, { error: { message: "Invalid API Key provided: sk_test_****", type: "invalid_request_error" } }).kind).toBe("unauthorized");
  });

  it("GraphQL extensions.code", () => {
    expect(W(200, { errors: [{ message: "You must be logged in", extensions: { code: "UNAUTHENTICATED" } }] }).kind).toBe("unauthorized");
    expect(W(200, { errors: [{ message: "Not allowed", extensions: { code: "FORBIDDEN" } }] }).kind).toBe("forbidden");
  });

  it("AWS: the JSON protocol's __type, x-amzn-errortype and the SDK v3 exception", () => {
    expect(W(400, { __type: "com.amazon.coral.availability#ThrottlingException", message: "Rate exceeded" })).toMatchObject({ kind: "rate-limited", retryable: true });
    expect(W(400, { message: "Too many tokens per day" }, { "x-amzn-errortype": "ServiceQuotaExceededException:http://internal.amazon.com/coral/" }).kind).toBe("rate-limited");
    const sdk = Object.assign(new Error("The security token included in the request is invalid."), {
      name: "UnrecognizedClientException",
      $metadata: { httpStatusCode: 403, requestId: "6f1c0000-aaaa-bbbb-cccc-000000000000" },
    });
    expect(parseRecoveryError(sdk)).toMatchObject({ kind: "unauthorized", status: 403, requestId: "6f1c0000-aaaa-bbbb-cccc-000000000000", messageSource: "library" });
  });

  // One code, however it is spelled: AWS exception names, class-style, SCREAMING_SNAKE and a
  // code whose words name the kind. No status, so only the code can tell.
  it.each([
    ["ThrottlingException", "rate-limited"],
    ["TooManyRequestsException", "rate-limited"],
    ["ServiceUnavailableException", "upstream-unavailable"],
    ["AccessDeniedException", "forbidden"],
    ["ResourceNotFoundException", "not-found"],
    ["ModelTimeoutException", "timeout"],
    ["ValidationException", "invalid-request"],
    ["RATE_LIMIT_EXCEEDED", "rate-limited"],
    ["RateLimitError", "rate-limited"],
    ["overloaded_error", "upstream-unavailable"],
    ["not_found_error", "not-found"],
    ["model_not_found", "not-found"],
    ["integration_not_connected", "connector-auth"],
    ["insufficient_funds", "balance-empty"],
    ["content_policy_violation", "blocked"],
    ["GatewayTimeout", "timeout"],
  ])("the code %s is %s", (code, kind) => {
    expect(parseRecoveryError({ error: { code } }).kind).toBe(kind);
    expect(parseRecoveryError({ __type: `com.amazonaws.service#${code}` }).kind).toBe(kind);
  });

  it("a code's words do not outrank a suffixed code the table lists, nor a more specific row", () => {
    // MCP's UnauthorizedError is the connector's grant, not the person's sign-in.
    expect(parseRecoveryError({ error: { code: "UnauthorizedError" } })).toMatchObject({ kind: "connector-auth", reason: "auth-failed" });
    expect(parseRecoveryError({ error: { code: "session_timeout" } })).toMatchObject({ kind: "unauthorized", variant: "session-expired" });
    expect(parseRecoveryError({ error: { code: "model_not_found" } })).toMatchObject({ kind: "not-found", variant: "model", resource: { type: "model" } });
    expect(parseRecoveryError({ error: { code: "provider_unavailable" } })).toMatchObject({ kind: "upstream-unavailable", variant: "provider" });
  });

  it("Cohere's 498, Response.error(), and OpenRouter's 200 with an error status", () => {
    expect(W(498, { message: "invalid api token" }).kind).toBe("unauthorized");
    expect(parseRecoveryError(Response.error())).toMatchObject({ kind: "network", retryable: true });
    expect(W(200, { error: { code: 500, message: "Internal Server Error" } })).toMatchObject({ kind: "upstream-unavailable", status: 500 });
  });

  it("JSON serialised twice, and a fractional Retry-After", async () => {
    const twice = JSON.stringify(JSON.stringify({ error: { message: "Slow down", code: "rate_limited" } }));
    expect(W(429, twice)).toMatchObject({ kind: "rate-limited", message: "Slow down" });
    expect(W(429, {}, { "retry-after": "1.5" }).retryAfterMs).toBe(1500);
  });

  it("a timeoutMs past setTimeout's range still reads the body", async () => {
    const error = await fromResponse(new Response(JSON.stringify({ error: { message: "Slow down." } }), { status: 429 }), { timeoutMs: 3e9 });
    expect(error.message).toBe("Slow down.");
  });
});
