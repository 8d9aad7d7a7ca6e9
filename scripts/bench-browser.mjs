#!/usr/bin/env node
/**
 * Browser benchmarks (part of `npm run bench`): the library built for production by Vite,
 * served locally, measured in headless Chromium, and written to BENCHMARKS.md with the
 * machine they ran on, beside the targets. Figures only: nothing is asserted,
 * nothing fails on a number.
 *   - mount time of each component against the same DOM as plain elements, as a ratio
 *     from one interleaved run;
 *   - 100 live RateLimitBanners against 100 hand-written countdowns in the same DOM:
 *     main-thread time per second (Chromium's TaskDuration, over 5 s);
 *   - a first Inspect once the dialog is prefetched, a first Inspect cold, and opening the
 *     inspector with 10 kB, 1 MB and 10 MB of output (to the dialog's first paint);
 *   - big-body memory: fromResponse on a 50 MB body with maxBytes 64 MiB, each run in a Node
 *     process of its own (scripts/bench-big-body.mjs), peak RSS growth against bytes kept.
 */
/* global window -- the page.evaluate callbacks run in the browser */
import { createServer } from "node:http";
import { cpus, totalmem } from "node:os";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { build as esbuild } from "esbuild";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium.mjs";
import { bigBody } from "./big-body-server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = mkdtempSync(join(tmpdir(), "rk-bench-"));
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

await build({
  configFile: false,
  logLevel: "silent",
  root: join(root, "test", "bench", "browser"),
  plugins: [react()],
  // React's profiling build: <Profiler onRender> reports commits (the production build does not).
  resolve: { alias: { "react-dom/client": "react-dom/profiling" } },
  build: { outDir: out, emptyOutDir: true },
});

// The model alone, for the big-body runs in plain Node.
await esbuild({ entryPoints: [join(root, "src", "model", "index.ts")], bundle: true, format: "esm", platform: "neutral", outfile: join(out, "model.mjs"), logLevel: "silent" });

const server = createServer((req, res) => {
  if (req.url.startsWith("/big-body/")) return bigBody(req, res);
  const path = join(out, decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = existsSync(path) && !path.endsWith("/") ? path : join(out, "index.html");
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${server.address().port}/`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const results = {};
try {
  const fresh = async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => Boolean(window.bench));
    return page;
  };
  // A fresh page for each, so one measurement's garbage is not the next one's pause.
  const once = async (name, ...args) => {
    const page = await fresh();
    const value = await page.evaluate(([fn, rest]) => window.bench[fn](...rest), [name, args]);
    await page.close();
    return value;
  };
  results.firstInspectCold = median([await once("firstInspectClick"), await once("firstInspectClick"), await once("firstInspectClick")]);
  results.firstInspectPrefetched = [];
  for (let i = 0; i < 5; i++) results.firstInspectPrefetched.push(await once("firstInspectPrefetched"));
  results.mountRatios = await once("mountRatios");
  results.inspector = await once("inspector");

  // Main-thread time while 100 countdowns run: Chromium's own TaskDuration (all tasks on the
  // renderer's main thread: script, style, layout, paint), read over 5 s. Alternated, so both
  // see the same machine.
  const countdownCpu = async (kind) => {
    const page = await fresh();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const mountMs = await page.evaluate((k) => window.bench.mountCountdowns(k), kind);
    const task = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
    const before = await task();
    const start = Date.now();
    await page.waitForTimeout(5000);
    const cpuMsPerSecond = ((await task()) - before) * 1000 / ((Date.now() - start) / 1000);
    const texts = await page.evaluate(() => window.bench.unmountCountdowns());
    await page.close();
    return { mountMs, cpuMsPerSecond, texts };
  };
  const countdowns = { ours: [], hand: [] };
  for (let round = 0; round < 3; round++) {
    for (const kind of round % 2 ? ["hand", "ours"] : ["ours", "hand"]) countdowns[kind].push(await countdownCpu(kind));
  }
  results.countdowns = countdowns;
  results.browser = browser.version();

  // Big bodies, in Node processes of their own (the page and this script's memory apart).
  const bigBodyRuns = { stream: [], fetch: [], drain: [] };
  for (let round = 0; round < 3; round++) {
    for (const mode of Object.keys(bigBodyRuns)) {
      // Not execFileSync: this process serves the body the child fetches.
      const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", join(root, "scripts", "bench-big-body.mjs"), mode, join(out, "model.mjs"), `${url}big-body/`]);
      bigBodyRuns[mode].push(JSON.parse(stdout));
    }
  }
  results.bigBody = bigBodyRuns;
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}

const ms = (n) => `${n.toFixed(2)} ms`;
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
const cpu = cpus();
const ratioOf = (row) => row.ratio.toFixed(2) + "×";
const cd = {
  ours: median(results.countdowns.ours.map((run) => run.cpuMsPerSecond)),
  hand: median(results.countdowns.hand.map((run) => run.cpuMsPerSecond)),
  oursMount: median(results.countdowns.ours.map((run) => run.mountMs)),
  handMount: median(results.countdowns.hand.map((run) => run.mountMs)),
};
const prefetched = median(results.firstInspectPrefetched);
const big = Object.fromEntries(
  Object.entries(results.bigBody).map(([mode, runs]) => [mode, { growth: median(runs.map((r) => r.peakGrowth)), ms: median(runs.map((r) => r.ms)), kept: runs[0].kept, runs, body: runs[0].bodyBytes, output: runs[0].outputKept, omitted: runs[0].omitted }]),
);
const allowance = (kept) => 2 * kept + 16e6;
const lines = [
  "# Benchmarks",
  "",
  "Figures from `npm run bench` (browser part and big bodies: `scripts/bench-browser.mjs`), reported, never asserted. Targets are issue 19's.",
  "",
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, headless Chromium ${results.browser}. Run on ${new Date().toISOString().slice(0, 10)}. A shared machine: other jobs ran beside this one, so the absolute times are noisy; the ratios come from interleaved runs.`,
  "",
  "## Summary",
  "",
  "| measure | result | target |",
  "|---|---|---|",
  `| mount ratio, worst card | ${Math.max(...results.mountRatios.map((r) => r.ratio)).toFixed(2)}× (${results.mountRatios.reduce((a, b) => (b.ratio > a.ratio ? b : a)).name}) | ≤ 1.3× |`,
  `| 100 live countdowns, main-thread time | ${(cd.ours / cd.hand).toFixed(2)}× hand-written (${ms(cd.ours)} vs ${ms(cd.hand)} per second) | ≤ 1.3× |`,
  `| first Inspect once prefetched, click to dialog painted | ${ms(prefetched)} | ≤ 100 ms |`,
  `| fromResponse, 50 MB body, maxBytes 64 MiB: peak RSS growth | ${mb(big.stream.growth)} keeping ${mb(big.stream.kept)} (in-memory stream); ${mb(big.fetch.growth)} through fetch() | ≤ 2 × kept + 16 MB = ${mb(allowance(big.stream.kept))} |`,
  "",
  "## Mount time against the same DOM as plain elements",
  "",
  "Each component mounted with `createRoot` + `flushSync` (20 roots per sample, time per mount), interleaved with mounts of the DOM it rendered rebuilt as plain React elements (what hand-written JSX would cost), 60 samples after 10 warm-up samples; medians. Each component is mounted once beforehand so a part loaded with `import()` is there. React's profiling build, which is a little slower than production for both.",
  "",
  "| component | recovery-kit | plain elements | ratio |",
  "|---|---|---|---|",
  ...results.mountRatios.map((row) => `| ${row.name} | ${ms(row.oursMs)} | ${ms(row.handMs)} | ${ratioOf(row)} |`),
  "",
  "## 100 live countdowns",
  "",
  "100 RateLimitBanners (waits of 10–11 minutes, one page clock, only the countdown's text re-rendered each second) against the same 100 banners' DOM as plain elements, each with a hand-written countdown where the timer is (its own `setInterval` and `useState`, the text re-rendered each second). Main-thread time is Chromium's `TaskDuration` (every task on the page's main thread: script, style, layout, paint) over 5 s, after 1.5 s to settle; a fresh page per run, 3 runs each, alternated; medians.",
  "",
  "| | main-thread time per second | mount of all 100 |",
  "|---|---|---|",
  `| recovery-kit | ${ms(cd.ours)} | ${ms(cd.oursMount)} |`,
  `| hand-written | ${ms(cd.hand)} | ${ms(cd.handMount)} |`,
  `| ratio | ${(cd.ours / cd.hand).toFixed(2)}× | ${(cd.oursMount / cd.handMount).toFixed(2)}× |`,
  "",
  `Runs (ms per second): recovery-kit ${results.countdowns.ours.map((r) => r.cpuMsPerSecond.toFixed(1)).join(", ")}; hand-written ${results.countdowns.hand.map((r) => r.cpuMsPerSecond.toFixed(1)).join(", ")}.`,
  "",
  "## Opening the inspector",
  "",
  `A first Inspect once the dialog's chunk is prefetched (the button focused, as a hover or Tab does, then 1.5 s), from the click to the dialog's first paint (two animation frames after it is in the page; its 120 ms fade-in starts there): ${ms(prefetched)} (median of ${results.firstInspectPrefetched.length} fresh pages: ${results.firstInspectPrefetched.map((v) => v.toFixed(1)).join(", ")} ms).`,
  "",
  `A first Inspect on a fresh page with no prefetch, which fetches the dialog's chunk (Radix included) from a local server on the click: ${ms(results.firstInspectCold)} (median of 3).`,
  "",
  "Opening again, the chunk loaded and the dialog opened once before, by size of the partial output:",
  "",
  "| partial output | time |",
  "|---|---|",
  ...Object.entries(results.inspector).map(([size, value]) => `| ${size} | ${ms(value)} |`),
  "",
  "## Big bodies",
  "",
  `\`fromResponse\` on a stuck tool's ${mb(big.stream.body)} JSON body (the envelope, 50 MB of output lines, a field after them) with \`maxBytes\` 64 MiB, each run in a Node process of its own (\`node --expose-gc scripts/bench-big-body.mjs\`): peak RSS growth over the call (sampled each millisecond, and the kernel's high-water mark VmHWM, reset just before) against the bytes it keeps (the result as JSON). It keeps the output's last ${mb(big.stream.output)} and counts what it read past (${big.stream.omitted?.chars.toLocaleString("en")} characters, ${big.stream.omitted?.lines.toLocaleString("en")} lines). 3 runs each; medians. The server runs in this script's process (or, with \`node --expose-gc scripts/bench-big-body.mjs\` alone, in one of its own), never in the one measured.`,
  "",
  "Where the memory goes through fetch(): Node's fetch (undici) hands over a new 64 KiB buffer for each socket read, and V8 frees them only at its next collection, which with this little JavaScript running waits for external-memory pressure (`--trace-gc` on the drain case: three scavenges over 1.4 s of reading, the last one for external memory). The last row is that garbage alone; the fetch() row is about it plus fromResponse's own cost, the first row, and swings with when the collector runs.",
  "",
  "| body from | time | peak RSS growth | kept | allowance (2 × kept + 16 MB) |",
  "|---|---|---|---|---|",
  `| an in-memory stream (fromResponse's own cost) | ${ms(big.stream.ms)} | ${mb(big.stream.growth)} | ${mb(big.stream.kept)} | ${mb(allowance(big.stream.kept))} |`,
  `| fetch() from a local server (what a Node host sees) | ${ms(big.fetch.ms)} | ${mb(big.fetch.growth)} | ${mb(big.fetch.kept)} | ${mb(allowance(big.fetch.kept))} |`,
  `| fetch(), read and thrown away, no fromResponse (the transport alone) | ${ms(big.drain.ms)} | ${mb(big.drain.growth)} | — | — |`,
  "",
  `Runs (peak growth): in-memory ${big.stream.runs.map((r) => mb(r.peakGrowth)).join(", ")}; fetch ${big.fetch.runs.map((r) => mb(r.peakGrowth)).join(", ")}; transport alone ${big.drain.runs.map((r) => mb(r.peakGrowth)).join(", ")}.`,
  "",
];
writeFileSync(join(root, "BENCHMARKS.md"), lines.join("\n"));
console.log(lines.join("\n"));
