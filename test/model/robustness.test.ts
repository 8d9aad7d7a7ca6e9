/**
 * The parser's promise to hosts: whatever it is handed, it returns a complete model and
 * never throws. Hand-picked hostile inputs here; random ones in properties.test.ts.
 */
import { describe, expect, it } from "vitest";
import { parseRecoveryError, RECOVERY_ERROR_KINDS, type RecoveryError } from "../../src/model";

function expectComplete(error: RecoveryError) {
  expect(RECOVERY_ERROR_KINDS).toContain(error.kind);
  expect(typeof error.message).toBe("string");
  expect(error.message.trim().length).toBeGreaterThan(0);
  expect(error.message.length).toBeLessThanOrEqual(300);
}

describe("hostile input", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["NaN", Number.NaN],
    ["a bigint", 10n],
    ["a symbol", Symbol("x")],
    ["a function", () => 1],
    ["true", true],
    ["an empty object", {}],
    ["an empty array", []],
    ["an empty string", ""],
    ["whitespace", " \n\t "],
    ["a Date", new Date(0)],
    ["a Map", new Map([["error", "x"]])],
    ["a null-prototype object", Object.create(null) as object],
  ])("%s gives the generic state", (_name, input) => {
    const error = parseRecoveryError(input);
    expectComplete(error);
    expect(error.kind).toBe("unknown");
  });

  it("a cyclic object", () => {
    const body: Record<string, unknown> = { message: "Too many requests" };
    body.error = body;
    body.self = body;
    const error = parseRecoveryError(body, { status: 429 });
    expectComplete(error);
    expect(error.kind).toBe("rate-limited");
  });

  it("an Error whose cause is itself", () => {
    const error = new Error("loop");
    (error as { cause?: unknown }).cause = error;
    expectComplete(parseRecoveryError(error));
  });

  it("a proxy whose every trap throws", () => {
    const handler: ProxyHandler<object> = {};
    for (const trap of ["get", "has", "ownKeys", "getPrototypeOf", "getOwnPropertyDescriptor"] as const) {
      handler[trap] = () => {
        throw new Error(`trap ${trap}`);
      };
    }
    const hostile = new Proxy({}, handler);
    expectComplete(parseRecoveryError(hostile));
    expectComplete(parseRecoveryError({ error: hostile, headers: hostile }, { status: 429, headers: hostile as Headers }));
    expectComplete(parseRecoveryError(hostile, hostile as never));
  });

  it("a revoked proxy", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expectComplete(parseRecoveryError(proxy));
    expectComplete(parseRecoveryError({ error: proxy, errors: proxy }));
  });

  it("getters that throw on an Error", () => {
    const error = new Error("x");
    Object.defineProperty(error, "status", {
      get() {
        throw new Error("nope");
      },
    });
    Object.defineProperty(error, "message", {
      get() {
        throw new Error("nope");
      },
    });
    expectComplete(parseRecoveryError(error));
  });

  it("a 5 MB string", () => {
    const huge = "x".repeat(5 * 1024 * 1024);
    expectComplete(parseRecoveryError(huge));
    expectComplete(parseRecoveryError({ error: { message: huge } }, { status: 500 }));
    expectComplete(parseRecoveryError(`{"message":"${huge}"}`));
    expectComplete(parseRecoveryError("<".repeat(5 * 1024 * 1024)));
    expectComplete(parseRecoveryError("<a".repeat(2 * 1024 * 1024)));
  });

  it("deeply nested arrays and objects", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expectComplete(parseRecoveryError(deep));
    let nested: unknown = { message: "deep" };
    for (let i = 0; i < 200_000; i++) nested = { error: nested, cause: nested };
    expectComplete(parseRecoveryError(nested));
    expectComplete(parseRecoveryError("[".repeat(1_000_000) + "]".repeat(1_000_000)));
  });

  it("status and headers of the wrong types", () => {
    expectComplete(parseRecoveryError({}, { status: Number.NaN, headers: "retry-after: 5" as never }));
    expectComplete(parseRecoveryError({}, { status: 99999, headers: { "retry-after": ["5", "6"] } as never }));
    expectComplete(parseRecoveryError({}, { status: "429" as never, headers: [["retry-after", "5"]] as never }));
    expect(parseRecoveryError({}, { status: 429, headers: { "Retry-After": ["7"] } })).toMatchObject({ retryAfterMs: 7000 });
  });

  it("numbers where strings belong and the reverse", () => {
    expectComplete(parseRecoveryError({ error: { code: 123, message: 456, type: {} }, status: "abc", retryAfterMs: "soon" }));
    expectComplete(parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: ["a"] } }));
  });
});

describe("prototype pollution", () => {
  it("a body with __proto__ and constructor.prototype does not touch Object.prototype", () => {
    const body = JSON.parse(
      '{"__proto__":{"polluted":"yes","kind":"x"},"constructor":{"prototype":{"polluted":"yes"}},"error":{"__proto__":{"polluted":"yes"},"code":"PAYMENT_REQUIRED"}}',
    ) as unknown;
    const error = parseRecoveryError(body, { status: 402 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(error.kind).toBe("balance-empty");
    expect(Object.getPrototypeOf(error)).toBe(Object.prototype);
  });

  it("a text body with __proto__ keys", () => {
    parseRecoveryError('{"__proto__":{"polluted":"yes"},"tool_call":{"name":"x","arguments":"{\\"__proto__\\":{\\"polluted\\":1}}"},"code":"TOOL_STUCK"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
