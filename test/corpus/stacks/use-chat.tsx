/**
 * `useChat` from @ai-sdk/react with its default transport (`DefaultChatTransport`) against a
 * real chat route: a node http server on 127.0.0.1 whose routes are what the AI SDK's docs
 * tell hosts to write — `streamText` with OpenAI's or Anthropic's provider (the corpus server
 * answering as the provider) returned as `toUIMessageStreamResponse({ onError })` with the
 * documented `onError` that forwards `error.message` — and plain routes that answer a failure
 * themselves (`new Response("Unauthorized", { status: 401 })`).
 *
 * What reaches the host is always a bare `Error`: for a provider failure, the provider's
 * message alone (the stream's error part carries only `errorText`: status, code, headers and
 * request id stay on the server); for a plain route, `new Error(await response.text())` —
 * the body's text, whatever it is (JSON, HTML), with no status and no headers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useChat } from "@ai-sdk/react";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { APICallError, convertToModelMessages, DefaultChatTransport, streamText, type LanguageModel, type UIMessage } from "ai";
import { answerOf } from "../scenarios";
import type { Stack, StackContext } from "./types";

const KEY = "sk-test-corpus-0000000000000000";


/** The `onError` the AI SDK's docs give for showing errors (ai/docs/04-ai-sdk-ui/02-chatbot.mdx). */
function forwardError(error: unknown): string {
  if (error == null) return "unknown error";
  if (typeof error === "string") return error;
  if (error instanceof Error) return error.message;
  return JSON.stringify(error);
}

/**
 * The `onError` the README recommends: the provider's own answer when there was one (its
 * code and words reach the browser; the status and headers do not), else the message.
 */
function forwardBody(error: unknown): string {
  if (APICallError.isInstance(error) && error.responseBody) return error.responseBody;
  return forwardError(error);
}

type Route = (request: Request) => Promise<Response> | Response;

/** The chat route a host writes with `streamText`, for one provider's model. */
function streamTextRoute(model: () => LanguageModel, onError: (error: unknown) => string = forwardError): Route {
  return async (request) => {
    const { messages } = (await request.json()) as { messages: UIMessage[] };
    const result = streamText({
      model: model(),
      messages: await convertToModelMessages(messages),
      // One request per row; and the server's own log of the failure is not the host's
      // (streamText's default onError is console.error, which would fail the test).
      maxRetries: 0,
      onError: () => {},
    });
    return result.toUIMessageStreamResponse({ onError });
  };
}

const ERROR_402_JSON = { error: { code: "PAYMENT_REQUIRED", message: "Your balance is empty." } };
const SESSION_EXPIRED = { error: { code: "session_expired", message: "Your session expired. Please sign in again." } };
const RATE_LIMIT_JSON = { error: { code: "rate_limited", message: "Too many requests. Please try again in 20s." } };
const BAD_GATEWAY_HTML =
  "<!DOCTYPE html><html><head><title>chat.example.com | 502: Bad gateway</title></head><body><h1>Bad gateway</h1><p>Error code 502</p></body></html>";

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

function routes(providerUrl: () => string): Record<string, Route> {
  return {
    "/api/chat/openai": streamTextRoute(() => createOpenAI({ baseURL: `${providerUrl()}/v1`, apiKey: KEY }).chat("gpt-4o")),
    "/api/chat/anthropic": streamTextRoute(() => createAnthropic({ baseURL: `${providerUrl()}/v1`, apiKey: "sk-ant-corpus-0000000000000000" })("claude-sonnet-4-5")),
    "/api/chat/openai-body": streamTextRoute(() => createOpenAI({ baseURL: `${providerUrl()}/v1`, apiKey: KEY }).chat("gpt-4o"), forwardBody),
    "/api/chat/anthropic-body": streamTextRoute(() => createAnthropic({ baseURL: `${providerUrl()}/v1`, apiKey: "sk-ant-corpus-0000000000000000" })("claude-sonnet-4-5"), forwardBody),
    "/api/plain/401": () => new Response("Unauthorized", { status: 401 }),
    "/api/plain/429": () => new Response("Too Many Requests", { status: 429 }),
    "/api/plain/402": () => new Response("Payment Required", { status: 402 }),
    "/api/json/402": () => json(ERROR_402_JSON, 402),
    "/api/html/502": () => new Response(BAD_GATEWAY_HTML, { status: 502, headers: { "content-type": "text/html", "cf-ray": "8f1e2d3c4b5a6978-FRA" } }),
    "/api/json/429": () => json(RATE_LIMIT_JSON, 429, { "retry-after": "20" }),
    "/api/json/401-session": () => json(SESSION_EXPIRED, 401),
  };
}

/** Serves web `Request → Response` routes from node http, streaming the response body. */
function serve(table: Record<string, Route>): Server {
  return createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
      const route = table[url.pathname];
      if (!route) {
        res.writeHead(404).end("Not Found");
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const response = await route(new Request(url, { method: req.method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (response.body) {
        const reader = response.body.getReader();
        for (let next = await reader.read(); !next.done; next = await reader.read()) res.write(next.value);
      }
      res.end();
    } catch {
      res.destroy();
    }
  });
}

let server: Server | undefined;
let routeUrl = "";

/** Renders the hook with the default transport, sends "hi", and returns the hook's `error`. */
async function chat(path: string): Promise<unknown> {
  const transport = new DefaultChatTransport({ api: `${routeUrl}${path}` });
  const { result, unmount } = renderHook(() => useChat({ transport }));
  await act(async () => {
    await result.current.sendMessage({ text: "hi" });
  });
  await waitFor(() => {
    if (result.current.status !== "error" || !result.current.error) throw new Error(`useChat status ${result.current.status}`);
  });
  const error = result.current.error;
  unmount();
  return error;
}

export const useChatStack: Stack = {
  name: "ai-sdk-use-chat",
  catchPath:
    "const { error } = useChat(); fromError(error). The hook keeps only the route's text: status and headers are gone. Have the route's toUIMessageStreamResponse({ onError }) forward the provider's body (APICallError's responseBody) so its code and words survive; a bare message is read for the kind and a wait, never shown.",
  async setup(ctx: StackContext) {
    server = serve(routes(() => ctx.url));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    routeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  },
  async teardown() {
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
  },
  cases: [
    // ------------------------------------------------------------ streamText routes
    {
      name: "streamText → OpenAI 429 rate limit, 'Please try again in 20s': the wait from the words",
      answer: {
        status: 429,
        headers: { "x-request-id": "req_chat_rpm_01", "x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "20s", "retry-after": "20" },
        body: {
          error: {
            message:
              "Rate limit reached for gpt-4o in organization org-corpus on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more.",
            type: "requests",
            param: null,
            code: "rate_limit_exceeded",
          },
        },
      },
      run: () => chat("/api/chat/openai"),
      expected: { kind: "rate-limited", retryable: true, wait: 20_000, message: "library" },
      note: "Only the provider's message crosses the stream (errorText): status, code, Retry-After and x-ratelimit-* stay on the route's server.",
    },
    {
      name: "streamText → OpenAI 429 insufficient_quota is a spent quota, not a wait",
      answer: answerOf("OpenAI 429 insufficient_quota is a billing problem, not a wait"),
      run: () => chat("/api/chat/openai"),
      expected: { kind: "balance-empty", reason: "quota-exceeded", retryable: false, message: "library" },
      note: "The 429 and the insufficient_quota code are lost: the words alone say it.",
    },
    {
      name: "streamText → OpenAI 401 invalid_api_key",
      answer: answerOf("OpenAI 401 invalid_api_key (the key shown masked by the server stays masked)"),
      run: () => chat("/api/chat/openai"),
      expected: { kind: "unauthorized", retryable: false, message: "library" },
    },
    {
      name: "streamText → OpenAI 500 server_error",
      answer: answerOf("OpenAI 500 server_error"),
      run: () => chat("/api/chat/openai"),
      expected: { kind: "upstream-unavailable", variant: "server", retryable: true, message: "library" },
    },
    {
      name: "streamText → OpenAI 400 content_filter: a blocked prompt, edit it",
      answer: {
        status: 400,
        headers: { "x-request-id": "req_chat_filter_01" },
        body: {
          error: {
            message:
              "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766",
            type: null,
            param: "prompt",
            code: "content_filter",
            status: 400,
          },
        },
      },
      run: () => chat("/api/chat/openai"),
      expected: { kind: "blocked", retryable: false, never: ["retry"], first: "editMessage", message: "library" },
      note: "The content_filter code is lost through the route: the policy words are all the host holds.",
    },
    {
      name: "streamText → Anthropic 400 invalid_request_error 'credit balance is too low' is an empty balance",
      answer: {
        status: 400,
        headers: { "request-id": "req_011CChatBilling", "content-type": "application/json" },
        body: {
          type: "error",
          error: {
            type: "invalid_request_error",
            message: "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
          },
        },
      },
      run: () => chat("/api/chat/anthropic"),
      expected: { kind: "balance-empty", reason: "balance-empty", retryable: false, message: "library" },
      note: "Anthropic sends this as a 400 invalid_request_error; through the route not even the 400 is left.",
    },
    {
      name: "streamText → Anthropic 529 overloaded_error",
      answer: answerOf("Anthropic 529 overloaded_error"),
      run: () => chat("/api/chat/anthropic"),
      expected: { kind: "upstream-unavailable", retryable: true, message: "library" },
    },
    {
      name: "streamText → Anthropic 429 rate_limit_error (its retry-after stays on the server)",
      answer: answerOf("Anthropic 429 rate_limit_error with retry-after and reset headers"),
      run: () => chat("/api/chat/anthropic"),
      expected: { kind: "rate-limited", retryable: true, message: "library" },
    },

    // ------------------------------------------------------------ the README's onError: the provider's body forwarded
    {
      name: "streamText, body forwarded → OpenAI 429: the code, the words and the wait in them",
      answer: answerOf("OpenAI 429 requests per minute, reset headers only"),
      run: () => chat("/api/chat/openai-body"),
      expected: { kind: "rate-limited", retryable: true, wait: 1682, code: "rate_limit_exceeded", message: /^Rate limit reached for gpt-4o/ },
      note: "error.message is the provider's JSON body: code and words survive, the reset headers do not (the words say 1.682s).",
    },
    {
      name: "streamText, body forwarded → Anthropic 400 'credit balance is too low': add credits, in Anthropic's words",
      answer: {
        status: 400,
        headers: { "request-id": "req_011CChatBilling2", "content-type": "application/json" },
        body: {
          type: "error",
          error: {
            type: "invalid_request_error",
            message: "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
          },
        },
      },
      run: () => chat("/api/chat/anthropic-body"),
      expected: { kind: "balance-empty", reason: "balance-empty", retryable: false, provider: "anthropic", message: /credit balance is too low/ },
    },
    {
      name: "streamText, body forwarded → Azure 400 content_filter: blocked, edit the prompt",
      answer: answerOf("Azure OpenAI 400 content_filter: blocked by a policy, rephrase (never Retry the same text)"),
      run: () => chat("/api/chat/openai-body"),
      expected: { kind: "blocked", retryable: false, never: ["retry"], first: "editMessage", code: "content_filter", message: /modify your prompt/ },
    },

    // ------------------------------------------------------------ routes that answer a failure themselves
    {
      name: "plain-text 401 route: Error(\"Unauthorized\")",
      run: () => chat("/api/plain/401"),
      expected: { kind: "unauthorized", retryable: false, message: "library" },
      note: "The transport throws new Error(await response.text()): the status phrase without its status.",
    },
    {
      name: "plain-text 429 route: Error(\"Too Many Requests\")",
      run: () => chat("/api/plain/429"),
      expected: { kind: "rate-limited", retryable: true, message: "library" },
    },
    {
      name: "plain-text 402 route: Error(\"Payment Required\")",
      run: () => chat("/api/plain/402"),
      expected: { kind: "balance-empty", retryable: false, message: "library" },
    },
    {
      name: "JSON 402 route: the body's text is the Error's message",
      run: () => chat("/api/json/402"),
      expected: { kind: "balance-empty", retryable: false, code: "PAYMENT_REQUIRED", message: /^Your balance is empty\.$/ },
      note: "error.message is the raw JSON text; the status is lost.",
    },
    {
      name: "HTML 502 route: the page is the Error's message",
      run: () => chat("/api/html/502"),
      expected: { kind: "upstream-unavailable", retryable: true, message: "library" },
      note: "error.message is the whole HTML page; only its title says 502.",
    },
    {
      name: "JSON 429 route with Retry-After: the header is dropped, the wait is in the words",
      run: () => chat("/api/json/429"),
      expected: { kind: "rate-limited", retryable: true, wait: 20_000, code: "rate_limited", message: /Too many requests/ },
    },
    {
      name: "JSON 401 route: the session expired",
      run: () => chat("/api/json/401-session"),
      expected: { kind: "unauthorized", variant: "session-expired", retryable: false, code: "session_expired", message: /Your session expired/ },
    },
  ],
};
