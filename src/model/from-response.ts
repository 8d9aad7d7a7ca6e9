/**
 * `fromResponse` and `fromError`: a failed `Response`, or anything thrown, as a
 * RecoveryError. Both read at most a bounded body within a deadline, and never reject.
 */
import { parseRecoveryError } from "./parse.js";
import { get } from "./read.js";
import { fieldsFromHead } from "./scan.js";
import type * as bodyReader from "./read-body.js";
import type { Kept } from "./read-body.js";
import type { RecoveryError } from "./types.js";

export interface ReadOptions {
  /** The current time (epoch ms); fixes `retryAt`. @default Date.now() */
  now?: number;
  /** Read at most this many bytes of the body; the rest is cancelled. @default 1_048_576 (1 MiB) */
  maxBytes?: number;
  /** Stop reading the body after this long, and parse what arrived. @default 5000 */
  timeoutMs?: number;
  /**
   * The signal the request was made with. Reading stops when it aborts. And `fromError`
   * uses it to tell a cancellation from a client's own time-out: some clients (the Google
   * SDKs) throw the same AbortError for both, so an AbortError while this signal has not
   * aborted is a time-out.
   */
  signal?: AbortSignal;
}

/**
 * The body as read-body.ts keeps it, that reader loaded with `import()` on the first body there
 * is to read: a failure with none (a network error, an abort, a body already read) never
 * loads it, and a page pays for it only once a server has answered. The load counts within
 * `timeoutMs`. When it cannot load in time (offline, a stale deploy), undefined: the status
 * and headers still say what happened, as they do when a body fails mid-way.
 */
async function readBody(response: unknown, { maxBytes, timeoutMs, signal }: Options): Promise<Kept | undefined> {
  const body = get(response, "body") as ReadableStream<Uint8Array> | null | undefined;
  if (get(response, "bodyUsed") === true || typeof body?.getReader !== "function") return undefined;
  const deadline = Date.now() + timeoutMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reader: typeof bodyReader | undefined;
  try {
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
    reader = await Promise.race([import("./read-body.js"), late]);
  } catch {
    // The reader could not load (offline, a stale deploy).
  } finally {
    clearTimeout(timer);
  }
  if (reader) return reader.readBody(body, maxBytes, Math.max(0, deadline - Date.now()), signal);
  // The body will not be read: cancelling frees the connection.
  try {
    body.cancel().catch(() => undefined);
  } catch {
    // A stream-like value whose cancel throws: nothing to free.
  }
  return undefined;
}

/** The model from a body as kept, a cut output saying how much of it was read past. */
function parseKept(input: unknown, kept: Kept | undefined, now: number): RecoveryError {
  const error = parseRecoveryError(input, { now, body: jsonOrText(kept?.text) });
  const call = error.kind === "tool-stuck" ? error.toolCall : undefined;
  const omitted = call?.partialOutput !== undefined ? kept?.cuts.get(call.partialOutput.length) : undefined;
  if (call && omitted) call.outputOmitted = omitted;
  return error;
}

/**
 * JSON when the text is JSON, else the text. Parsed here rather than by the parser, whose
 * own cap is for strings handed to it directly: this text is already bounded by `maxBytes`,
 * which the host chose.
 */
function jsonOrText(text: string | undefined): unknown {
  if (text === undefined || !/^\s*[{[]/.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Cut at maxBytes (a tool's megabytes of output): what happened is usually said first.
    return fieldsFromHead(text) ?? text;
  }
}

interface Options {
  now: number;
  maxBytes: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Options read once and safely: a host's options object may be anything. */
function readOptions(options: unknown): Options {
  const number = (key: string, fallback: number) => {
    const value = get(options, key);
    return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  const signal = get(options, "signal");
  return {
    now: number("now", Date.now()),
    maxBytes: number("maxBytes", 1_048_576),
    // setTimeout takes at most 2^31-1 ms; past that Node fires at once.
    timeoutMs: Math.min(number("timeoutMs", 5000), 2_147_483_647),
    signal: typeof AbortSignal !== "undefined" && signal instanceof AbortSignal ? signal : undefined,
  };
}

/**
 * Reads a failed `Response` (JSON when it parses, text otherwise; `application/problem+json`
 * included) and parses it. Reads at most `maxBytes` within `timeoutMs` and cancels the
 * rest. Never rejects: a body already read, cut off or failing mid-way still gives a
 * RecoveryError from the status and headers.
 *
 * @example
 * const res = await fetch("/api/chat", init);
 * if (!res.ok) setError(await fromResponse(res));
 */
export async function fromResponse(response: Response, options?: ReadOptions): Promise<RecoveryError> {
  const read = readOptions(options);
  return parseKept(response, await readBody(response, read), read.now);
}

/**
 * Whatever a host caught, as a RecoveryError, whichever client threw it: an SDK error, an
 * axios or undici error, a `Response`, or an error carrying one (ky's `HTTPError.response`),
 * whose body it reads as `fromResponse` does. Never rejects.
 *
 * @example
 * try { await ky.post("/api/chat", { json }).json(); }
 * catch (thrown) { setError(await fromError(thrown)); }
 */
export async function fromError(thrown: unknown, options?: ReadOptions): Promise<RecoveryError> {
  const read = readOptions(options);
  const { now, signal } = read;
  const response = get(thrown, "response");
  const holder = typeof get(thrown, "ok") === "boolean" ? thrown : response;
  const body = typeof get(holder, "text") === "function" ? await readBody(holder, read) : undefined;
  // `controller.abort("unmounted")` throws the reason itself, a string or an Error of the host's.
  if (signal?.aborted && thrown === signal.reason) return parseRecoveryError(new DOMException("", "AbortError"), { now });
  const error = parseKept(thrown, body, now);
  return error.kind === "cancelled" && signal && !signal.aborted
    ? parseRecoveryError(Object.assign(new Error(), { name: "TimeoutError" }), { now })
    : error;
}
