#!/usr/bin/env node
/**
 * The example host app, installed the way a user installs recovery-kit: from the packed
 * tarball (`npm pack` of the built library), never from ../../src.
 *
 *   node scripts/example.mjs dev   build, pack, install, then serve the app (npm run example)
 *   node scripts/example.mjs e2e   build, pack, install, type-check and build the app, run the
 *                                  Playwright flows in headless Chromium (part of npm test)
 *   --skip-build                   reuse dist/ (npm test has just built it)
 */
import { execFileSync, spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./chromium.mjs";
import { installTarball } from "./install-tarball.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const app = join(root, "examples", "host-app");
const mode = process.argv[2] ?? "dev";
const skipBuild = process.argv.includes("--skip-build");
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: "inherit", env: { ...process.env, FORCE_COLOR: "1" } });

if (!skipBuild) run("npm", ["run", "build", "--silent"]);

installTarball(app, { ...process.env, FORCE_COLOR: "1" });

if (mode === "dev") {
  console.log("▶ serving the example on http://localhost:5174");
  const child = spawn("npm", ["run", "dev"], { cwd: app, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else if (mode === "e2e") {
  run("npm", ["run", "typecheck", "--silent"], app);
  run("npm", ["run", "build", "--silent"], app);
  const chromium = ensureChromium();
  // A JSON report beside the list output, so npm test can count these flows in its tally.
  process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = join(root, "node_modules", ".cache", "recovery-kit", "e2e-report.json");
  run(join(root, "node_modules", ".bin", "playwright"), ["test", "-c", join(app, "playwright.config.ts"), "--reporter=list,json"], root);
  void chromium;
} else {
  console.error(`unknown mode ${mode}: use dev or e2e`);
  process.exit(2);
}
