import { describe, expect, it } from "vitest";
import { fromResponse } from "../../src/model";

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
