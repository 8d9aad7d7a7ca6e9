import type { Meta, StoryObj } from "@storybook/react-vite";
import { StrictMode, useCallback, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { BalanceEmptyCard, ConnectorReconnectCard, RateLimitBanner, RecoveryProvider, type RecoveryEvent } from "../../src";
import { balanceEmpty, connectorAuthFailed, rateLimited } from "../fixtures";

/**
 * Recipe: a recovery funnel from `RecoveryProvider onEvent`. Three failures as a host shows
 * them (inside StrictMode, as a Next.js dev server renders), the events they report, and
 * the funnel a host's analytics would draw: how many users were shown a state, acted, got
 * an action to work, and left the state by success. The events carry ids, kinds and
 * timings only, never the message or anything typed.
 */


const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Step = "shown" | "acted" | "worked" | "failed" | "dismissed" | "resolved";
const STEPS: Array<[Step, string]> = [
  ["shown", "Shown"],
  ["acted", "Acted"],
  ["worked", "Action worked"],
  ["failed", "Action failed"],
  ["dismissed", "Dismissed"],
  ["resolved", "Resolved"],
];

/**
 * Each showing of a state (kind, variant, request id) and the steps it reached: a funnel
 * counts states, not clicks (two tries at Reconnect are one state that acted).
 */
function funnelOf(events: RecoveryEvent[]): Record<Step, number> {
  const states = new Map<string, Set<Step>>();
  const seen: Array<Set<Step>> = [];
  for (const event of events) {
    const key = `${event.kind} ${event.variant} ${event.requestId}`;
    if (event.type === "shown") {
      states.set(key, new Set(["shown"]));
      seen.push(states.get(key)!);
    }
    const steps = states.get(key);
    if (!steps) continue;
    if (event.type === "action-started" && event.action !== "copyDetails") steps.add("acted");
    if (event.type === "action-succeeded" && event.action !== "copyDetails") steps.add("worked");
    if (event.type === "auto-retried") steps.add(event.succeeded ? "worked" : "failed");
    if (event.type === "action-failed") steps.add("failed");
    if (event.type === "dismissed") steps.add("dismissed");
    if (event.type === "resolved") steps.add("resolved");
  }
  const counts = Object.fromEntries(STEPS.map(([step]) => [step, 0])) as Record<Step, number>;
  for (const steps of seen) for (const step of steps) counts[step] += 1;
  return counts;
}

/** What a host's analytics would draw from the events. */
function RecoveryFunnel({ events }: { events: RecoveryEvent[] }) {
  const counts = funnelOf(events);
  return (
    <table className="sb-funnel" data-testid="funnel">
      <caption>Recovery funnel (states)</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">States</th>
          <th scope="col">Of shown</th>
        </tr>
      </thead>
      <tbody>
        {STEPS.map(([step, label]) => (
          <tr key={step}>
            <th scope="row">{label}</th>
            <td>{counts[step]}</td>
            <td>{counts.shown === 0 ? "—" : `${Math.round((counts[step] / counts.shown) * 100)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Host() {
  const [events, setEvents] = useState<RecoveryEvent[]>([]);
  const onEvent = useCallback((event: RecoveryEvent) => setEvents((current) => [...current, event]), []);
  // Each failure until the host sees it fixed (then it removes the card).
  const [balance, setBalance] = useState<ReturnType<typeof balanceEmpty> | undefined>(balanceEmpty);
  const [connector, setConnector] = useState<ReturnType<typeof connectorAuthFailed> | undefined>(connectorAuthFailed);
  const [limited, setLimited] = useState<ReturnType<typeof rateLimited> | undefined>(() => rateLimited(2));
  const [reconnects, setReconnects] = useState(0);

  return (
    <RecoveryProvider onEvent={onEvent}>
      <div style={{ display: "grid", gap: 16, gridTemplateColumns: "minmax(0, 2fr) minmax(16rem, 1fr)", alignItems: "start" }}>
        <div style={{ display: "grid", gap: 12 }}>
          {balance && (
            <BalanceEmptyCard
              error={balance}
              // Checkout takes a moment; then the host sees funds and removes the card.
              onAddFunds={async () => {
                await wait(300);
                setBalance(undefined);
              }}
            />
          )}
          {connector && (
            <ConnectorReconnectCard
              error={connector}
              // The first OAuth attempt is closed by the user; the second goes through.
              onReconnect={async () => {
                setReconnects((n) => n + 1);
                await wait(200);
                if (reconnects === 0) throw new Error("popup closed");
                setConnector(undefined);
              }}
              onDismiss={() => setConnector(undefined)}
            />
          )}
          {limited && (
            <RateLimitBanner
              error={limited}
              autoRetry
              onRetry={async () => {
                await wait(100);
                setLimited(undefined);
              }}
            />
          )}
          {!balance && !connector && !limited && <p>All three recovered or dismissed.</p>}
        </div>
        <div style={{ display: "grid", gap: 12 }}>
          <RecoveryFunnel events={events} />
          <section aria-labelledby="event-log-heading">
            <h3 id="event-log-heading" style={{ margin: "0 0 4px", fontSize: 14 }}>
              Events ({events.length})
            </h3>
            <ol className="sb-event-log" data-testid="event-log" style={{ margin: 0, paddingLeft: 20, font: "12px/1.5 ui-monospace, monospace" }}>
              {events.map((event, index) => (
                <li key={index}>
                  {event.type} {event.kind}
                  {event.variant ? `/${event.variant}` : ""}
                  {event.action ? ` ${event.action}` : ""}
                  {event.durationMs !== undefined ? ` ${event.durationMs} ms` : ""}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </RecoveryProvider>
  );
}

const meta = {
  title: "Recipes/Recovery funnel",
  component: Host,
  // StrictMode mounts, unmounts and mounts again: the funnel still counts each state once.
  decorators: [(Story) => <StrictMode>{Story()}</StrictMode>],
  parameters: { layout: "padded" },
} satisfies Meta<typeof Host>;

export default meta;
type Story = StoryObj<typeof meta>;

const count = (canvas: ReturnType<typeof within>, step: string) =>
  canvas.getByRole("row", { name: new RegExp(`^${step} `) }).querySelector("td")?.textContent;

export const Funnel: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Three states, each shown once (not twice, for StrictMode's second mount).
    // Generous waits: the events' code loads on the first event, slowly on a cold, busy machine.
    await waitFor(() => expect(count(canvas, "Shown")).toBe("3"), { timeout: 5000 });

    // Add funds works; the host removes the card: resolved.
    await userEvent.click(canvas.getByRole("button", { name: "Add funds" }));
    await waitFor(() => expect(count(canvas, "Resolved")).toBe("1"), { timeout: 5000 });

    // Reconnect fails once (the failure line says so), then works.
    const reconnect = canvas.getByRole("button", { name: /Reconnect/ });
    await userEvent.click(reconnect);
    await waitFor(() => expect(count(canvas, "Action failed")).toBe("1"), { timeout: 5000 });
    await userEvent.click(reconnect);

    // The banner retries by itself at its deadline; it works and the host removes it.
    await waitFor(() => expect(count(canvas, "Resolved")).toBe("3"), { timeout: 5000 });
    expect(count(canvas, "Shown")).toBe("3");
    expect(count(canvas, "Action worked")).toBe("3");
    // States, not clicks: two tries at Reconnect are one state that acted; the banner's retry was automatic.
    expect(count(canvas, "Acted")).toBe("2");
    expect(count(canvas, "Action failed")).toBe("1");
    expect(canvas.getByTestId("event-log")).toHaveTextContent("auto-retried rate-limited/default retry");
    expect(canvas.getByText("All three recovered or dismissed.")).toBeVisible();
  },
};
