/**
 * Reading a failed response's body for `fromResponse` and `fromError`: bounded in bytes and
 * time, cancelled past that, kept whole up to KEEP and past it as keeper.ts keeps it. Loaded
 * with `import()` by from-response.ts when there is a body to read, so a page that imports the
 * model pays for the reader only once a server has answered with one.
 */
import type { keeper, Omitted } from "./keeper.js";

// A long string keeps this many bytes: its end for a tool's output (what the inspector shows
// and Copy output copies), its start otherwise (a message). Enough for any display, bounded
// whatever `maxBytes` the host set: a 50 MB body costs this, not 50 MB four times over. A
// body no longer than this is kept whole, as it came; a longer one goes through keeper.ts.
const KEEP = 4 * 1024 * 1024;

export interface Kept {
  text: string;
  /** Each kept output's length → what was read past before it. */
  cuts: Map<number, Omitted>;
}

/**
 * A body stream as kept text: read for at most `maxBytes`, within `timeoutMs`, stopped by
 * `signal`, and kept whole up to KEEP, past it as `keeper` keeps it; the rest is cancelled so
 * a body that trickles or never ends costs neither time nor memory. Never rejects. It imports
 * nothing the parser does, so no chunk is shared between the two.
 */
export async function readBody(body: ReadableStream<Uint8Array>, maxBytes: number, timeoutMs: number, signal?: AbortSignal): Promise<Kept | undefined> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
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
