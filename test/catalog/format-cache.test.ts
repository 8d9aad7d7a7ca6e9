/**
 * Formatters are built once per locale and options (issue 19, item 5): a banner formats on
 * every tick, and building an Intl formatter costs some 20 µs where using one costs under 1.
 */
import { afterEach, describe, expect, it } from "vitest";
import { formatClockTime, formatDuration, formatNumber, formatRelativeTime } from "../../src/catalog/format";

const real = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat, RelativeTimeFormat: Intl.RelativeTimeFormat };

/** Counts constructions of Intl[name] while still building the real thing. */
function counting(name: keyof typeof real): { built: number } {
  const count = { built: 0 };
  Object.defineProperty(Intl, name, {
    configurable: true,
    writable: true,
    value: new Proxy(real[name], {
      construct(target, args) {
        count.built++;
        return Reflect.construct(target, args) as object;
      },
    }),
  });
  return count;
}

afterEach(() => {
  for (const [name, value] of Object.entries(real)) Object.defineProperty(Intl, name, { configurable: true, writable: true, value });
});

describe("formatters are kept per locale and options", () => {
  it("builds one NumberFormat for a hundred durations in one locale, and another for a second locale", () => {
    const count = counting("NumberFormat");
    // Private-use locales no other test has touched, so the cache starts empty for them;
    // waits under a minute, so one unit (seconds).
    for (let i = 0; i < 100; i++) formatDuration(i * 500, "en-x-cache1");
    expect(count.built).toBe(1);
    for (let i = 0; i < 100; i++) formatDuration(i * 500, "de-x-cache1");
    expect(count.built).toBe(2);
    // Other options (grouping, not units) are another formatter.
    expect(formatNumber(1234567, "en-x-cache1")).toBe("1,234,567");
    expect(count.built).toBe(3);
  });

  it("still says each locale's words with the kept formatters", () => {
    expect(formatDuration(5000, "en")).toBe("5 seconds");
    expect(formatDuration(5000, "de")).toBe("5 Sekunden");
    expect(formatDuration(65_000, "en")).toBe("1 minute 5 seconds");
    expect(formatDuration(5000, "en")).toBe("5 seconds");
  });

  it("keeps clock times apart by time zone and relative times by locale", () => {
    const dates = counting("DateTimeFormat");
    const at = Date.UTC(2026, 0, 1, 15, 45);
    const utc = formatClockTime(at, "en-x-cache2", "UTC");
    const tokyo = formatClockTime(at, "en-x-cache2", "Asia/Tokyo");
    expect(utc).toBe("3:45 PM");
    expect(tokyo).toBe("12:45 AM");
    for (let i = 0; i < 50; i++) formatClockTime(at, "en-x-cache2", "UTC");
    expect(dates.built).toBe(2);

    const relative = counting("RelativeTimeFormat");
    for (let i = 0; i < 50; i++) formatRelativeTime(at + 5 * 60_000, at, "en-x-cache2");
    expect(formatRelativeTime(at + 5 * 60_000, at, "de-x-cache2")).toBe("in 5 Minuten");
    expect(relative.built).toBe(2);
  });
});
