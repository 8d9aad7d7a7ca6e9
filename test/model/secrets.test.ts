/**
 * Property tests: a message built around arbitrary secrets never shows them, wherever the
 * message came from (a body's `message`, a text body, an SDK's thrown message, a title),
 * and nor does it show an internal address. 2,000 cases per property and place.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRecoveryError, redactMessage } from "../../src/model";

const RUNS = 2_000;
const TIMEOUT = { timeout: 120_000 };

const alnum = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9]{${min},${max}}$`));
const tokenChars = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9_\\-.~+/]{${min},${max}}$`));
const b64url = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}$`));

/** A secret, and the part of it that must never be seen. */
const secret = fc.oneof(
  fc.tuple(fc.constantFrom("sk-", "sk-proj-", "sk-ant-", "sk_live_", "sk_test_", "rk_live_", "pk_test_"), alnum(20, 60)).map(([p, k]) => ({ text: p + k, hidden: k })),
  alnum(35, 35).map((k) => ({ text: `AIza${k}`, hidden: k })),
  alnum(36, 36).map((k) => ({ text: `ghp_${k}`, hidden: k })),
  tokenChars(12, 80).map((k) => ({ text: `Bearer ${k}`, hidden: k })),
  fc.tuple(b64url(10, 40), b64url(10, 80), b64url(10, 60)).map(([a, b, c]) => ({ text: `eyJ${a}.${b}.${c}`, hidden: `${b}.${c}` })),
  fc
    .tuple(fc.constantFrom("key", "api_key", "access_token", "token", "sig", "client_secret"), alnum(12, 40))
    .map(([name, k]) => ({ text: `https://api.example.com/v1/models?${name}=${k}&alt=json`, hidden: k })),
  fc.tuple(fc.stringMatching(/^[a-z]{3,10}$/), alnum(8, 30)).map(([user, pass]) => ({ text: `https://${user}:${pass}@proxy.example.com/v1`, hidden: pass })),
);

/** An address inside someone's network. */
const address = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 254 }), fc.integer({ min: 1, max: 254 }), fc.integer({ min: 1, max: 65535 })).map(([a, b, port]) => `10.${a}.${b}.7:${port}`),
  fc.tuple(fc.stringMatching(/^[a-z]{2,10}$/), fc.integer({ min: 10, max: 65535 })).map(([host, port]) => `${host}.internal:${port}`),
  fc.integer({ min: 10, max: 65535 }).map((port) => `localhost:${port}`),
);

const words = fc.array(fc.constantFrom("Request", "to", "failed", "with", "upstream", "refused", "the", "call", "because", "of", "a", "(", ")", ",", "."), { maxLength: 6 }).map((w) => w.join(" "));

const sentence = fc.tuple(words, secret, words, address, words).map(([a, s, b, addr, c]) => ({
  text: `${a} ${s.text} ${b} ${addr} ${c}`.trim(),
  hidden: s.hidden,
  address: addr,
}));

/** Where a host's input can carry the sentence. */
const places: Array<[string, (text: string) => unknown, object?]> = [
  ["a body's error.message", (text) => ({ error: { message: text } }), { status: 502 }],
  ["a text body", (text) => text, { status: 500 }],
  ["an RFC 9457 detail and title", (text) => ({ title: text, detail: text, status: 400 })],
  ["an SDK's thrown message", (text) => Object.assign(new Error(text), { status: 503 })],
  ["a thrown Error with no status", (text) => new Error(text)],
  ["an SDK's '<status> <body>' message", (text) => new Error(`500 ${text}`)],
  ["Anthropic's apiMessage", (text) => Object.assign(new Error("x"), { status: 529, apiMessage: text })],
];

describe("no shown message holds a secret or an internal address", () => {
  it.each(places)("%s", (_, wrap, context) => {
    fc.assert(
      fc.property(sentence, ({ text, hidden, address }) => {
        const error = parseRecoveryError(wrap(text), context);
        for (const shown of [error.message, error.title ?? ""]) {
          expect(shown).not.toContain(hidden);
          expect(shown).not.toContain(address);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT.timeout);

  it("a key hidden behind HTML entities or at the length limit is still caught", () => {
    const key = "sk-proj-" + "Q".repeat(40);
    const encoded = parseRecoveryError({ error: { message: `Bad key sk&#45;proj&#45;${"Q".repeat(40)} sent` } }, { status: 401 });
    expect(encoded.message).not.toContain("QQQQQQQQ");
    const atTheCut = parseRecoveryError({ error: { message: `${"word ".repeat(58)}${key} and more` } }, { status: 401 });
    expect(atTheCut.message).not.toContain("QQQQQQQQ");
    expect(atTheCut.message).not.toMatch(/sk-proj-Q/);
  });

  it("redactMessage keeps what is not secret", () => {
    expect(redactMessage("Visit https://platform.openai.com/account/rate-limits to learn more.")).toBe(
      "Visit https://platform.openai.com/account/rate-limits to learn more.",
    );
    expect(redactMessage("Your token expired at 12:30 UTC.")).toBe("Your token expired at 12:30 UTC.");
    expect(redactMessage("connect ECONNREFUSED 10.0.3.7:8443")).toBe("connect ECONNREFUSED");
    expect(redactMessage("Request to https://x.example/v1?key=AIzaSy000 failed with Bearer sk-proj-abcdefghijklmnopqrstu")).toBe(
      "Request to failed with [redacted]",
    );
  });
});
