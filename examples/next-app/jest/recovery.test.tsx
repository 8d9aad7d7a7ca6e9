/**
 * recovery-kit under Jest (next/jest, jsdom), from the packed tarball: both entries load,
 * the model parses, and a component renders and calls back.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { ErrorRecovery } from "recovery-kit";
import { parseRecoveryError } from "recovery-kit/model";

test("the model parses what a host caught", () => {
  expect(parseRecoveryError({ error: { code: "PAYMENT_REQUIRED" } }, { status: 402 }).kind).toBe("balance-empty");
});

test("ErrorRecovery renders and wires its actions", () => {
  const retry = jest.fn();
  render(<ErrorRecovery error={parseRecoveryError("", { status: 503 })} actions={{ retry }} />);
  expect(screen.getByRole("group", { name: "Service temporarily unavailable" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Retry" }));
  expect(retry).toHaveBeenCalledTimes(1);
});
