/**
 * React Router 7 in data mode: `createMemoryRouter` + `RouterProvider`, rendered with
 * @testing-library/react. Each row navigates from the home page to a route whose loader
 * fails the way hosts write it — `throw res` for a failed fetch, `throw data(body, { status })`,
 * an SDK's error left to propagate — or to a path no route matches. The root route's
 * `ErrorBoundary` takes `useRouteError()`, which is what the host holds.
 *
 * What the router hands over: a thrown `Response` or `data()` becomes an `ErrorResponse`
 * (`{ status, statusText, data, internal: false }`, the body parsed as JSON when the
 * content type says so, else text; the response's headers are not on it); any other thrown
 * value (an SDK's `APIError`) is passed through untouched; an unmatched path is the router's
 * own `ErrorResponse` 404 with `internal: true` and `data` an `Error('No route matches URL "…"')`.
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import { createMemoryRouter, data, Outlet, RouterProvider, useRouteError, type LoaderFunction } from "react-router";
import OpenAI from "openai";
import { answerOf } from "../scenarios";
import type { Stack, StackContext } from "./types";


/** The loader hosts write around fetch: a failed response is thrown for the boundary. */
function fetchLoader(ctx: StackContext): LoaderFunction {
  return async () => {
    const res = await fetch(`${ctx.url}/api/billing`);
    if (!res.ok) throw res;
    return res.json();
  };
}

/**
 * Renders the router at "/", navigates to `to` (whose route has `loader`), and returns what
 * the root route's ErrorBoundary got from `useRouteError()`.
 */
async function routeError(to: string, loader?: LoaderFunction): Promise<unknown> {
  const held: { error?: unknown } = {};
  function ErrorBoundary() {
    held.error = useRouteError();
    return <p>Something went wrong</p>;
  }
  const router = createMemoryRouter(
    [
      {
        path: "/",
        Component: Outlet,
        ErrorBoundary,
        children: [
          { index: true, Component: () => <p>Home</p> },
          { path: "billing", loader, Component: () => <p>Billing</p> },
        ],
      },
    ],
    { initialEntries: ["/"] },
  );
  const { unmount } = render(<RouterProvider router={router} />);
  await screen.findByText("Home");
  await act(() => router.navigate(to));
  await waitFor(() => {
    if (!("error" in held)) throw new Error("the route's ErrorBoundary has not rendered");
  });
  unmount();
  router.dispose();
  return held.error;
}

export const reactRouter: Stack = {
  name: "react-router",
  catchPath: "export function ErrorBoundary() { const error = useRouteError(); … fromError(error) }",
  cases: [
    {
      name: "loader throws the fetch Response: 402 JSON error body",
      answer: { status: 402, body: { error: { code: "PAYMENT_REQUIRED", message: "Your balance is empty. Add funds to keep going." } } },
      run: (ctx) => routeError("/billing", fetchLoader(ctx)),
      expected: { kind: "balance-empty", retryable: false, status: 402, code: "PAYMENT_REQUIRED", message: /Your balance is empty/ },
      note: "The router reads the thrown Response's JSON into ErrorResponse.data.",
    },
    {
      name: "loader throws the fetch Response: 429 with Retry-After, the wait in its words",
      answer: { status: 429, headers: { "content-type": "text/plain", "retry-after": "20" }, body: "Too many requests. Please try again in 20s." },
      run: (ctx) => routeError("/billing", fetchLoader(ctx)),
      expected: { kind: "rate-limited", retryable: true, status: 429, wait: 20_000, message: /Too many requests/ },
      note: "ErrorResponse keeps status, statusText and the body's text; the Retry-After header is not on it.",
    },
    {
      name: "loader throws data({ error: { code: \"PAYMENT_REQUIRED\", … } }, { status: 402 })",
      run: async () =>
        routeError("/billing", () => {
          throw data({ error: { code: "PAYMENT_REQUIRED", message: "Your balance is empty. Add funds to keep going." } }, { status: 402 });
        }),
      expected: { kind: "balance-empty", retryable: false, status: 402, code: "PAYMENT_REQUIRED", message: /Your balance is empty/ },
    },
    {
      name: "loader throws data(\"Too Many Requests\", { status: 429 })",
      run: async () =>
        routeError("/billing", () => {
          throw data("Too Many Requests", { status: 429 });
        }),
      expected: { kind: "rate-limited", retryable: true, status: 429, message: /Too Many Requests/ },
      note: "data is the string the loader wrote; statusText is empty (data() sets none).",
    },
    {
      name: "loader throws an HTML 502 page fetched from a gateway",
      answer: answerOf("Cloudflare 502 HTML page with a cf-ray"),
      run: (ctx) => routeError("/billing", fetchLoader(ctx)),
      expected: { kind: "upstream-unavailable", retryable: true, status: 502, message: "library" },
      note: "data is the whole HTML page as text; the cf-ray header is not on the ErrorResponse.",
    },
    {
      name: "loader lets the OpenAI SDK's APIError propagate (429 RPM): the router passes the Error through",
      answer: answerOf("OpenAI 429 requests per minute, reset headers only"),
      run: (ctx) =>
        routeError("/billing", async () => {
          const openai = new OpenAI({ apiKey: "sk-test-corpus-0000000000000000", baseURL: `${ctx.url}/v1`, maxRetries: 0, dangerouslyAllowBrowser: true });
          return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });
        }),
      expected: { kind: "rate-limited", retryable: true, status: 429, wait: 1682, requestId: "req_rpm_0001", provider: "openai", message: /^Rate limit reached for gpt-4o/ },
    },
    {
      name: "a path no route matches: the router's own 404",
      run: () => routeError("/nowhere"),
      expected: { kind: "not-found", retryable: false, status: 404, message: "library" },
      note: "ErrorResponse { status: 404, statusText: \"Not Found\", internal: true, data: Error('No route matches URL \"/nowhere\"') }: the router's sentence, never to be shown.",
    },
  ],
};
