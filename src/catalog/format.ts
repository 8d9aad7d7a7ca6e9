/**
 * Locale-aware formatting with Intl, so translated catalogs get plurals and clock times right.
 */

type Formatter = { format(...args: never[]): string } | Intl.DisplayNames;
const formatters = new Map<string, Formatter>();

/**
 * One Intl formatter per constructor, locale and options, kept for the page's life: building
 * one costs ~20 µs, using a kept one under 1 µs, and a card formats several per render (a
 * banner a hundred times a minute). Locales and options are a handful; the cap only guards
 * against a host passing a new time zone per call.
 */
function cached<T extends Formatter>(make: new (locale: string, options: never) => T, locale: string, options: object): T {
  const key = `${make.name} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    if (formatters.size >= 64) formatters.clear();
    formatter = new make(locale, options as never);
    formatters.set(key, formatter);
  }
  return formatter;
}

const units = new Map<string, string>();

/**
 * "35 seconds": kept once said, since formatting a unit costs ~20 µs even with a kept
 * formatter, and a live elapsed time says the same few hundred amounts again and again.
 */
function unit(locale: string, value: number, unitName: "second" | "minute" | "hour" | "day"): string {
  const key = `${locale} ${unitName} ${value}`;
  let text = units.get(key);
  if (text === undefined) {
    if (units.size >= 1024) units.clear();
    text = cached(Intl.NumberFormat, locale, { style: "unit", unit: unitName, unitDisplay: "long" }).format(value);
    units.set(key, text);
  }
  return text;
}

/** A larger and a smaller unit ("1 hour 5 minutes"), the smaller left out when it is zero. */
function pair(locale: string, large: number, largeUnit: "minute" | "hour", small: number, smallUnit: "second" | "minute"): string {
  return small ? `${unit(locale, large, largeUnit)} ${unit(locale, small, smallUnit)}` : unit(locale, large, largeUnit);
}

/** "30 seconds", "2 minutes", "1 hour 5 minutes": a wait in words, rounded up to the second. */
export function formatDuration(ms: number, locale = "en"): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.ceil(seconds / 60);
  return seconds < 60
    ? unit(locale, seconds, "second")
    : // Under ten minutes the seconds still matter; after that, round up to the minute.
      seconds < 600
      ? pair(locale, Math.floor(seconds / 60), "minute", seconds % 60, "second")
      : seconds < 3600
        ? unit(locale, minutes, "minute")
        : seconds < 86_400
          ? pair(locale, Math.floor(minutes / 60), "hour", minutes % 60, "minute")
          : unit(locale, Math.round(seconds / 86_400), "day");
}

/** "0:30", "4:05", "1:02:03": the compact visible countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** The local clock time of a moment: "3:45 PM" (or "15:45" where that is the custom). */
export function formatClockTime(epochMs: number, locale = "en", timeZone?: string): string {
  return cached(Intl.DateTimeFormat, locale, { hour: "numeric", minute: "2-digit", ...(timeZone ? { timeZone } : {}) }).format(epochMs);
}

/**
 * When a long wait ends: "3:45 PM" today; on another day with the date and the time zone
 * ("Tue, Nov 24, 3:45 PM GMT+1"), so nobody reads tomorrow's reset as today's.
 */
export function formatResetTime(epochMs: number, now: number, locale = "en"): string {
  const day = (at: number) => new Date(at).toDateString();
  return cached(Intl.DateTimeFormat, locale, {
    ...(day(epochMs) === day(now) ? {} : { weekday: "short", month: "short", day: "numeric", timeZoneName: "short" }),
    hour: "numeric",
    minute: "2-digit",
  }).format(epochMs);
}

const FIELDS: Record<number, string> = { 1000: "second", 60_000: "minute", 3_600_000: "hour" };

/** "minute" for 60 000, "10 seconds" for 10 000: the window in "N requests per …". */
export function formatWindow(windowMs: number, locale = "en"): string {
  const field = FIELDS[windowMs];
  return field ? (cached(Intl.DisplayNames, locale, { type: "dateTimeField" }).of(field) ?? field) : formatDuration(windowMs, locale);
}

/** "in 5 minutes", "2 hours ago", relative to `now`. */
export function formatRelativeTime(epochMs: number, now: number, locale = "en"): string {
  const diff = epochMs - now;
  const abs = Math.abs(diff);
  const rtf = cached(Intl.RelativeTimeFormat, locale, { numeric: "auto" });
  if (abs < 60_000) return rtf.format(Math.round(diff / 1000), "second");
  if (abs < 3_600_000) return rtf.format(Math.round(diff / 60_000), "minute");
  if (abs < 86_400_000) return rtf.format(Math.round(diff / 3_600_000), "hour");
  return rtf.format(Math.round(diff / 86_400_000), "day");
}

/** A number with the locale's grouping: "1,234,567". */
export function formatNumber(value: number, locale = "en"): string {
  return cached(Intl.NumberFormat, locale, {}).format(value);
}
