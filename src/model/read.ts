/**
 * Reading untrusted values without ever throwing. Bodies come from servers, errors from
 * SDKs, and either may be a proxy whose getters throw; every read goes through here.
 */
import type { HeadersLike } from "./types.js";

export type Bag = Record<string, unknown>;

/** `fields` without its undefined values, or undefined when none is left. */
export function compact<T extends Record<string, unknown>>(fields: T): Partial<T> | undefined {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as Array<keyof T>) if (fields[key] !== undefined) out[key] = fields[key];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A non-null object we may read from (arrays excluded). */
export function isBag(value: unknown): value is Bag {
  try {
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    // Array.isArray throws on a revoked proxy.
    return false;
  }
}

/** `obj[key]`, or undefined when the read throws or `obj` is not an object. */
export function get(obj: unknown, key: string): unknown {
  if (!isBag(obj)) return undefined;
  try {
    return obj[key];
  } catch {
    return undefined;
  }
}

/** The value at a dotted `path` (`response.headers`) below `holder`, read safely (see get). */
export const at = (holder: unknown, path: string): unknown => path.split(".").reduce(get, holder);

/**
 * The first value `as` accepts under any of `keys` (space-separated, each a dotted path) on
 * any of `holders`, holder by holder. A `snake_case` key is read in camelCase too (`run_id`,
 * then `runId`): APIs spell the same field both ways, so the tables of field names say each once.
 */
export function find<T>(holders: unknown[], keys: string, as: (value: unknown) => T | undefined): T | undefined {
  for (const holder of holders) {
    for (const key of keys.split(" ")) {
      const camel = key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
      const value = as(at(holder, key)) ?? (camel === key ? undefined : as(at(holder, camel)));
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** The first defined value of `keys` on `holders` (see find). */
export const val = (holders: unknown[], keys: string): unknown => find(holders, keys, (value) => value ?? undefined);

/** The first non-empty string of `keys` on `holders`, trimmed (see find). */
export const str = (holders: unknown[], keys: string): string | undefined =>
  find(holders, keys, (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined));

/** The first finite number (or numeric string) of `keys` on `holders` (see find). */
export const num = (holders: unknown[], keys: string): number | undefined =>
  find(holders, keys, (value) =>
    typeof value === "number" && Number.isFinite(value) ? value : typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : undefined,
  );

/** A valid HTTP status (100–599) from a number or numeric string. */
export function asStatus(value: unknown): number | undefined {
  const n = typeof value === "string" && /^\d{3}$/.test(value.trim()) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

/** Strings from an array or a space/comma separated string, at most `max` of them. */
export function strList(value: unknown, max = 20): string[] | undefined {
  let items: unknown[] = [];
  try {
    if (typeof value === "string") items = value.split(/[\s,]+/);
    else if (Array.isArray(value)) items = value.slice(0, max);
  } catch {
    return undefined;
  }
  const out = items
    .filter((item): item is string => typeof item === "string" && item.trim() !== "")
    .map((item) => item.trim().slice(0, 200))
    .slice(0, max);
  return out.length > 0 ? out : undefined;
}

/**
 * A timestamp in epoch ms from epoch seconds, epoch ms or an ISO-8601 string.
 * Numbers below 1e11 are taken as seconds (1e11 s is the year 5138; 1e11 ms is 1973).
 */
export function asTimestamp(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) {
    return value < 1e11 ? value * 1000 : value;
  }
  if (typeof value === "string" && value.length <= 64) {
    if (/^\d+$/.test(value.trim())) return asTimestamp(Number(value));
    if (!/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return undefined;
    const time = Date.parse(value);
    return Number.isFinite(time) ? time : undefined;
  }
  return undefined;
}

/** One header, by name in any letter case, from a `Headers` or a plain record. */
export function getHeader(headers: HeadersLike | undefined | unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== "object") return undefined;
  try {
    const getter = (headers as { get?: unknown }).get;
    if (typeof getter === "function") {
      const value: unknown = getter.call(headers, name);
      return typeof value === "string" ? value : undefined;
    }
    const lower = name.toLowerCase();
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() !== lower) continue;
      const value: unknown = (headers as Bag)[key];
      if (typeof value === "string") return value;
      if (Array.isArray(value) && typeof value[0] === "string") return value[0];
      if (typeof value === "number") return String(value);
    }
  } catch {
    return undefined;
  }
  return undefined;
}
