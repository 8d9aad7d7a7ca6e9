/**
 * A simulated agent API, answering `fetch("/api/…")` in the page. It can fail the way every
 * documented failure does (chosen from the scenario menu) and it changes state when the
 * user acts: paying in tops up the balance, reconnecting fixes the connector, an admin
 * approving resumes the run, and the rate limit lifts after its Retry-After.
 */

export type Scenario = "none" | "rate-limit" | "balance-empty" | "top-up-delayed" | "connector-auth" | "approval" | "tool-stuck" | "html-500";

export const SCENARIOS: Array<{ id: Scenario; label: string }> = [
  { id: "none", label: "Everything works" },
  { id: "rate-limit", label: "429 with Retry-After" },
  { id: "balance-empty", label: "402: balance empty" },
  { id: "top-up-delayed", label: "402, and the top-up arrives late" },
  { id: "connector-auth", label: "Gmail connector auth failed" },
  { id: "approval", label: "Tool call needs approval" },
  { id: "tool-stuck", label: "Tool call stuck" },
  { id: "html-500", label: "500 with an HTML page" },
];

interface Run {
  id: string;
  message: string;
  status: "PAUSED_APPROVAL" | "RUNNING" | "COMPLETED";
  accessRequestId: string;
  completesAt?: number;
}

const state = {
  scenario: "none" as Scenario,
  balance: 5,
  limitedUntil: 0,
  gmailConnected: true,
  pendingDeposit: undefined as { amount: number; at: number; checkoutSessionId: string } | undefined,
  runs: new Map<string, Run>(),
  served500: false,
  counter: 0,
};

/** How long the simulated rate limit lasts and a late top-up takes (ms). */
export const TIMING = { retryAfterSeconds: 3, depositDelayMs: 3000, reconnectMs: 600, resumeMs: 800 };

const listeners = new Set<() => void>();
export function subscribeMock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot() {
  return { scenario: state.scenario, balance: state.balance, gmailConnected: state.gmailConnected };
}
// A new object only when something changed: useSyncExternalStore compares by identity.
let current = snapshot();
function changed(): void {
  current = snapshot();
  for (const listener of listeners) listener();
}

/** What the page shows of the simulated backend: scenario, balance, Gmail's status. */
export function mockState(): ReturnType<typeof snapshot> {
  return current;
}

export function setScenario(scenario: Scenario): void {
  state.scenario = scenario;
  state.limitedUntil = 0;
  state.served500 = false;
  state.pendingDeposit = undefined;
  state.balance = scenario === "balance-empty" || scenario === "top-up-delayed" ? 0 : 5;
  state.gmailConnected = scenario !== "connector-auth";
  changed();
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function settleDeposit(): void {
  if (state.pendingDeposit && Date.now() >= state.pendingDeposit.at) {
    state.balance += state.pendingDeposit.amount;
    state.pendingDeposit = undefined;
    changed();
  }
}

function bigOutput(): string {
  const lines: string[] = [];
  for (let i = 1; i <= 40_000; i++) lines.push(`[browser] ${String(i).padStart(5, "0")} waiting for selector #results (networkidle)`);
  return lines.join("\n");
}

async function chat(body: { message?: string }): Promise<Response> {
  const message = String(body.message ?? "");
  const now = Date.now();
  switch (state.scenario) {
    case "rate-limit": {
      if (state.limitedUntil === 0) state.limitedUntil = now + TIMING.retryAfterSeconds * 1000;
      if (now < state.limitedUntil) {
        const seconds = Math.ceil((state.limitedUntil - now) / 1000);
        return json(429, { error: "Too many requests", retryAfterMs: state.limitedUntil - now }, { "retry-after": String(seconds), "x-ratelimit-limit": "60", "ratelimit-policy": "60;w=60" });
      }
      break;
    }
    case "balance-empty":
    case "top-up-delayed":
      settleDeposit();
      if (state.balance <= 0) {
        return json(402, { error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } });
      }
      break;
    case "connector-auth":
      if (!state.gmailConnected) {
        return json(401, { error: { code: "CONNECTOR_AUTH_FAILED", message: "OAuth refresh failed for Gmail", connector: { name: "Gmail" } } });
      }
      return json(200, { reply: `Sent “${message}” with Gmail.` });
    case "approval": {
      const id = `run_${++state.counter}`;
      state.runs.set(id, { id, message, status: "PAUSED_APPROVAL", accessRequestId: `ar_${state.counter}` });
      return json(403, {
        error: { code: "APPROVAL_REQUIRED", message: "Tool call requires approval", tool: "github", method: "DELETE", access_request_id: `ar_${state.counter}` },
        run_id: id,
        agent: "release-bot",
        status: "PAUSED_APPROVAL",
      });
    }
    case "tool-stuck":
      return json(504, {
        error: { code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned" },
        session_id: "ses_42",
        tool_call: {
          name: "browser.open",
          arguments: { url: "https://status.example.com", headers: { Authorization: "Bearer sk-live-51HxQ2eZvKYlo2C9" }, api_key: "sk-proj-abcdefghijklmnop1234", wait_for: "networkidle" },
          partial_output: bigOutput(),
          started_at: now - 95_000,
        },
      });
    case "html-500":
      if (!state.served500) {
        state.served500 = true;
        return new Response(
          "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>",
          { status: 500, headers: { "content-type": "text/html" } },
        );
      }
      break;
    default:
      break;
  }
  if (state.balance > 0 && (state.scenario === "balance-empty" || state.scenario === "top-up-delayed")) {
    state.balance = Math.max(0, Math.round((state.balance - 0.5) * 100) / 100);
    changed();
  }
  return json(200, { reply: `Done: ${message}` });
}

async function route(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname;
  const body = request.method === "GET" ? {} : ((await request.json().catch(() => ({}))) as Record<string, unknown>);

  if (path === "/api/chat" && request.method === "POST") return chat(body);
  if (path === "/api/billing/balance") {
    settleDeposit();
    return json(200, { balance_usd: state.balance });
  }
  if (path === "/api/billing/checkout" && request.method === "POST") {
    await wait(300);
    const amount = Number(body.amount ?? 10);
    const checkoutSessionId = `cs_test_${++state.counter}a9F2`;
    if (state.scenario === "top-up-delayed") {
      state.pendingDeposit = { amount, at: Date.now() + TIMING.depositDelayMs, checkoutSessionId };
      return json(200, { status: "complete", credited: false, checkout_session_id: checkoutSessionId });
    }
    state.balance += amount;
    changed();
    return json(200, { status: "complete", credited: true, checkout_session_id: checkoutSessionId });
  }
  if (path === "/api/connectors/gmail/reconnect" && request.method === "POST") {
    await wait(TIMING.reconnectMs);
    state.gmailConnected = true;
    changed();
    return json(200, { status: "connected" });
  }
  const runMatch = /^\/api\/runs\/([\w-]+)$/.exec(path);
  if (runMatch) {
    const run = state.runs.get(runMatch[1]!);
    if (!run) return json(404, { error: { code: "RUN_NOT_FOUND", message: "No such run" } });
    if (run.status === "RUNNING" && run.completesAt !== undefined && Date.now() >= run.completesAt) run.status = "COMPLETED";
    return json(200, { id: run.id, status: run.status, ...(run.status === "COMPLETED" ? { reply: `Deleted the branch (${run.message}).` } : {}) });
  }
  const approveMatch = /^\/api\/admin\/approvals\/([\w-]+)\/approve$/.exec(path);
  if (approveMatch && request.method === "POST") {
    const run = [...state.runs.values()].find((r) => r.accessRequestId === approveMatch[1]);
    if (!run) return json(404, { error: { code: "NOT_FOUND", message: "No such request" } });
    run.status = "RUNNING";
    run.completesAt = Date.now() + TIMING.resumeMs;
    return json(200, { status: "approved" });
  }
  const cancelMatch = /^\/api\/sessions\/([\w-]+)\/cancel$/.exec(path);
  if (cancelMatch && request.method === "POST") {
    state.balance = Math.round((state.balance + 1.25) * 100) / 100;
    changed();
    return json(200, { status: "cancelled", refunded_usd: 1.25 });
  }
  return json(404, { error: { code: "NOT_FOUND", message: `No route for ${request.method} ${path}` } });
}

/** Answers `/api/*` in this page; everything else goes to the real fetch. */
export function installMockApi(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname.startsWith("/api/")) {
      await wait(40);
      return route(request);
    }
    return realFetch(input, init);
  };
}
