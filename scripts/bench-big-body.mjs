/**
 * Big-body memory, each case in a process of its own (run by scripts/bench-browser.mjs): a
 * stuck tool's ~50 MB JSON body (its output in the middle) read with `maxBytes` raised to
 * 64 MiB. Reports peak RSS growth over the read against the bytes the result keeps. Figures
 * only, nothing asserted.
 *   node --expose-gc scripts/bench-big-body.mjs <case> <model bundle> <server url>
 * Cases: "stream" — fromResponse on a Response over an in-memory stream that hands out the
 * same few chunks (no transport garbage: fromResponse's own cost); "fetch" — fromResponse on
 * fetch() from a local server (what a Node host sees); "drain" — the same fetch read and
 * thrown away, without fromResponse (what the transport costs by itself).
 */
/* global gc -- --expose-gc */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [mode, bundle, url] = process.argv.slice(2);
const { fromResponse } = await import(pathToFileURL(bundle).href);
const options = { maxBytes: 64 * 1024 * 1024, timeoutMs: 60_000 };
const MB = 50_000_000;

/** The body's three parts as the server sends them (see bodyParts in scripts/bench-browser.mjs). */
const parts = await (await fetch(`${url}parts`)).json();
const encoder = new TextEncoder();
const [head, fill, tail] = parts.map((part) => encoder.encode(part));
const fills = Math.floor((MB - head.length - tail.length) / fill.length);
const total = head.length + fills * fill.length + tail.length;

function inMemory() {
  let sent = -1;
  return new Response(
    new ReadableStream({
      pull(controller) {
        controller.enqueue(sent < 0 ? head : sent < fills ? fill : tail);
        if (++sent > fills) controller.close();
      },
    }),
    { status: 504, headers: { "content-type": "application/json" } },
  );
}

async function drain(response) {
  const reader = response.body.getReader();
  for (;;) if ((await reader.read()).done) return { kind: "drained" };
}

const read = mode === "stream" ? () => fromResponse(inMemory(), options) : mode === "fetch" ? async () => fromResponse(await fetch(`${url}small`), options) : async () => drain(await fetch(`${url}small`));
// Warm up: fetch, undici and the parser loaded and compiled before anything is measured.
for (let i = 0; i < 3; i++) await read();
gc();
await new Promise((resolve) => setTimeout(resolve, 100));
gc();

// The kernel's high-water mark (VmHWM), reset here where Linux allows: getrusage's maxRSS
// will not do, since after fork and exec it still holds the parent's peak.
const hwm = () => {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
};
try {
  writeFileSync("/proc/self/clear_refs", "5");
} catch {
  // Not Linux: the samples below are all there is.
}
const before = process.memoryUsage.rss();
let peak = before;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 1);
const start = performance.now();
const result = mode === "stream" ? await fromResponse(inMemory(), options) : mode === "fetch" ? await fromResponse(await fetch(`${url}big`), options) : await drain(await fetch(`${url}big`));
const ms = performance.now() - start;
clearInterval(sample);
// The high-water mark catches a peak between two samples.
peak = Math.max(peak, process.memoryUsage.rss(), hwm());
process.stdout.write(
  JSON.stringify({
    mode,
    bodyBytes: total,
    kept: mode === "drain" ? 0 : Buffer.byteLength(JSON.stringify(result)),
    outputKept: result.toolCall?.partialOutput?.length ?? 0,
    omitted: result.toolCall?.outputOmitted ?? null,
    kind: result.kind,
    ms,
    peakGrowth: peak - before,
  }),
);
