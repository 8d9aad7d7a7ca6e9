import { describe, expect, it } from "vitest";
import { fromError, fromResponse } from "../../src/model";

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

describe("fromResponse", () => {
  it("reads a JSON body with its status and headers", async () => {
    const res = json({ error: "Too many requests", retryAfterMs: 4000 }, 429, { "Retry-After": "4" });
    expect(await fromResponse(res, { now: NOW })).toMatchObject({ kind: "rate-limited", retryAfterMs: 4000, retryAt: NOW + 4000 });
  });

  it("honours application/problem+json", async () => {
    const res = new Response(JSON.stringify({ type: "about:blank", title: "Unauthorized", status: 401, detail: "Token expired" }), {
      status: 401,
      headers: { "content-type": "application/problem+json" },
    });
    expect(await fromResponse(res)).toMatchObject({ kind: "unauthorized", message: "Token expired", title: "Unauthorized" });
  });

  it("reads a text body", async () => {
    const res = new Response("Insufficient credits", { status: 402, headers: { "content-type": "text/plain" } });
    expect(await fromResponse(res)).toMatchObject({ kind: "balance-empty", reason: "insufficient-credits", message: "Insufficient credits" });
  });

  it("parses JSON even when the content type says text", async () => {
    const res = new Response('{"error":{"code":"PAYMENT_REQUIRED","message":"Add funds."}}', { status: 402 });
    expect(await fromResponse(res)).toMatchObject({ kind: "balance-empty", code: "PAYMENT_REQUIRED" });
  });

  it("a JSON content type with a broken body: the status decides, the broken JSON is not shown", async () => {
    const res = new Response("{not json", { status: 503, headers: { "content-type": "application/json" } });
    expect(await fromResponse(res)).toMatchObject({ kind: "upstream-unavailable", messageSource: "library" });
  });

  it("an HTML gateway page never becomes the message", async () => {
    const res = new Response("<!DOCTYPE html><html><head><title>502</title></head><body><h1>Bad gateway</h1></body></html>", {
      status: 502,
      headers: { "content-type": "text/html" },
    });
    const error = await fromResponse(res);
    expect(error.kind).toBe("upstream-unavailable");
    expect(error.message).not.toMatch(/[<>]/);
  });

  it("a body that was already read still gives a result from status and headers", async () => {
    const res = json({ error: "Too many requests" }, 429, { "retry-after": "9" });
    await res.text();
    expect(await fromResponse(res, { now: NOW })).toMatchObject({ kind: "rate-limited", retryAfterMs: 9000 });
  });

  it("a stream that fails mid-way does not reject", async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.error(new Error("socket hang up"));
      },
    });
    const res = new Response(body, { status: 500 });
    await expect(fromResponse(res)).resolves.toMatchObject({ kind: "upstream-unavailable", status: 500, retryable: true });
  });

  it("an empty 401 body", async () => {
    expect(await fromResponse(new Response(null, { status: 401 }))).toMatchObject({ kind: "unauthorized" });
  });

  it("never rejects on a broken response object", async () => {
    const broken = new Proxy({} as Response, {
      get() {
        throw new Error("no");
      },
    });
    await expect(fromResponse(broken)).resolves.toMatchObject({ kind: "unknown" });
  });
});

describe("fromResponse is bounded", () => {
  /** A body of `total` bytes made as it is read, counting what was pulled. */
  function counted(total: number, chunk = 64 * 1024) {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        const part = new Uint8Array(Math.min(chunk, total - pulled)).fill(0x61);
        pulled += part.byteLength;
        controller.enqueue(part);
      },
    });
    return { stream, pulled: () => pulled };
  }

  it("reads at most maxBytes of a 50 MB body and cancels the rest", async () => {
    const body = counted(50 * 1024 * 1024);
    const error = await fromResponse(new Response(body.stream, { status: 500 }));
    expect(error).toMatchObject({ kind: "upstream-unavailable", status: 500 });
    // 1 MiB by default, plus at most the chunk in flight and the stream's own queue.
    expect(body.pulled()).toBeLessThanOrEqual(1_048_576 + 3 * 64 * 1024);
  });

  it("honours a smaller maxBytes and still parses the start of the body", async () => {
    const text = JSON.stringify({ error: { code: "rate_limited", message: "Slow down." } }) + " ".repeat(100_000);
    const error = await fromResponse(new Response(text, { status: 429 }), { maxBytes: 200 });
    expect(error).toMatchObject({ kind: "rate-limited", message: "Slow down." });
  });

  it("a body that never ends resolves at its deadline with what the status says", async () => {
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const error = await fromResponse(new Response(never, { status: 503, headers: { "retry-after": "7" } }), { timeoutMs: 50, now: NOW });
    expect(error).toMatchObject({ kind: "upstream-unavailable", retryAfterMs: 7000, retryAt: NOW + 7000 });
  });

  it("a body that trickles resolves at its deadline", async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const trickle = new ReadableStream<Uint8Array>({
      start(controller) {
        timer = setInterval(() => controller.enqueue(new Uint8Array([0x2e])), 5);
      },
      cancel() {
        clearInterval(timer);
      },
    });
    const error = await fromResponse(new Response(trickle, { status: 502 }), { timeoutMs: 60 });
    clearInterval(timer);
    expect(error).toMatchObject({ kind: "upstream-unavailable", status: 502 });
  });

  it("stops when the host's signal aborts", async () => {
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const controller = new AbortController();
    const pending = fromResponse(new Response(never, { status: 500 }), { signal: controller.signal, timeoutMs: 60_000 });
    controller.abort();
    await expect(pending).resolves.toMatchObject({ kind: "upstream-unavailable" });
  });

  it("never rejects when reading its options throws", async () => {
    const options = new Proxy({}, { get: () => { throw new Error("boom"); } });
    await expect(fromResponse(new Response("{}", { status: 401 }), options)).resolves.toMatchObject({ kind: "unauthorized" });
  });
});

describe("fromError", () => {
  it("reads the Response hanging off a thrown error (ky's HTTPError)", async () => {
    const response = new Response(JSON.stringify({ error: { code: "insufficient_quota", message: "You exceeded your current quota." } }), {
      status: 429,
      headers: { "content-type": "application/json", "x-request-id": "req_1" },
    });
    const thrown = Object.assign(new Error("Request failed with status code 429 Too Many Requests: POST https://api.example.com/v1/chat"), { name: "HTTPError", response });
    expect(await fromError(thrown)).toMatchObject({
      kind: "balance-empty",
      reason: "quota-exceeded",
      message: "You exceeded your current quota.",
      messageSource: "server",
      requestId: "req_1",
    });
  });

  it("takes a Response as it is, and anything else like parseRecoveryError", async () => {
    expect(await fromError(new Response(null, { status: 404 }))).toMatchObject({ kind: "not-found" });
    expect(await fromError("nope")).toMatchObject({ kind: "unknown" });
    expect(await fromError(null)).toMatchObject({ kind: "unknown" });
  });
});

describe("a body cut at maxBytes", () => {
  it("still says what happened: the code and message at its start are kept", async () => {
    const body = JSON.stringify({
      error: { code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned" },
      tool_call: { name: "browser.open", partial_output: "x".repeat(3_000_000) },
    });
    const error = await fromResponse(new Response(body, { status: 504 }));
    expect(error).toMatchObject({ kind: "tool-stuck", code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned", messageSource: "server" });
  });

  it("a larger maxBytes reads the whole of it", async () => {
    const body = JSON.stringify({ error: { code: "TOOL_CALL_TIMEOUT", message: "m" }, tool_call: { name: "browser.open", partial_output: "x".repeat(3_000_000) } });
    const error = await fromResponse(new Response(body, { status: 504 }), { maxBytes: 8 * 1024 * 1024 });
    expect(error).toMatchObject({ kind: "tool-stuck", toolCall: { name: "browser.open" } });
    expect((error as { toolCall?: { partialOutput?: string } }).toolCall?.partialOutput).toHaveLength(3_000_000);
  });
});
