#!/usr/bin/env node
/**
 * Browser benchmarks (part of `npm run bench`): the library built for production by Vite,
 * served locally, measured in headless Chromium, and written to BENCHMARKS.md with the
 * machine they ran on. Figures only: nothing is asserted, nothing fails on a number.
 *   - mount time of each component against the same DOM as plain elements, as a ratio
 *     from one interleaved run;
 *   - 100 RateLimitBanners mounted, live: commits per second and time per commit;
 *   - opening the inspector with 10 kB, 1 MB and 10 MB of output (to the dialog's first paint);
 *   - the first Inspect click on a fresh page, when the dialog's chunk is fetched.
 */
/* global window -- the page.evaluate callbacks run in the browser */
import { createServer } from "node:http";
import { cpus, totalmem } from "node:os";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium.mjs";

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

const server = createServer((req, res) => {
  const path = join(out, decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = existsSync(path) && !path.endsWith("/") ? path : join(out, "index.html");
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${server.address().port}/`;

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
  let page = await fresh();
  results.firstInspectClick = await page.evaluate(() => window.bench.firstInspectClick());
  await page.close();
  page = await fresh();
  results.mountRatios = await page.evaluate(() => window.bench.mountRatios());
  await page.close();
  page = await fresh();
  results.hundredBanners = await page.evaluate(() => window.bench.hundredBanners());
  await page.close();
  page = await fresh();
  results.inspector = await page.evaluate(() => window.bench.inspector());
  await page.close();
  results.browser = browser.version();
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}

const ms = (n) => `${n.toFixed(2)} ms`;
const cpu = cpus();
const lines = [
  "# Benchmarks",
  "",
  "Figures from `npm run bench` (browser part: `scripts/bench-browser.mjs`), reported, never asserted.",
  "",
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, headless Chromium ${results.browser}. Run on ${new Date().toISOString().slice(0, 10)}.`,
  "",
  "## Mount time against the same DOM as plain elements",
  "",
  "Each component mounted with `createRoot` + `flushSync` (20 roots per sample, time per mount), interleaved with mounts of the DOM it rendered rebuilt as plain React elements (what hand-written JSX would cost), 60 samples after 10 warm-up samples; medians. React's profiling build, which is a little slower than production for both.",
  "",
  "| component | recovery-kit | plain elements | ratio |",
  "|---|---|---|---|",
  ...results.mountRatios.map((row) => `| ${row.name} | ${ms(row.oursMs)} | ${ms(row.handMs)} | ${row.ratio.toFixed(2)}× |`),
  "",
  "## 100 RateLimitBanners, live",
  "",
  `Mounted in ${ms(results.hundredBanners.mountMs)}. Over 5 s of live countdowns (one page clock): ${results.hundredBanners.commitsPerSecond.toFixed(1)} commits per second, ${ms(results.hundredBanners.meanCommitMs)} per commit on average, ${ms(results.hundredBanners.p95CommitMs)} at p95 (React Profiler \`actualDuration\`).`,
  "",
  "## Opening the inspector",
  "",
  "From the click on Inspect to the dialog's first paint (two animation frames), the dialog's chunk already loaded:",
  "",
  "| partial output | time |",
  "|---|---|",
  ...Object.entries(results.inspector).map(([size, value]) => `| ${size} | ${ms(value)} |`),
  "",
  `The first Inspect click on a fresh page, which fetches the dialog's chunk (Radix included) from a local server: ${ms(results.firstInspectClick)}.`,
  "",
];
writeFileSync(join(root, "BENCHMARKS.md"), lines.join("\n"));
console.log(lines.join("\n"));
