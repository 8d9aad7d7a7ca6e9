import { useCallback, useState } from "react";
import type { RecoveryEvent } from "recovery-kit";

/**
 * The host's analytics, in miniature: RecoveryProvider's `onEvent` feeds this store, and the
 * funnel shows how many recovery states users were shown, acted on, got an action to work
 * in, and left by success. A real host would send the events to its analytics instead.
 */
export function useRecoveryEvents() {
  const [events, setEvents] = useState<RecoveryEvent[]>([]);
  const onEvent = useCallback((event: RecoveryEvent) => setEvents((current) => [...current, event]), []);
  return { events, onEvent };
}

type Step = "shown" | "acted" | "worked" | "failed" | "dismissed" | "resolved";
const STEPS: Array<[Step, string]> = [
  ["shown", "Shown"],
  ["acted", "Acted"],
  ["worked", "Action worked"],
  ["failed", "Action failed"],
  ["dismissed", "Dismissed"],
  ["resolved", "Resolved"],
];

/** Counts states, not clicks: each showing of a state (kind, variant, request id) and the steps it reached. */
function funnelOf(events: RecoveryEvent[]): Record<Step, number> {
  const current = new Map<string, Set<Step>>();
  const showings: Array<Set<Step>> = [];
  for (const event of events) {
    const key = `${event.kind} ${event.variant} ${event.requestId}`;
    if (event.type === "shown") {
      const steps = new Set<Step>(["shown"]);
      current.set(key, steps);
      showings.push(steps);
    }
    const steps = current.get(key);
    if (!steps) continue;
    if (event.type === "action-started" && event.action !== "copyDetails") steps.add("acted");
    if (event.type === "action-succeeded" && event.action !== "copyDetails") steps.add("worked");
    if (event.type === "auto-retried") steps.add(event.succeeded ? "worked" : "failed");
    if (event.type === "action-failed") steps.add("failed");
    if (event.type === "dismissed") steps.add("dismissed");
    if (event.type === "resolved") steps.add("resolved");
  }
  const counts = { shown: 0, acted: 0, worked: 0, failed: 0, dismissed: 0, resolved: 0 };
  for (const steps of showings) for (const step of steps) counts[step] += 1;
  return counts;
}

export function RecoveryFunnel({ events }: { events: RecoveryEvent[] }) {
  const counts = funnelOf(events);
  const last = events.slice(-5).reverse();
  return (
    <section aria-labelledby="funnel-title" className="funnel">
      <h2 id="funnel-title">Recovery funnel</h2>
      <table>
        <caption className="visually-hidden">Recovery states this session, by the step they reached</caption>
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
              <td data-testid={`funnel-${step}`}>{counts[step]}</td>
              <td>{counts.shown === 0 ? "—" : `${Math.round((counts[step] / counts.shown) * 100)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {last.length > 0 && (
        <ol className="funnel__events" aria-label="Latest recovery events" reversed start={events.length}>
          {last.map((event, index) => (
            <li key={events.length - index}>
              <code>
                {event.type} {event.kind}
                {event.action ? ` · ${event.action}` : ""}
                {event.durationMs !== undefined ? ` · ${event.durationMs} ms` : ""}
              </code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
