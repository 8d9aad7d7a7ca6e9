// Finds a Chromium for the browser tests, or installs one. No test tool can download its
// own browser on our CI machines, so this is the one place that knows where to look.
import { existsSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const ENV_VARS = ["CHROMIUM_PATH", "CHROME_PATH", "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"];
const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** Flags that let Chromium run headless as root on a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function playwrightCachePath() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require("playwright");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Returns `{ path, source }` for the first Chromium found, or undefined. Never installs. */
export function findChromium() {
  for (const name of ENV_VARS) {
    const value = process.env[name];
    if (value && existsSync(value)) return { path: value, source: `$${name}` };
  }
  for (const path of SYSTEM_PATHS) {
    if (existsSync(path)) return { path, source: "system" };
  }
  const cached = playwrightCachePath();
  if (cached) return { path: cached, source: "Playwright's cache" };
  return undefined;
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function hasCommand(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/** Finds a Chromium or installs one, saying plainly what it did. Throws if neither works. */
export function ensureChromium(log = (line) => console.log(`[chromium] ${line}`)) {
  const found = findChromium();
  if (found) {
    log(`using ${found.path} (found via ${found.source})`);
    return found.path;
  }
  if (isRoot() && hasCommand("apt-get")) {
    log("no Chromium found; installing Debian's chromium with apt-get (root)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env,
    });
  } else {
    log("no Chromium found; installing one with Playwright's installer…");
    execFileSync("npx", ["--no-install", "playwright", "install", "chromium"], { stdio: "inherit" });
  }
  const installed = findChromium();
  if (!installed) {
    throw new Error(
      "Could not find or install Chromium. Install it yourself and set CHROMIUM_PATH to its executable.",
    );
  }
  log(`installed; using ${installed.path}`);
  return installed.path;
}
