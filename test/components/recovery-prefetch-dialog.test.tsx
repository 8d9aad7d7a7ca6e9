/**
 * ErrorRecovery's idle prefetch brings the Inspect dialog too (through its tool-stuck part,
 * recovery-parts.ts), into the loader the inspector reads: with the network cut afterwards,
 * Inspect on a stuck tool opens the full dialog, not the text view.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ErrorRecovery, preloadRecovery } from "../../src/components/error-recovery.js";
import type { ToolStuckError } from "../../src/model/types.js";

const network = vi.hoisted(() => ({ offline: false, asked: 0 }));
vi.mock("../../src/components/stuck-tool-dialog.js", async (importOriginal) => {
  network.asked++;
  if (network.offline) throw new TypeError("Failed to fetch dynamically imported module");
  return importOriginal();
});

const stuck: ToolStuckError = { kind: "tool-stuck", message: "A tool call hasn’t returned.", retryable: false, toolCall: { name: "browser.open", args: { q: "pricing" } } };

describe("ErrorRecovery's prefetch and the Inspect dialog", () => {
  it("prefetched, the dialog opens with the network cut", async () => {
    expect(await preloadRecovery()).toBe(true);
    expect(network.asked).toBe(1);
    network.offline = true;
    render(<ErrorRecovery error={stuck} actions={{ cancelSession: () => undefined }} />);
    await userEvent.click(await screen.findByRole("button", { name: "Inspect" }));
    expect(await screen.findByRole("dialog", { name: "Tool call: browser.open" })).toBeVisible();
    expect(document.querySelector("[data-slot=inspect-inline]")).toBeNull();
    expect(network.asked).toBe(1);
  });
});
