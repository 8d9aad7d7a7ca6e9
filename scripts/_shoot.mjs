import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium.mjs";
const staticDir = join(process.cwd(), "storybook-static");
const [id, widthArg, theme, chunkH = "1300", prefix = "shot"] = process.argv.slice(2);
const width = Number(widthArg);
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
const server = createServer((req, res) => {
  const path = join(staticDir, decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
});
await new Promise((d) => server.listen(0, "127.0.0.1", d));
const browser = await chromium.launch({ executablePath: ensureChromium(() => {}), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
await page.waitForSelector("#storybook-root > *");
await page.waitForTimeout(1500);
const height = await page.evaluate(() => document.documentElement.scrollHeight);
mkdirSync("/tmp/shots", { recursive: true });
const h = Number(chunkH);
for (let y = 0, i = 0; y < height; y += h, i++) {
  const file = `/tmp/shots/${prefix}-${theme}-${width}-${i}.png`;
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(h, height - y) } });
  console.log(file);
}
await browser.close();
server.close();
