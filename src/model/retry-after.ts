/**
 * `Retry-After` per RFC 9110 §10.2.3: either delay-seconds (digits only) or an HTTP-date.
 * Anything else is not trusted, because a countdown built on junk is worse than none.
 */

/** Waits longer than this are treated as junk rather than as a real instruction. */
export const MAX_RETRY_AFTER_MS = 366 * 24 * 60 * 60 * 1000;

const MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

// RFC 9110's three forms of an HTTP-date, as one pattern: IMF-fixdate
// "Sun, 06 Nov 1994 08:49:37 GMT", the obsolete RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and
// asctime "Sun Nov  6 08:49:37 1994". Groups: day, month, year, time (first two forms), then
// month, day, time, year (asctime).
const HTTP_DATE =
  /^(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?(?:, (\d\d)[ -]([a-z]{3})[ -](\d\d(?:\d\d)?) (\d\d:\d\d:\d\d) gmt| ([a-z]{3}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4}))$/i;

/** Parses an HTTP-date in any of the three RFC 9110 forms to epoch ms, or undefined. */
export function parseHttpDate(value: string): number | undefined {
  const m = HTTP_DATE.exec(value);
  if (!m) return undefined;
  const [day, monthName, yearText, time] = m[1] ? m.slice(1, 5) : [m[6], m[5], m[8], m[7]];
  let year = Number(yearText);
  // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
  if (yearText!.length === 2) year += year + 2000 > new Date().getUTCFullYear() + 50 ? 1900 : 2000;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) / 3;
  const [hour, minute, second] = time!.split(":").map(Number) as [number, number, number];
  const date = Number(day);
  if (!Number.isInteger(month) || hour > 23 || minute > 59 || second > 60) return undefined;
  const epoch = Date.UTC(year, month, date, hour, minute, Math.min(second, 59));
  // Date.UTC rolls "31 Feb" over into March; a real date must round-trip.
  return new Date(epoch).getUTCDate() === date ? epoch : undefined;
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
