/**
 * RecoveryProvider's `nonce`: the one <style> recovery-kit's components cause (Radix's scroll
 * lock, while the Inspect dialog is open) carries it, so `style-src 'self' 'nonce-…'` allows it.
 * Counted as CSP violations in Chromium over the packed package: examples/host-app/e2e/hardened.spec.ts.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, it } from "vitest";
import { RecoveryProvider, StuckToolInspector, type ToolStuckError } from "../../src";

const stuck: ToolStuckError = { kind: "tool-stuck", message: "", retryable: false, toolCall: { name: "browser.open", args: { url: "https://example.com" } } };

it("the scroll lock's <style> carries the provider's nonce while the dialog is open", async () => {
  render(
    <RecoveryProvider nonce="r4nd0m">
      <RecoveryProvider locale="en-GB">
        <StuckToolInspector error={stuck} />
      </RecoveryProvider>
    </RecoveryProvider>,
  );
  expect(document.querySelectorAll("style")).toHaveLength(0);
  await userEvent.click(screen.getByRole("button", { name: "Inspect" }));
  await screen.findByRole("dialog");
  await waitFor(() => expect(document.body).toHaveAttribute("data-scroll-locked"));
  const styles = [...document.querySelectorAll("style")];
  expect(styles.length).toBeGreaterThan(0);
  // An inner provider without a nonce keeps the outer one's.
  for (const style of styles) expect(style.getAttribute("nonce")).toBe("r4nd0m");
  await userEvent.keyboard("{Escape}");
  await waitFor(() => expect(document.querySelectorAll("style")).toHaveLength(0));
});
