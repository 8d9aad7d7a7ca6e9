import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { de, parseRecoveryError, RecoveryProvider, useRecovery, type RecoveryError, type UseRecoveryOptions } from "../../src";
import { describeRecovery } from "../../src/describe";

/** A host's own UI, built on the hook: no recovery-kit markup at all. */
function HostCard({ error, options }: { error: RecoveryError; options?: UseRecoveryOptions }) {
  const r = useRecovery(error, options);
  const d = r.description;
  return (
    <article aria-label={d.title} data-tone={d.tone}>
      <h2>{d.title}</h2>
      <p>{d.body}</p>
      {r.remainingMs !== undefined && <p data-testid="remaining">{Math.ceil(r.remainingMs / 1000)}</p>}
      {d.actions.map((action) =>
        action.href ? (
          <a key={action.id} href={action.href}>
            {action.label}
          </a>
        ) : (
          <button key={action.id} type="button" aria-busy={r.status[action.id] === "pending"} onClick={() => void r.run(action.id)}>
            {action.label}
          </button>
        ),
      )}
      {r.failure && <p data-testid="failure">{r.failure}</p>}
      <button type="button" onClick={r.dismiss}>
        Close
      </button>
    </article>
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe("useRecovery", () => {
  it("gives a host's own UI the description, action states, the failure line and dismiss", async () => {
    const error = parseRecoveryError("", { status: 503 });
    let reject!: (reason: unknown) => void;
    const retry = vi.fn(() => new Promise((_, no) => (reject = no))).mockImplementationOnce(() => new Promise((_, no) => (reject = no)));
    const onDismiss = vi.fn();
    render(
      <StrictMode>
        <HostCard error={error} options={{ actions: { retry, checkApiStatus: "https://status.example.com" }, onDismiss }} />
      </StrictMode>,
    );
    const d = describeRecovery(error, { actions: { retry: true, checkApiStatus: "https://status.example.com" } });
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(d.title);
    const button = screen.getByRole("button", { name: "Retry" });
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-busy", "true");
    await userEvent.click(button);
    expect(retry).toHaveBeenCalledTimes(1);
    await act(async () => reject(new Error("still down")));
    expect(screen.getByTestId("failure")).toHaveTextContent("“Retry” didn’t work. Try again.");
    expect(button).toHaveAttribute("aria-busy", "false");
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it("follows RecoveryProvider: catalog and platform", () => {
    const error = parseRecoveryError({ error: { code: "UNAUTHORIZED" } }, { status: 401 });
    render(
      <RecoveryProvider catalog={de} platform="alumia">
        <HostCard error={error} />
      </RecoveryProvider>,
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(describeRecovery(error, { catalog: de, platform: "alumia" }).title);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Dein API-Schlüssel wurde nicht akzeptiert");
  });

  it("counts down a wait from when the error was first shown, live", () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 23, 12) });
    const error: RecoveryError = { kind: "rate-limited", message: "", retryable: true, retryAfterMs: 5000 };
    const { rerender } = render(<HostCard error={error} options={{ actions: { retry: () => undefined } }} />);
    expect(screen.getByTestId("remaining")).toHaveTextContent("5");
    // The page clock ticks just after each whole second.
    act(() => vi.advanceTimersByTime(2100));
    rerender(<HostCard error={error} options={{ actions: { retry: () => undefined } }} />);
    expect(screen.getByTestId("remaining")).toHaveTextContent("3");
    // In words (a live UI counts down to remainingMs itself).
    expect(screen.getByText(/You can retry in [23] seconds\./)).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(3100));
    expect(screen.getByText("You can retry now.")).toBeInTheDocument();
  });
});
