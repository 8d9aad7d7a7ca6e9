#!/usr/bin/env node
/**
 * The Next.js app-router example (examples/next-app), installed from the packed tarball:
 * its Jest tests (next/jest), then built for production with `next build` (Turbopack),
 * served with `next start` and driven in headless Chromium by Playwright. Any console error
 * fails a flow. Part of npm test.
 *
 *   node scripts/next-example.mjs [--skip-build]   (--skip-build: reuse dist/)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./chromium.mjs";
import { installTarball } from "./install-tarball.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const app = join(root, "examples", "next-app");
const env = { ...process.env, FORCE_COLOR: "1", NEXT_TELEMETRY_DISABLED: "1" };
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: "inherit", env });

if (!process.argv.includes("--skip-build")) run("npm", ["run", "build", "--silent"]);

installTarball(app, env);

console.log("▶ Jest (next/jest, jsdom): the tarball in a host's unit tests");
run(join(app, "node_modules", ".bin", "jest"), ["--ci"], app);

console.log("▶ next build (production, Turbopack)");
rmSync(join(app, ".next"), { recursive: true, force: true });
run(join(app, "node_modules", ".bin", "next"), ["build"], app);

ensureChromium();
mkdirSync(join(root, "screenshots", "next"), { recursive: true });
// A JSON report beside the list output, so npm test can count these flows in its tally.
env.PLAYWRIGHT_JSON_OUTPUT_NAME = join(root, "node_modules", ".cache", "recovery-kit", "next-e2e-report.json");
run(join(root, "node_modules", ".bin", "playwright"), ["test", "-c", join(app, "playwright.config.ts"), "--reporter=list,json"]);
