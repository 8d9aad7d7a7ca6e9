/**
 * Keeping a big body as it streams past, for `fromResponse` and `fromError` once a body is
 * longer than KEEP (see from-response.ts), which only a host that raised `maxBytes` past it
 * ever reads: loaded with `import()` only then, so the first load does not pay for what
 * nearly every error body (a few kB) never needs.
 */

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
export function keeper(KEEP: number) {
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

