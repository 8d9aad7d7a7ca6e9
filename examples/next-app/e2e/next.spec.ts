/**
 * recovery-kit in a Next.js app-router production build (Turbopack), installed from its
 * tarball. Any console error or warning fails the test: hydration errors (#418) included.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";

const problems: string[] = [];
// What the browser and React themselves log for a page that threw on the server: the 500
// of the document and React's report of the error it caught (#441). Allowed for that test only.
let expected: RegExp[] = [];

test.beforeEach(({ page }) => {
  problems.length = 0;
  expected = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  // Which resource failed, so a "Failed to load resource" says what it was.
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`response: ${response.status()} ${new URL(response.url()).pathname}`);
  });
});

test.afterEach(() => {
  expect(problems.filter((problem) => !expected.some((pattern) => pattern.test(problem))), "console errors or warnings").toEqual([]);
});

/**
 * Waits until React has hydrated the element (its props are attached), so a press reaches its
 * handler: a press on server HTML before hydration reaches none. Test-only: React's own key.
 */
async function hydrated(locator: Locator) {
  await expect.poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactProps")))).toBe(true);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: new URL(`../../../screenshots/next/${name}.png`, import.meta.url).pathname, fullPage: true });
}

test("a server page renders model values, with model functions imported from the main entry", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Your balance is empty" })).toBeVisible();
  // The server says the 30 s of its Retry-After; once hydrated, the card counts down from when the
  // error was parsed on the server, so a page that took seconds to load already shows less.
  await expect(page.getByRole("group", { name: "Service temporarily unavailable" })).toContainText(/wait 30 seconds|retry in 0:[0-3]\d/);
  await expect(page.getByRole("group", { name: "Too many requests" })).toBeVisible();
  await shot(page, "server-page");
});

test("the server HTML holds the full cards, not ErrorRecovery's short state: the stream waits for each card's import()", async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).not.toContain("data-short");
  // What only the full cards have: the balance card's status line, every card's Copy details.
  expect(html).toMatch(/data-kind="balance-empty"/);
  expect(html.match(/data-slot="copy-details"/g)?.length).toBeGreaterThanOrEqual(3);
});

test("a client page wires actions through RecoveryProvider, in English and German", async ({ page }) => {
  await page.goto("/client");
  // A press before hydration reaches no handler (nothing listens yet): press once the card says
  // it is live, as its `shown` event does after it mounts. Under load the page took seconds.
  await expect(page.getByTestId("events")).toHaveText("Events: shown");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Retries" })).toHaveText("Retries: 1");
  // Recovery events reach the host in a production build (Turbopack splits their code out).
  await expect(page.getByTestId("events")).toHaveText("Events: shown action-started:retry action-succeeded:retry");
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: "Beim Dienst ist ein Fehler aufgetreten" })).toBeVisible();
});

test("error.tsx: React's stand-in text is never shown, the digest is offered for support", async ({ page }) => {
  expected = [/status of 500/, /Minified React error #441/, /^response: 500 \/boom$/];
  await page.goto("/boom");
  const notice = page.getByRole("group", { name: "The service hit an error" });
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText(/Server Components|omitted|ECONNREFUSED|10\.0\.3\.7|password/);
  await expect(notice).toContainText("Support reference");
  await expect(notice.getByRole("link", { name: "Contact support" })).toHaveAttribute("href", "mailto:support@example.com");
  await shot(page, "error-tsx");
});

test("caught and parsed on the server, rendered on the client: no hydration error", async ({ page }) => {
  await page.goto("/caught");
  const notice = page.getByRole("group", { name: "Can’t reach the server" });
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText(/127\.0\.0\.1|ECONNREFUSED|fetch failed/);
});

test("a caught Error handed straight to ErrorRecovery: the same on server and client", async ({ page }) => {
  await page.goto("/handed");
  await expect(page.getByRole("heading").first()).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/127\.0\.0\.1|ECONNREFUSED|fetch failed|Server Components/);
});

test("Server Actions as actions: a failed retry shows the next error, the second goes through", async ({ page }) => {
  await page.goto("/action");
  await hydrated(page.getByRole("button", { name: "Retry" }));
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("group", { name: "Too many requests" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Retry/ })).toBeEnabled({ timeout: 5000 });
  await page.getByRole("button", { name: /Retry/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "went through" })).toBeVisible();
});
