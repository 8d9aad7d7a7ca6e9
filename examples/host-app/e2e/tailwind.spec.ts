/**
 * A Tailwind v4 host with shadcn/ui's theme (issue 20, items 4 and 7), in Chromium, against the
 * packed tarball: tailwind.html imports Tailwind (preflight in its `base` layer), recovery-kit's
 * stylesheet and `recovery-kit/themes/shadcn.css` into a `recovery-kit` layer between `base` and
 * `utilities`, and shadcn's variables on :root and .dark. no-reset.html renders the same cards
 * with our stylesheet alone. Screenshots under screenshots/e2e/ (git-ignored), to look at.
 */
import { expect, test, type Page } from "@playwright/test";
import { failOnConsole } from "./console";

failOnConsole();

const shot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(`../../../screenshots/e2e/${name}.png`, import.meta.url).pathname, fullPage: true });
// By their titles' text, not role: with the dialog open, the page behind is hidden from the accessibility tree.
const card = (page: Page, title: string) => page.locator(".rk-surface").filter({ has: page.locator(".rk-surface__title", { hasText: title }) });
const unauthorized = (page: Page) => card(page, "Your API key wasn’t accepted");
const inspector = (page: Page) => card(page, "browser.open hasn’t finished");
const dialog = (page: Page) => page.getByRole("dialog", { name: "Tool call: browser.open" });

/** Waits out fades and transitions (the pulsing dot never ends): computed styles and screenshots read the settled page. */
const settle = (page: Page) =>
  page.evaluate(() => Promise.all(document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity).map((animation) => animation.finished)));

/** Opens every disclosure (a user clicking each summary), then the Inspect dialog. */
async function openEverything(page: Page, path: string) {
  await page.goto(path);
  const closed = page.locator(".rk-surface details:not([open]) > summary");
  await expect(closed).toHaveCount(2);
  // One at a time, until none is closed: opening one moves the other, and a click can land
  // on it mid-move.
  await expect(async () => {
    if ((await closed.count()) > 0) await closed.first().click();
    await expect(closed).toHaveCount(0, { timeout: 500 });
  }).toPass();
  await inspector(page).getByRole("button", { name: "Inspect" }).click();
  await expect(dialog(page)).toBeVisible();
  // The pointer off the buttons: a hovered primary is drawn in its hover colour.
  await page.mouse.move(0, 0);
  await settle(page);
}

/** `property` as computed on the first element `selector` matches. */
const computed = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((element, property) => getComputedStyle(element).getPropertyValue(property), property);
/** `property` computed from `value` (shadcn's variable) on a probe inside that element: the variable as it resolves there. */
const resolved = (page: Page, selector: string, property: string, value: string) =>
  page.locator(selector).first().evaluate(
    (element, [property, value]) => {
      const probe = element.appendChild(document.createElement("i"));
      probe.style.setProperty(property, value);
      const result = getComputedStyle(probe).getPropertyValue(property);
      probe.remove();
      return result;
    },
    [property, value] as const,
  );

test("preflight is on the page, and our lists, headings and paragraph spacing survive it", async ({ page }) => {
  await openEverything(page, "/tailwind.html");
  // The reset really applies here: a host's own list loses its markers, its h2 its weight.
  expect(
    await page.evaluate(() => {
      const list = document.body.appendChild(document.createElement("ol"));
      const heading = document.body.appendChild(document.createElement("h2"));
      const style = [getComputedStyle(list).listStyleType, getComputedStyle(heading).fontWeight];
      list.remove();
      heading.remove();
      return style;
    }),
  ).toEqual(["none", "400"]);

  // Numbered steps on the card and in its "What to do"; bulleted peers on the card and in the dialog.
  const steps = unauthorized(page).locator('[data-slot="steps"] ol');
  await expect(steps.locator("li")).toHaveCount(3);
  expect(await steps.evaluate((element) => getComputedStyle(element).listStyleType)).toBe("decimal");
  expect(await inspector(page).locator('[data-slot="steps"] ol').evaluate((element) => getComputedStyle(element).listStyleType)).toBe("decimal");
  for (const peers of [inspector(page).locator('[data-slot="peers"] ul'), dialog(page).locator('[data-slot="peers"] ul')]) {
    expect(await peers.evaluate((element) => getComputedStyle(element).listStyleType)).toBe("disc");
  }

  // The dialog's title and section headings stay bold.
  const weights = await dialog(page).locator("h2, h3").evaluateAll((headings) => headings.map((heading) => getComputedStyle(heading).fontWeight));
  expect(weights.length).toBeGreaterThanOrEqual(3);
  expect(new Set(weights)).toEqual(new Set(["700"]));

  // "Why this happens": two paragraphs, a line's worth of space (1em, 14 px) between them.
  const paragraphs = unauthorized(page).locator('[data-slot="details"] > p');
  await expect(paragraphs).toHaveCount(2);
  const [first, second] = await paragraphs.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()));
  expect(second!.top - first!.bottom).toBeCloseTo(14, 0);
  await shot(page, "tailwind-shadcn-light");
});

test("every part of the cards and the dialog computes as it does on a page without a reset", async ({ page }) => {
  const PROPERTIES = [
    "display", "list-style-type", "font-weight", "font-size", "font-style", "line-height", "text-decoration-line", "vertical-align", "box-sizing",
    "margin-top", "margin-bottom", "margin-left", "margin-right", "padding-top", "padding-bottom", "padding-left", "padding-right",
    "border-top-width", "border-right-width", "border-bottom-width", "border-left-width", "resize",
  ];
  const read = async (path: string) => {
    await openEverything(page, path);
    return page.evaluate((properties) => {
      const parts = [...document.querySelectorAll(".rk-surface, .rk-surface *, .rk-dialog, .rk-dialog *")];
      return parts.map((element) => {
        const style = getComputedStyle(element);
        const values: Record<string, string> = Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
        // Set by the host's utilities on the Tailwind page (the next test), or placed by them:
        // the first card's margin and padding, and the auto margin before Copy details.
        if (element === document.querySelector(".rk-surface")) {
          for (const side of ["top", "bottom", "left", "right"]) {
            delete values[`margin-${side}`];
            delete values[`padding-${side}`];
          }
        }
        if (element.matches('[data-slot="copy-details"]')) delete values["margin-left"];
        const placeholder = element instanceof HTMLTextAreaElement ? getComputedStyle(element, "::placeholder").opacity : "";
        // Named by our classes only (the Tailwind page adds utilities to the first card).
        const classes = [...element.classList].filter((name) => name.startsWith("rk-")).join(".");
        return { part: `${element.tagName.toLowerCase()}.${classes}`, ...values, placeholder };
      });
    }, PROPERTIES);
  };
  const unreset = await read("/no-reset.html");
  const reset = await read("/tailwind.html");
  expect(unreset.length).toBeGreaterThan(80);
  expect(reset).toEqual(unreset);
});

test("a host utility on the card wins over our stylesheet (the recovery-kit layer is below utilities)", async ({ page }) => {
  await page.goto("/tailwind.html");
  // className="mt-6 p-8": our own padding is 1rem, our margin 0.
  const card = unauthorized(page);
  await expect(card).toBeVisible();
  expect(await card.evaluate((element) => [getComputedStyle(element).marginTop, getComputedStyle(element).paddingTop])).toEqual(["24px", "32px"]);
  await page.goto("/no-reset.html");
  expect(await unauthorized(page).evaluate((element) => [getComputedStyle(element).marginTop, getComputedStyle(element).paddingTop])).toEqual(["0px", "16px"]);
});

test("recovery-kit/themes/shadcn.css maps shadcn's variables onto our tokens, light and dark", async ({ page }) => {
  await openEverything(page, "/tailwind.html");
  const primary = '.rk-surface [data-variant="primary"]';
  for (const theme of ["light", "dark"] as const) {
    if (theme === "dark") {
      await page.evaluate(() => document.documentElement.classList.add("dark"));
      await settle(page);
    }
    // Each token, read where the card is: shadcn's variable resolved there, and what we drew.
    const pairs: Array<[string, string, string]> = [
      [primary, "background-color", "var(--primary)"],
      [primary, "color", "var(--primary-foreground)"],
      [".rk-surface__title", "color", "var(--foreground)"],
      ['[data-slot="meta"]', "color", "var(--muted-foreground)"],
      [".rk-action--danger", "color", "var(--destructive)"],
      [".rk-dialog", "background-color", "var(--popover)"],
      [".rk-dialog", "border-top-color", "var(--border)"],
      [".rk-surface", "font-family", "var(--font-sans)"],
      // The page's --radius is 0.5rem; ours would be 0.625rem.
      [".rk-surface", "border-top-left-radius", "var(--radius)"],
    ];
    for (const [selector, property, variable] of pairs) {
      const expected = await resolved(page, selector, property, variable);
      expect(await computed(page, selector, property), `${selector} ${property} in ${theme}`).toBe(expected);
    }
    expect(await computed(page, ".rk-surface", "border-top-left-radius")).toBe("8px");
    if (theme === "dark") await shot(page, "tailwind-shadcn-dark");
  }
  // A host's own token on a card still wins over the mapping.
  await unauthorized(page).evaluate((element) => (element as HTMLElement).style.setProperty("--rk-primary-bg", "rgb(1, 2, 3)"));
  await settle(page);
  expect(await unauthorized(page).locator('[data-variant="primary"]').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(1, 2, 3)");
});
