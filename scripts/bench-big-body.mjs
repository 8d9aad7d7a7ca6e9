/**
 * Big-body memory, each case in a process of its own: a stuck tool's ~50 MB JSON body (its
 * output in the middle) read with `maxBytes` raised to 64 MiB. Reports peak RSS growth over
 * the read against the bytes the result keeps. Figures only, nothing asserted.
 *   node --expose-gc scripts/bench-big-body.mjs             — every case, 3 runs each, medians
 *   node --expose-gc scripts/bench-big-body.mjs <case> <model bundle> <server url>  — one run
 * With no arguments it bundles the model with esbuild, serves the body from a process of its
 * own (scripts/big-body-server.mjs) and runs each case in a child; scripts/bench-browser.mjs
 * (`npm run bench`) runs the cases against its own server the same way.
 * Cases: "stream" — fromResponse on a Response over an in-memory stream that hands out the
 * same few chunks (no transport garbage: fromResponse's own cost); "fetch" — fromResponse on
 * fetch() from a local server (what a Node host sees); "drain" — the same fetch read and
 * thrown away, without fromResponse (what the transport costs by itself: undici hands over a
 * new buffer per socket read, freed only at V8's next collection, which with so little
 * JavaScript running waits for external-memory pressure).
 */
/* global gc -- --expose-gc */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";

const [mode, bundle, url] = process.argv.slice(2);

if (!mode) {
  const scripts = dirname(fileURLToPath(import.meta.url));
  const out = mkdtempSync(join(tmpdir(), "rk-big-body-"));
  const model = join(out, "model.mjs");
  const { build } = await import("esbuild");
  await build({ entryPoints: [join(scripts, "..", "src", "model", "index.ts")], bundle: true, format: "esm", platform: "neutral", outfile: model, logLevel: "silent" });
  const server = spawn(process.execPath, [join(scripts, "big-body-server.mjs")], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const base = await new Promise((resolve) => server.stdout.once("data", (data) => resolve(String(data).trim())));
    const runs = { stream: [], fetch: [], drain: [] };
    for (let round = 0; round < 3; round++) {
      for (const name of Object.keys(runs)) {
        const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), name, model, base]);
        runs[name].push(JSON.parse(stdout));
      }
    }
    const median = (values) => [...values].sort((a, b) => a - b)[1];
    const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
    for (const [name, list] of Object.entries(runs)) {
      const growth = list.map((run) => run.peakGrowth);
      console.log(`${name.padEnd(6)} peak RSS growth ${mb(median(growth))} (runs ${growth.map(mb).join(", ")}), ${median(list.map((run) => run.ms)).toFixed(0)} ms, kept ${mb(list[0].kept)}`);
    }
  } finally {
    server.kill();
    rmSync(out, { recursive: true, force: true });
  }
  process.exit(0);
}
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
