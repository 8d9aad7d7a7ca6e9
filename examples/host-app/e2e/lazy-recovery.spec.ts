/**
 * ErrorRecovery's cards, loaded with import() (issue 19), in Chromium, against the packed
 * tarball, on lazy.html: with the network cut after the idle prefetch every kind renders in
 * full; cut before it, every kind shows its short state with a working primary action and
 * nothing uncaught, and the connection back brings the full cards; and a card that arrives
 * late replaces the short state with a layout shift (CLS) under 0.05.
 */
import { expect, test, type Page } from "@playwright/test";
import { allowConsole, failOnConsole } from "./console";

failOnConsole();

// The parts ErrorRecovery imports, one chunk each in the host's build (named after their module).
const PARTS = /\/assets\/(balance-empty|connector-auth|rate-limited|approval-pending|tool-stuck|notice)-[\w-]{8}\.js$/;
const ANY_CHUNK = /\/assets\/[^/]+\.js$/;
const KINDS = 25;
const PRIMARY: Record<string, string> = { "balance-empty": "Add funds", "connector-auth": "Reconnect", "approval-pending": "Open approvals", "tool-stuck": "Cancel session", unauthorized: "Sign in again" };

const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`../../../screenshots/e2e/${name}.png`, import.meta.url).pathname, fullPage: true });

/** The chunk requests the page made, by path. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (ANY_CHUNK.test(request.url())) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

test("network cut after the idle prefetch: every kind renders fully, with no request", async ({ page }) => {
  const seen = requests(page);
  await page.goto("/lazy.html");
  // The idle prefetch fetches the six parts without any error on the page.
  await expect.poll(() => new Set(seen.filter((path) => PARTS.test(path))).size, { timeout: 15_000 }).toBe(6);
  await page.waitForLoadState("networkidle");
  const before = seen.length;
  await page.route(ANY_CHUNK, (route) => route.abort("internetdisconnected"));
  await page.getByRole("button", { name: "Show every kind" }).click();
  await expect(page.locator("[data-slot=surface]")).toHaveCount(KINDS);
  await expect(page.locator("[data-short]")).toHaveCount(0);
  expect(seen.length).toBe(before);
  await expect(page.getByRole("group", { name: "Your balance is empty" })).toBeVisible();
});

test("network cut before the prefetch: every kind shows its short state with a working primary action, nothing uncaught; back online, the full cards", async ({ page }) => {
  const aborted: string[] = [];
  await page.route(PARTS, (route) => {
    aborted.push(new URL(route.request().url()).pathname);
    return route.abort("internetdisconnected");
  });
  allowConsole((message) => /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(message.text()) && PARTS.test(message.location().url));
  await page.goto("/lazy.html");
  await page.getByRole("button", { name: "Show every kind" }).click();
  const short = page.locator("[data-short=failed]");
  await expect(short).toHaveCount(KINDS);
  for (const surface of await short.all()) {
    const kind = (await surface.getAttribute("data-kind"))!;
    await expect(surface.getByRole("heading")).not.toBeEmpty();
    await expect(surface).toContainText("The full view couldn’t be loaded");
    const buttons = surface.getByRole("button");
    await expect(buttons).toHaveCount(1);
    await expect(buttons).toHaveText(PRIMARY[kind] ?? "Retry");
    await buttons.click();
  }
  const pressed = await page.evaluate(() => window.pressed);
  expect(pressed).toHaveLength(KINDS);
  expect(pressed).toContain("balance-empty:addFunds");
  expect(pressed).toContain("rate-limited:retry");
  // The server's words, where it said some.
  await expect(page.locator("[data-kind=upstream-unavailable]")).toContainText("The server said: “The model provider is overloaded.”");
  expect(aborted.length).toBeGreaterThanOrEqual(6);
  await shot(page, "lazy-short-states");

  // The connection comes back: the next attempt asks the network again (Chromium fetches a
  // failed module again), and every card replaces its short state.
  await page.unroute(PARTS);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.locator("[data-short]")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator("[data-slot=surface]")).toHaveCount(KINDS);
  await expect(page.getByRole("group", { name: "Your balance is empty" })).toBeVisible();
});

for (const kind of ["balance-empty", "rate-limited", "connector-auth", "approval-pending", "tool-stuck", "upstream-unavailable"]) {
  test(`a card that arrives late replaces the short state with CLS under 0.05 (${kind})`, async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    // The card's chunk takes 600 ms: the short state is painted first.
    await page.route(PARTS, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`/lazy.html?kind=${kind}`);
    await expect(page.locator("[data-short=loading]")).toBeVisible();
    await expect(page.locator("[data-slot=surface]:not([data-short])")).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(300); // layout-shift entries are delivered after the frame
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    console.log(`CLS ${kind}: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.05);
    await shot(page, `lazy-late-card-${kind}`);
  });
}
