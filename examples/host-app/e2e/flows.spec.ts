/**
 * The six recovery flows, walked as a user would in the example host app, which embeds
 * recovery-kit from its packed tarball. Any console error or warning in the page fails.
 */
import { expect, test, type Page } from "@playwright/test";
import { failOnConsole } from "./console";

failOnConsole();

test.beforeEach(async ({ page }) => {
  await page.goto("/");
});

async function scenario(page: Page, label: string) {
  await page.getByLabel("Scenario (simulated API)").selectOption({ label });
}

async function sendMessage(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Message" }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
}

const log = (page: Page) => page.getByRole("log", { name: "Conversation" });

/** Key moments as PNGs under screenshots/e2e/ (git-ignored), for a person to look at. */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: new URL(`../../../screenshots/e2e/${name}.png`, import.meta.url).pathname, fullPage: true });
}

test("1. 429 with Retry-After: the banner counts down, auto-retries, and the message goes through", async ({ page }) => {
  await scenario(page, "429 with Retry-After");
  await sendMessage(page, "summarise the inbox");
  const banner = page.getByRole("group", { name: "Too many requests" });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("timer")).toHaveText(/^0:0[1-3]$/);
  await expect(banner.getByText("The limit is 60 requests per minute.")).toBeVisible();
  await expect(banner.getByRole("button", { name: "Retry" })).toHaveAttribute("aria-disabled", "true");
  await shot(page, "1-rate-limit-countdown");
  // Auto-retry at the deadline; nobody clicks anything.
  await expect(log(page)).toContainText("Agent: Done: summarise the inbox", { timeout: 8000 });
  await shot(page, "1-rate-limit-through");
  await expect(banner).toBeHidden();
});

test("2a. 402: Add funds, the balance updates, Continue, and the run completes", async ({ page }) => {
  await scenario(page, "402: balance empty");
  await expect(page.getByTestId("balance")).toHaveText("$0.00");
  await sendMessage(page, "run the eval");
  const card = page.getByRole("group", { name: "Your balance is empty" });
  await expect(card).toContainText("Add funds to your billing balance before running paid models.");
  await shot(page, "2a-balance-empty");
  // Keyboard: focus Add funds and press Enter.
  await card.getByRole("button", { name: "Add funds" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("balance")).toHaveText("$10.00");
  await page.getByRole("button", { name: "Continue where you left off" }).click();
  await expect(log(page)).toContainText("Agent: Done: run the eval");
  await expect(page.getByTestId("balance")).toHaveText("$9.50");
  await shot(page, "2a-run-completes");
});

test("2b. 402 with a late top-up: Reload balance until it lands, then Continue", async ({ page }) => {
  await scenario(page, "402, and the top-up arrives late");
  await sendMessage(page, "run the eval");
  await page.getByRole("group", { name: "Your balance is empty" }).getByRole("button", { name: "Add funds" }).click();
  const pending = page.getByRole("group", { name: "Your top-up hasn’t arrived yet" });
  await expect(pending).toBeVisible();
  await pending.getByRole("button", { name: "Reload balance" }).click();
  // Too early: still the old amount, and the card stays.
  await expect(page.getByTestId("balance")).toHaveText("$0.00");
  await expect(pending).toBeVisible();
  await page.waitForTimeout(3200);
  await shot(page, "2b-top-up-pending");
  await pending.getByRole("button", { name: "Reload balance" }).click();
  await expect(page.getByTestId("balance")).toHaveText("$10.00");
  await page.getByRole("button", { name: "Continue where you left off" }).click();
  await expect(log(page)).toContainText("Agent: Done: run the eval");
});

test("3. Connector auth failed: Reconnect, Connected, Execute again resumes the action", async ({ page }) => {
  await scenario(page, "Gmail connector auth failed");
  await expect(page.getByTestId("gmail-status")).toHaveText("Auth failed");
  await sendMessage(page, "email the report to Ana");
  const card = page.getByRole("group", { name: "Gmail was disconnected" });
  await expect(card.getByText("Auth failed")).toBeVisible();
  await shot(page, "3-connector-auth-failed");
  await card.getByRole("button", { name: "Reconnect" }).click();
  await expect(page.getByText("Connecting…").first()).toBeVisible();
  const connected = page.getByRole("group", { name: "Gmail is connected" });
  await expect(connected).toBeVisible();
  await expect(page.getByTestId("gmail-status")).toHaveText("Connected");
  // Focus moved to Execute again; Enter runs it.
  await expect(connected.getByRole("button", { name: "Execute again" })).toBeFocused();
  await shot(page, "3-connected");
  await page.keyboard.press("Enter");
  await expect(log(page)).toContainText("Agent: Sent “email the report to Ana” with Gmail.");
});

test("4. Approval required: the run pauses, an admin approves, and it resumes on its own", async ({ page }) => {
  await scenario(page, "Tool call needs approval");
  await sendMessage(page, "delete the stale branch");
  const notice = page.getByRole("group", { name: "Waiting for approval" });
  await expect(notice).toContainText("github");
  await expect(notice).toContainText("DELETE");
  await expect(notice.getByRole("link", { name: "Open approvals" })).toHaveAttribute("href", "#approvals");
  await shot(page, "4-waiting-for-approval");
  await page.getByRole("button", { name: "Approve as admin" }).click();
  await expect(page.getByRole("group", { name: "Approved — resuming the run" })).toBeVisible();
  await shot(page, "4-approved-resuming");
  // No click: the run resumes by itself.
  await expect(log(page)).toContainText("Agent: Deleted the branch (delete the stale branch).");
  await expect(page.getByRole("group", { name: /approv/i })).toHaveCount(0);
});

test("5. Tool call stuck: Inspect shows redacted args and the output tail; Cancel session", async ({ page }) => {
  await scenario(page, "Tool call stuck");
  await expect(page.getByTestId("balance")).toHaveText("$5.00");
  await sendMessage(page, "check the status page");
  const summary = page.getByRole("group", { name: "browser.open hasn’t finished" });
  await expect(summary).toContainText(/Running for 1 minute 3\d seconds/);
  const inspect = summary.getByRole("button", { name: "Inspect" });
  await inspect.click();
  const dialog = page.getByRole("dialog", { name: "Tool call: browser.open" });
  const args = dialog.getByLabel("Arguments");
  await expect(args).toContainText('"Authorization": "[redacted]"');
  await expect(args).toContainText('"api_key": "[redacted]"');
  await expect(args).not.toContainText("sk-live");
  await expect(dialog.getByLabel("Partial output")).toContainText("40000 waiting for selector");
  await expect(dialog.getByText(/before it are hidden/)).toBeVisible();
  await shot(page, "5-inspector");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(inspect).toBeFocused();
  await summary.getByRole("button", { name: "Cancel session" }).click();
  await expect(log(page)).toContainText("System: Session cancelled. $1.25 of unused credits returned to your balance.");
  await expect(page.getByTestId("balance")).toHaveText("$6.25");
  await shot(page, "5-cancelled");
});

test("6. A 500 with an HTML body: the service's own failure, with Retry, and the page keeps working", async ({ page }) => {
  await scenario(page, "500 with an HTML page");
  await sendMessage(page, "hello");
  const notice = page.getByRole("group", { name: "The service hit an error" });
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText("<h1>");
  await expect(notice).not.toContainText("Internal Server Error</h1>");
  await shot(page, "6-generic-notice");
  await notice.getByRole("button", { name: "Retry" }).click();
  await expect(log(page)).toContainText("Agent: Done: hello");
  await expect(notice).toBeHidden();
  await sendMessage(page, "and again");
  await expect(log(page)).toContainText("Agent: Done: and again");
  await shot(page, "6-keeps-working");
});

test("7. The recovery funnel: RecoveryProvider onEvent counts what users were shown, did, and got out of", async ({ page }) => {
  const funnel = page.getByRole("region", { name: "Recovery funnel" });
  const count = (step: string) => funnel.getByTestId(`funnel-${step}`);
  await expect(count("shown")).toHaveText("0");

  // A 429 that retries by itself: shown, an automatic retry that worked, resolved.
  await scenario(page, "429 with Retry-After");
  await sendMessage(page, "summarise the inbox");
  await expect(count("shown")).toHaveText("1");
  await expect(log(page)).toContainText("Agent: Done: summarise the inbox", { timeout: 8000 });
  await expect(count("worked")).toHaveText("1");
  await expect(count("resolved")).toHaveText("1");
  await expect(funnel.getByRole("list", { name: "Latest recovery events" })).toContainText("auto-retried rate-limited · retry");

  // An empty balance: Add funds works, the card gives way to the host's own: resolved.
  await scenario(page, "402: balance empty");
  await sendMessage(page, "run the eval");
  await page.getByRole("group", { name: "Your balance is empty" }).getByRole("button", { name: "Add funds" }).click();
  await expect(count("shown")).toHaveText("2");
  await expect(count("acted")).toHaveText("1");
  await expect(count("worked")).toHaveText("2");
  await expect(count("resolved")).toHaveText("2");
  await expect(funnel).toContainText("100%");
  await shot(page, "7-funnel");
  // Nothing the user typed or the server said is in an event.
  await expect(funnel).not.toContainText("run the eval");
});
