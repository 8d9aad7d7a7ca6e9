/**
 * Inspect's strings (the dialog's, the call as text's) load with those views, not with the
 * card: the card hands its strings on and the views complete them with Inspect's English.
 * Whatever the host set — the card's `messages`, a provider's catalog — must still win there.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { StuckToolInspector } from "../../src/components/stuck-tool-inspector.js";
import { RecoveryProvider } from "../../src/catalog/provider.js";
import { de } from "../../src/catalog/de.js";
import type { ToolStuckError } from "../../src/model/types.js";

const offline = vi.hoisted(() => ({ dialog: true }));
vi.mock("../../src/components/stuck-tool-dialog.js", async (importOriginal) => {
  if (offline.dialog) throw new TypeError("Failed to fetch dynamically imported module");
  return importOriginal();
});

const stuck: ToolStuckError = {
  kind: "tool-stuck",
  message: "",
  retryable: false,
  toolCall: { name: "browser.open", args: { url: "https://example.com" }, partialOutput: "line 1\nline 2" },
};

describe("Inspect's strings", () => {
  // First: once the dialog's module has loaded in this file, it stays loaded.
  it("the card's messages reach the call as text when the dialog cannot load", async () => {
    const user = userEvent.setup();
    render(<StuckToolInspector error={stuck} messages={{ inspectUnavailable: "Shown as text for now.", partialOutput: "Log so far" }} />);
    const inspect = screen.getByRole("button", { name: "Inspect" });
    await user.hover(inspect); // the prefetch fails quietly
    // (settled before the press: Vitest's mocker answers two imports in flight with the real module)
    await new Promise((resolve) => setTimeout(resolve, 100));
    await user.click(inspect);
    const inline = await waitFor(() => document.querySelector<HTMLElement>("[data-slot=inspect-inline]")!);
    expect(within(inline).getByText("Shown as text for now.")).toBeVisible();
    expect(within(inline).getByLabelText("Log so far")).toHaveTextContent("line 2");
    expect(within(inline).getByLabelText("Arguments")).toHaveTextContent('"url": "https://example.com"');
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Shown as text for now."));
    offline.dialog = false;
  });

  it("the card's messages for the dialog reach the dialog; the rest is English", async () => {
    const user = userEvent.setup();
    render(
      <StuckToolInspector
        error={stuck}
        messages={{ inspectTitle: (tool) => `What ${tool} got`, arguments: "Inputs", copyOutput: "Copy the log" }}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog", { name: "What browser.open got" });
    expect(within(dialog).getByLabelText("Inputs")).toHaveTextContent('"url": "https://example.com"');
    expect(within(dialog).getByRole("button", { name: "Copy the log" })).toBeVisible();
    expect(dialog).toHaveAccessibleDescription("The arguments as sent and the output so far.");
    expect(within(dialog).getByLabelText("Partial output")).toHaveTextContent("line 2");
  });

  it("a provider's catalog (German) reaches the dialog, under the card's own messages", async () => {
    const user = userEvent.setup();
    render(
      <RecoveryProvider catalog={de}>
        <StuckToolInspector error={stuck} messages={{ copyOutput: "Log kopieren" }} />
      </RecoveryProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Untersuchen" }));
    const dialog = await screen.findByRole("dialog", { name: "Tool-Aufruf: browser.open" });
    expect(dialog).toHaveAccessibleDescription("Die Argumente wie gesendet und die bisherige Ausgabe.");
    expect(within(dialog).getByLabelText("Argumente")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Log kopieren" })).toBeVisible();
  });

  it("a provider's messages for the dialog reach it", async () => {
    const user = userEvent.setup();
    render(
      <RecoveryProvider messages={{ stuckTool: { inspectTitle: (tool) => `Inside ${tool}`, noArguments: "Nothing sent." } }}>
        <StuckToolInspector error={{ ...stuck, toolCall: { name: "browser.open" } }} />
      </RecoveryProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog", { name: "Inside browser.open" });
    expect(within(dialog).getByText("Nothing sent.")).toBeVisible();
    expect(within(dialog).getByText("No output yet.")).toBeVisible();
  });

});
