import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_MS, parseHttpDate, parseRetryAfter } from "../../src/model";

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

describe("parseRetryAfter", () => {
  it.each([
    ["0", 0],
    ["1", 1000],
    ["120", 120_000],
    [" 30 ", 30_000],
    ["007", 7000],
  ])("delay-seconds %j → %d ms", (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([
    ["-5"],
    ["+5"],
    ["1.5"],
    ["1e3"],
    ["0x10"],
    ["5s"],
    ["soon"],
    [""],
    ["   "],
    ["Infinity"],
    ["NaN"],
    ["99999999999999999999"],
    [String(MAX_RETRY_AFTER_MS / 1000 + 1)],
    ["Sun, 31 Feb 2026 08:49:37 GMT"],
    ["Sun, 06 Nov 1994 25:49:37 GMT"],
    ["Sun, 06 Nov 1994 08:49:37 PST"],
    ["2026-11-22T12:00:00Z"],
  ])("junk %j is not trusted", (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  it("ignores null and undefined", () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it("an IMF-fixdate in the future is the time until then", () => {
    expect(parseRetryAfter("Sun, 22 Nov 2026 12:01:30 GMT", NOW)).toBe(90_000);
  });

  it("a date in the past means retry now", () => {
    expect(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).toBe(0);
  });

  it("a date more than a year ahead is not trusted", () => {
    expect(parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", NOW)).toBeUndefined();
  });

  it("reads the obsolete RFC 850 and asctime forms", () => {
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });

  it("defaults now to the clock", () => {
    const inTen = new Date(Date.now() + 10_000).toUTCString();
    const ms = parseRetryAfter(inTen);
    expect(ms).toBeGreaterThan(8000);
    expect(ms).toBeLessThanOrEqual(10_000);
  });
});
