/**
 * The tone and action contract (README, "The contract"), applied to every state: exactly one
 * primary action, and it is the action the body tells the person to take (`instruction`)
 * whenever the host wires it; destructive actions last; at most three actions with what a
 * seed's host wires; each tone means what the contract says it means.
 */
import { describe, expect, it } from "vitest";
import { de, en, NOTICE_ACTION_IDS, type RecoveryMessages } from "../../src";
import { describeRecovery, type DescribeState, type RecoveryDescription } from "../../src/describe";
import { RECOVERY_ERROR_KINDS, type RecoveryError, type RecoveryErrorKind } from "../../src/model";
import { parseFixture, PLATFORMS } from "../../stories/platforms/entries";
import { describeEntry } from "../helpers";

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
const EVERY = Object.fromEntries(
  [...NOTICE_ACTION_IDS, "addFunds", "addByokKey", "chooseFreeModel", "topUp", "upgradePlan", "reloadBalance", "billingActivity", "reconnect", "connect", "authorize", "resume", "returnToSession", "cancelRun", "approve", "reject", "requestAgain", "viewApprovals", "cancelSession", "disableTool"].map((id) => [id, true as const]),
);

function contract(d: RecoveryDescription): void {
  const primaries = d.actions.filter((action) => action.kind === "primary").map((action) => action.id);
  expect(primaries.length, `one primary at most: ${primaries.join(", ")}`).toBeLessThanOrEqual(1);
  if (d.instruction && d.actions.some((action) => action.id === d.instruction)) {
    expect(primaries, "the primary is the body's instruction").toEqual([d.instruction]);
  }
  // No instruction (and no primary) only where the body's instruction is no button: to wait
  // (a rate limit), to correct the field the server named (outside the card), or nothing left to do.
  const fixOutside = d.kind === "invalid-request" && d.instruction === undefined;
  if (fixOutside) expect(primaries, "nothing leads when the fix is outside the card").toEqual([]);
  if (d.actions.length > 0 && d.instruction === undefined && d.kind !== "rate-limited" && !fixOutside && !(d.kind === "approval-pending" && d.variant === "approved")) {
    throw new Error(`${d.kind}/${d.variant} names no instruction`);
  }
  // One verb per act (README, "The contract"): going somewhere is "Open …", doing the same
  // request again is "Retry", asking again is "Request access" — never a synonym beside them.
  for (const action of d.actions) {
    expect(action.label, "one verb per act").not.toMatch(/^(View|Review|See|Show|Go to|Try again|Request again|Restore again)\b|^Retry request$|(ansehen|wiederholen)$/);
  }
  // What cannot be undone comes last, set apart.
  const firstDanger = d.actions.findIndex((action) => action.kind === "danger");
  if (firstDanger >= 0) expect(d.actions.slice(firstDanger).every((action) => action.kind === "danger"), "destructive actions last").toBe(true);
}


const CATALOGS: Array<[string, RecoveryMessages]> = [
  ["en", en],
  ["de", de],
];

describe.each(CATALOGS)("the contract (%s)", (_, catalog) => {
  const rows = PLATFORMS.flatMap((platform) => platform.entries.map((entry) => ({ platform, entry })));
  it.each(rows.map((row) => [`${row.platform.id} · ${row.entry.title}`, row] as const))("seed state %s, as its host wires it", (_name, { platform, entry }) => {
    const d = describeEntry(platform, entry, parseFixture(entry.fixture), { catalog, now: T0 });
    contract(d);
    expect(d.actions.length, "at most three actions").toBeLessThanOrEqual(3);
  });

  // Every wording of every generic kind, everything wired.
  const variants = (Object.keys(catalog.notices) as Array<keyof typeof catalog.notices>).flatMap((kind) => Object.keys(catalog.notices[kind]).map((variant) => [kind, variant] as const));
  it.each(variants)("notice %s/%s, everything wired", (kind, variant) => {
    const error = { kind, message: "x", retryable: false } as RecoveryError;
    contract(describeRecovery(error, { catalog, actions: EVERY, variant }));
  });

  const LIVE: Array<[string, RecoveryError, DescribeState]> = [
    ["a late top-up", { kind: "balance-empty", message: "x" }, { balance: { topUp: {}, topUpDelayed: true } }],
    ["connecting", { kind: "connector-auth", message: "x", reason: "auth-failed" }, { connector: { status: "connecting" } }],
    ["connected", { kind: "connector-auth", message: "x", reason: "auth-failed" }, { connector: { status: "connected" } }],
    ["consent without a link", { kind: "connector-auth", message: "x", reason: "consent-required" }, {}],
    ["an admin deciding", { kind: "approval-pending", message: "x" }, { approval: { isAdmin: true } }],
    ["rejected", { kind: "approval-pending", message: "x" }, { approval: { status: "rejected" } }],
    ["expired", { kind: "approval-pending", message: "x" }, { approval: { status: "expired" } }],
    ["a rate limit ready to retry", { kind: "rate-limited", message: "x", retryAfterMs: 1000, retryAt: T0 - 1 }, {}],
    ["an interrupted tool", { kind: "tool-stuck", message: "x", toolCall: { name: "t" } }, { stuckTool: { interrupted: true, sameFailureCount: 2 } }],
  ];
  it.each(LIVE)("live state: %s, everything wired", (_name, error, state) => {
    contract(describeRecovery(error, { catalog, actions: EVERY, now: T0, state }));
  });
});

describe("the Inspect dialog's foot follows the contract", () => {
  // Every stuck-tool state with everything wired, and with only the card's own Inspect: the
  // dialog offers the card's actions, one primary (never destructive), Close, destructive last.
  const STUCK: Array<[string, NonNullable<DescribeState["stuckTool"]>, Record<string, true>]> = [
    ["slow, cancel wired", { cause: "slow-tool" }, { cancelSession: true }],
    ["waiting on a peer, a follow-up wired", { cause: "waiting-on-peer", peers: [{ name: "researcher", state: "awaiting_peer" }] }, { sendFollowUp: true, cancelSession: true }],
    ["failed twice, everything wired", { cause: "malformed-retry", attempts: 3, sameFailureCount: 2 }, { sendFollowUp: true, cancelSession: true, disableTool: true }],
    ["failed twice, no follow-up", { cause: "malformed-retry", sameFailureCount: 2 }, { cancelSession: true, disableTool: true }],
    ["interrupted", { interrupted: true, sameFailureCount: 2 }, { cancelSession: true, disableTool: true }],
    ["nothing wired", {}, {}],
  ];
  it.each(STUCK)("%s", (_name, stuckTool, actions) => {
    const d = describeRecovery({ kind: "tool-stuck", message: "x", toolCall: { name: "browser.open" } }, { actions, now: T0, state: { stuckTool } });
    const dialog = d.dialog!;
    contract({ ...d, instruction: dialog.instruction, actions: dialog.actions });
    const primaries = dialog.actions.filter((action) => action.kind === "primary");
    expect(primaries.map((action) => action.id)).toEqual([dialog.instruction]);
    // The follow-up leads when it can be sent; else Close. Never what ends work.
    expect(dialog.instruction).toBe(actions.sendFollowUp && !stuckTool.interrupted ? "sendFollowUp" : "close");
    // Everything the card offers but Inspect is there (the card's callbacks, destructive ones in red).
    const offered = d.actions.filter((action) => action.id !== "inspect");
    expect(dialog.actions.filter((action) => action.kind === "danger")).toEqual(offered.filter((action) => action.kind === "danger"));
    expect(dialog.actions.map((action) => action.id)).toEqual(expect.arrayContaining(["close", ...offered.map((action) => action.id)]));
  });
});

describe("tones mean one thing each", () => {
  // danger: the work stopped and someone must act; warning: stopped, and a change or a wait
  // gets through; info: waiting on something; success: done; neutral: nothing is broken.
  const expected: Partial<Record<RecoveryErrorKind, RecoveryDescription["tone"]>> = {
    "balance-empty": "warning", // Alumia's page: "a yellow card"
    "rate-limited": "warning",
    "tool-stuck": "warning",
    blocked: "warning",
    unauthorized: "danger",
    forbidden: "danger",
    cancelled: "neutral",
  };
  it.each(Object.entries(expected))("%s is %s", (kind, tone) => {
    expect(RECOVERY_ERROR_KINDS).toContain(kind);
    expect(describeRecovery({ kind, message: "x" } as RecoveryError, { now: T0 }).tone).toBe(tone);
  });

  it("a model that doesn't exist stops every run: danger, not neutral", () => {
    expect(describeRecovery({ kind: "not-found", message: "x", variant: "model" }).tone).toBe("danger");
  });

  it("the review's four (issue 18, second review): each state's tone is what its words mean", () => {
    // A change gets it through: the client's other sign-in, a shorter input.
    expect(describeRecovery({ kind: "auth-method-unsupported", message: "x" }).tone).toBe("warning");
    expect(describeRecovery({ kind: "invalid-request", message: "x", variant: "too-large" }).tone).toBe("warning");
    // Hidden by a filter, nothing broken.
    expect(describeRecovery({ kind: "not-found", message: "x", variant: "archived" }).tone).toBe("neutral");
    // "Connected — pick up where you left off" is as done as "Gmail is connected".
    const connector = { kind: "connector-auth", message: "x", connector: { name: "Gmail" } } as RecoveryError;
    expect(describeRecovery(connector, { variant: "resume-pending" }).tone).toBe("success");
    expect(describeRecovery(connector, { state: { connector: { status: "connected" } } }).tone).toBe("success");
  });
});
