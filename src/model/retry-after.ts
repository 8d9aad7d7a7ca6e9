/**
 * `Retry-After` per RFC 9110 §10.2.3: either delay-seconds (digits only) or an HTTP-date.
 * Anything else is not trusted, because a countdown built on junk is worse than none.
 */

/** Waits longer than this are treated as junk rather than as a real instruction. */
export const MAX_RETRY_AFTER_MS = 366 * 24 * 60 * 60 * 1000;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
const IMF_FIXDATE =
  /^(?:mon|tue|wed|thu|fri|sat|sun), (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
// Obsolete RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
const RFC850_DATE =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
// Obsolete asctime: "Sun Nov  6 08:49:37 1994"
const ASCTIME_DATE =
  /^(?:mon|tue|wed|thu|fri|sat|sun) ([a-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

function toEpoch(
  year: number,
  monthName: string,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number | undefined {
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  // Date.UTC rolls "31 Feb" over into March; a real date must round-trip.
  const check = new Date(time);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month) return undefined;
  return time;
}

/** Parses an HTTP-date in any of the three RFC 9110 forms to epoch ms, or undefined. */
export function parseHttpDate(value: string): number | undefined {
  let m = IMF_FIXDATE.exec(value);
  if (m) return toEpoch(Number(m[3]), m[2]!, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  m = RFC850_DATE.exec(value);
  if (m) {
    // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
    const yy = Number(m[3]);
    const thisYear = new Date().getUTCFullYear();
    let year = 2000 + yy;
    if (year > thisYear + 50) year -= 100;
    return toEpoch(year, m[2]!, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  }
  m = ASCTIME_DATE.exec(value);
  if (m) return toEpoch(Number(m[6]), m[1]!, Number(m[2]!.trim()), Number(m[3]), Number(m[4]), Number(m[5]));
  return undefined;
}

/**
 * Milliseconds to wait before retrying, from a `Retry-After` value.
 *
 * - `"120"` → `120000` (delay-seconds: digits only, no sign, no decimals).
 * - `"Wed, 21 Oct 2026 07:28:00 GMT"` → the time from `now` until then; a date already past gives `0`.
 * - Junk, negative numbers, fractions, and waits beyond a year → `undefined`.
 *
 * @param now the current time in epoch ms; defaults to `Date.now()`.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > 64) return undefined;
  if (/^\d+$/.test(trimmed)) {
    const ms = Number(trimmed) * 1000;
    return Number.isSafeInteger(ms) && ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
  }
  const date = parseHttpDate(trimmed);
  if (date === undefined || !Number.isFinite(now)) return undefined;
  const delta = date - now;
  if (delta <= 0) return 0;
  return delta <= MAX_RETRY_AFTER_MS ? delta : undefined;
}

/** `retry-after-ms` (a de-facto header from some LLM APIs): a non-negative number of ms. */
export function parseRetryAfterMs(value: string | null | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (!/^\d+(?:\.\d+)?$/.test(trimmed)) return undefined;
  const ms = Math.ceil(Number(trimmed));
  return Number.isSafeInteger(ms) && ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
}

/**
 * The milliseconds a span says, in the compact form reset headers use (`"6m0s"`, `"1.682s"`,
 * `"20ms"`) or in words (`"2 minutes"`, `"a minute"`, `"500 ms"`), or undefined. The one
 * reader of durations, for headers and for waits said in words alike.
 */
export function spanMs(span: string): number | undefined {
  let ms: number | undefined;
  // A unit by its first letter (seconds, minutes, hours), but `ms` and `milli…` are milliseconds.
  for (const [, amount, unit] of span.toLowerCase().matchAll(/(an?|one|\d+(?:\.\d+)?)\s*(m(?:s|illi)|[hms])/g)) {
    ms = (ms ?? 0) + (/\d/.test(amount!) ? Number(amount) : 1) * (unit!.length > 1 ? 1 : unit === "s" ? 1000 : unit === "m" ? 60_000 : 3_600_000);
  }
  return ms;
}

/**
 * A wait in ms from any form a reset header or body uses, or undefined:
 * durations (`"1.682s"`, `"6m0s"`, `"20ms"`, Google's `"17s"`), delta seconds (`"30"`),
 * epoch seconds (GitHub's `x-ratelimit-reset`; any number past 1e9), RFC 3339 timestamps
 * (Anthropic's `anthropic-ratelimit-*-reset`) and HTTP-dates. A moment already past gives 0.
 */
export function parseWait(value: unknown, now: number): number | undefined {
  if (typeof value === "number") value = String(value);
  if (typeof value !== "string" || value.length > 64) return undefined;
  const v = value.trim().toLowerCase();
  let ms: number | undefined;
  if (/^\d+(?:\.\d+)?$/.test(v)) {
    const n = Number(v);
    ms = n > 1e9 ? n * 1000 - now : n * 1000;
  } else if (/^(?:\d+(?:\.\d+)?(?:ms|h|m|s))+$/.test(v)) {
    ms = spanMs(v);
  } else {
    const date = /^\d{4}-\d\d-\d\dt/.test(v) ? Date.parse(value.trim()) : parseHttpDate(value.trim());
    if (date !== undefined && Number.isFinite(date)) ms = date - now;
  }
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  ms = Math.max(0, Math.ceil(ms));
  return ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
}
