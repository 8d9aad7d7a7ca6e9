import { describe, expect, it } from "vitest";
import { hostOf, isSafeHref, parseRecoveryError, toSafeHttpsUrl } from "../../src/model";

const UNSAFE = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0000javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "blob:https://example.com/uuid",
  "https://user:pass@accounts.example.com/auth",
  "https://user@accounts.example.com/auth",
  "https://",
  "//evil.example/auth",
  "/\\evil.example",
  "\\\\evil.example",
  "https://evil.exa\u2028mple/",
  "",
  42,
  null,
  { toString: () => "https://example.com" },
];

describe("toSafeHttpsUrl (authorization URLs)", () => {
  it.each(UNSAFE.map((value) => [JSON.stringify(String(value)), value]))("drops %s", (_label, value) => {
    expect(toSafeHttpsUrl(value)).toBeUndefined();
  });

  it("an entity-encoded scheme is not a URL at all", () => {
    // As an href it is a harmless relative path (React sets attributes verbatim), but it is
    // never an https authorization URL.
    expect(toSafeHttpsUrl("jav&#x09;ascript:alert(1)")).toBeUndefined();
  });

  it("refuses plain http for authorization", () => {
    expect(toSafeHttpsUrl("http://accounts.google.com/o/oauth2/auth")).toBeUndefined();
  });

  it("keeps absolute https URLs, normalised", () => {
    expect(toSafeHttpsUrl("HTTPS://Accounts.Google.com/o/oauth2/auth?x=1")).toBe("https://accounts.google.com/o/oauth2/auth?x=1");
  });
});

describe("isSafeHref (links rendered by components)", () => {
  it.each(UNSAFE.map((value) => [JSON.stringify(String(value)), value]))("refuses %s", (_label, value) => {
    expect(isSafeHref(value)).toBe(false);
  });

  it.each([
    "https://example.com/billing",
    "http://localhost:3000/billing",
    "/acme/billing",
    "billing",
    "./billing",
    "../settings",
    "?tab=keys",
    "#top",
  ])("allows %s", (value) => {
    expect(isSafeHref(value)).toBe(true);
  });
});

describe("authorization URLs in the model", () => {
  it("keeps a safe URL and reports an unsafe one as rejected", () => {
    const safe = parseRecoveryError({ authorization_url: "https://slack.com/oauth/v2/authorize" });
    expect(safe).toMatchObject({ kind: "connector-auth", connector: { authorizationUrl: "https://slack.com/oauth/v2/authorize" } });

    for (const url of ["javascript:alert(1)", "data:text/html,x", "http://slack.com/oauth", "https://a:b@slack.com/"]) {
      const error = parseRecoveryError({ authorization_url: url }, { status: 403 });
      expect(error.kind).toBe("connector-auth");
      if (error.kind !== "connector-auth") continue;
      expect(error.connector?.authorizationUrl).toBeUndefined();
      expect(error.connector?.authorizationUrlRejected).toBe(true);
    }
  });
});

describe("hostOf", () => {
  it("shows where a link goes", () => {
    expect(hostOf("https://accounts.google.com/o/oauth2/auth")).toBe("accounts.google.com");
    expect(hostOf("not a url")).toBeUndefined();
    expect(hostOf(undefined)).toBeUndefined();
  });
});
