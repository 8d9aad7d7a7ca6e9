/**
 * The providers' documented failures, as the corpus server sends them. Each row says who
 * documents it, which real clients a host would use against that API, and what the person
 * who hit it must see: the kind (which decides the wording and actions), how long to wait,
 * the request id for support, and whether the server's own words are shown.
 */
import type { Behaviour } from "./server";
import type { ClientName } from "./clients";
import type { RecoveryErrorKind } from "../../src/model";

export interface Expected {
  kind: RecoveryErrorKind;
  variant?: string;
  reason?: string;
  retryable: boolean;
  /** The wait in ms (±1.5 s for waits given as a moment rather than a duration). */
  wait?: number;
  requestId?: string;
  provider?: string;
  /** The server's words that must be shown, or "library" when our wording must be. */
  message: RegExp | "library";
  /** What ran out, for rate limits. */
  resource?: "requests" | "tokens";
  clientCode?: RegExp;
}

export interface Scenario {
  name: string;
  /** Where the body and headers come from. */
  source: string;
  answer: Behaviour;
  clients: ClientName[];
  expected: Expected;
  /**
   * Clients that drop this body (openai-node keeps only a body's `error` field): the
   * server's words never reach the host, so our wording must stand in.
   */
  bodyLost?: ClientName[];
}

const OPENAI_CLIENTS: ClientName[] = ["openai", "ai", "axios", "ky", "undici", "fetch"];
const ANTHROPIC_CLIENTS: ClientName[] = ["anthropic", "axios", "ky", "fetch"];
const GOOGLE_CLIENTS: ClientName[] = ["google-genai", "google-generative-ai", "axios", "ky", "fetch"];
const STRIPE_CLIENTS: ClientName[] = ["stripe", "axios", "fetch"];
const HTTP_CLIENTS: ClientName[] = ["axios", "ky", "undici", "fetch", "openai", "cohere"];

/** The headers OpenAI sends with every answer (org, processing time, version). */
export const openaiHeaders = { "openai-organization": "org-corpus", "openai-processing-ms": "12", "openai-version": "2020-10-01" };

export const SCENARIOS: Scenario[] = [
  // ---------------------------------------------------------------- OpenAI
  {
    name: "OpenAI 429 requests per minute, reset headers only",
    source: "platform.openai.com/docs/guides/rate-limits (x-ratelimit-* headers), error-codes 429",
    answer: {
      status: 429,
      headers: {
        ...openaiHeaders,
        "x-request-id": "req_rpm_0001",
        "x-ratelimit-limit-requests": "500",
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-reset-requests": "1.682s",
        "x-ratelimit-limit-tokens": "30000",
        "x-ratelimit-remaining-tokens": "29000",
        "x-ratelimit-reset-tokens": "6m0s",
      },
      body: {
        error: {
          message:
            "Rate limit reached for gpt-4o in organization org-corpus on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 1.682s. Visit https://platform.openai.com/account/rate-limits to learn more.",
          type: "requests",
          param: null,
          code: "rate_limit_exceeded",
        },
      },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "rate-limited", retryable: true, wait: 1682, requestId: "req_rpm_0001", provider: "openai", resource: "requests", message: /^Rate limit reached for gpt-4o/ },
  },
  {
    name: "OpenAI 429 tokens per minute: the token reset holds",
    source: "platform.openai.com/docs/guides/rate-limits",
    answer: {
      status: 429,
      headers: {
        ...openaiHeaders,
        "x-request-id": "req_tpm_0002",
        "x-ratelimit-remaining-requests": "499",
        "x-ratelimit-reset-requests": "120ms",
        "x-ratelimit-remaining-tokens": "0",
        "x-ratelimit-reset-tokens": "6m0s",
      },
      body: { error: { message: "Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000, Used 30000, Requested 812.", type: "tokens", param: null, code: "rate_limit_exceeded" } },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "rate-limited", retryable: true, wait: 360_000, requestId: "req_tpm_0002", provider: "openai", resource: "tokens", message: /tokens per min/ },
  },
  {
    name: "OpenAI 429 insufficient_quota is a billing problem, not a wait",
    source: "platform.openai.com/docs/guides/error-codes (429 - You exceeded your current quota)",
    answer: {
      status: 429,
      headers: { ...openaiHeaders, "x-request-id": "req_quota_03" },
      body: { error: { message: "You exceeded your current quota, please check your plan and billing details.", type: "insufficient_quota", param: null, code: "insufficient_quota" } },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "balance-empty", reason: "quota-exceeded", retryable: false, requestId: "req_quota_03", provider: "openai", message: /exceeded your current quota/ },
  },
  {
    name: "OpenAI 401 invalid_api_key (the key shown masked by the server stays masked)",
    source: "platform.openai.com/docs/guides/error-codes (401 - Incorrect API key provided)",
    answer: {
      status: 401,
      headers: { ...openaiHeaders, "x-request-id": "req_auth_004" },
      body: { error: { message: "Incorrect API key provided: sk-test-********0000. You can find your API key at https://platform.openai.com/account/api-keys.", type: "invalid_request_error", param: null, code: "invalid_api_key" } },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "unauthorized", retryable: false, requestId: "req_auth_004", provider: "openai", message: /^Incorrect API key provided/ },
  },
  {
    name: "OpenAI 404 model_not_found",
    source: "platform.openai.com/docs/guides/error-codes",
    answer: {
      status: 404,
      headers: { ...openaiHeaders, "x-request-id": "req_model_05" },
      body: { error: { message: "The model `gpt-9` does not exist or you do not have access to it.", type: "invalid_request_error", param: null, code: "model_not_found" } },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "not-found", variant: "model", retryable: false, requestId: "req_model_05", message: /gpt-9/ },
  },
  {
    name: "OpenAI 500 server_error",
    source: "platform.openai.com/docs/guides/error-codes (500 - The server had an error)",
    answer: {
      status: 500,
      headers: { ...openaiHeaders, "x-request-id": "req_500_0006" },
      body: { error: { message: "The server had an error while processing your request. Sorry about that!", type: "server_error", param: null, code: null } },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "upstream-unavailable", variant: "server", retryable: true, requestId: "req_500_0006", provider: "openai", message: /The server had an error/ },
  },
  {
    name: "OpenAI 503 with no body and a Retry-After",
    source: "RFC 9110 §10.2.3 (Retry-After on 503); openai-node's '503 status code (no body)'",
    answer: { status: 503, headers: { ...openaiHeaders, "retry-after": "30", "x-request-id": "req_503_0007" } },
    clients: OPENAI_CLIENTS,
    expected: { kind: "upstream-unavailable", retryable: true, wait: 30_000, requestId: "req_503_0007", provider: "openai", message: "library" },
  },
  {
    name: "OpenAI 400 context_length_exceeded names the parameter",
    source: "platform.openai.com/docs/guides/error-codes",
    answer: {
      status: 400,
      headers: { ...openaiHeaders, "x-request-id": "req_400_0008" },
      body: { error: { message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 130512 tokens.", type: "invalid_request_error", param: "messages", code: "context_length_exceeded" } },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "invalid-request", retryable: false, requestId: "req_400_0008", message: /maximum context length/ },
  },

  // ---------------------------------------------------------------- OpenAI-compatible APIs
  {
    name: "Azure OpenAI 429: token rate limit, retry-after-ms",
    source: "learn.microsoft.com/azure/ai-services/openai/quotas-limits (429, retry-after-ms)",
    answer: {
      status: 429,
      headers: { "retry-after": "5", "retry-after-ms": "5000", "x-ms-region": "Sweden Central", "apim-request-id": "a1b2c3d4-0000-4000-8000-000000000001", "x-request-id": "a1b2c3d4-0000-4000-8000-000000000002" },
      body: {
        error: {
          code: "429",
          message:
            "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 5 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.",
        },
      },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "rate-limited", retryable: true, wait: 5000, requestId: "a1b2c3d4-0000-4000-8000-000000000002", provider: "azure", message: /exceeded token rate limit/ },
  },
  {
    name: "Azure OpenAI 400 content_filter: blocked by a policy, rephrase (never Retry the same text)",
    source: "learn.microsoft.com/azure/ai-services/openai/concepts/content-filter",
    answer: {
      status: 400,
      headers: { "x-ms-region": "Sweden Central", "x-request-id": "a1b2c3d4-0000-4000-8000-000000000003" },
      body: { error: { message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.", type: null, param: "prompt", code: "content_filter", status: 400 } },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "blocked", retryable: false, provider: "azure", message: /modify your prompt/ },
  },
  {
    name: "Groq 429 tokens per minute, Retry-After wins over the reset header",
    source: "console.groq.com/docs/rate-limits (retry-after, x-ratelimit-reset-tokens)",
    answer: {
      status: 429,
      headers: { "retry-after": "7", "x-groq-region": "us-east-1", "x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "7.66s", "x-request-id": "req_01groq000000000000000000" },
      body: { error: { message: "Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_x` on tokens per minute (TPM): Limit 6000, Used 5000, Requested 1500. Please try again in 7.66s.", type: "tokens", code: "rate_limit_exceeded" } },
    },
    clients: OPENAI_CLIENTS,
    expected: { kind: "rate-limited", retryable: true, wait: 7000, requestId: "req_01groq000000000000000000", provider: "groq", resource: "tokens", message: /tokens per minute/ },
  },
  {
    name: "Mistral 429: a rate-limited type and a numeric code",
    source: "docs.mistral.ai (error responses: object, message, type, code)",
    answer: { status: 429, body: { object: "error", message: "Requests rate limit exceeded", type: "rate_limited", param: null, code: "1300" } },
    clients: OPENAI_CLIENTS,
    bodyLost: ["openai"],
    expected: { kind: "rate-limited", retryable: true, message: /Requests rate limit exceeded/ },
  },
  {
    name: "OpenRouter 402: insufficient credits",
    source: "openrouter.ai/docs/api-reference/errors (402)",
    answer: { status: 402, body: { error: { code: 402, message: "Insufficient credits. Add more using https://openrouter.ai/credits" } } },
    clients: OPENAI_CLIENTS,
    expected: { kind: "balance-empty", reason: "insufficient-credits", retryable: false, message: /Insufficient credits/ },
  },

  // ---------------------------------------------------------------- Anthropic
  {
    name: "Anthropic 529 overloaded_error",
    source: "docs.anthropic.com/en/api/errors (529 overloaded_error)",
    answer: { status: 529, headers: { "request-id": "req_011CAnthropic529" }, body: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } } },
    clients: ANTHROPIC_CLIENTS,
    expected: { kind: "upstream-unavailable", retryable: true, requestId: "req_011CAnthropic529", provider: "anthropic", message: /^Overloaded$/ },
  },
  {
    name: "Anthropic 429 rate_limit_error with retry-after and reset headers",
    source: "docs.anthropic.com/en/api/rate-limits (retry-after, anthropic-ratelimit-*)",
    answer: {
      status: 429,
      headers: {
        "request-id": "req_011CAnthropic429",
        "retry-after": "20",
        "anthropic-ratelimit-requests-limit": "50",
        "anthropic-ratelimit-requests-remaining": "0",
        "anthropic-ratelimit-requests-reset": "2026-11-23T00:00:20Z",
      },
      body: { type: "error", error: { type: "rate_limit_error", message: "Number of request tokens has exceeded your per-minute rate limit" } },
    },
    clients: ANTHROPIC_CLIENTS,
    expected: { kind: "rate-limited", retryable: true, wait: 20_000, requestId: "req_011CAnthropic429", provider: "anthropic", message: /per-minute rate limit/ },
  },
  {
    name: "Anthropic 400 billing_error: credit balance too low",
    source: "docs.anthropic.com/en/api/errors (billing_error)",
    answer: {
      status: 400,
      headers: { "request-id": "req_011CAnthropicBill" },
      body: { type: "error", error: { type: "billing_error", message: "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits." } },
    },
    clients: ANTHROPIC_CLIENTS,
    expected: { kind: "balance-empty", retryable: false, requestId: "req_011CAnthropicBill", provider: "anthropic", message: /credit balance is too low/ },
  },
  {
    name: "Anthropic 413 request_too_large",
    source: "docs.anthropic.com/en/api/errors (413 request_too_large)",
    answer: { status: 413, headers: { "request-id": "req_011CAnthropic413" }, body: { type: "error", error: { type: "request_too_large", message: "Request exceeds the maximum allowed number of bytes." } } },
    clients: ANTHROPIC_CLIENTS,
    expected: { kind: "invalid-request", variant: "too-large", retryable: false, requestId: "req_011CAnthropic413", provider: "anthropic", message: /maximum allowed number of bytes/ },
  },
  {
    name: "Anthropic 500 api_error",
    source: "docs.anthropic.com/en/api/errors (500 api_error)",
    answer: { status: 500, headers: { "request-id": "req_011CAnthropic500" }, body: { type: "error", error: { type: "api_error", message: "Internal server error" } } },
    clients: ANTHROPIC_CLIENTS,
    expected: { kind: "upstream-unavailable", variant: "server", retryable: true, requestId: "req_011CAnthropic500", provider: "anthropic", message: /Internal server error/ },
  },

  // ---------------------------------------------------------------- Google
  {
    name: "Gemini 429 RESOURCE_EXHAUSTED per minute: a wait from RetryInfo, not a spent quota",
    source: "ai.google.dev/gemini-api/docs/troubleshooting; google.rpc.QuotaFailure/RetryInfo",
    answer: {
      status: 429,
      body: {
        error: {
          code: 429,
          message: "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
          status: "RESOURCE_EXHAUSTED",
          details: [
            {
              "@type": "type.googleapis.com/google.rpc.QuotaFailure",
              violations: [{ quotaMetric: "generativelanguage.googleapis.com/generate_content_free_tier_requests", quotaId: "GenerateRequestsPerMinutePerProjectPerModel-FreeTier", quotaValue: "10" }],
            },
            { "@type": "type.googleapis.com/google.rpc.Help", links: [{ description: "Learn more about Gemini API quotas", url: "https://ai.google.dev/gemini-api/docs/rate-limits" }] },
            { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "17s" },
          ],
        },
      },
    },
    clients: GOOGLE_CLIENTS,
    expected: { kind: "rate-limited", retryable: true, wait: 17_000, provider: "google", message: /exceeded your current quota/ },
  },
  {
    name: "Gemini 429 per-day quota spent: add quota, and when it resets",
    source: "ai.google.dev/gemini-api/docs/rate-limits (requests per day)",
    answer: {
      status: 429,
      body: {
        error: {
          code: 429,
          message: "You exceeded your current quota, please check your plan and billing details.",
          status: "RESOURCE_EXHAUSTED",
          details: [
            { "@type": "type.googleapis.com/google.rpc.QuotaFailure", violations: [{ quotaId: "GenerateRequestsPerDayPerProjectPerModel-FreeTier", quotaValue: "250" }] },
            { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "43200s" },
          ],
        },
      },
    },
    clients: GOOGLE_CLIENTS,
    expected: { kind: "balance-empty", reason: "quota-exceeded", retryable: false, wait: 43_200_000, provider: "google", message: /exceeded your current quota/ },
  },
  {
    name: "Gemini 400 API_KEY_INVALID (ErrorInfo reason) is an auth failure",
    source: "cloud.google.com/apis/design/errors (ErrorInfo); Gemini API invalid key response",
    answer: {
      status: 400,
      body: {
        error: {
          code: 400,
          message: "API key not valid. Please pass a valid API key.",
          status: "INVALID_ARGUMENT",
          details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "API_KEY_INVALID", domain: "googleapis.com", metadata: { service: "generativelanguage.googleapis.com" } }],
        },
      },
    },
    clients: GOOGLE_CLIENTS,
    expected: { kind: "unauthorized", retryable: false, provider: "google", message: /^API key not valid/ },
  },
  {
    name: "Gemini 503 UNAVAILABLE: the model is overloaded",
    source: "ai.google.dev/gemini-api/docs/troubleshooting (503 UNAVAILABLE)",
    answer: { status: 503, body: { error: { code: 503, message: "The model is overloaded. Please try again later.", status: "UNAVAILABLE" } } },
    clients: GOOGLE_CLIENTS,
    expected: { kind: "upstream-unavailable", retryable: true, message: /model is overloaded/ },
  },
  {
    name: "Gemini 500 INTERNAL",
    source: "ai.google.dev/gemini-api/docs/troubleshooting (500 INTERNAL)",
    answer: { status: 500, body: { error: { code: 500, message: "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting", status: "INTERNAL" } } },
    clients: GOOGLE_CLIENTS,
    expected: { kind: "upstream-unavailable", variant: "server", retryable: true, message: /internal error has occurred/ },
  },
  {
    name: "Gemini 504 DEADLINE_EXCEEDED",
    source: "ai.google.dev/gemini-api/docs/troubleshooting (504 DEADLINE_EXCEEDED)",
    answer: { status: 504, body: { error: { code: 504, message: "The service is currently unavailable. Deadline expired before operation could complete.", status: "DEADLINE_EXCEEDED" } } },
    clients: GOOGLE_CLIENTS,
    expected: { kind: "timeout", retryable: true, message: /Deadline expired/ },
  },

  // ---------------------------------------------------------------- Stripe
  {
    name: "Stripe 429 rate_limit",
    source: "docs.stripe.com/rate-limits; docs.stripe.com/error-codes/rate-limit",
    answer: {
      status: 429,
      headers: { "request-id": "req_StripeRate01", "stripe-version": "2026-10-29" },
      body: { error: { type: "invalid_request_error", code: "rate_limit", message: "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.", doc_url: "https://stripe.com/docs/error-codes/rate-limit" } },
    },
    clients: STRIPE_CLIENTS,
    expected: { kind: "rate-limited", retryable: true, requestId: "req_StripeRate01", provider: "stripe", message: /Request rate limit exceeded/ },
  },
  {
    name: "Stripe 401 invalid key, the key in the message masked",
    source: "docs.stripe.com/api/errors (authentication_error)",
    answer: {
      status: 401,
      headers: { "request-id": "req_StripeAuth01", "stripe-version": "2026-10-29" },
      body: { error: { type: "invalid_request_error", message: "Invalid API Key provided: sk_test_********0000" } },
    },
    clients: STRIPE_CLIENTS,
    expected: { kind: "unauthorized", retryable: false, requestId: "req_StripeAuth01", provider: "stripe", message: /^Invalid API Key provided/ },
  },
  {
    name: "Stripe 404 resource_missing with its doc_url",
    source: "docs.stripe.com/error-codes/resource-missing",
    answer: {
      status: 404,
      headers: { "request-id": "req_StripeMiss01", "stripe-version": "2026-10-29" },
      body: { error: { type: "invalid_request_error", code: "resource_missing", param: "customer", message: "No such customer: 'cus_123'", doc_url: "https://stripe.com/docs/error-codes/resource-missing" } },
    },
    clients: STRIPE_CLIENTS,
    expected: { kind: "not-found", retryable: false, requestId: "req_StripeMiss01", provider: "stripe", message: /No such customer/ },
  },

  // ---------------------------------------------------------------- Gateways, CDNs and the standards
  {
    name: "429 with Retry-After sent twice, read by fetch as \"20, 20\"",
    source: "RFC 9110 §5.3 (a repeated field is a comma-separated list)",
    answer: { status: 429, headers: { "retry-after": ["20", "20"], "x-request-id": "req_dup_0001" }, body: { error: "Too many requests" } },
    clients: HTTP_CLIENTS,
    expected: { kind: "rate-limited", retryable: true, wait: 20_000, requestId: "req_dup_0001", message: /Too many requests/ },
  },
  {
    name: "429 with the IETF RateLimit headers only",
    source: "draft-ietf-httpapi-ratelimit-headers (RateLimit-Limit/-Remaining/-Reset)",
    answer: { status: 429, headers: { "ratelimit-limit": "100", "ratelimit-remaining": "0", "ratelimit-reset": "45" } },
    clients: HTTP_CLIENTS,
    expected: { kind: "rate-limited", retryable: true, wait: 45_000, message: "library" },
  },
  {
    name: "GitHub 403 with x-ratelimit-remaining 0 and an epoch reset",
    source: "docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api",
    answer: {
      status: 403,
      headers: { "x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "EPOCH+90", "x-github-request-id": "CA7E:1234:5678:9ABC:6742" },
      body: { message: "API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api" },
    },
    clients: HTTP_CLIENTS,
    bodyLost: ["openai"],
    expected: { kind: "rate-limited", retryable: true, wait: 90_000, requestId: "CA7E:1234:5678:9ABC:6742", provider: "github", message: /API rate limit exceeded/ },
  },
  {
    name: "429 asking for two days: a spent quota that keeps its reset time",
    source: "RFC 9110 §10.2.3",
    answer: { status: 429, headers: { "retry-after": "172800" }, body: { error: { code: "rate_limited", message: "Daily limit reached." } } },
    clients: HTTP_CLIENTS,
    expected: { kind: "balance-empty", reason: "quota-exceeded", retryable: false, wait: 172_800_000, message: /Daily limit reached/ },
  },
  {
    name: "Cloudflare 502 HTML page with a cf-ray",
    source: "developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors",
    answer: {
      status: 502,
      headers: { "content-type": "text/html", "cf-ray": "8f1e2d3c4b5a6978-FRA", server: "cloudflare" },
      body: "<!DOCTYPE html><html><head><title>api.example.com | 502: Bad gateway</title></head><body><h1>Bad gateway</h1><p>Error code 502</p></body></html>",
    },
    clients: HTTP_CLIENTS,
    expected: { kind: "upstream-unavailable", retryable: true, requestId: "8f1e2d3c4b5a6978-FRA", provider: "cloudflare", message: "library" },
  },
  {
    name: "Cloudflare 522: the origin did not answer in time",
    source: "developers.cloudflare.com (Error 522 connection timed out)",
    answer: { status: 522, headers: { "content-type": "text/html", "cf-ray": "8f1e2d3c4b5a0522-AMS" }, body: "<!DOCTYPE html><html><head><title>522: Connection timed out</title></head><body></body></html>" },
    clients: HTTP_CLIENTS,
    expected: { kind: "timeout", retryable: true, requestId: "8f1e2d3c4b5a0522-AMS", message: "library" },
  },
  {
    name: "Cloudflare 520: unknown error from the origin",
    source: "developers.cloudflare.com (Error 520)",
    answer: { status: 520, headers: { "content-type": "text/html", "cf-ray": "8f1e2d3c4b5a0520-AMS" }, body: "<!DOCTYPE html><html><head><title>520: Web server is returning an unknown error</title></head></html>" },
    clients: HTTP_CLIENTS,
    expected: { kind: "upstream-unavailable", variant: "server", retryable: true, message: "library" },
  },
  {
    name: "A plain-text 500",
    source: "what Express, Flask and nginx send by default",
    answer: { status: 500, headers: { "content-type": "text/plain", "x-amz-request-id": "4442587FB7D0A2F9" }, body: "Internal Server Error" },
    clients: HTTP_CLIENTS,
    expected: { kind: "upstream-unavailable", variant: "server", retryable: true, requestId: "4442587FB7D0A2F9", provider: "aws", message: /Internal Server Error/ },
  },
  {
    name: "An RFC 9457 problem+json 401",
    source: "RFC 9457 (application/problem+json)",
    answer: {
      status: 401,
      headers: { "content-type": "application/problem+json" },
      body: JSON.stringify({ type: "https://example.com/probs/token-expired", title: "Unauthorized", status: 401, detail: "Your access token expired at 12:00 UTC." }),
    },
    clients: HTTP_CLIENTS,
    bodyLost: ["openai"],
    expected: { kind: "unauthorized", retryable: false, message: /access token expired at 12:00 UTC/ },
  },
  {
    name: "A 413 with no body",
    source: "RFC 9110 §15.5.14 (413 Content Too Large)",
    answer: { status: 413 },
    clients: HTTP_CLIENTS,
    expected: { kind: "invalid-request", variant: "too-large", retryable: false, message: "library" },
  },
  {
    name: "A server that echoes a secret and an internal address in its message",
    source: "a misconfigured proxy: not documented anywhere, seen everywhere",
    answer: {
      status: 502,
      body: { error: { message: "Upstream https://user:hunter2@10.0.3.7:8443/v1?key=AIzaSyLeakedLeakedLeakedLeakedLeaked00 refused Bearer sk-proj-LeakedLeakedLeakedLeaked0000 at db.internal:5432" } },
    },
    clients: HTTP_CLIENTS,
    expected: { kind: "upstream-unavailable", retryable: true, message: /^Upstream/ },
  },
];

/** Failures where no server answered, or its answer never arrived: every client. */
export const TRANSPORT = ["refused", "reset", "timeout", "cancelled"] as const;
export type Transport = (typeof TRANSPORT)[number];

export const TRANSPORT_EXPECTED: Record<Transport, Expected> = {
  refused: { kind: "network", retryable: true, message: "library" },
  reset: { kind: "network", retryable: true, message: "library" },
  timeout: { kind: "timeout", retryable: true, message: "library" },
  cancelled: { kind: "cancelled", retryable: false, message: "library" },
};

/**
 * A documented answer from the table above, by its row's name, for the agent stacks' rows
 * that put the same provider answer behind a framework; `headers` override the row's (a
 * request id of the stack's own, so each row's expectation names its own request).
 */
export function answerOf(name: string, headers: Record<string, string> = {}): Behaviour {
  const answer = SCENARIOS.find((row) => row.name === name)?.answer;
  if (!answer || "cutBody" in answer || "trickle" in answer || "hang" in answer || "reset" in answer) throw new Error(`no answering scenario named ${name}`);
  return { ...answer, headers: { ...answer.headers, ...headers } };
}
