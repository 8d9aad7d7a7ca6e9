/**
 * StuckToolInspector's Inspect when the page lost the network before it was idle, on
 * hardened.html, in Chromium, against the packed tarball. The call-as-text view is not in the
 * inspector's first load: it is fetched at idle (hardened.spec.ts blocks only the dialog's
 * chunk, and the text shows). Here both chunks are blocked from the start, so the idle
 * prefetch fails too: Inspect says the press did not work, shows nothing of the call, raises
 * nothing, and opens the dialog once the network is back.
 */
import { expect, test } from "@playwright/test";
import { allowConsole, failOnConsole } from "./console";

failOnConsole();

const CHUNKS = [/\/assets\/stuck-tool-dialog-[\w-]+\.js$/, /\/assets\/tool-call-text-[\w-]+\.js$/];

test("dialog and text chunks both blocked before idle: Inspect says it did not work, nothing uncaught; back online, the dialog", async ({ page }) => {
  const aborted: string[] = [];
  for (const pattern of CHUNKS)
    await page.route(pattern, (route) => {
      aborted.push(new URL(route.request().url()).pathname);
      return route.abort("internetdisconnected");
    });
  allowConsole((message) => /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(message.text()) && CHUNKS.some((pattern) => pattern.test(message.location().url)));

  await page.goto("/hardened.html");
  const card = page.getByRole("group", { name: "browser.open hasn’t finished" });
  await expect(card).toBeVisible();
  // The idle prefetch of the text view was tried, and failed quietly.
  await expect.poll(() => aborted.some((path) => CHUNKS[1]!.test(path))).toBe(true);

  const inspect = card.getByRole("button", { name: "Inspect" });
  await inspect.click();
  const failure = card.locator("[data-slot=failure]");
  await expect(failure).toHaveText("“Inspect” didn’t work. Try again.");
  await expect(inspect).toHaveAttribute("aria-describedby", (await failure.getAttribute("id"))!);
  await expect(inspect).toHaveAttribute("aria-expanded", "false");
  await expect(card.locator("[data-slot=inspect-inline]")).toHaveCount(0);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("sk-live");

  // Back online: the next press opens the dialog (Chromium fetches a failed module again).
  for (const pattern of CHUNKS) await page.unroute(pattern);
  await inspect.click();
  const dialog = page.getByRole("dialog", { name: "Tool call: browser.open" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Arguments")).toContainText('"api_key": "[redacted]"');
  await expect(card.locator("[data-slot=failure]")).toHaveCount(0);
});
