/**
 * Recovery events in headless Chromium under StrictMode (mount, unmount, mount again, as a
 * Next.js or Vite dev server renders): each transition is reported once.
 */
import "../../src/styles/recovery-kit.css";
import { render, screen, waitFor } from "@testing-library/react";
import { StrictMode, useEffect, useState } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { BalanceEmptyCard, ErrorRecovery, parseRecoveryError, RateLimitBanner, RecoveryProvider, StuckToolInspector, type RecoveryError, type RecoveryEvent } from "../../src";
import { as, heard } from "../helpers";


function strict(onEvent: (event: RecoveryEvent) => void, children: React.ReactNode) {
  return render(
    <StrictMode>
      <RecoveryProvider onEvent={onEvent}>{children}</RecoveryProvider>
    </StrictMode>,
  );
}


// A card that goes away and one that shows the same state in the same moment are one card
// moved; let the previous test's cards be gone for good first.
beforeEach(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe("recovery events in Chromium, StrictMode", () => {
  it("StrictMode runs effects twice here (so the tests below mean something)", async () => {
    let runs = 0;
    function Probe() {
      const [seen, setSeen] = useState(0);
      useEffect(() => setSeen(++runs), []);
      return <p>{seen}</p>;
    }
    render(<StrictMode><Probe /></StrictMode>);
    await waitFor(() => expect(runs).toBe(2));
  });

  it("a card: shown once, the action, resolved once when the host removes it", async () => {
    const events: string[] = [];
    function Host() {
      const [error, setError] = useState<RecoveryError | undefined>(() => parseRecoveryError({ error: "insufficient balance" }, { status: 402 }));
      return error ? <BalanceEmptyCard error={as("balance-empty", error)} onAddFunds={async () => setError(undefined)} /> : <p>Funds added</p>;
    }
    strict((event) => events.push(`${event.type}${event.action ? `:${event.action}` : ""}`), <Host />);
    await heard(() => events, ["shown"]);
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    await screen.findByText("Funds added");
    await heard(() => events, ["shown", "action-started:addFunds", "action-succeeded:addFunds", "resolved"]);
  });

  it("the banner's automatic retry: auto-retried once, then resolved", async () => {
    const events: RecoveryEvent[] = [];
    function Host() {
      const [error, setError] = useState<RecoveryError | undefined>(() => parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "Retry-After": "1" } }));
      return error ? <RateLimitBanner error={as("rate-limited", error)} autoRetry onRetry={async () => setError(undefined)} /> : <p>Sent</p>;
    }
    strict((event) => events.push(event), <Host />);
    await screen.findByText("Sent", undefined, { timeout: 3000 });
    await heard(() => events.map((event) => event.type), ["shown", "auto-retried", "resolved"]);
    expect(events[1]).toMatchObject({ action: "retry", succeeded: true });
  });

  it("a host whose onEvent sets state: ErrorRecovery given the caught value retries a 429 once, not on every re-render", async () => {
    const input = (caught: object) => caught;
    const caught = { status: 429, headers: { "retry-after": "1" }, body: {} };
    let calls = 0;
    function Host() {
      const [events, setEvents] = useState<string[]>([]);
      return (
        <RecoveryProvider onEvent={(event) => setEvents((current) => [...current, event.type])}>
          <ErrorRecovery
            error={input(caught)}
            actions={{ retry: () => (calls++, Promise.reject(new Error("429 again"))) }}
            options={{ rateLimit: { autoRetry: true } }}
          />
          <p data-testid="events">{events.join(" ")}</p>
        </RecoveryProvider>
      );
    }
    render(<Host />);
    await waitFor(() => expect(screen.getByTestId("events")).toHaveTextContent("shown auto-retried"), { timeout: 4000 });
    // Every event re-rendered the host; each re-render used to restart the wait and retry again.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(calls).toBe(1);
    expect(screen.getByRole("button", { name: "Retry" })).not.toHaveAttribute("aria-disabled");
  });

  it("the inspector: Inspect and the dialog's Copy output are the card's, reported once", async () => {
    const events: string[] = [];
    const error = as(
      "tool-stuck",
      parseRecoveryError({ error: { type: "tool_timeout", message: "Tool call did not return" }, tool_call: { name: "web_search", partial_output: "partial" } }, { status: 504 }),
    );
    strict((event) => events.push(`${event.type}${event.action ? `:${event.action}` : ""}`), <StuckToolInspector error={error} onCopyOutput={() => undefined} />);
    await userEvent.click(screen.getByRole("button", { name: "Inspect" }));
    await userEvent.click(await screen.findByRole("button", { name: "Copy output" }));
    await heard(() => events, ["shown", "action-started:inspect", "action-started:copyOutput", "action-succeeded:copyOutput"]);
  });
});
