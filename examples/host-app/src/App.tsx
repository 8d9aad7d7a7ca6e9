import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { ActionButton, ErrorRecovery, RecoveryProvider, RecoverySurface, type RecoveryActions } from "recovery-kit";
import { fromError, fromResponse, type RecoveryError } from "recovery-kit/model";

// This API's stuck-tool errors carry the tool's whole output (megabytes): read up to 8 MiB
// of an error body instead of the default 1 MiB, so the inspector can show its tail.
const READ = { maxBytes: 8 * 1024 * 1024 };
import { mockState, SCENARIOS, setScenario, subscribeMock, type Scenario } from "./mock-api";
import { RecoveryFunnel, useRecoveryEvents } from "./funnel";

interface Failure {
  error: RecoveryError;
  /** The message whose request failed, to send again once the user has fixed things. */
  message: string;
}

interface Line {
  id: number;
  from: "you" | "agent" | "system";
  text: string;
}

let lineId = 0;

export function App() {
  const mock = useSyncExternalStore(subscribeMock, mockState);
  const [lines, setLines] = useState<Line[]>([]);
  const [draft, setDraft] = useState("");
  const [failure, setFailure] = useState<Failure>();
  const [topUp, setTopUp] = useState<{ checkoutSessionId: string }>();
  const [funded, setFunded] = useState(false);
  const [approval, setApproval] = useState<"pending" | "approved">("pending");
  const recovery = useRecoveryEvents();
  const messageId = useId();
  const scenarioId = useId();

  const say = (from: Line["from"], text: string) => setLines((current) => [...current, { id: ++lineId, from, text }]);

  // ---- The integration: catch → fromError → <ErrorRecovery> → retry the original request.
  // send() rejects when the message fails (after putting the failure in state): a Retry pressed
  // on the card then reports action-failed and says it didn't work, instead of looking done.
  async function send(message: string) {
    try {
      const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ message }) });
      if (!res.ok) throw res;
      const { reply } = (await res.json()) as { reply: string };
      setFailure(undefined);
      setFunded(false);
      say("agent", reply);
    } catch (thrown) {
      // A thrown Response, or fetch's own TypeError: fromError takes either.
      const error = await fromError(thrown, READ);
      setFailure({ error, message });
      throw error;
    }
  }
  const retry = () => (failure ? send(failure.message) : undefined);

  async function refreshBalance(): Promise<number> {
    const res = await fetch("/api/billing/balance");
    const { balance_usd } = (await res.json()) as { balance_usd: number };
    return balance_usd;
  }

  const actions: RecoveryActions = {
    retry,
    continue: retry,
    resume: retry,
    addFunds: async () => {
      const res = await fetch("/api/billing/checkout", { method: "POST", body: JSON.stringify({ amount: 10 }) });
      if (!res.ok) throw await fromResponse(res, READ);
      const checkout = (await res.json()) as { credited: boolean; checkout_session_id: string };
      if (checkout.credited) setFunded(true);
      else setTopUp({ checkoutSessionId: checkout.checkout_session_id });
    },
    reloadBalance: async () => {
      if ((await refreshBalance()) > 0) {
        setTopUp(undefined);
        setFunded(true);
      }
    },
    addByokKey: "#settings/byok",
    billingActivity: "#settings/billing",
    reconnect: async () => {
      const res = await fetch("/api/connectors/gmail/reconnect", { method: "POST" });
      if (!res.ok) throw await fromResponse(res, READ);
    },
    viewApprovals: "#approvals",
    cancelSession: async () => {
      const res = await fetch("/api/sessions/ses_42/cancel", { method: "POST" });
      const { refunded_usd } = (await res.json()) as { refunded_usd: number };
      setFailure(undefined);
      say("system", `Session cancelled. $${refunded_usd.toFixed(2)} of unused credits returned to your balance.`);
    },
  };
  // ----

  // A paused run resumes on its own once approved: the host watches it.
  const runId = failure?.error.kind === "approval-pending" ? failure.error.approval?.runId : undefined;
  useEffect(() => {
    if (!runId) return;
    const timer = setInterval(async () => {
      const run = (await (await fetch(`/api/runs/${runId}`)).json()) as { status: string; reply?: string };
      if (run.status === "RUNNING") setApproval("approved");
      if (run.status === "COMPLETED") {
        clearInterval(timer);
        setFailure(undefined);
        setApproval("pending");
        say("agent", run.reply ?? "Done.");
      }
    }, 400);
    return () => clearInterval(timer);
  }, [runId]);

  const accessRequestId = failure?.error.kind === "approval-pending" ? failure.error.approval?.requestId : undefined;

  return (
    // Every recovery component inside reports its events here (the funnel in the side panel).
    <RecoveryProvider onEvent={recovery.onEvent}>
      <div className="app">
        <header className="app__header">
          <h1>Agent console</h1>
          <p className="app__balance" aria-live="polite">
            Balance: <strong data-testid="balance">${mock.balance.toFixed(2)}</strong>
          </p>
          <div className="app__scenario">
            <label htmlFor={scenarioId}>Scenario (simulated API)</label>
            <select id={scenarioId} value={mock.scenario} onChange={(event) => setScenario(event.target.value as Scenario)}>
              {SCENARIOS.map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenario.label}
                </option>
              ))}
            </select>
          </div>
        </header>

        <main className="app__main">
          <section className="chat" aria-labelledby="chat-title">
            <h2 id="chat-title">Run</h2>
            <ol className="chat__log" role="log" aria-label="Conversation">
              {lines.map((line) => (
                <li key={line.id} data-from={line.from}>
                  <strong>{line.from === "you" ? "You" : line.from === "agent" ? "Agent" : "System"}:</strong> {line.text}
                </li>
              ))}
            </ol>

            {failure && funded && (
              <RecoverySurface
                tone="success"
                announce="polite"
                title="Balance updated"
                actions={<ActionButton variant="primary" onAction={retry}>Continue where you left off</ActionButton>}
              >
                <p>Your funds arrived. Continue and the run picks up where it stopped.</p>
              </RecoverySurface>
            )}
            {failure && !funded && (
              <ErrorRecovery
                error={failure.error}
                actions={actions}
                options={{
                  rateLimit: { autoRetry: true },
                  balance: topUp ? { topUp, topUpWaitMs: 10_000 } : {},
                  approval: { status: approval },
                  stuckTool: { cause: "slow-tool" },
                }}
              />
            )}

            <form
              className="chat__form"
              onSubmit={(event) => {
                event.preventDefault();
                const message = draft.trim();
                if (!message) return;
                say("you", message);
                setDraft("");
                // A failure is in state and on screen as its card; nothing else to do with it here.
                send(message).catch(() => undefined);
              }}
            >
              <label htmlFor={messageId}>Message</label>
              <textarea id={messageId} rows={2} value={draft} onChange={(event) => setDraft(event.target.value)} />
              <button type="submit">Send</button>
            </form>
          </section>

          <aside className="side">
            <section aria-labelledby="connectors-title">
              <h2 id="connectors-title">Connectors</h2>
              <p>
                Gmail: <span data-testid="gmail-status">{mock.gmailConnected ? "Connected" : "Auth failed"}</span>
              </p>
            </section>
            <RecoveryFunnel events={recovery.events} />
            <section aria-labelledby="admin-title" id="approvals">
              <h2 id="admin-title">Admin console (simulated)</h2>
              {accessRequestId && approval === "pending" ? (
                <AdminApprove requestId={accessRequestId} />
              ) : (
                <p>No pending access requests.</p>
              )}
            </section>
          </aside>
        </main>
      </div>
    </RecoveryProvider>
  );
}

/** Plays the admin on the Approvals page, in another part of the org. */
function AdminApprove({ requestId }: { requestId: string }) {
  const done = useRef(false);
  return (
    <p>
      Request <code>{requestId}</code>{" "}
      <button
        type="button"
        onClick={async () => {
          if (done.current) return;
          done.current = true;
          await fetch(`/api/admin/approvals/${requestId}/approve`, { method: "POST" });
        }}
      >
        Approve as admin
      </button>
    </p>
  );
}
