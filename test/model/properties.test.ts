/**
 * Property tests: the parser's guarantees over arbitrary input, 10,000 cases each.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_MS, parseRecoveryError, parseRetryAfter, RECOVERY_ERROR_KINDS, type RecoveryError } from "../../src/model";

const RUNS = 10_000;
// 10,000 cases take seconds on a busy 2-core machine; a property is not a timing test.
const TIMEOUT = { timeout: 120_000 };

function isComplete(error: RecoveryError): boolean {
  return (
    (RECOVERY_ERROR_KINDS as readonly string[]).includes(error.kind) &&
    typeof error.message === "string" &&
    error.message.trim().length > 0 &&
    error.message.length <= 300 &&
    // No tag survives: "<" then a tag name up to ">" with no other "<" between.
    !/<[a-z!/?][^<>]*>/i.test(error.message)
  );
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 4,
});

const CODES = [
  "PAYMENT_REQUIRED",
  "APPROVAL_REQUIRED",
  "PAUSED_APPROVAL",
  "insufficient_quota",
  "rate_limit_exceeded",
  "overloaded_error",
  "model_not_found",
  "oauth_required",
  "insufficient_scope",
  "TOOL_STUCK",
  "nonsense",
];

/** Bodies shaped like real error envelopes, with fields of any type mixed in. */
const envelope = fc.record(
  {
    error: fc.oneof(
      fc.string(),
      fc.constantFrom(...CODES),
      fc.record(
        {
          code: fc.oneof(fc.constantFrom(...CODES), fc.integer(), anything),
          type: fc.oneof(fc.constantFrom(...CODES), anything),
          message: fc.oneof(fc.string(), fc.string({ unit: "binary" }), anything),
          status: fc.oneof(fc.integer({ min: 0, max: 700 }), fc.string()),
          authorization_url: fc.oneof(fc.webUrl(), fc.string()),
          missing_scopes: fc.oneof(fc.array(fc.string()), fc.string()),
          tool_call: anything,
        },
        { requiredKeys: [] },
      ),
    ),
    message: fc.oneof(fc.string(), fc.string({ unit: "binary" })),
    detail: fc.string(),
    title: fc.string(),
    type: fc.oneof(fc.webUrl(), fc.constantFrom(...CODES)),
    status: fc.oneof(fc.integer({ min: 0, max: 700 }), fc.constantFrom(...CODES)),
    retryAfterMs: fc.oneof(fc.integer(), fc.double(), fc.string()),
    retry_after: fc.oneof(fc.integer(), fc.string()),
    authorization_url: fc.oneof(fc.webUrl(), fc.string()),
    tool_call: fc.record({ name: fc.string(), arguments: fc.oneof(fc.json(), anything), started_at: anything }, { requiredKeys: [] }),
    expires_at: anything,
  },
  { requiredKeys: [] },
);

const headers = fc.dictionary(
  fc.constantFrom("Retry-After", "retry-after", "RETRY-AFTER", "retry-after-ms", "x-request-id", "x-ratelimit-limit", "ratelimit-policy", "x"),
  fc.oneof(fc.string(), fc.nat().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())),
);

const context = fc.record(
  { status: fc.oneof(fc.integer({ min: -1, max: 1000 }), fc.constantFrom(401, 402, 403, 404, 429, 502, 503)), headers, now: fc.oneof(fc.integer(), fc.double()) },
  { requiredKeys: [] },
);

describe("parseRecoveryError properties", TIMEOUT, () => {
  it("never throws on arbitrary values and always gives a known kind and a readable message", () => {
    fc.assert(
      fc.property(anything, fc.option(context, { nil: undefined }), (input, ctx) => {
        expect(isComplete(parseRecoveryError(input, ctx))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws on envelope-shaped bodies, as objects or as JSON text", () => {
    fc.assert(
      fc.property(envelope, context, fc.boolean(), (body, ctx, asText) => {
        let input: unknown = body;
        if (asText) {
          try {
            input = JSON.stringify(body);
          } catch {
            // BigInts do not serialise; the object form of this case still runs.
          }
        }
        const error = parseRecoveryError(input, ctx);
        expect(isComplete(error)).toBe(true);
        if (error.kind === "connector-auth" && error.connector?.authorizationUrl) {
          expect(error.connector.authorizationUrl.startsWith("https://")).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws on arbitrary strings, HTML-ish or not", () => {
    const htmlish = fc.array(fc.oneof(fc.string(), fc.constantFrom("<", ">", "</", "<script>", "&lt;", "&#x3c;", "<html>", "{", "}", '"')), {
      maxLength: 50,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), htmlish.map((parts) => parts.join(""))), context, (text, ctx) => {
        expect(isComplete(parseRecoveryError(text, ctx))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws inside proxies whose traps throw at random", () => {
    const hostile = fc.tuple(anything, fc.boolean()).map(([target, throwOnGet]) => {
      const base = typeof target === "object" && target !== null ? target : {};
      return new Proxy(base, {
        get(obj, key) {
          if (throwOnGet) throw new Error("get");
          return Reflect.get(obj, key) as unknown;
        },
        ownKeys() {
          throw new Error("ownKeys");
        },
        getPrototypeOf() {
          throw new Error("getPrototypeOf");
        },
      });
    });
    fc.assert(
      fc.property(hostile, (input) => {
        expect(isComplete(parseRecoveryError(input, { headers: input as Headers }))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("never pollutes Object.prototype", () => {
    const polluting = fc.json().map((json) => `{"__proto__":{"polluted":${json}},"error":{"__proto__":{"polluted":1}},"constructor":{"prototype":{"polluted":1}}}`);
    fc.assert(
      fc.property(polluting, (text) => {
        parseRecoveryError(text);
        parseRecoveryError(JSON.parse(text) as unknown);
        expect(Object.prototype).not.toHaveProperty("polluted");
      }),
      { numRuns: RUNS },
    );
  });
});

describe("parseRetryAfter properties", TIMEOUT, () => {
  const maxSeconds = MAX_RETRY_AFTER_MS / 1000;

  it("delay-seconds N gives N×1000", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: maxSeconds }), (n) => {
        expect(parseRetryAfter(String(n))).toBe(n * 1000);
      }),
      { numRuns: RUNS },
    );
  });

  it("a 429 with Retry-After N (under a day) counts down N×1000 from now", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_399 }), fc.integer({ min: 0, max: 4_000_000_000_000 }), (n, now) => {
        const error = parseRecoveryError({}, { status: 429, headers: { "Retry-After": String(n) }, now });
        expect(error).toMatchObject({ kind: "rate-limited", retryAfterMs: n * 1000, retryAt: now + n * 1000 });
      }),
      { numRuns: RUNS },
    );
  });

  it("anything that is not digits or an HTTP-date is not trusted", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^\s*\d+\s*$/.test(s) && !/GMT|\d{4}$/.test(s)),
        (value) => {
          expect(parseRetryAfter(value)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("never returns a negative, fractional or unbounded wait", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer().map(String), fc.date().map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toUTCString()))), fc.integer({ min: 0, max: 4_000_000_000_000 }), (value, now) => {
        const ms = parseRetryAfter(value, now);
        if (ms !== undefined) {
          expect(Number.isInteger(ms)).toBe(true);
          expect(ms).toBeGreaterThanOrEqual(0);
          expect(ms).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
