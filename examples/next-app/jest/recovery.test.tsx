/**
 * recovery-kit under Jest (next/jest, jsdom), from the packed tarball: both entries load,
 * the model parses, and a component renders and calls back.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { ErrorRecovery, preloadRecovery } from "recovery-kit";
import { parseRecoveryError } from "recovery-kit/model";

test("the model parses what a host caught", () => {
  expect(parseRecoveryError({ error: { code: "PAYMENT_REQUIRED" } }, { status: 402 }).kind).toBe("balance-empty");
});

test("ErrorRecovery renders and wires its actions", async () => {
  const retry = jest.fn();
  render(<ErrorRecovery error={parseRecoveryError("", { status: 503 })} actions={{ retry }} />);
  // The card comes with import(): a host's test waits for it (or awaits preloadRecovery() first).
  expect(await screen.findByRole("group", { name: "Service temporarily unavailable" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Retry" }));
  expect(retry).toHaveBeenCalledTimes(1);
});

test("after preloadRecovery(), ErrorRecovery renders its card at once", async () => {
  expect(await preloadRecovery()).toBe(true);
  render(<ErrorRecovery error={parseRecoveryError({ error: { code: "PAYMENT_REQUIRED" } }, { status: 402 })} />);
  expect(screen.getByRole("group", { name: "Your balance is empty" })).toBeTruthy();
});
