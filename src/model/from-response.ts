/**
 * `fromResponse` and `fromError`: a failed `Response`, or anything thrown, as a
 * RecoveryError. Both read at most a bounded body within a deadline, and never reject.
 */
import { parseRecoveryError } from "./parse.js";
import { get } from "./read.js";
import { fieldsFromHead } from "./scan.js";
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
// whatever `maxBytes` the host set: a 50 MB body costs this, not 50 MB four times over.
const KEEP = 4 * 1024 * 1024;
// An output's kept end is trimmed back to KEEP each time it grows this much past it.
const SLACK = 1024 * 1024;
// The keys parse.ts reads a tool's output from (`partial_output`, `partialOutput`, `output`).
const OUTPUT_KEY = /^(?:partial_?)?output$/i;

/** What was read past at the start of a long output: counted, so the inspector can say it. */
export interface Omitted {
  chars: number;
  lines: number;
}

/**
 * Keeps a body as it streams past: JSON whole except the middle of its long strings (their
 * first KEEP bytes, or an output's last), any other text its first KEEP bytes. Cuts fall on
 * character boundaries, never inside an escape or a UTF-8 sequence, so what is kept still
 * parses. Runs of plain string bytes are copied whole (a 50 MB output is a few thousand
 * copies, not 50 million steps). `add` returns false once nothing more would be kept.
 */
function keeper() {
  let buf = new Uint8Array(65_536);
  let len = 0;
  let json: boolean | undefined;
  let inString = false;
  // In a string: 0, 1 after a backslash, -n with n hex digits of a \u escape still to come.
  let esc = 0;
  let start = 0;
  let keyStart = 0;
  let keyEnd = 0;
  let key = "";
  let tail = false;
  let full = false;
  let omitted: Omitted = { chars: 0, lines: 0 };
  // Kept output length (UTF-16 units) → what was read past before it.
  const cuts = new Map<number, Omitted>();

  // A short run is copied byte by byte: a view per run (a line of output) would be garbage
  // enough to grow the heap by tens of megabytes over a big body.
  const append = (src: Uint8Array, from: number, to: number) => {
    if (len + to - from > buf.length) {
      const bigger = new Uint8Array(Math.max(len + to - from, buf.length * 2));
      bigger.set(buf.subarray(0, len));
      buf = bigger;
    }
    if (to - from > 256) buf.set(src.subarray(from, to), len);
    else for (let j = from; j < to; j++) buf[len + j - from] = src[j]!;
    len += to - from;
  };
  // Characters and lines of a string's kept bytes from `from` (a character boundary) to the
  // first boundary at or past `until`, added to `into`; returns where it stopped. Counted
  // byte by byte rather than decoded: decoding would make a string of each cut to measure it.
  const count = (from: number, until: number, into: Omitted): number => {
    let i = from;
    for (let e = 0; i < len && (i < until || e !== 0 || (buf[i]! & 0xc0) === 0x80); i++) {
      const b = buf[i]!;
      if (e === 1) {
        e = b === 0x75 ? -4 : 0;
        into.chars++;
        if (b === 0x6e) into.lines++;
      } else if (e < 0) e++;
      else if (b === 0x5c) e = 1;
      else if ((b & 0xc0) !== 0x80) into.chars += b >= 0xf0 ? 2 : 1;
    }
    return i;
  };
  const add = (chunk: Uint8Array): boolean => {
    let quote = -1;
    let slash = -1;
    for (let i = 0; i < chunk.length; ) {
      const b = chunk[i]!;
      if (json === undefined && b <= 0x20) {
        // Whitespace before the first character says nothing yet.
        append(chunk, i, ++i);
        continue;
      }
      json ??= b === 0x7b || b === 0x5b;
      if (!json) {
        const end = Math.min(chunk.length, i + KEEP - len);
        append(chunk, i, end);
        if (len >= KEEP) return false;
        i = end;
      } else if (!inString) {
        append(chunk, i, ++i);
        if (b === 0x22) {
          inString = true;
          start = len;
          tail = OUTPUT_KEY.test(key);
          full = false;
          omitted = { chars: 0, lines: 0 };
        } else if (b === 0x3a) key = keyEnd - keyStart <= 64 ? String.fromCharCode(...buf.subarray(keyStart, keyEnd)) : "";
        else if (b > 0x20) key = "";
      } else if (esc !== 0 || b === 0x5c) {
        esc = esc === 1 ? (b === 0x75 ? -4 : 0) : esc < 0 ? esc + 1 : 1;
        if (!full) append(chunk, i, i + 1);
        i++;
      } else if (b === 0x22) {
        inString = false;
        if (tail && omitted.chars > 0) {
          const kept: Omitted = { chars: 0, lines: 0 };
          count(start, len, kept);
          cuts.set(kept.chars, omitted);
        }
        keyStart = start;
        keyEnd = len;
        key = "";
        append(chunk, i, ++i);
      } else {
        // A run of plain bytes, up to the next quote or backslash.
        if (quote < i) quote = chunk.indexOf(0x22, i) >>> 0;
        if (slash < i) slash = chunk.indexOf(0x5c, i) >>> 0;
        const end = Math.min(quote, slash, chunk.length);
        if (!full && tail) {
          append(chunk, i, end);
          if (len - start > KEEP + SLACK) {
            const from = count(start, len - KEEP, omitted);
            buf.copyWithin(start, from, len);
            len -= from - start;
          }
        } else if (!full) {
          // Whole runs, so never inside an escape (a character cut at a chunk's end decodes
          // as U+FFFD, which still parses).
          append(chunk, i, end);
          full = len - start >= KEEP;
        }
        i = end;
      }
    }
    return true;
  };
  return { add, text: () => new TextDecoder().decode(buf.subarray(0, len)), cuts };
}

interface Kept {
  text: string;
  /** Each kept output's length → what was read past before it. */
  cuts: Map<number, Omitted>;
}

/**
 * The body as kept text: read for at most `maxBytes`, within `timeoutMs`, stopped by
 * `signal`, and kept as `keeper` keeps it; the rest is cancelled so a body that trickles or
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
    const kept = keeper();
    let size = 0;
    while (size < maxBytes && !stopped) {
      const next = await Promise.race([reader.read(), new Promise<undefined>((resolve) => (wake = () => resolve(undefined)))]);
      if (!next || next.done) break;
      // Not `instanceof Uint8Array`: a stream from another realm (jsdom, an iframe) has its own.
      if (!ArrayBuffer.isView(next.value)) break;
      // A plain view: a Node Buffer's own indexOf and subarray are slower here.
      const chunk = new Uint8Array(next.value.buffer, next.value.byteOffset, Math.min(next.value.byteLength, maxBytes - size));
      size += chunk.byteLength;
      if (!kept.add(chunk)) break;
    }
    return { text: kept.text(), cuts: kept.cuts };
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
