/**
 * The Playwright config both example apps use: one worker, no retries, the Chromium npm test
 * made sure of, and the app's own production server started for the run.
 */
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";

/** @param {{ dir: string, port: number, command: string, env?: Record<string, string> }} app */
export function examplePlaywrightConfig({ dir, port, command, env }) {
  const url = `http://127.0.0.1:${port}`;
  return defineConfig({
    testDir: `${dir}/e2e`,
    fullyParallel: false,
    workers: 1,
    retries: 0,
    reporter: [["list"]],
    timeout: 30_000,
    use: { baseURL: url, trace: "off", screenshot: "off" },
    projects: [
      {
        name: "chromium",
        use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: findChromium()?.path, args: CHROMIUM_ARGS } },
      },
    ],
    webServer: { command, cwd: dir, url, reuseExistingServer: false, timeout: 60_000, ...(env ? { env } : {}) },
  });
}
