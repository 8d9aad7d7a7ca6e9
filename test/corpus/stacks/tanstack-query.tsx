/**
 * TanStack Query 5: `useQuery` (and `useMutation`) rendered with `renderHook` under a
 * `QueryClientProvider`, retries off, against the corpus server. The query function is what
 * hosts write with each client — fetch throwing the failed `Response`, ky, axios, the OpenAI
 * SDK — and TanStack Query hands the thrown value over untouched as `error`.
 */
import type { ReactNode } from "react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider, useMutation, useQuery } from "@tanstack/react-query";
import axios from "axios";
import ky from "ky";
import OpenAI from "openai";
import { answerOf } from "../scenarios";
import type { Behaviour } from "../server";
import type { Stack, StackContext } from "./types";


/** The same answer, with the CORS header a browser-facing API sends. */
function withCors(answer: Behaviour): Behaviour {
  if (!("status" in answer) || "cutBody" in answer || "trickle" in answer) return answer;
  return { ...answer, headers: { ...answer.headers, "access-control-allow-origin": "*" } };
}

function client(): { queryClient: QueryClient; wrapper: (props: { children: ReactNode }) => ReactNode } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return { queryClient, wrapper };
}

/** `useQuery({ queryKey, queryFn, retry: false })`; resolves with `error` once `isError`. */
async function queryError(queryFn: () => Promise<unknown>): Promise<unknown> {
  const { queryClient, wrapper } = client();
  const { result, unmount } = renderHook(() => useQuery({ queryKey: ["corpus"], queryFn, retry: false }), { wrapper });
  await waitFor(() => {
    if (!result.current.isError) throw new Error(`query status ${result.current.status}`);
  });
  const error = result.current.error;
  unmount();
  queryClient.clear();
  return error;
}

/** `useMutation({ mutationFn })`, `mutate()`; resolves with `error` once `isError`. */
async function mutationError(mutationFn: () => Promise<unknown>): Promise<unknown> {
  const { queryClient, wrapper } = client();
  const { result, unmount } = renderHook(() => useMutation({ mutationFn }), { wrapper });
  act(() => result.current.mutate());
  await waitFor(() => {
    if (!result.current.isError) throw new Error(`mutation status ${result.current.status}`);
  });
  const error = result.current.error;
  unmount();
  queryClient.clear();
  return error;
}

const openai = (ctx: StackContext) =>
  new OpenAI({ apiKey: "sk-test-corpus-0000000000000000", baseURL: `${ctx.url}/v1`, maxRetries: 0, dangerouslyAllowBrowser: true });

export const tanstackQuery: Stack = {
  name: "tanstack-query",
  catchPath: "const { error } = useQuery(…); fromError(error) — the queryFn throws the failed Response or lets the client's error through",
  cases: [
    {
      name: "fetch queryFn throws the Response: 402 JSON error body",
      answer: { status: 402, body: { error: { code: "PAYMENT_REQUIRED", message: "Your balance is empty. Add funds to keep going." } } },
      run: (ctx) =>
        queryError(async () => {
          const res = await fetch(`${ctx.url}/api/balance`);
          if (!res.ok) throw res;
          return res.json();
        }),
      expected: { kind: "balance-empty", retryable: false, status: 402, code: "PAYMENT_REQUIRED", message: /Your balance is empty/ },
      note: "error is the Response itself, body unread: status, headers and body all there.",
    },
    {
      name: "ky queryFn: HTTPError 429 with Retry-After",
      answer: { status: 429, headers: { "retry-after": "20", "x-request-id": "req_ky_429_01" }, body: { error: { code: "rate_limited", message: "Too many requests, slow down." } } },
      run: (ctx) => queryError(() => ky.get(`${ctx.url}/api/usage`, { retry: 0 }).json()),
      expected: { kind: "rate-limited", retryable: true, status: 429, wait: 20_000, requestId: "req_ky_429_01", code: "rate_limited", message: /Too many requests, slow down/ },
      note: "ky's HTTPError message is \"Request failed with status code 429 Too Many Requests: GET http://127.0.0.1:…\"; the body is on error.response, unread.",
    },
    {
      name: "axios queryFn: AxiosError 401 problem+json",
      // In a browser axios uses XMLHttpRequest, which (in jsdom as in a browser) enforces CORS:
      // the API a page calls answers with Access-Control-Allow-Origin, or axios sees only a
      // "Network Error".
      answer: withCors(answerOf("An RFC 9457 problem+json 401")),
      run: (ctx) => queryError(async () => (await axios.get(`${ctx.url}/api/me`)).data),
      expected: { kind: "unauthorized", retryable: false, status: 401, message: /access token expired at 12:00 UTC/ },
      note: "AxiosError \"Request failed with status code 401\", the parsed body on error.response.data.",
    },
    {
      name: "useMutation with the OpenAI SDK: 500 server_error",
      answer: answerOf("OpenAI 500 server_error"),
      run: (ctx) => mutationError(() => openai(ctx).chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] })),
      expected: { kind: "upstream-unavailable", variant: "server", retryable: true, status: 500, requestId: "req_500_0006", provider: "openai", message: /The server had an error/ },
    },
    {
      name: "OpenAI SDK queryFn: 429 insufficient_quota",
      answer: answerOf("OpenAI 429 insufficient_quota is a billing problem, not a wait"),
      run: (ctx) => queryError(() => openai(ctx).models.list()),
      expected: { kind: "balance-empty", reason: "quota-exceeded", retryable: false, status: 429, requestId: "req_quota_03", provider: "openai", message: /exceeded your current quota/ },
    },
  ],
};
