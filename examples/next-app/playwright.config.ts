import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
// Shared with the library's browser tests: finds the Chromium that npm test made sure of.
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.mjs";

const chromium = findChromium();

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: { baseURL: "http://127.0.0.1:4175", trace: "off", screenshot: "off" },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromium?.path, args: CHROMIUM_ARGS } } }],
  webServer: {
    // `next start`: the production build, as users get it.
    command: "npm run start --silent",
    cwd: fileURLToPath(new URL(".", import.meta.url)),
    url: "http://127.0.0.1:4175",
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
