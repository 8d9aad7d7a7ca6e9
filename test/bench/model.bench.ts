/**
 * How fast the pure pieces are, reported, never asserted: `npm run bench`.
 * Inputs are the realistic ones (seed envelopes) and the hostile ones (megabytes).
 */
import { bench, describe } from "vitest";
import { formatToolArgs, fromError, fromResponse, parseRecoveryError, redact, redactMessage, tailOf } from "../../src/model";

const envelope402 = { error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } };
const html502 = `<html><head><title>502 Bad Gateway</title></head><body>${"<p>filler</p>".repeat(2000)}</body></html>`;
const huge = "x".repeat(5 * 1024 * 1024);
const hugeJson = JSON.stringify({ error: { message: "y".repeat(1024 * 1024) } });
const output = Array.from({ length: 500_000 }, (_, i) => `line ${i}: ${"z".repeat(60)}`).join("\n");
const args = { url: "https://example.com", headers: { Authorization: "Bearer sk-live-abcdefghijklmnop" }, items: Array.from({ length: 200 }, (_, i) => ({ i, token: `t${i}` })) };

describe("parseRecoveryError", () => {
  bench("402 envelope", () => {
    parseRecoveryError(envelope402, { status: 402 });
  });
  bench("429 with headers", () => {
    parseRecoveryError({ error: "Too many requests", retryAfterMs: 30000 }, { status: 429, headers: { "Retry-After": "30", "x-ratelimit-limit": "60" } });
  });
  bench("HTML 502 page (26 kB)", () => {
    parseRecoveryError(html502, { status: 502 });
  });
  bench("5 MB text body", () => {
    parseRecoveryError(huge, { status: 500 });
  });
  bench("1 MB JSON body", () => {
    parseRecoveryError(hugeJson, { status: 500 });
  });
});

// What openai-node throws for a 429: an Error with status, Headers and the body's error.
const sdk429 = Object.assign(new Error("429 Rate limit reached for gpt-4o on requests per min (RPM): Limit 500, Used 500, Requested 1."), {
  status: 429,
  headers: new Headers({ "x-request-id": "req_1", "x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1.682s", "openai-organization": "org" }),
  error: { message: "Rate limit reached for gpt-4o on requests per min (RPM): Limit 500, Used 500, Requested 1.", type: "requests", code: "rate_limit_exceeded" },
});
const leaky = `Upstream https://user:pass@10.0.3.7:8443/v1?key=AIzaSy${"A".repeat(33)} refused Bearer sk-proj-${"B".repeat(40)} `.repeat(40);

describe("real clients' errors", () => {
  bench("openai-node RateLimitError (reset headers)", () => {
    parseRecoveryError(sdk429);
  });
  bench("a 5 kB message full of secrets, redacted", () => {
    redactMessage(leaky);
  });
});

describe("fromResponse", () => {
  bench("JSON 402", async () => {
    await fromResponse(new Response(JSON.stringify(envelope402), { status: 402, headers: { "content-type": "application/json" } }));
  });
});

describe("bounded reads", () => {
  bench("fromResponse: a 50 MB body, 1 MiB read", async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 50 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    await fromResponse(new Response(stream, { status: 500 }));
  });
  bench("fromError: ky-style HTTPError with its Response", async () => {
    await fromError(Object.assign(new Error("Request failed with status code 402"), { response: new Response(JSON.stringify(envelope402), { status: 402 }) }));
  });
});

describe("inspector helpers", () => {
  bench(`tailOf ${(output.length / 1024 / 1024).toFixed(0)} MB of output`, () => {
    tailOf(output);
  });
  bench("redact + format 200-item arguments", () => {
    formatToolArgs(redact(args));
  });
});
