/**
 * Recovery events: once per transition (StrictMode included), with ids, kinds and timings
 * and nothing the user or the server said.
 */
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode, useState, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  ApprovalPendingNotice,
  BalanceEmptyCard,
  ConnectorReconnectCard,
  ErrorRecovery,
  parseRecoveryError,
  RateLimitBanner,
  RecoveryProvider,
  StuckToolInspector,
  useRecovery,
  type RecoveryError,
  type RecoveryEvent,
} from "../../src";
import { as, heard } from "../helpers";


const SECRET = "sk-live-secret-in-the-message";
const balance = () =>
  as("balance-empty", parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: `Balance is empty (${SECRET})` } }, { status: 402, headers: { "x-request-id": "req_1" } }));
const connector = () => as("connector-auth", parseRecoveryError({ error: "invalid_grant", connector: { name: "Slack" } }, { status: 401 }));

/** Collects events; `types()` lists them in order. */
function listener() {
  const events: RecoveryEvent[] = [];
  const onEvent = vi.fn((event: RecoveryEvent) => void events.push(event));
  return { events, onEvent, types: () => events.map((event) => (event.action ? `${event.type}:${event.action}` : event.type)) };
}

/** Lets every pending note reach the (lazily loaded) events module. */
const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 20))));

// A card that goes away and one that shows the same state in the same moment are one card
// moved; let the previous test's cards be gone for good first.
beforeEach(settle);

describe("recovery events from the components", () => {
  it("shown, an action that worked, and resolved when the card goes away", async () => {
    const { events, onEvent, types } = listener();
    let pay!: () => void;
    const onAddFunds = () => new Promise<void>((resolve) => (pay = resolve));
    const { unmount } = render(
      <RecoveryProvider onEvent={onEvent}>
        <BalanceEmptyCard error={balance()} onAddFunds={onAddFunds} />
      </RecoveryProvider>,
    );
    await waitFor(() => expect(types()).toEqual(["shown"]));
    expect(events[0]).toMatchObject({ type: "shown", kind: "balance-empty", variant: "balance-empty", requestId: "req_1", sinceShownMs: 0 });

    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    await act(async () => pay());
    await waitFor(() => expect(types()).toEqual(["shown", "action-started:addFunds", "action-succeeded:addFunds"]));
    expect(events[2]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(events[2]!.sinceShownMs).toBeGreaterThanOrEqual(events[2]!.durationMs!);

    unmount();
    await waitFor(() => expect(types()).toEqual(["shown", "action-started:addFunds", "action-succeeded:addFunds", "resolved"]));
    // Plain data, and nothing the server or the user said.
    expect(structuredClone(events)).toEqual(JSON.parse(JSON.stringify(events)));
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(JSON.stringify(events)).not.toContain("Balance is empty");
  });

  it("a host that removes the card inside the callback: the action worked, the state is resolved", async () => {
    const { onEvent, types } = listener();
    function Host() {
      const [error, setError] = useState<RecoveryError | undefined>(balance);
      return error ? <BalanceEmptyCard error={as("balance-empty", error)} onEvent={onEvent} onAddFunds={async () => setError(undefined)} /> : <p>Funds added</p>;
    }
    render(<Host />);
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    await screen.findByText("Funds added");
    await heard(types, ["shown", "action-started:addFunds", "action-succeeded:addFunds", "resolved"]);
  });

  it("fires once per transition under StrictMode", async () => {
    const { onEvent, types } = listener();
    const { unmount } = render(
      <StrictMode>
        <RecoveryProvider onEvent={onEvent}>
          <BalanceEmptyCard error={balance()} onAddFunds={() => undefined} />
        </RecoveryProvider>
      </StrictMode>,
    );
    await heard(types, ["shown"]);
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    await settle();
    unmount();
    await heard(types, ["shown", "action-started:addFunds", "action-succeeded:addFunds", "resolved"]);
  });

  it("a failed action is action-failed, and leaving without success resolves nothing", async () => {
    const { onEvent, types } = listener();
    const { unmount } = render(
      <BalanceEmptyCard
        error={balance()}
        onEvent={onEvent}
        onAddFunds={() => Promise.reject(new Error("card declined"))}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    await screen.findByText("“Add funds” didn’t work. Try again.");
    unmount();
    await heard(types, ["shown", "action-started:addFunds", "action-failed:addFunds"]);
  });

  it("a component's own onEvent, its provider's and an outer provider's each hear every event once", async () => {
    const outer = listener();
    const inner = listener();
    const own = listener();
    render(
      <RecoveryProvider onEvent={outer.onEvent}>
        <RecoveryProvider onEvent={inner.onEvent}>
          <BalanceEmptyCard error={balance()} onEvent={own.onEvent} onAddFunds={() => undefined} />
        </RecoveryProvider>
      </RecoveryProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    const expected = ["shown", "action-started:addFunds", "action-succeeded:addFunds"];
    await heard(own.types, expected);
    expect(inner.types()).toEqual(expected);
    expect(outer.types()).toEqual(expected);
  });

  it("dismissed, and Copy details working resolves nothing", async () => {
    const { onEvent, types } = listener();
    const onDismiss = vi.fn();
    const user = userEvent.setup();
    const { unmount } = render(<BalanceEmptyCard error={balance()} onEvent={onEvent} onDismiss={onDismiss} />);
    await user.click(screen.getByRole("button", { name: "Copy details" }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    unmount();
    await heard(types, ["shown", "action-started:copyDetails", "action-succeeded:copyDetails", "dismissed"]);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it("a link's click is action-started by id, never the URL", async () => {
    const { events, onEvent, types } = listener();
    render(<BalanceEmptyCard error={balance()} onEvent={onEvent} addFundsHref="#billing?token=abc" />);
    await userEvent.click(screen.getByRole("link", { name: "Add funds" }));
    await waitFor(() => expect(types()).toEqual(["shown", "action-started:addFunds"]));
    expect(JSON.stringify(events)).not.toContain("token");
  });

  it("a new state is shown anew; the one left after an action worked is resolved", async () => {
    const { events, onEvent, types } = listener();
    const onReconnect = vi.fn();
    const { rerender } = render(<ConnectorReconnectCard error={connector()} onEvent={onEvent} onReconnect={onReconnect} />);
    await userEvent.click(screen.getByRole("button", { name: /Reconnect/ }));
    // The host re-parses the same failure on every render: still one state.
    rerender(<ConnectorReconnectCard error={connector()} onEvent={onEvent} onReconnect={onReconnect} />);
    await heard(types, ["shown", "action-started:reconnect", "action-succeeded:reconnect"]);
    // The reconnect worked; the run now waits to be resumed.
    const resume = as("connector-auth", parseRecoveryError({ error: "invalid_grant", connector: { name: "Slack" } }, { status: 401 }));
    rerender(<ConnectorReconnectCard error={{ ...resume, reason: "resume-pending" }} onEvent={onEvent} onResume={() => undefined} />);
    await heard(types, ["shown", "action-started:reconnect", "action-succeeded:reconnect", "resolved", "shown"]);
    expect(events[3]).toMatchObject({ kind: "connector-auth", variant: "auth-failed" });
    expect(events[4]).toMatchObject({ kind: "connector-auth", variant: "resume-pending", sinceShownMs: 0 });
  });

  it("an approval approved after Check status resolves the pending state", async () => {
    const { onEvent, types } = listener();
    const error = as("approval-pending", parseRecoveryError({ error: { code: "PAUSED_APPROVAL", message: "Approval required" } }, { status: 403 }));
    const { rerender } = render(<ApprovalPendingNotice error={error} onEvent={onEvent} onCheckStatus={() => undefined} />);
    await userEvent.click(screen.getByRole("button", { name: "Check status" }));
    rerender(<ApprovalPendingNotice error={error} onEvent={onEvent} status="approved" />);
    await heard(types, ["shown", "action-started:checkStatus", "action-succeeded:checkStatus", "resolved", "shown"]);
  });

  it("the automatic retry is auto-retried, with whether it worked", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 23, 9, 0, 0), shouldAdvanceTime: true });
    try {
      const { events, onEvent, types } = listener();
      const error = as("rate-limited", parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "Retry-After": "1" } }));
      const { unmount } = render(<RateLimitBanner error={error} onEvent={onEvent} onRetry={() => undefined} autoRetry />);
      await act(async () => void vi.advanceTimersByTime(1100));
      await waitFor(() => expect(types()).toEqual(["shown", "auto-retried:retry"]));
      expect(events[1]).toMatchObject({ succeeded: true, kind: "rate-limited" });
      expect(events[1]!.durationMs).toBeGreaterThanOrEqual(0);
      unmount();
      await waitFor(() => expect(types()).toEqual(["shown", "auto-retried:retry", "resolved"]));
    } finally {
      vi.useRealTimers();
    }
  });

  it("the inspector's actions, its dialog's included, are the card's", async () => {
    const { onEvent, types } = listener();
    const error = as(
      "tool-stuck",
      parseRecoveryError({ error: { type: "tool_timeout", message: "Tool call did not return" }, tool_call: { name: "web_search", partial_output: "partial" } }, { status: 504 }),
    );
    const user = userEvent.setup();
    render(<StuckToolInspector error={error} onEvent={onEvent} />);
    await user.click(screen.getByRole("button", { name: "Inspect" }));
    await user.click(await screen.findByRole("button", { name: "Copy output" }));
    await waitFor(() => expect(types()).toEqual(["shown", "action-started:inspect", "action-started:copyOutput", "action-succeeded:copyOutput"]));
  });

  it("ErrorRecovery passes onEvent to whichever component renders, the generic notice included", async () => {
    const { events, onEvent } = listener();
    const retry = vi.fn();
    const caught = { status: 500, body: { error: { message: `Internal error ${SECRET}` } } };
    render(<ErrorRecovery error={caught} onEvent={onEvent} actions={{ retry }} />);
    await waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toMatchObject({ type: "shown", kind: parseRecoveryError(caught).kind });
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });
});

describe("recovery events: what a host does in the real world", () => {
  it("dismissed while an action runs: nothing is resolved when it then works", async () => {
    const { onEvent, types } = listener();
    let pay!: () => void;
    function Host() {
      const [shown, setShown] = useState(true);
      return shown ? (
        <BalanceEmptyCard error={balance()} onEvent={onEvent} onAddFunds={() => new Promise<void>((resolve) => (pay = resolve))} onDismiss={() => setShown(false)} />
      ) : null;
    }
    render(<Host />);
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    await act(async () => pay());
    await heard(types, ["shown", "action-started:addFunds", "dismissed", "action-succeeded:addFunds"]);
  });

  it("a card moved to another place is the same showing: no second shown, no resolved", async () => {
    const { onEvent, types } = listener();
    const error = balance();
    const card = <BalanceEmptyCard error={error} onEvent={onEvent} onAddFunds={() => undefined} />;
    const { rerender } = render(<main>{card}</main>);
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    rerender(<aside>{card}</aside>);
    await heard(types, ["shown", "action-started:addFunds", "action-succeeded:addFunds"]);
  });

  it("the same failure back after a retry that resolved is not resolved; a way out is", async () => {
    const { onEvent, types } = listener();
    const failed = (id: string) => parseRecoveryError({ error: { message: "Internal error" } }, { status: 500, headers: { "x-request-id": id } });
    const retry = () => undefined;
    const { rerender } = render(<ErrorRecovery error={failed("req_a")} onEvent={onEvent} actions={{ retry }} />);
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    // The host's retry resolved, but the next request failed the same way.
    rerender(<ErrorRecovery error={failed("req_b")} onEvent={onEvent} actions={{ retry }} />);
    await heard(types, ["shown", "action-started:retry", "action-succeeded:retry", "shown"]);
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    rerender(<ErrorRecovery error={null} onEvent={onEvent} actions={{ retry }} />);
    await heard(types, ["shown", "action-started:retry", "action-succeeded:retry", "shown", "action-started:retry", "action-succeeded:retry", "resolved"]);
  });

  it("resolved comes after the action that left the state, not before it", async () => {
    const { onEvent, types } = listener();
    const credits = as("balance-empty", parseRecoveryError({ error: "Insufficient credits" }, { status: 402 }));
    function Host() {
      const [shown, setShown] = useState(true);
      return shown ? <BalanceEmptyCard error={credits} onEvent={onEvent} onTopUp={() => undefined} onContinue={async () => setShown(false)} /> : <p>Continued</p>;
    }
    render(<Host />);
    await userEvent.click(screen.getByRole("button", { name: "Top up credits" }));
    await userEvent.click(screen.getByRole("button", { name: "Continue where you left off" }));
    await heard(types, ["shown", "action-started:topUp", "action-succeeded:topUp", "action-started:continue", "action-succeeded:continue", "resolved"]);
  });

  it("a listener that arrives later (after consent) still hears shown, timed from when the card appeared", async () => {
    const { events, onEvent, types } = listener();
    const { rerender } = render(<BalanceEmptyCard error={balance()} />);
    await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 60))));
    rerender(<BalanceEmptyCard error={balance()} onEvent={onEvent} />);
    await heard(types, ["shown"]);
    expect(events[0]!.sinceShownMs).toBeGreaterThanOrEqual(50);
  });
});

describe("recovery events: second trial", () => {
  const failed = (id?: string) => parseRecoveryError({ error: { message: "Internal error" } }, { status: 500, ...(id ? { headers: { "x-request-id": id } } : {}) });

  it("two cards of one state that go away together are each resolved", async () => {
    const { onEvent, types } = listener();
    const first = failed();
    const second = failed();
    const { rerender } = render(
      <RecoveryProvider onEvent={onEvent}>
        <ErrorRecovery error={first} actions={{ retry: () => undefined }} />
        <ErrorRecovery error={second} actions={{ retry: () => undefined }} />
      </RecoveryProvider>,
    );
    for (const button of screen.getAllByRole("button", { name: "Retry" })) await userEvent.click(button);
    rerender(<RecoveryProvider onEvent={onEvent} />);
    await heard(() => types().filter((type) => type === "resolved"), ["resolved", "resolved"]);
  });

  it("the same failure committed inside the retry's callback: the new one is not resolved when closed", async () => {
    const { onEvent, types } = listener();
    function Host() {
      const [error, setError] = useState<RecoveryError | null>(() => failed("req_s1"));
      return (
        <>
          <ErrorRecovery error={error} onEvent={onEvent} actions={{ retry: async () => setError(failed("req_s2")) }} />
          <button type="button" onClick={() => setError(null)}>
            Close
          </button>
        </>
      );
    }
    render(<Host />);
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await heard(types, ["shown", "action-started:retry", "shown", "action-succeeded:retry"]);
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    await heard(types, ["shown", "action-started:retry", "shown", "action-succeeded:retry"]);
  });

  it("a handler withdrawn (consent revoked) is not told the state was resolved", async () => {
    const { onEvent, types } = listener();
    const error = balance();
    const { rerender } = render(<BalanceEmptyCard error={error} onEvent={onEvent} onAddFunds={() => undefined} />);
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    rerender(<BalanceEmptyCard error={error} onEvent={undefined} onAddFunds={() => undefined} />);
    await heard(types, ["shown", "action-started:addFunds", "action-succeeded:addFunds"]);
  });

  it("the same handler on nested providers hears each event once", async () => {
    const { onEvent, types } = listener();
    render(
      <RecoveryProvider onEvent={onEvent}>
        <RecoveryProvider onEvent={onEvent}>
          <BalanceEmptyCard error={balance()} />
        </RecoveryProvider>
      </RecoveryProvider>,
    );
    await heard(types, ["shown"]);
  });

  it("one component giving way to another: the old state is resolved before the new one is shown", async () => {
    const { types } = listener();
    const events = listener();
    const limited = parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "x-request-id": "req_l" } });
    const { rerender } = render(<ErrorRecovery error={failed("req_x")} onEvent={events.onEvent} actions={{ retry: () => undefined }} />);
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    rerender(<ErrorRecovery error={limited} onEvent={events.onEvent} actions={{ retry: () => undefined }} />);
    await heard(events.types, ["shown", "action-started:retry", "action-succeeded:retry", "resolved", "shown"]);
    expect(types()).toEqual([]);
  });

  it("useRecovery given a parse made in render: no render loop, one shown", async () => {
    const { onEvent, types } = listener();
    const caught = { status: 429, headers: { "retry-after": "30" }, body: {} };
    function Host() {
      const recovery = useRecovery(parseRecoveryError(caught), { onEvent });
      return <p>{recovery.description.title}</p>;
    }
    render(<Host />);
    await screen.findByText("Too many requests");
    await heard(types, ["shown"]);
  });
});

describe("recovery events: third trial", () => {
  const failed = (id: string) => parseRecoveryError({ error: { message: "Internal error" } }, { status: 500, headers: { "x-request-id": id } });

  it("a link clicked before the action that worked does not hold back resolved", async () => {
    const { onEvent, types } = listener();
    function Host() {
      const [shown, setShown] = useState(true);
      return shown ? <BalanceEmptyCard error={balance()} onEvent={onEvent} byokHref="#byok" onAddFunds={async () => setShown(false)} /> : null;
    }
    render(<Host />);
    await userEvent.click(screen.getByRole("link", { name: "Add a BYOK key" }));
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    await heard(types, ["shown", "action-started:addByokKey", "action-started:addFunds", "action-succeeded:addFunds", "resolved"]);
  });

  it("an index-keyed list losing its first card: the card that went is the one resolved", async () => {
    const { events, onEvent, types } = listener();
    const retry = () => undefined;
    const list = (ids: string[]) => (
      <RecoveryProvider onEvent={onEvent}>
        {ids.map((id, index) => (
          <ErrorRecovery key={index} error={failed(id)} actions={{ retry }} />
        ))}
      </RecoveryProvider>
    );
    const { rerender } = render(list(["req_1", "req_2", "req_3"]));
    await userEvent.click(screen.getAllByRole("button", { name: "Retry" })[0]!);
    rerender(list(["req_2", "req_3"]));
    await heard(types, ["shown", "shown", "shown", "action-started:retry", "action-succeeded:retry", "resolved"]);
    expect(events.at(-1)).toMatchObject({ type: "resolved", requestId: "req_1" });
  });

  it("the same failure back while the retry still runs, then the card removed: nothing resolved", async () => {
    const { onEvent, types } = listener();
    let finish!: () => void;
    function Host() {
      const [error, setError] = useState<RecoveryError | null>(() => failed("req_1"));
      return (
        <>
          <ErrorRecovery
            error={error}
            onEvent={onEvent}
            actions={{
              retry: async () => {
                setError(failed("req_2"));
                await new Promise<void>((resolve) => (finish = resolve));
              },
            }}
          />
          <button type="button" onClick={() => setError(null)}>
            Close
          </button>
        </>
      );
    }
    render(<Host />);
    await userEvent.click(screen.getByRole("button", { name: /Retry/ }));
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    await act(async () => finish());
    await heard(types, ["shown", "action-started:retry", "shown", "action-succeeded:retry"]);
  });

  it("useRecovery follows a new error object: Slack after Gmail", async () => {
    const connector = (name: string) => parseRecoveryError({ error: "invalid_grant", connector: { name } }, { status: 401 });
    const { result, rerender } = renderHook(({ error }) => useRecovery(error), { initialProps: { error: connector("Gmail") } });
    expect(result.current.description.title).toContain("Gmail");
    rerender({ error: connector("Slack") });
    expect(result.current.description.title).toContain("Slack");
  });
});

describe("recovery events from useRecovery", () => {
  it("reports what the components report for a host's own UI", async () => {
    const { onEvent, types } = listener();
    const wrapper = ({ children }: { children: ReactNode }) => <RecoveryProvider onEvent={onEvent}>{children}</RecoveryProvider>;
    const error = parseRecoveryError({ error: "Too many requests" }, { status: 429 });
    const { result, unmount } = renderHook(() => useRecovery(error, { actions: { retry: () => undefined }, onDismiss: () => undefined }), { wrapper });
    await act(async () => void (await result.current.run("retry")));
    act(() => result.current.trackLink("openDocs"));
    act(() => result.current.dismiss());
    unmount();
    // Dismissed: the state ends there, not as resolved.
    await heard(types, ["shown", "action-started:retry", "action-succeeded:retry", "action-started:openDocs", "dismissed"]);
  });
});
