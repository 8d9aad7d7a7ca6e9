#!/usr/bin/env node
/* global window, document -- the callbacks passed to page.evaluate and addInitScript run in the browser */
/**
 * `npm run screenshots [filter]`: every story from a built Storybook, in light and dark,
 * as PNGs under screenshots/, for a person to look at. Not part of `npm test`: pictures are
 * for review, the assertions live in the play functions.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const staticDir = join(root, "storybook-static");
const outDir = join(root, "screenshots");
const filter = process.argv[2] ?? "";
const width = Number(process.env.WIDTH ?? 720);
const height = Number(process.env.HEIGHT ?? 400);

if (!existsSync(join(staticDir, "index.json"))) {
  console.error("No storybook-static/: run `npm run build-storybook` first.");
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2" };
const server = createServer((req, res) => {
  const path = join(staticDir, decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
  if (!file.startsWith(staticDir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const { port } = server.address();

const index = JSON.parse(readFileSync(join(staticDir, "index.json"), "utf8"));
const stories = Object.values(index.entries).filter((entry) => entry.type === "story" && entry.id.includes(filter));
const browser = await chromium.launch({ executablePath: ensureChromium(() => {}), args: CHROMIUM_ARGS });
try {
  for (const theme of ["light", "dark"]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme });
      // Shoot once the story has rendered and its play function has finished.
      await page.addInitScript(() => {
        window.__rkRendered = new Promise((resolve) => {
          const hook = () => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            if (!channel) return setTimeout(hook, 20);
            channel.on("storyRendered", resolve);
            channel.on("playFunctionThrewException", resolve);
            channel.on("storyErrored", resolve);
          };
          hook();
        });
      });

    for (const story of stories) {
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`);
      // A story may render nothing on purpose (a cancellation): screenshot it anyway.
      await page.waitForSelector("#storybook-root > *", { timeout: 10_000 }).catch(() => undefined);
      await Promise.race([page.evaluate(() => window.__rkRendered), page.waitForTimeout(8000)]);
      // A play function leaves focus where it last clicked or tabbed, and its synthetic events
      // count as keyboard use, so :focus-visible rings it (a button, or the Inspect dialog
      // Radix focused on open): a picture of a ring nobody pressed. Blurred, the story looks as
      // it does to someone who arrived by mouse; keyboard focus is guarded by the play functions.
      await page.evaluate(() => document.activeElement?.blur?.());
      await page.waitForTimeout(100);
      const file = join(outDir, `${story.id}--${theme}${width === 720 ? "" : `--${width}`}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file.slice(root.length + 1));
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
