/**
 * The kinds beyond the first issue's, one row per situation the seed pages name, with the
 * data each page says the user should see.
 */
import { describe, expect, it } from "vitest";
import { parseRecoveryError } from "../../src/model";

describe.each([
  ["a 422 with FastAPI's detail list", { detail: [{ loc: ["body", "agent_name"], msg: "Unknown agent 'x'" }] }, { status: 422 }, { kind: "invalid-request", param: "agent_name", message: "Unknown agent 'x'" }],
  ["a plain 400", { message: "Bad field" }, { status: 400 }, { kind: "invalid-request" }],
  ["a session stuck running", { error: { code: "SESSION_STUCK" }, session: { id: "ses_1", status: "running", started_at: 1_790_000_000 } }, { status: 409 }, { kind: "run-stuck", variant: "running", run: { subject: "session", id: "ses_1", state: "running", since: 1_790_000_000_000 } }],
  ["an agent stuck in Pending", { error: { code: "AGENT_PENDING" }, agent: { id: "bot", status: "Pending" } }, { status: 409 }, { kind: "run-stuck", variant: "pending", run: { subject: "agent", id: "bot", state: "Pending" } }],
  ["a run that FAILED with ERROR events", { run_id: "run_1", status: "FAILED", events: [{ type: "INFO", message: "ok" }, { type: "error", message: "<b>Tool</b> 500" }] }, { status: 200 }, { kind: "run-failed", run: { id: "run_1", errorEvents: [{ type: "ERROR", message: "Tool 500" }] } }],
  ["a completion cut off by max tokens", { choices: [{ finish_reason: "length" }] }, { status: 200 }, { kind: "incomplete-response", variant: "results" }],
  ["a stream that stopped mid-way", { error: { code: "RESPONSE_INCOMPLETE" } }, { status: 502 }, { kind: "incomplete-response", variant: "mid-stream" }],
  ["an SSE parse failure", { code: "SSE_PARSE_ERROR" }, {}, { kind: "stream-error", variant: "sse" }],
  ["messages not appearing", { code: "MESSAGES_NOT_APPEARING" }, {}, { kind: "stream-error", variant: "no-messages" }],
  ["a snapshot that lost auth", { error: { code: "AUTH_NOT_PRESERVED" }, snapshot_id: "snap_2" }, { status: 409 }, { kind: "snapshot-failed", variant: "auth-lost", snapshot: { id: "snap_2" } }],
  ["a paused webhook", { code: "WEBHOOK_PAUSED", subscription_id: "sub_1", consecutive_failures: 12 }, {}, { kind: "webhook-failing", variant: "paused", webhook: { subscriptionId: "sub_1", failures: 12 } }],
  ["a duplicate webhook event", { code: "DUPLICATE_EVENT", event_id: "evt_1" }, {}, { kind: "webhook-failing", variant: "duplicate", webhook: { eventId: "evt_1" } }],
  ["a tool whose probe failed", { name: "crm", status: "Unavailable", lastProbeTime: "2026-11-22T11:58:00Z", probeLatencyMs: 5000 }, { status: 200 }, { kind: "tool-unavailable", tool: { name: "crm", lastProbeTime: Date.UTC(2026, 10, 22, 11, 58), probeLatencyMs: 5000 } }],
  ["a failed build", { code: "BUILD_FAILED", build_id: "b_1", logs_url: "/api/builds/b_1/logs" }, {}, { kind: "build-failed", build: { id: "b_1", logUrl: "/api/builds/b_1/logs" } }],
  ["a failed build whose log link is unsafe", { code: "BUILD_FAILED", build_id: "b_1", logs_url: "javascript:alert(1)" }, {}, { kind: "build-failed", build: { id: "b_1" } }],
  ["a Bearer key where only OAuth works", { error: { code: "BEARER_NOT_SUPPORTED" } }, { status: 401 }, { kind: "auth-method-unsupported" }],
  ["a share link 404", { error: { code: "SHARE_NOT_FOUND" } }, { status: 404 }, { kind: "not-found", variant: "share" }],
  ["a session 404 in prose", { detail: "Session not found" }, { status: 404 }, { kind: "not-found", variant: "session" }],
  ["an archived session", { error: { code: "SESSION_ARCHIVED" } }, { status: 404 }, { kind: "not-found", variant: "archived" }],
  ["a policy denial", { error: { code: "POLICY_DENIED" } }, { status: 403 }, { kind: "forbidden", variant: "policy" }],
  ["a connection timeout", { error: { code: "CONNECTION_TIMEOUT" } }, { status: 504 }, { kind: "timeout", variant: "connection" }],
  ["the gateway's provider 502", { error: { code: "PROVIDER_UNREACHABLE" } }, { status: 502 }, { kind: "upstream-unavailable", variant: "provider" }],
  ["back from JIT OAuth without resuming", { code: "OAUTH_RESUME_PENDING", provider: "Gmail" }, {}, { kind: "connector-auth", reason: "resume-pending", connector: { name: "Gmail" } }],
] as const)("%s", (_name, body, context, expected) => {
  it("classifies and carries its data", () => {
    expect(parseRecoveryError(body, context)).toMatchObject(expected);
  });
});

describe("thrown while reading a reply", () => {
  it("JSON.parse's SyntaxError is unusable output (json)", () => {
    expect(parseRecoveryError(new SyntaxError(`Unexpected token 'H', "Here is" is not valid JSON`))).toMatchObject({ kind: "output-invalid", variant: "json" });
  });

  it("a status-less 'failed' with an id is not mistaken for a run when a code says otherwise", () => {
    expect(parseRecoveryError({ code: "PAYMENT_REQUIRED", id: "x", status: "failed" })).toMatchObject({ kind: "balance-empty" });
  });
});
