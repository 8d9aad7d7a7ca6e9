/**
 * The body reader loads with `import()`, only when there is a body to read. When it cannot load
 * (offline, a stale deploy), fromResponse and fromError still say what happened from the status
 * and headers, and never reject.
 */
import { expect, it, vi } from "vitest";
import { fromError, fromResponse } from "../../src/model";

vi.mock("../../src/model/read-body.js", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});

const body = JSON.stringify({ error: { code: "insufficient_quota", message: "You exceeded your current quota." } });

it("a response whose reader cannot load is read from its status and headers", async () => {
  const error = await fromResponse(new Response(body, { status: 429, headers: { "retry-after": "20" } }), { now: 0 });
  // With the reader, the body's code would make this a spent quota and its words the message.
  expect(error).toMatchObject({ kind: "rate-limited", status: 429, retryAfterMs: 20_000, messageSource: "library" });
});

it("a body the reader cannot read is cancelled, so its connection is freed", async () => {
  let cancelled = false;
  const never = new ReadableStream<Uint8Array>({ cancel: () => void (cancelled = true) });
  const error = await fromResponse(new Response(never, { status: 503 }));
  expect(error).toMatchObject({ kind: "upstream-unavailable", status: 503 });
  expect(cancelled).toBe(true);
});

it("an error carrying a response whose reader cannot load still resolves", async () => {
  const response = new Response(body, { status: 402 });
  const error = await fromError(Object.assign(new Error("Request failed with status code 402"), { response }));
  expect(error).toMatchObject({ kind: "balance-empty", status: 402, messageSource: "library" });
});

it("a failure with no body never needs the reader", async () => {
  const error = await fromError(new TypeError("Failed to fetch"));
  expect(error).toMatchObject({ kind: "network", retryable: true });
});
