/**
 * Reading what a text says when no structure is left to read: the head of a JSON body too
 * long (or cut too short) to parse, a wait said only in words, a status said only as its
 * reason phrase. One scanner, bounded to the head of the text, for the parser and for
 * `fromResponse` alike.
 */
import { MAX_RETRY_AFTER_MS, spanMs } from "./retry-after.js";

// What happened is said first; nothing past this many characters is scanned.
const HEAD = 65_536;
const WORDS_HEAD = 2_000;

// The JSON string fields the head may say what happened in, as `"key": "value"`: a pattern
// each, so each search stops at its key's first value. One pattern for all three would match
// every field on the way to the last key found, or to the head's end when one is missing (a
// cut tool output's thousands of `type` and `message` fields and no `code`).
const HEAD_FIELDS: ReadonlyArray<readonly [string, RegExp]> = [
  ["code", /"code"\s*:\s*"((?:[^"\\]|\\.){1,300})"/],
  ["type", /"type"\s*:\s*"((?:[^"\\]|\\.){1,300})"/],
  ["message", /"message"\s*:\s*"((?:[^"\\]|\\.){1,300})"/],
];

/**
 * `{ error: { code, type, message } }` from the head of a JSON text that did not parse (cut
 * at `maxBytes`, or past the parser's cap), or undefined when none of the three is there.
 * The first value of each counts.
 */
export function fieldsFromHead(text: string): { error: Record<string, string> } | undefined {
  const head = text.slice(0, HEAD);
  const error: Record<string, string> = {};
  for (const [key, pattern] of HEAD_FIELDS) {
    const value = pattern.exec(head)?.[1];
    if (value === undefined) continue;
    try {
      error[key] = JSON.parse(`"${value}"`) as string;
    } catch {
      error[key] = value;
    }
  }
  return Object.keys(error).length > 0 ? { error } : undefined;
}

// "try again in 20s", "Please retry in 39.5s", "try again in 6m0s", "try again in a minute",
// "available again in 2 minutes", "please wait 30 seconds": a verb of waiting, then the span.
const WAIT_WORDS =
  /(?:\b(?:try(?:ing)? again|retry(?:ing)?|again|wait(?:ing)?|resets?|available)\b[^.!?\n]{0,24}?\b(?:in|after|for)|\bwait)\s+(?:about\s+|approximately\s+|around\s+|~)?((?:\d+(?:\.\d+)?(?:ms|h|m|s))+\b|(?:a|an|one|\d+(?:\.\d+)?)\s*(?:milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b)/i;

/**
 * A wait the server said in words ("Please try again in 20s", "retry in 39.5s", "try again
 * in a minute"), in ms, or undefined. Reads only the head of the text and only a span after
 * a verb of waiting, so "a 5 minute video" or "1.5s latency" is no wait. Call it on
 * server-sourced text only: a library's own sentence ("Retrying in 5 seconds…") is no
 * instruction from the server.
 */
export function waitInWords(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const head = text.slice(0, WORDS_HEAD);
  const span = WAIT_WORDS.exec(head)?.[1];
  if (!span) return undefined;
  const ms = spanMs(span);
  if (ms === undefined) return undefined;
  const rounded = Math.ceil(ms);
  return rounded <= MAX_RETRY_AFTER_MS ? rounded : undefined;
}

/** HTTP's reason phrases, for a message that is nothing else ("Unauthorized", "Too Many Requests"). */
const REASON_PHRASES: Record<string, number> = {
  "bad request": 400,
  unauthorized: 401,
  "payment required": 402,
  forbidden: 403,
  "not found": 404,
  "request timeout": 408,
  conflict: 409,
  gone: 410,
  "payload too large": 413,
  "content too large": 413,
  "unprocessable entity": 422,
  "unprocessable content": 422,
  "too many requests": 429,
  "internal server error": 500,
  "bad gateway": 502,
  "service unavailable": 503,
  "gateway timeout": 504,
};

/** The status a whole message names by its reason phrase (`"Too Many Requests"` → 429), else undefined. */
export function statusOfReasonPhrase(text: string): number | undefined {
  if (text.length > 40) return undefined;
  return REASON_PHRASES[text.trim().replace(/[.!]$/, "").toLowerCase()];
}
