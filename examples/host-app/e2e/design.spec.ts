/**
 * The design checks of issue 9, from a host page of our own (design.html, with the host's
 * own CSS), in Chromium, against the packed tarball: theming from :root, dark mode by class,
 * the inspector on a phone, live regions, the banner, a failed action, two identical cards.
 */
import { createRequire } from "node:module";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { failOnConsole } from "./console";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

failOnConsole();

const open = (page: Page) => page.goto("/design.html");
/** Key moments as PNGs under screenshots/e2e/ (git-ignored), for a person to look at. */
const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: new URL(`../../../screenshots/e2e/${name}.png`, import.meta.url).pathname, fullPage });
const cards = (page: Page) => page.getByRole("group", { name: "Your balance is empty" });
const bg = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);

test("tokens set on :root restyle cards and buttons", async ({ page }) => {
  await open(page);
  const card = cards(page).first();
  const addFunds = card.getByRole("button", { name: "Add funds" });
  const before = [await bg(card), await bg(addFunds)];
  // The background token of the card's own tone (the tone contract decides which it is).
  const tone = await card.getAttribute("data-tone");
  await page.evaluate((tone) => {
    document.documentElement.style.setProperty(`--rk-${tone}-bg`, "rgb(1, 2, 3)");
    document.documentElement.style.setProperty("--rk-primary-bg", "rgb(200, 0, 100)");
  }, tone);
  // Polled: buttons fade their background (a 120 ms transition).
  await expect.poll(() => bg(card)).toBe("rgb(1, 2, 3)");
  await expect.poll(() => bg(addFunds)).toBe("rgb(200, 0, 100)");
  expect(before).not.toEqual(["rgb(1, 2, 3)", "rgb(200, 0, 100)"]);
});

test('class="dark" on <html> darkens them', async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await open(page);
  const card = cards(page).first();
  const light = await bg(card);
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await expect.poll(() => bg(card)).not.toBe(light);
  const dark = await bg(card);
  // Dark means dark: the background's channels are low.
  const channels = dark.match(/\d+/g)!.slice(0, 3).map(Number);
  expect(Math.max(...channels)).toBeLessThan(80);
});

test("the inspector fits a 360×640 screen with its title and close in view", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page);
  await page.getByRole("button", { name: "Inspect" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  await expect(dialog.getByRole("heading", { level: 2 })).toBeInViewport();
  await expect(dialog.getByRole("button", { name: "Close" }).first()).toBeInViewport();
  // Focus is on the dialog, not scrolled down to the arguments.
  await expect(dialog).toBeFocused();
  await shot(page, "design-inspector-360x640", false);
});

test("no live region wraps a button or a link", async ({ page }) => {
  await open(page);
  const wrapping = await page.evaluate(() =>
    [...document.querySelectorAll("[aria-live], [role=status], [role=alert], [role=log], [role=marquee], [role=timer]")]
      .filter((region) => region.querySelector("button, a, [role=button], [role=link]"))
      .map((region) => region.outerHTML.slice(0, 120)),
  );
  expect(wrapping).toEqual([]);
});

test("clicking Retry during the automatic retry sends nothing", async ({ page }) => {
  await open(page);
  const banner = page.getByRole("group", { name: "Too many requests" });
  await expect(banner).toHaveAttribute("data-state", "retrying", { timeout: 5000 });
  await expect.poll(() => page.evaluate(() => window.retries)).toBe(1);
  await expect(banner.locator("[data-slot=wait]")).toHaveText("Retrying…");
  const retry = banner.getByRole("button", { name: /Retry/ });
  await expect(retry).toHaveAttribute("aria-disabled", "true");
  await retry.click({ force: true });
  await retry.click({ force: true });
  expect(await page.evaluate(() => window.retries)).toBe(1);
  // Once it settles, Retry works again.
  await expect(banner).toHaveAttribute("data-state", "ready", { timeout: 5000 });
  await retry.click();
  expect(await page.evaluate(() => window.retries)).toBe(2);
});

test("the banner is one strip, at most 72 px tall at 1024 px", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page);
  const banner = page.getByRole("group", { name: "Too many requests" });
  const box = (await banner.boundingBox())!;
  await shot(page, "design-page-1024");
  expect(box.height).toBeLessThanOrEqual(72);
  // Icon, message and actions on one line.
  const retry = (await banner.getByRole("button", { name: /Retry/ }).boundingBox())!;
  const title = (await banner.getByRole("heading").boundingBox())!;
  expect(Math.abs(retry.y + retry.height / 2 - (title.y + title.height / 2))).toBeLessThan(16);
});

test("a failed action moves no button", async ({ page }) => {
  await open(page);
  const card = cards(page).first();
  const buttons = card.getByRole("button");
  const boxes = async () => Promise.all((await buttons.all()).map(async (button) => await button.boundingBox()));
  const before = await boxes();
  await card.getByRole("button", { name: "Add funds" }).click();
  // The visible line (the live region says the same, hidden).
  await expect(card.locator("[data-slot=failure]")).toHaveText("“Add funds” didn’t work. Try again.");
  await shot(page, "design-failed-action");
  expect(await boxes()).toEqual(before);
});

test("two identical components on a page pass axe", async ({ page }) => {
  await open(page);
  await expect(cards(page)).toHaveCount(2);
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
  expect(violations).toEqual([]);
});
