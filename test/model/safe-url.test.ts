import fc from "fast-check";
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

/** Where a link would take the user, as the browser's own URL parser reads it (the former check). */
function navigatesSafely(href: string): boolean {
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(href.trim());
  let url: URL;
  try {
    url = new URL(href.trim(), absolute ? undefined : "https://recovery-kit.invalid/a/b");
  } catch {
    // The browser cannot parse it either: clicking it goes nowhere.
    return true;
  }
  return absolute
    ? /^https?:$/.test(url.protocol) && url.hostname !== "" && url.username === "" && url.password === ""
    : url.origin === "https://recovery-kit.invalid";
}

describe("isSafeHref is never more permissive than the URL parser", () => {
  // Strings built from the pieces that make links dangerous, plus arbitrary text.
  const piece = fc.constantFrom(
    "https:", "http:", "HTTPS:", "javascript:", "data:", "mailto:", "file:", "//", "/", "\\", "@", ":", "?", "#",
    "a", "b.c", "%2F", "%40", " ", "\t", "\n", "\u0000", "\u2028", "java", "script", "..", ".", "user", "pass",
    "[", "]", "::1", "8080", "99999", "ü", "&#x09;", "evil.example",
  );
  const href = fc.oneof(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")), fc.string(), fc.webUrl());

  it("every href it accepts, the parser sends to http(s) without credentials or to the same origin", () => {
    fc.assert(
      fc.property(href, (value) => !isSafeHref(value) || navigatesSafely(value)),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it("still accepts every web URL without credentials", () => {
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (value) => isSafeHref(value)), { numRuns: 2_000 });
  });
});
