#!/usr/bin/env node
// `node scripts/ensure-chromium.mjs`: find or install the browser the tests drive.
import { ensureChromium } from "./chromium.mjs";

try {
  ensureChromium();
} catch (error) {
  console.error(`[chromium] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
