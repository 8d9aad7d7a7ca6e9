/**
 * The parts loaded with `import()` when their chunk cannot be loaded (offline, a deploy that
 * removed it): the Inspect dialog and the Copy details text. Nothing is raised (Vitest fails a
 * run on an unhandled rejection), every press says something, and a later press tries again.
 * The same in Chromium over the packed package: examples/host-app/e2e/hardened.spec.ts.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
// The components' own modules, not the package's index: the index also exports
// supportDetails statically, and here its module must come only by the card's import().
import { BalanceEmptyCard } from "../../src/components/balance-empty-card.js";
import { StuckToolInspector } from "../../src/components/stuck-tool-inspector.js";
import { parseRecoveryError } from "../../src/model/parse.js";
import type { BalanceEmptyError, ToolStuckError } from "../../src/model/types.js";

const offline = vi.hoisted(() => ({ dialog: true, details: true }));
vi.mock("../../src/components/stuck-tool-dialog.js", async (importOriginal) => {
  if (offline.dialog) throw new TypeError("Failed to fetch dynamically imported module");
  return importOriginal();
});
vi.mock("../../src/ui/support-details.js", async (importOriginal) => {
  if (offline.details) throw new TypeError("Failed to fetch dynamically imported module");
  return importOriginal();
});

const stuck: ToolStuckError = {
  kind: "tool-stuck",
  message: "",
  retryable: false,
  toolCall: {
    name: "browser.open",
    args: { url: "https://example.com", api_key: "sk-live-0123456789abcdefghijklmnop" },
    partialOutput: Array.from({ length: 3000 }, (_, i) => `line ${i + 1}`).join("\n"),
  },
};

describe("a lazy part that cannot be loaded", () => {
  it("Inspect shows the call as text in the card, says a reload brings the full view, and tries again", async () => {
    const user = userEvent.setup();
    render(<StuckToolInspector error={stuck} outputTailChars={200} />);
    const inspect = screen.getByRole("button", { name: "Inspect" });
    await user.hover(inspect); // the prefetch fails quietly
    // (settled before the press: Vitest's mocker answers two imports in flight with the real module)
    await new Promise((resolve) => setTimeout(resolve, 100));
    await user.click(inspect);
    const inline = await waitFor(() => document.querySelector<HTMLElement>("[data-slot=inspect-inline]")!);
    expect(inline).toBeInTheDocument();
    expect(within(inline).getByText(/full view couldn’t be loaded/)).toBeVisible();
    const args = within(inline).getByLabelText("Arguments");
    expect(args).toHaveTextContent('"api_key": "[redacted]"');
    expect(args.textContent).not.toContain("sk-live");
    expect(within(inline).getByLabelText("Partial output")).toHaveTextContent("line 3000");
    expect(within(inline).getByText(/characters \(.* lines\) before it are hidden/)).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).toBeNull();
    // Said out loud as well, and Inspect is still a working button.
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/Reload the page for the full view/));
    expect(inspect).toHaveAttribute("aria-expanded", "false");

    // Back online: the next press loads the dialog, which replaces the text.
    offline.dialog = false;
    await user.click(inspect);
    expect(await screen.findByRole("dialog", { name: "Tool call: browser.open" })).toBeVisible();
    expect(document.querySelector("[data-slot=inspect-inline]")).toBeNull();
  });

  it("Copy details says it failed, and works once its code loads", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const balance = parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: "Add funds." } }, { status: 402 }) as BalanceEmptyError;
    render(<BalanceEmptyCard error={balance} onAddFunds={() => undefined} />);
    const copy = screen.getByRole("button", { name: "Copy details" });
    await user.hover(copy); // the preload fails quietly
    await new Promise((resolve) => setTimeout(resolve, 100));
    await user.click(copy);
    expect(await screen.findByText("“Copy details” didn’t work. Try again.")).toHaveAttribute("data-slot", "failure");
    expect(writeText).not.toHaveBeenCalled();

    offline.details = false;
    await user.click(copy);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByText("“Copy details” didn’t work. Try again.")).toBeNull());
  });
});
