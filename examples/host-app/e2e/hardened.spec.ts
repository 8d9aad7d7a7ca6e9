/**
 * Hosts that harden their pages (issue 20), on hardened.html, in Chromium, against the packed
 * tarball: a strict Content-Security-Policy with a nonce and the dialog open, the lazy chunks
 * blocked, Windows forced colors, WCAG 1.4.12 text spacing at 320 px, a right-to-left page.
 * Key moments are PNGs under screenshots/e2e/ (git-ignored), for a person to look at.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { allowConsole, failOnConsole } from "./console";

failOnConsole();

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: new URL(`../../../screenshots/e2e/${name}.png`, import.meta.url).pathname, fullPage });
const open = (page: Page) => page.goto("/hardened.html");
const inspector = (page: Page) => page.getByRole("group", { name: "browser.open hasn’t finished" });

/* ------------------------------------------------------------------ CSP */

/**
 * Serves hardened.html with `policy` as its Content-Security-Policy header, and the response's
 * nonce in `<meta property="csp-nonce">`, where the page reads it for RecoveryProvider. Every
 * violation is kept in `window.violations` (and the browser also logs each as a console error).
 */
async function withPolicy(page: Page, policy: (nonce: string) => string): Promise<string> {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  await page.route("**/hardened.html", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("<head>", `<head>\n    <meta property="csp-nonce" nonce="${nonce}" />`);
    const headers = { ...response.headers(), "content-security-policy": policy(nonce) };
    delete headers["content-length"];
    await route.fulfill({ response, body, headers });
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return nonce;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
const STRICT = (nonce: string) =>
  `default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self' 'nonce-${nonce}'; require-trusted-types-for 'script'`;

test("strict CSP with a nonce: 0 violations with the dialog open, the page behind locked, Trusted Types clean", async ({ page }) => {
  const cspMessages: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Trusted Type/i.test(message.text())) cspMessages.push(message.text());
  });
  const nonce = await withPolicy(page, STRICT);
  await open(page);
  await expect(inspector(page)).toBeVisible();
  await inspector(page).getByRole("button", { name: "Inspect" }).click();
  const dialog = page.getByRole("dialog", { name: "Tool call: browser.open" });
  await expect(dialog).toBeVisible();
  await expect(page.locator("body")).toHaveAttribute("data-scroll-locked", /\d/);
  // Radix's scroll lock added its <style>, with the response's nonce, and it applies.
  expect(await page.evaluate(() => [...document.querySelectorAll("style")].map((style) => style.nonce))).toEqual([nonce]);
  expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe("hidden");
  // Every button in the dialog works under the policy too.
  await dialog.getByRole("button", { name: "Cancel session" }).click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await violations(page)).toEqual([]);
  expect(cspMessages).toEqual([]);
});

test("plain style-src 'self' (no nonce): one refused <style>, said in the console, and the page behind still locked", async ({ page }) => {
  // What the README says happens: the browser refuses the scroll lock's <style> and logs it.
  allowConsole((message) => message.type() === "error" && /inline style violates the following Content Security Policy directive 'style-src 'self''/.test(message.text()));
  await withPolicy(page, () => "default-src 'self'; img-src 'self' data:; style-src 'self'; require-trusted-types-for 'script'");
  await open(page);
  await inspector(page).getByRole("button", { name: "Inspect" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect.poll(() => violations(page)).toEqual(["style-src-elem inline"]);
  // styles.css locks the page itself while our dialog is open.
  expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe("hidden");
});

/* ------------------------------------------------------------------ lazy chunks */

const CHUNKS = { dialog: /\/assets\/stuck-tool-dialog-[\w-]+\.js$/, details: /\/assets\/support-details-[\w-]+\.js$/, events: /\/assets\/events-[\w-]+\.js$/ };

test("chunks that cannot load: Inspect shows the call as text, Copy details says it failed, nothing uncaught; back online, both work", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const blocked = Object.values(CHUNKS);
  const aborted: string[] = [];
  for (const pattern of blocked)
    await page.route(pattern, (route) => {
      aborted.push(new URL(route.request().url()).pathname);
      return route.abort("internetdisconnected");
    });
  // The browser's own line for each aborted request; anything else (an uncaught rejection,
  // React's report of an error) still fails the test.
  allowConsole((message) => /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(message.text()) && blocked.some((pattern) => pattern.test(message.location().url)));

  await open(page);
  const card = inspector(page);
  const inspect = card.getByRole("button", { name: "Inspect" });
  const copy = card.getByRole("button", { name: "Copy details" });
  // The preloads on hover and focus fail quietly.
  await inspect.hover();
  await copy.hover();
  await copy.focus();
  await inspect.focus();
  await inspect.click();

  const inline = card.locator("[data-slot=inspect-inline]");
  await expect(inline).toBeVisible();
  await expect(inline).toContainText("The full view couldn’t be loaded (the connection may be down), so the call is shown here as text. Reload the page for the full view.");
  await expect(inline.getByLabel("Arguments")).toContainText('"api_key": "[redacted]"');
  await expect(inline.getByLabel("Arguments")).not.toContainText("sk-live");
  await expect(inline.getByLabel("Partial output")).toContainText("waiting for networkidle… 120s");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(inspect).toHaveAttribute("aria-expanded", "false");

  await copy.click();
  await expect(card.locator("[data-slot=failure]")).toHaveText("“Copy details” didn’t work. Try again.");
  await shot(page, "hardened-offline-inspector");
  expect(aborted.some((path) => CHUNKS.dialog.test(path))).toBe(true);
  expect(aborted.some((path) => CHUNKS.details.test(path))).toBe(true);
  expect(aborted.some((path) => CHUNKS.events.test(path))).toBe(true);

  // Back online: the next press tries again and works (Chromium fetches a failed module again).
  for (const pattern of blocked) await page.unroute(pattern);
  await inspect.click();
  const dialog = page.getByRole("dialog", { name: "Tool call: browser.open" });
  await expect(dialog).toBeVisible();
  await expect(inline).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await copy.click();
  await expect(card.locator("[data-slot=failure]")).toHaveCount(0);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("tool-stuck");
  // The events lost while offline are lost; the next ones are heard.
  await expect.poll(() => page.evaluate(() => window.recoveryEvents)).toContain("action-succeeded");
});

/* ------------------------------------------------------------------ forced colors */

/** A system colour as this page resolves it (forced colors pick the palette). */
const system = (page: Page, keyword: string) =>
  page.evaluate((keyword) => {
    const probe = document.createElement("span");
    probe.style.forcedColorAdjust = "none";
    probe.style.color = keyword;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, keyword);
const style = (locator: Locator, pseudo?: string) =>
  locator.evaluate((element, pseudo) => {
    const s = getComputedStyle(element, pseudo);
    return { bg: s.backgroundColor, color: s.color, border: `${s.borderTopWidth} ${s.borderTopStyle}`, borderColor: s.borderTopColor, opacity: s.opacity, display: s.display, width: s.width };
  }, pseudo);

for (const scheme of ["light", "dark"] as const) {
  test(`forced colors (${scheme}): primary in Highlight, danger by its border, disabled in GrayText, dots and icons visible, ghosts borderless`, async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active", colorScheme: scheme });
    await open(page);
    const [highlight, highlightText, grayText, canvasText, buttonFace] = await Promise.all(
      ["Highlight", "HighlightText", "GrayText", "CanvasText", "ButtonFace"].map((keyword) => system(page, keyword)),
    );
    const approve = await style(page.getByRole("button", { name: "Approve" }));
    const reject = await style(page.getByRole("button", { name: "Reject" }));
    const retry = await style(page.getByRole("button", { name: /Retry/ }));
    const copy = await style(inspector(page).getByRole("button", { name: "Copy details" }));
    const inspect = await style(inspector(page).getByRole("button", { name: "Inspect" }));

    // The primary action: Highlight, which no other action has.
    for (const primary of [approve, inspect]) {
      expect(primary.bg).toBe(highlight);
      expect(primary.color).toBe(highlightText);
    }
    expect(highlight).not.toBe(buttonFace);
    for (const other of [reject, retry, copy]) expect(other.bg).not.toBe(highlight);
    // Danger: a double 3 px border, which no secondary has.
    expect(reject.border).toBe("3px double");
    expect(retry.border).toBe("1px solid");
    // Disabled: GrayText, not opacity.
    expect(retry.color).toBe(grayText);
    expect(retry.borderColor).toBe(grayText);
    expect(retry.opacity).toBe("1");
    expect(grayText).not.toBe(canvasText);
    // Ghost: no border.
    expect(copy.border).toBe("0px none");
    // The status pill's dot and the tone icons are drawn in CanvasText, not lost to Canvas.
    const pill = page.locator(".rk-pill").first();
    const dot = await style(pill, "::before");
    expect(dot.bg).toBe(canvasText);
    expect(dot.bg).not.toBe((await style(pill)).bg);
    expect(parseFloat(dot.width)).toBeGreaterThan(4);
    for (const icon of await page.locator("[data-slot=icon]").all()) expect((await style(icon, "::before")).bg).toBe(canvasText);
    await shot(page, `hardened-forced-colors-${scheme}`);
  });
}

/* ------------------------------------------------------------------ text spacing */

test("WCAG 1.4.12 text spacing at 320 px: a cut identifier can be reached by keyboard and read in full", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await open(page);
  await page.addStyleTag({
    content: "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
  });
  const identifier = page.locator("code", { hasText: "github.repos.delete_repository" });
  const fits = () => identifier.evaluate((code) => code.scrollWidth <= code.clientWidth);
  // Cut with an ellipsis at this width and spacing, so it is focusable.
  await expect.poll(fits).toBe(false);
  await expect(identifier).toHaveAttribute("tabindex", "0");
  await page.locator("h1").click();
  for (let tabs = 0; tabs < 30 && !(await identifier.evaluate((code) => code === document.activeElement)); tabs++) await page.keyboard.press("Tab");
  await expect(identifier).toBeFocused();
  // Focused, it shows all of its text, inside its card.
  expect(await fits()).toBe(true);
  const box = (await identifier.boundingBox())!;
  const card = (await page.getByRole("group", { name: "Waiting for approval" }).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(card.x);
  expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
  await identifier.scrollIntoViewIfNeeded();
  await shot(page, "hardened-text-spacing-320-focused", false);
  // An identifier that fits is no tab stop.
  await expect(page.locator("code", { hasText: /^DELETE$/ })).not.toHaveAttribute("tabindex");
});

/* ------------------------------------------------------------------ RTL */

test('dir="rtl": JSON and code stay left to right, and no tone icon sits on its title at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page);
  await page.evaluate(() => {
    document.documentElement.dir = "rtl";
    document.documentElement.lang = "ar";
  });
  const directions = (selector: string) => page.locator(selector).evaluateAll((elements) => elements.map((element) => getComputedStyle(element).direction));
  expect(await directions(".rk-surface code")).not.toContain("rtl");
  expect((await directions(".rk-surface code")).length).toBeGreaterThan(3);

  // Each title's first line keeps clear of the icon, whichever way the title's words run.
  const overlaps = await page.locator("[data-slot=surface]").evaluateAll((surfaces) =>
    surfaces.flatMap((surface) => {
      const icon = surface.querySelector("[data-slot=icon]")!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(surface.querySelector("[data-slot=title]")!);
      const rects = [...range.getClientRects()];
      const firstLine = rects.filter((rect) => Math.abs(rect.top - rects[0]!.top) < 4);
      return firstLine.some((rect) => rect.left < icon.right && rect.right > icon.left && rect.top < icon.bottom && rect.bottom > icon.top)
        ? [surface.querySelector("[data-slot=title]")!.textContent]
        : [];
    }),
  );
  expect(overlaps).toEqual([]);
  await shot(page, "hardened-rtl-360");

  await inspector(page).getByRole("button", { name: "Inspect" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  expect(await directions(".rk-dialog pre")).toEqual(["ltr", "ltr"]);
  // A sentence keeps its full stop at its end: its paragraph takes its direction from its words.
  expect(await dialog.locator("p").first().evaluate((p) => getComputedStyle(p).unicodeBidi)).toBe("plaintext");
  await page.waitForTimeout(200); // the fade-in
  await shot(page, "hardened-rtl-dialog-360", false);
});
