/**
 * LangChain's chat models (`@langchain/openai` 1.5 `ChatOpenAI`, `@langchain/anthropic` 1.5
 * `ChatAnthropic`, on `@langchain/core` 1.4): `invoke()` and `stream()` against the corpus
 * server. LangChain throws the provider SDK's own error, the same object, after changing it:
 * a 401/404/429 (and a 400 naming a tool) gets an `lc_error_code` and a "Troubleshooting URL"
 * paragraph appended to its `message`; core's retry wrapper adds `rateLimitType`,
 * `rateLimitReason` and `retryAfterMs` to a 429 it reads, renames a quota 429's `name` to
 * `InsufficientQuotaError` (a long or headerless 429's to `RateLimitCapacityError`), and marks
 * each with a `Symbol.for("langchain.errors.retryable")`. `status`, `headers`, `requestID`
 * and the body's `error` stay as the SDK set them.
 */
import { ChatAnthropic } from "@langchain/anthropic";
import { ChatOpenAI } from "@langchain/openai";
import { caught } from "../clients";
import { answerOf, openaiHeaders } from "../scenarios";
import type { Behaviour } from "../server";
import type { Stack, StackCase, StackContext } from "./types";

const OPENAI_KEY = "sk-test-corpus-0000000000000000";
const ANTHROPIC_KEY = "sk-ant-test-corpus-0000000000000000";

function openai(ctx: StackContext, model = "gpt-4o"): ChatOpenAI {
  return new ChatOpenAI({ model, apiKey: OPENAI_KEY, configuration: { baseURL: `${ctx.url}/v1` }, maxRetries: 0, timeout: 5000 });
}

function anthropic(ctx: StackContext): ChatAnthropic {
  return new ChatAnthropic({ model: "claude-sonnet-4-5", apiKey: ANTHROPIC_KEY, anthropicApiUrl: ctx.url, maxRetries: 0, clientOptions: { timeout: 5000 } });
}


/** `invoke("hi")`, or `stream("hi")` read to the end. */
function call(model: (ctx: StackContext) => ChatOpenAI | ChatAnthropic, how: "invoke" | "stream" = "invoke") {
  return (ctx: StackContext) =>
    caught(async () => {
      const chat = model(ctx);
      if (how === "invoke") return chat.invoke("hi");
      const chunks: unknown[] = [];
      for await (const chunk of await chat.stream("hi")) chunks.push(chunk);
      return chunks;
    });
}


/** Anthropic's error envelope (docs.anthropic.com/en/api/errors). */
function anthropicError(status: number, type: string, message: string, headers: Record<string, string>): Behaviour {
  return { status, headers: { "content-type": "application/json", ...headers }, body: { type: "error", error: { type, message } } };
}

const cases: StackCase[] = [
  // ------------------------------------------------------------ ChatAnthropic
  {
    name: "ChatAnthropic: 400 invalid_request_error, credit balance too low (the real wire answer)",
    answer: anthropicError(
      400,
      "invalid_request_error",
      "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
      { "request-id": "req_011CLangChainBill" },
    ),
    run: call(anthropic),
    expected: {
      kind: "balance-empty",
      reason: "balance-empty",
      retryable: false,
      status: 400,
      requestId: "req_011CLangChainBill",
      provider: "anthropic",
      message: /credit balance is too low/,
    },
    note: "Anthropic sends billing_error in its docs but invalid_request_error on the wire: the words, not the type, say the balance is empty. The SDK's message is \"400 {raw JSON}\"; the words are in error.error.message.",
  },
  {
    name: "ChatAnthropic: 429 rate_limit_error with retry-after 20 and request-id",
    answer: anthropicError(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit", {
      "request-id": "req_011CLangChain429",
      "retry-after": "20",
      "anthropic-ratelimit-requests-limit": "50",
      "anthropic-ratelimit-requests-remaining": "0",
      "anthropic-ratelimit-requests-reset": "2026-11-23T00:00:20Z",
    }),
    run: call(anthropic),
    expected: { kind: "rate-limited", retryable: true, wait: 20_000, status: 429, requestId: "req_011CLangChain429", provider: "anthropic", message: /per-minute rate limit/ },
    note: "lc_error_code MODEL_RATE_LIMIT and a Troubleshooting URL are appended to the message; core adds retryAfterMs 20000 from the header.",
  },
  {
    name: "ChatAnthropic: 529 overloaded_error",
    answer: anthropicError(529, "overloaded_error", "Overloaded", { "request-id": "req_011CLangChain529" }),
    run: call(anthropic),
    expected: { kind: "upstream-unavailable", retryable: true, status: 529, requestId: "req_011CLangChain529", provider: "anthropic", message: /^Overloaded$/ },
  },
  {
    name: "ChatAnthropic: 401 authentication_error, invalid x-api-key",
    answer: anthropicError(401, "authentication_error", "invalid x-api-key", { "request-id": "req_011CLangChain401" }),
    run: call(anthropic),
    expected: { kind: "unauthorized", retryable: false, status: 401, requestId: "req_011CLangChain401", provider: "anthropic", message: /^invalid x-api-key$/ },
  },
  {
    name: "ChatAnthropic.stream(): 529 overloaded_error before the first event",
    answer: anthropicError(529, "overloaded_error", "Overloaded", { "request-id": "req_011CLangChainS529" }),
    run: call(anthropic, "stream"),
    expected: { kind: "upstream-unavailable", retryable: true, status: 529, requestId: "req_011CLangChainS529", provider: "anthropic", message: /^Overloaded$/ },
  },

  // ------------------------------------------------------------ ChatOpenAI
  {
    name: "ChatOpenAI: 429 requests per minute, reset headers and \"Please try again in 1.682s\"",
    answer: answerOf("OpenAI 429 requests per minute, reset headers only", { "x-request-id": "req_lc_rpm_01" }),
    run: call(openai),
    expected: {
      kind: "rate-limited",
      retryable: true,
      wait: 1682,
      status: 429,
      code: "rate_limit_exceeded",
      requestId: "req_lc_rpm_01",
      provider: "openai",
      resource: "requests",
      message: /^Rate limit reached for gpt-4o/,
    },
  },
  {
    name: "ChatOpenAI: 429 insufficient_quota (LangChain renames it InsufficientQuotaError)",
    answer: answerOf("OpenAI 429 insufficient_quota is a billing problem, not a wait", { "x-request-id": "req_lc_quota_02" }),
    run: call(openai),
    expected: {
      kind: "balance-empty",
      reason: "quota-exceeded",
      retryable: false,
      status: 429,
      code: "insufficient_quota",
      requestId: "req_lc_quota_02",
      provider: "openai",
      message: /exceeded your current quota/,
    },
  },
  {
    name: "ChatOpenAI: 401 invalid_api_key",
    answer: answerOf("OpenAI 401 invalid_api_key (the key shown masked by the server stays masked)", { "x-request-id": "req_lc_auth_03" }),
    run: call(openai),
    expected: { kind: "unauthorized", retryable: false, status: 401, code: "invalid_api_key", requestId: "req_lc_auth_03", provider: "openai", message: /^Incorrect API key provided/ },
    note: "lc_error_code MODEL_AUTHENTICATION; the Troubleshooting URL paragraph is LangChain's, never shown.",
  },
  {
    name: "ChatOpenAI: 404 model_not_found",
    answer: {
      status: 404,
      headers: { ...openaiHeaders, "x-request-id": "req_lc_model_04" },
      body: { error: { message: "The model `gpt-9` does not exist or you do not have access to it.", type: "invalid_request_error", param: null, code: "model_not_found" } },
    },
    run: call((ctx) => openai(ctx, "gpt-9")),
    expected: { kind: "not-found", variant: "model", retryable: false, status: 404, code: "model_not_found", requestId: "req_lc_model_04", provider: "openai", message: /gpt-9/ },
  },
  {
    name: "ChatOpenAI: Azure 400 content_filter on the prompt",
    answer: {
      status: 400,
      headers: { "x-ms-region": "Sweden Central", "x-request-id": "a1b2c3d4-0000-4000-8000-000000000013" },
      body: {
        error: {
          message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
          type: null,
          param: "prompt",
          code: "content_filter",
          status: 400,
        },
      },
    },
    run: call(openai),
    expected: {
      kind: "blocked",
      retryable: false,
      never: ["retry"],
      first: "editMessage",
      status: 400,
      code: "content_filter",
      requestId: "a1b2c3d4-0000-4000-8000-000000000013",
      provider: "azure",
      message: /modify your prompt/,
    },
  },
  {
    name: "ChatOpenAI: 500 server_error",
    answer: {
      status: 500,
      headers: { ...openaiHeaders, "x-request-id": "req_lc_500_06" },
      body: { error: { message: "The server had an error while processing your request. Sorry about that!", type: "server_error", param: null, code: null } },
    },
    run: call(openai),
    expected: { kind: "upstream-unavailable", variant: "server", retryable: true, status: 500, requestId: "req_lc_500_06", provider: "openai", message: /The server had an error/ },
  },
  {
    name: "ChatOpenAI.stream(): 429 tokens per minute, the token reset in a header only (LangChain: RateLimitCapacityError)",
    answer: {
      status: 429,
      headers: {
        ...openaiHeaders,
        "x-request-id": "req_lc_tpm_07",
        "x-ratelimit-remaining-requests": "499",
        "x-ratelimit-reset-requests": "120ms",
        "x-ratelimit-remaining-tokens": "0",
        "x-ratelimit-reset-tokens": "6m0s",
      },
      body: { error: { message: "Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000, Used 30000, Requested 812.", type: "tokens", param: null, code: "rate_limit_exceeded" } },
    },
    run: call(openai, "stream"),
    expected: {
      kind: "rate-limited",
      retryable: true,
      wait: 360_000,
      status: 429,
      code: "rate_limit_exceeded",
      requestId: "req_lc_tpm_07",
      provider: "openai",
      resource: "tokens",
      message: /tokens per min/,
    },
    note: "LangChain reads no wait here (no retry-after, no \"try again in\"), calls it headerless and renames the error RateLimitCapacityError; the wait is in x-ratelimit-reset-tokens.",
  },
];

export const langchain: Stack = {
  name: "langchain",
  catchPath:
    "Hosts call `fromError` on what `await model.invoke(...)` or the `for await` over `await model.stream(...)` throws: the provider SDK's own error object (openai v6 / @anthropic-ai/sdk 0.122: `status`, `headers`, `requestID`, the body in `error`), which LangChain mutates rather than wraps — an `lc_error_code` plus a \"Troubleshooting URL\" paragraph appended to `message` on 401/404/429, `rateLimitType`/`rateLimitReason`/`retryAfterMs` on a 429, and a new `name` (InsufficientQuotaError, RateLimitCapacityError) on a quota or headerless 429.",
  cases,
};
