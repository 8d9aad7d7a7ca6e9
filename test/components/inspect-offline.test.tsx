/**
 * Inspect when neither the dialog's chunk nor the call-as-text chunk can be loaded: the text
 * view is fetched at idle, not with the inspector, so a page cut off before that idle has
 * neither. Inspect is then an action that did not work, and says so: no dialog, no text that
 * is not there, nothing raised (Vitest fails a run on an unhandled rejection), and a later
 * press tries again. lazy-parts.test.tsx covers the dialog failing alone (the text shows).
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { StuckToolInspector } from "../../src/components/stuck-tool-inspector.js";
import type { ToolStuckError } from "../../src/model/types.js";

const network = vi.hoisted(() => ({ offline: true, asked: [] as string[] }));
vi.mock("../../src/components/stuck-tool-dialog.js", async (importOriginal) => {
  network.asked.push("dialog");
  if (network.offline) throw new TypeError("Failed to fetch dynamically imported module");
  return importOriginal();
});
vi.mock("../../src/components/tool-call-text.js", async (importOriginal) => {
  network.asked.push("text");
  if (network.offline) throw new TypeError("Failed to fetch dynamically imported module");
  return importOriginal();
});

const stuck: ToolStuckError = {
  kind: "tool-stuck",
  message: "",
  retryable: false,
  toolCall: { name: "browser.open", args: { url: "https://example.com", api_key: "sk-live-0123456789abcdefghijklmnop" }, partialOutput: "line 1\nline 2" },
};

describe("Inspect with neither of its parts loadable", () => {
  it("says the press did not work, shows nothing of the call, and opens the dialog once the network is back", async () => {
    const user = userEvent.setup();
    render(<StuckToolInspector error={stuck} />);
    // The idle prefetch of the text view has been tried (and failed quietly).
    await waitFor(() => expect(network.asked).toContain("text"));
    const inspect = screen.getByRole("button", { name: "Inspect" });
    await user.hover(inspect); // the prefetches on intent fail quietly too
    // (settled before the press: Vitest's mocker answers two imports in flight with the real module)
    await new Promise((resolve) => setTimeout(resolve, 100));
    await user.click(inspect);

    const failure = await screen.findByText("“Inspect” didn’t work. Try again.");
    expect(failure).toHaveAttribute("data-slot", "failure");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("“Inspect” didn’t work. Try again."));
    expect(inspect).toHaveAttribute("aria-expanded", "false");
    expect(inspect).toHaveAttribute("aria-describedby", failure.id);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.querySelector("[data-slot=inspect-inline]")).toBeNull();
    expect(document.body.textContent).not.toContain("sk-live");

    // Back online: the next press loads the dialog, and the failure line goes.
    network.offline = false;
    await user.click(inspect);
    const dialog = await screen.findByRole("dialog", { name: "Tool call: browser.open" });
    expect(within(dialog).getByLabelText("Arguments")).toHaveTextContent('"api_key": "[redacted]"');
    expect(screen.queryByText("“Inspect” didn’t work. Try again.")).toBeNull();
    expect(inspect).not.toHaveAttribute("aria-describedby");
  });
});
