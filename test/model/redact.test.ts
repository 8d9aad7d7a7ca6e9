import { describe, expect, it } from "vitest";
import { formatToolArgs, isSecretKey, redact, redactString, REDACTED } from "../../src/model";

describe("isSecretKey", () => {
  it.each([
    "authorization",
    "Authorization",
    "api_key",
    "apiKey",
    "x-api-key",
    "X-API-KEY",
    "token",
    "accessToken",
    "refresh_token",
    "id_token",
    "password",
    "db_password",
    "secret",
    "client_secret",
    "clientSecret",
    "bearer",
    "cookie",
    "Set-Cookie",
    "private_key",
    "session_id",
    "signature",
    "credentials",
    "AWS_SECRET_ACCESS_KEY",
    "githubToken",
  ])("%s is a secret's name", (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each(["url", "max_tokens", "maxTokens", "token_count", "prompt_tokens", "author", "keyboard", "monkey", "timeout_ms", "id", "key_id_hint", "session"])(
    "%s is not",
    (key) => {
      expect(isSecretKey(key)).toBe(false);
    },
  );
});

describe("redactString", () => {
  it.each([
    ["Bearer sk-live-9f8e7d6c5b4a39281706", REDACTED],
    ["Authorization: Bearer abcdefghijklmnop", `Authorization: ${REDACTED}`],
    ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlX2hlcmU", REDACTED],
    ["key sk-proj-abcdefghijklmnop1234 end", `key ${REDACTED} end`],
    ["ghp_abcdefghijklmnopqrstuvwxyz0123", REDACTED],
    ["xoxb-1234567890-abcdefghij", REDACTED],
    ["AKIAABCDEFGHIJKLMNOP", REDACTED],
    ["https://api.example.com/x?access_token=abc123&page=2", `https://api.example.com/x?access_token=${REDACTED}&page=2`],
    ["https://bob:hunter2@db.example.com/", `https://bob:${REDACTED}@db.example.com/`],
    ["-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----", REDACTED],
  ])("%j", (input, output) => {
    expect(redactString(input)).toBe(output);
  });

  it("leaves ordinary text alone", () => {
    expect(redactString("open https://status.example.com and wait for networkidle")).toBe("open https://status.example.com and wait for networkidle");
  });
});

describe("redact", () => {
  it("redacts by key at any depth and by value anywhere", () => {
    const out = redact({
      url: "https://example.com",
      headers: { Authorization: "Bearer abc.def.ghi", Accept: "json" },
      nested: [{ password: "hunter2" }, "Bearer abcdefghijklmnopqrstuvwxyz"],
      max_tokens: 1000,
    });
    expect(out).toEqual({
      url: "https://example.com",
      headers: { Authorization: REDACTED, Accept: "json" },
      nested: [{ password: REDACTED }, REDACTED],
      max_tokens: 1000,
    });
  });

  it("marks cycles, bounds depth and size, and never throws", () => {
    const cyclic: Record<string, unknown> = { name: "a" };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ name: "a", self: "[circular]" });
    let deep: unknown = "bottom";
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(JSON.stringify(redact(deep))).toContain("[…]");
    const long = redact("x".repeat(10_000)) as string;
    expect(long.length).toBeLessThan(2100);
    const many = redact(Array.from({ length: 1000 }, (_, i) => i)) as unknown[];
    expect(many).toHaveLength(201);
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error("no"); } });
    expect(redact({ hostile })).toEqual({ hostile: "[unreadable]" });
  });

  it("a __proto__ key stays a plain key and pollutes nothing", () => {
    const input = JSON.parse('{"__proto__":{"polluted":1},"token":"x"}') as unknown;
    const out = redact(input) as Record<string, unknown>;
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.keys(out)).toContain("__proto__");
    expect(out.token).toBe(REDACTED);
  });
});

describe("formatToolArgs", () => {
  it("parses JSON-string arguments (OpenAI style) so their keys are redacted too", () => {
    const text = formatToolArgs('{"query":"weather","api_key":"sk-abcdefghijklmnopqrstuv"}');
    expect(text).toBe('{\n  "query": "weather",\n  "api_key": "[redacted]"\n}');
  });

  it("shows non-JSON strings as strings, redacted", () => {
    expect(formatToolArgs("run --token=Bearer abcdefghijkl")).toBe(JSON.stringify(`run --token=${REDACTED}`));
  });

  it("handles nothing", () => {
    expect(formatToolArgs(undefined)).toBe("");
  });
});
