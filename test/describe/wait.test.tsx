/**
 * A wait the server asked for on a generic notice (a 503 with Retry-After) is honoured the way
 * the rate limit's banner honours its wait (issue 18, second review, minor 9): counted down
 * live, with Retry there but not offered as working until it ends; decided once (waitLeft).
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { de, ErrorRecovery, preloadRecovery, RecoveryProvider } from "../../src";
import { describeRecovery } from "../../src/describe";
import { parseRecoveryError, type RecoveryError } from "../../src/model";

beforeAll(() => preloadRecovery());

const T0 = Date.UTC(2026, 10, 23, 12);
const unavailable = (seconds: number, now = T0) => parseRecoveryError("", { status: 503, headers: { "retry-after": String(seconds) }, now } as never);

describe("the wait as data", () => {
  it("while it runs: a countdown to retryAt, nothing leads, Retry is second", () => {
    const error = unavailable(30);
    expect(error.retryAt).toBe(T0 + 30_000);
    const d = describeRecovery(error, { now: T0 + 5_000, actions: { retry: true } });
    expect(d.countdown).toEqual({ lead: "You can retry in", deadline: T0 + 30_000 });
    expect(d.deadline).toBe(T0 + 30_000);
    expect(d.wait).toBe("The service asked to wait 25 seconds before trying again.");
    expect(d.instruction).toBeUndefined();
    expect(d.actions.filter((action) => action.kind === "primary")).toEqual([]);
    expect(d.actions.find((action) => action.id === "retry")?.kind).toBe("secondary");
  });

  it("the same lead and deadline a rate limit's banner counts down to", () => {
    const error = unavailable(30);
    const limited: RecoveryError = { kind: "rate-limited", message: "x", retryAfterMs: 30_000, retryAt: T0 + 30_000, retryable: true };
    expect(describeRecovery(error, { now: T0 }).countdown).toEqual(describeRecovery(limited, { now: T0 }).countdown);
    expect(describeRecovery(error, { catalog: de, now: T0 }).countdown).toEqual(describeRecovery(limited, { catalog: de, now: T0 }).countdown);
  });

  it("once it is over: no wait line, Retry leads", () => {
    const d = describeRecovery(unavailable(30), { now: T0 + 30_000, actions: { retry: true } });
    expect(d.wait).toBeUndefined();
    expect(d.countdown).toBeUndefined();
    expect(d.instruction).toBe("retry");
    expect(d.actions.find((action) => action.id === "retry")?.kind).toBe("primary");
  });

  it("without a clock (a server render): the wait in words, nothing to count", () => {
    const d = describeRecovery(unavailable(30), { actions: { retry: true } });
    expect(d.wait).toBe("The service asked to wait 30 seconds before trying again.");
    expect(d.countdown).toBeUndefined();
  });
});

describe("the notice on screen", () => {
  it("counts down, holds Retry back until the wait ends, then lets it lead", { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    render(
      <RecoveryProvider>
        <ErrorRecovery error={unavailable(3, Date.now())} actions={{ retry }} />
      </RecoveryProvider>,
    );
    await act(async () => undefined);
    expect(screen.getByRole("timer", { name: "Time until you can retry" })).toBeInTheDocument();
    const button = screen.getByRole("button", { name: "Retry" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.click(button);
    expect(retry).not.toHaveBeenCalled();
    // Three seconds, so a busy machine still presses while the wait runs; then the deadline's one re-render.
    await waitFor(() => expect(screen.queryByRole("timer")).toBeNull(), { timeout: 6000 });
    const ready = screen.getByRole("button", { name: "Retry" });
    expect(ready).not.toHaveAttribute("aria-disabled");
    expect(ready).toHaveAttribute("data-variant", "primary");
    await user.click(ready);
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
