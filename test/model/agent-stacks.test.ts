/**
 * The general mechanisms issue 16 added, on their own: a wait read from words, a status read
 * from its reason phrase, a body read out of a message, the head of a JSON text past the
 * parser's cap, billing by meaning, and the new kind `blocked` with its wording. The real
 * packages' errors are in test/corpus/stacks-*.
 */
import { describe, expect, it } from "vitest";
import { fromResponse, parseRecoveryError } from "../../src/model";
import { fieldsFromHead, statusOfReasonPhrase, waitInWords } from "../../src/model/scan";
import { de, describeRecovery, descriptionToText } from "../../src/describe";

const NOW = Date.UTC(2026, 11, 5, 12, 0, 0);

describe("a wait said in words", () => {
  it.each([
    ["Please try again in 20s.", 20_000],
    ["Rate limit reached for gpt-4o … Please try again in 1.682s. Visit https://platform.openai.com/account/rate-limits", 1682],
    ["try again in 6m0s", 360_000],
    ["Please retry in 39.5s.", 39_500],
    ["You can try again in a minute.", 60_000],
    ["Try again in 2 minutes.", 120_000],
    ["Server is overloaded, please try again in 30 seconds.", 30_000],
    ["Please wait 45 seconds before sending another message.", 45_000],
    ["Quota resets in an hour.", 3_600_000],
    // "ms" with a space before it is milliseconds, not minutes.
    ["Please try again in 500 ms.", 500],
    ["retry after 250 milliseconds", 250],
    ["try again in 1h30m", 5_400_000],
  ])("%s → %i ms", (text, ms) => {
    expect(waitInWords(text)).toBe(ms);
  });

  it.each([["a 5 minute video failed to upload"], ["median latency 1.5s"], ["try again later"], ["retry in a moment"], [""], ["try again in 99999999999 hours"]])(
    "no wait in %j",
    (text) => {
      expect(waitInWords(text)).toBeUndefined();
    },
  );

  it("reads only the head of a long text", () => {
    expect(waitInWords(`${"x ".repeat(5000)} try again in 20s`)).toBeUndefined();
  });

  it("is read from the server's words when no header says it, and a header still wins", () => {
    const body = { error: { message: "Too many requests. Please try again in 20s.", code: "rate_limited" } };
    expect(parseRecoveryError(body, { status: 429, now: NOW })).toMatchObject({ kind: "rate-limited", retryAfterMs: 20_000, retryAt: NOW + 20_000 });
    expect(parseRecoveryError(body, { status: 429, headers: { "retry-after": "5" }, now: NOW })).toMatchObject({ retryAfterMs: 5000 });
  });

  it("is read from a bare Error's message (useChat's Error(text)), which is still never shown", () => {
    const error = parseRecoveryError(new Error("Rate limit reached for gpt-4o on requests per min (RPM). Please try again in 20s."), { now: NOW });
    expect(error).toMatchObject({ kind: "rate-limited", retryAfterMs: 20_000, messageSource: "library" });
  });

  it("is never read from a library's or an SDK's own sentence", () => {
    class RetryingLimiterError extends Error {
      override name = "RetryingLimiterError";
    }
    const error = parseRecoveryError(new RetryingLimiterError("rate limited by the local limiter, retrying in 5 seconds"));
    expect(error.kind).toBe("rate-limited");
    expect(error.retryAfterMs).toBeUndefined();
  });

  it("is not read for a kind that waiting does not fix", () => {
    expect(parseRecoveryError({ error: { message: "Invalid key. Try again in 20s." } }, { status: 401 }).retryAfterMs).toBeUndefined();
  });
});

describe("status words and bodies in a message", () => {
  it.each([
    ["Unauthorized", "unauthorized", 401],
    ["Too Many Requests", "rate-limited", 429],
    ["Payment Required", "balance-empty", 402],
    ["Service Unavailable", "upstream-unavailable", 503],
  ] as const)("Error(%j) is a %s (%i), in our words", (message, kind, status) => {
    expect(statusOfReasonPhrase(message)).toBe(status);
    expect(parseRecoveryError(new Error(message))).toMatchObject({ kind, status, messageSource: "library" });
  });

  it("a named error whose message is a reason phrase is not a bare body", () => {
    class HttpClientError extends Error {
      override name = "HttpClientError";
    }
    expect(parseRecoveryError(new HttpClientError("Not Found")).status).toBeUndefined();
  });

  it("an HTML page as a bare Error's message gives the status its title says, and none of its markup", () => {
    const page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
    const error = parseRecoveryError(new Error(page));
    expect(error).toMatchObject({ kind: "upstream-unavailable", status: 502, messageSource: "library" });
  });

  it("Google's details appended to a message are read, never shown", () => {
    const thrown = Object.assign(
      new Error(
        '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent: [400 Bad Request] API key not valid. Please pass a valid API key. [{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]',
      ),
      { name: "GoogleGenerativeAIFetchError" },
    );
    const error = parseRecoveryError(thrown);
    expect(error).toMatchObject({ kind: "unauthorized", status: 400, message: "API key not valid. Please pass a valid API key.", messageSource: "server" });
    expect(descriptionToText(describeRecovery(error))).not.toMatch(/@type|googleapis/);
  });

  it("MCP's frames: the server's words without the prefix (twice prefixed too), the SDK's stock sentences not at all", () => {
    const elicit = Object.assign(new Error("MCP error -32042: MCP error -32042: Authorize GitHub to continue."), {
      name: "McpError",
      code: -32042,
      data: { elicitations: [{ mode: "url", url: "https://github.com/login/oauth/authorize?client_id=abc", message: "Authorize GitHub", elicitationId: "e1" }] },
    });
    expect(parseRecoveryError(elicit)).toMatchObject({
      kind: "connector-auth",
      reason: "consent-required",
      message: "Authorize GitHub to continue.",
      connector: { name: "github.com", authorizationUrl: "https://github.com/login/oauth/authorize?client_id=abc" },
    });
    // Thrown (older SDKs, and any server that answers with the error): its numeric code says -32602, the words say which tool.
    const thrownUnknownTool = Object.assign(new Error("MCP error -32602: Tool drop_table not found"), { name: "McpError", code: -32602 });
    expect(parseRecoveryError(thrownUnknownTool)).toMatchObject({ kind: "tool-unavailable", variant: "unknown-tool", retryable: false, tool: { name: "drop_table" } });
    const notFound = Object.assign(new Error("MCP error -32601: Method not found"), { name: "McpError", code: -32601 });
    expect(parseRecoveryError(notFound)).toMatchObject({ kind: "tool-unavailable", variant: "unknown-tool", retryable: false, messageSource: "library" });
    expect(parseRecoveryError(notFound).code).toBeUndefined();
  });
});

describe("a JSON text past the parser's cap", () => {
  const huge = `{"error":{"code":"rate_limit_exceeded","type":"requests","message":"Slow down: please try again in 20s."},"output":"${"x".repeat(2_100_000)}"}`;

  it("still gives its code and message, as fromResponse does on the same bytes", async () => {
    const parsed = parseRecoveryError(huge, { status: 429, now: NOW });
    expect(parsed).toMatchObject({ kind: "rate-limited", code: "rate_limit_exceeded", message: "Slow down: please try again in 20s.", retryAfterMs: 20_000 });
    const read = await fromResponse(new Response(huge.slice(0, 500_000), { status: 429 }), { now: NOW, maxBytes: 4096 });
    expect(read).toMatchObject({ kind: parsed.kind, code: parsed.code, message: parsed.message, retryAfterMs: parsed.retryAfterMs });
  });

  it("the head scanner decodes escapes and finds nothing in prose", () => {
    expect(fieldsFromHead('{"error":{"message":"Caf\\u00e9 \\"closed\\"","code":"x"')).toEqual({ error: { message: 'Café "closed"', code: "x" } });
    expect(fieldsFromHead("no json here")).toBeUndefined();
  });
});

describe("billing by meaning", () => {
  it.each([
    ["Anthropic's 400 invalid_request_error", 400, { type: "error", error: { type: "invalid_request_error", message: "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits." } }, "balance-empty"],
    ["a 403 that says insufficient credits", 403, { error: { message: "Insufficient credits for this model." } }, "insufficient-credits"],
    ["a billing hard limit under a generic code", 400, { error: { type: "invalid_request_error", message: "Billing hard limit has been reached." } }, "quota-exceeded"],
  ] as const)("%s is balance-empty (%s)", (_, status, body, reason) => {
    expect(parseRecoveryError(body, { status })).toMatchObject({ kind: "balance-empty", reason, messageSource: "server" });
  });

  it("a specific code still wins over billing words (a per-minute quota is a wait)", () => {
    const body = { error: { code: 429, status: "RESOURCE_EXHAUSTED", message: "You exceeded your current quota.", details: [{ "@type": "type.googleapis.com/google.rpc.QuotaFailure", violations: [{ quotaId: "GenerateRequestsPerMinutePerProjectPerModel" }] }] } };
    expect(parseRecoveryError(body, { status: 429 }).kind).toBe("rate-limited");
  });
});

describe("session expiry is not a bad key", () => {
  it("a 401 whose server says the session expired asks to sign in again, and says nothing of API keys", () => {
    const error = parseRecoveryError({ error: { code: "session_expired", message: "Your session expired." } }, { status: 401 });
    expect(error).toMatchObject({ kind: "unauthorized", variant: "session-expired" });
    const d = describeRecovery(error, { actions: { signIn: true, openApiKeys: "/keys", retry: true } });
    expect(d.title).toBe("Your session expired");
    expect(d.actions.map((a) => a.id)).toEqual(["signIn", "retry"]);
    expect(descriptionToText(d)).not.toMatch(/API key/i);
    expect(parseRecoveryError(new Error("x"), { status: 401, body: { message: "Session has expired, please log in again" } }).variant).toBe("session-expired");
  });

  it("a library message for it says so too", () => {
    expect(parseRecoveryError({ error: { code: "SESSION_EXPIRED" } }, { status: 401 }).message).toBe("Your session expired. Sign in again to continue.");
  });
});

describe("blocked: rephrase, never retry the same text", () => {
  it.each([
    ["OpenAI/Azure content_filter", parseRecoveryError({ error: { code: "content_filter", message: "The prompt was filtered." } }, { status: 400 }), "default"],
    ["Google's prompt block", parseRecoveryError({ promptFeedback: { blockReason: "SAFETY" } }), "default"],
    ["a completion stopped by the filter", parseRecoveryError({ choices: [{ finish_reason: "content_filter", message: { content: null } }] }), "default"],
    ["an input guardrail", parseRecoveryError(Object.assign(new Error("Input guardrail triggered: {}"), { name: "InputGuardrailTripwireTriggered" })), "input"],
    ["an output guardrail", parseRecoveryError(Object.assign(new Error("Output guardrail triggered: {}"), { name: "OutputGuardrailTripwireTriggered" })), "output"],
  ])("%s", (_, error, variant) => {
    expect(error).toMatchObject({ kind: "blocked", retryable: false });
    const d = describeRecovery(error, { actions: { retry: true, editMessage: true, contactSupport: true } });
    expect(d.variant).toBe(variant);
    expect(d.actions.map((a) => a.id)).toEqual(["editMessage", "contactSupport"]);
    expect(d.tone).toBe("warning");
    const german = describeRecovery(error, { catalog: de, actions: { editMessage: true } });
    expect(german.actions[0]!.label).toBe("Nachricht bearbeiten");
    expect(german.title).not.toBe(d.title);
  });
});

describe("agent frameworks' states, described", () => {
  it("a tool's own error says its words in view, with Retry", () => {
    const error = parseRecoveryError({ content: [{ type: "text", text: "Search index is rebuilding." }], isError: true });
    const d = describeRecovery(error, { actions: { retry: true } });
    expect(d).toMatchObject({ variant: "tool-error", serverSaid: { inline: true } });
    expect(d.actions.map((a) => a.id)).toEqual(["retry"]);
  });

  it("a run that reached its turn limit can be continued: a warning, not a failure", () => {
    const error = parseRecoveryError(Object.assign(new Error("Max turns (10) exceeded"), { name: "MaxTurnsExceededError" }));
    expect(error).toMatchObject({ kind: "run-failed", variant: "max-turns", retryable: false, messageSource: "library" });
    const d = describeRecovery(error, { actions: { continue: true, rerun: true } });
    expect(d.tone).toBe("warning");
    expect(d.actions[0]!.id).toBe("continue");
  });
});

describe("a message that only looks like a body", () => {
  it("'[GoogleGenerativeAI Error]: Candidate was blocked due to SAFETY' is the SDK's sentence: never shown", () => {
    const thrown = Object.assign(new Error("[GoogleGenerativeAI Error]: Candidate was blocked due to SAFETY"), {
      name: "GoogleGenerativeAIResponseError",
      response: { candidates: [{ finishReason: "SAFETY", index: 0 }], promptFeedback: {} },
    });
    expect(parseRecoveryError(thrown)).toMatchObject({ kind: "blocked", messageSource: "library" });
  });
});
