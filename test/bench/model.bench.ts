/**
 * How fast the pure pieces are, reported, never asserted: `npm run bench`.
 * Inputs are the realistic ones (seed envelopes) and the hostile ones (megabytes).
 */
import { bench, describe } from "vitest";
import { formatToolArgs, fromResponse, parseRecoveryError, redact, tailOf } from "../../src/model";

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

describe("fromResponse", () => {
  bench("JSON 402", async () => {
    await fromResponse(new Response(JSON.stringify(envelope402), { status: 402, headers: { "content-type": "application/json" } }));
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
