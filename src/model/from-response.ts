/**
 * `fromResponse` and `fromError`: a failed `Response`, or anything thrown, as a
 * RecoveryError. Both read at most a bounded body within a deadline, and never reject.
 */
import { parseRecoveryError } from "./parse.js";
import { get } from "./read.js";
import { fieldsFromHead } from "./scan.js";
import type { keeper, Omitted } from "./keeper.js";
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

// A long string keeps this many bytes: its end for a tool's output (what the inspector shows
// and Copy output copies), its start otherwise (a message). Enough for any display, bounded
// whatever `maxBytes` the host set: a 50 MB body costs this, not 50 MB four times over. A
// body no longer than this is kept whole, as it came; a longer one goes through keeper.ts.
const KEEP = 4 * 1024 * 1024;

interface Kept {
  text: string;
  /** Each kept output's length → what was read past before it. */
  cuts: Map<number, Omitted>;
}

/**
 * The body as kept text: read for at most `maxBytes`, within `timeoutMs`, stopped by
 * `signal`, and kept whole up to KEEP, past it as `keeper` keeps it; the rest is cancelled so a body that trickles or
 * never ends costs neither time nor memory. Undefined when there is no body to read.
 * Never rejects.
 */
async function readBody(response: unknown, maxBytes: number, timeoutMs: number, signal?: AbortSignal): Promise<Kept | undefined> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    const body = get(response, "body") as ReadableStream<Uint8Array> | null | undefined;
    if (get(response, "bodyUsed") === true || !body || typeof body.getReader !== "function") return undefined;
    reader = body.getReader();
    // Each read races a promise of its own that the deadline or the signal settles. Not one
    // promise for the whole read: every race would stay attached to it, and with it every
    // chunk read, until it settled — the whole body kept after all.
    let stopped = false;
    let wake = () => undefined as void;
    onAbort = () => {
      stopped = true;
      wake();
    };
    timer = setTimeout(onAbort, timeoutMs);
    if (signal?.aborted) onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    // The chunks as they came while they fit in KEEP (all of them, nearly always); past it,
    // the keeper takes them over and keeps what it keeps of the rest.
    let chunks: Uint8Array[] = [];
    let kept: ReturnType<typeof keeper> | undefined;
    let size = 0;
    while (size < maxBytes && !stopped) {
      const next = await Promise.race([reader.read(), new Promise<undefined>((resolve) => (wake = () => resolve(undefined)))]);
      if (!next || next.done) break;
      // Not `instanceof Uint8Array`: a stream from another realm (jsdom, an iframe) has its own.
      if (!ArrayBuffer.isView(next.value)) break;
      // A plain view: a Node Buffer's own indexOf and subarray are slower here.
      const chunk = new Uint8Array(next.value.buffer, next.value.byteOffset, Math.min(next.value.byteLength, maxBytes - size));
      size += chunk.byteLength;
      chunks.push(chunk);
      if (!kept && size > KEEP) {
        try {
          kept = (await import("./keeper.js")).keeper(KEEP);
        } catch {
          // The keeper could not be loaded (offline, a stale deploy): what was read so far says
          // what happened, as a body cut at maxBytes does.
          break;
        }
      }
      if (kept) {
        const more = chunks.every((part) => kept!.add(part));
        chunks = [];
        if (!more) break;
      }
    }
    if (kept) return { text: kept.text(), cuts: kept.cuts };
    const decoder = new TextDecoder();
    return { text: chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join("") + decoder.decode(), cuts: new Map() };
  } catch {
    // A stream that errors mid-way: the status and headers still say what happened.
    return undefined;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
    // Whatever was not read is not wanted; cancelling frees the connection.
    reader?.cancel().catch(() => undefined);
  }
}

/** The model from a body as kept, a cut output saying how much of it was read past. */
function parseKept(input: unknown, body: Kept | undefined, now: number): RecoveryError {
  const error = parseRecoveryError(input, { now, body: jsonOrText(body?.text) });
  const call = error.kind === "tool-stuck" ? error.toolCall : undefined;
  const omitted = call?.partialOutput !== undefined ? body?.cuts.get(call.partialOutput.length) : undefined;
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

/** Options read once and safely: a host's options object may be anything. */
function readOptions(options: unknown): { now: number; maxBytes: number; timeoutMs: number; signal?: AbortSignal } {
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
  const { now, maxBytes, timeoutMs, signal } = readOptions(options);
  return parseKept(response, await readBody(response, maxBytes, timeoutMs, signal), now);
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
  const { now, maxBytes, timeoutMs, signal } = readOptions(options);
  const response = get(thrown, "response");
  const holder = typeof get(thrown, "ok") === "boolean" ? thrown : response;
  const body = typeof get(holder, "text") === "function" ? await readBody(holder, maxBytes, timeoutMs, signal) : undefined;
  // `controller.abort("unmounted")` throws the reason itself, a string or an Error of the host's.
  if (signal?.aborted && thrown === signal.reason) return parseRecoveryError(new DOMException("", "AbortError"), { now });
  const error = parseKept(thrown, body, now);
  return error.kind === "cancelled" && signal && !signal.aborted
    ? parseRecoveryError(Object.assign(new Error(), { name: "TimeoutError" }), { now })
    : error;
}
