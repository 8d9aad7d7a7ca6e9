/**
 * The second design review of issue 18: a body says why, then what to do, and what it says to
 * do is the primary button — a body that only restates the title leaves the primary as just
 * an item from the list below. Also the states whose primary was not the body's instruction:
 * a 413 (the fix is editing the input, outside the card), the agent API's debug checklist
 * (support, never a stand-in Retry), a consent link refused as unsafe (a retry brings the same
 * link back), a connection that landed with no Execute again to press, and a stuck tool.
 */
import { describe, expect, it } from "vitest";
import { de, en, type RecoveryMessages } from "../../src";
import { describeRecovery, type RecoveryDescription } from "../../src/describe";
import type { RecoveryError } from "../../src/model";
import { parseFixture, PLATFORMS } from "../../stories/platforms/entries";
import { describeEntry } from "../helpers";

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
const primaryOf = (d: RecoveryDescription) => d.actions.filter((action) => action.kind === "primary");

describe("every seed notice's body names its primary (English)", () => {
  const rows = PLATFORMS.flatMap((platform) => platform.entries.filter((entry) => entry.component === "RecoveryNotice").map((entry) => ({ platform, entry })));
  it.each(rows.map((row) => [`${row.platform.id} · ${row.entry.title}`, row] as const))("%s", (_name, { platform, entry }) => {
    const d = describeEntry(platform, entry, parseFixture(entry.fixture), { catalog: en, now: T0 });
    const [primary] = primaryOf(d);
    if (!primary) return;
    // "Open event log" is named by its object ("the event log"); any other label by all its words.
    const words = primary.label.toLowerCase().replace(/^open /, "").split(/\s+/);
    const body = d.body.toLowerCase();
    for (const word of words) expect(body, `the body names "${primary.label}"`).toContain(word);
    // Why, then what to do: two short sentences at most.
    expect(d.body.split(/(?<=[.!?])\s+(?=[A-Z])/).length, d.body).toBeLessThanOrEqual(2);
  });
});

describe.each([["en", en], ["de", de]] as Array<[string, RecoveryMessages]>)("the body's instruction leads (%s)", (_, catalog) => {
  const tooLarge: RecoveryError = { kind: "invalid-request", message: "x", retryable: false };
  it("a 413 with Retry and docs wired: nothing leads, docs are a secondary 'Open …'", () => {
    const d = describeRecovery(tooLarge, { catalog, variant: "too-large", actions: { retry: true, openDocs: "https://docs.example.com/limits" } });
    expect(primaryOf(d)).toEqual([]);
    expect(d.actions.map((action) => [action.id, action.kind])).toEqual([["openDocs", "secondary"]]);
    expect(d.actions[0]!.label).toBe(catalog.notice.actions.openDocs);
  });
  it("a 413 with Edit message wired: Edit message leads", () => {
    const d = describeRecovery(tooLarge, { catalog, variant: "too-large", actions: { editMessage: true, openDocs: "https://docs.example.com/limits" } });
    expect(primaryOf(d).map((action) => action.id)).toEqual(["editMessage"]);
  });

  const unknown: RecoveryError = { kind: "unknown", message: "x", retryable: false };
  it("the debug checklist: Contact support leads, and Retry never stands in for it", () => {
    expect(primaryOf(describeRecovery(unknown, { catalog, variant: "agi", actions: { retry: true, contactSupport: "mailto:s@example.com" } })).map((action) => action.id)).toEqual(["contactSupport"]);
    expect(primaryOf(describeRecovery(unknown, { catalog, variant: "agi", actions: { retry: true } }))).toEqual([]);
  });

  const consent = (authorizationUrl?: string): RecoveryError => ({
    kind: "connector-auth",
    message: "x",
    retryable: false,
    reason: "consent-required",
    connector: { name: "Google", ...(authorizationUrl ? { authorizationUrl } : {}) },
  });
  it("a consent link refused as unsafe: says so in the title, and offers no Retry", () => {
    const d = describeRecovery(consent("javascript:alert(1)"), { catalog, actions: { retry: true } });
    expect(d.title).toBe(catalog.connector.consentFailedTitle("Google"));
    expect(d.title).not.toBe(catalog.connector.consentTitle("Google"));
    expect(d.actions).toEqual([]);
    expect(d.instruction).toBeUndefined();
  });
  it("a consent with no link: the same title, and Retry (which gets a new link) leads", () => {
    const d = describeRecovery(consent(), { catalog, actions: { retry: true } });
    expect(d.title).toBe(catalog.connector.consentFailedTitle("Google"));
    expect(primaryOf(d).map((action) => action.id)).toEqual(["retry"]);
  });

  const connector: RecoveryError = { kind: "connector-auth", message: "x", retryable: false, reason: "auth-failed", connector: { name: "Slack" } };
  it("connected: the body asks for Execute again only when it is there to press", () => {
    const without = describeRecovery(connector, { catalog, actions: { reconnect: true }, state: { connector: { status: "connected" } } });
    expect(without.actions).toEqual([]);
    expect(without.body).toBe(catalog.connector.connectedBodyNext);
    const withResume = describeRecovery(connector, { catalog, actions: { resume: true }, state: { connector: { status: "connected" } } });
    expect(withResume.body).toBe(catalog.connector.connectedBody);
    expect(primaryOf(withResume).map((action) => action.label)).toEqual([catalog.connector.executeAgain]);
  });

  const stuck: RecoveryError = { kind: "tool-stuck", message: "x", retryable: false, toolCall: { name: "check_messages" } };
  it.each([
    ["slow", { cause: "slow-tool" as const }],
    ["waiting on a peer", { cause: "waiting-on-peer" as const }],
    ["interrupted", { interrupted: true }],
  ])("a stuck tool (%s): the body says what Inspect is for; the restart advice is a step, not a line under Cancel", (_name, stuckTool) => {
    const d = describeRecovery(stuck, { catalog, actions: { cancelSession: true }, state: { stuckTool } });
    expect(d.body.endsWith(catalog.stuckTool.inspectCall)).toBe(true);
    expect(d.actions.every((action) => action.hint === undefined)).toBe(true);
  });

  it("no Cancel is bare (but where the seed names its button so): each says what it cancels", () => {
    const notices = catalog.notices as unknown as Record<string, Record<string, { actions?: readonly string[] }>>;
    const cancelling = Object.entries(notices).flatMap(([kind, variants]) =>
      Object.entries(variants).filter(([, text]) => text.actions?.includes("cancel")).map(([variant]) => [kind, variant] as const),
    );
    expect(cancelling.length).toBeGreaterThanOrEqual(5);
    for (const [kind, variant] of cancelling) {
      // The credits page: "open it and hit Cancel" — a label the seed names stays as named.
      if (`${kind}/${variant}` === "run-stuck/running") continue;
      const d = describeRecovery({ kind, message: "x", retryable: true } as RecoveryError, { catalog, variant, actions: { cancel: true } });
      expect(d.actions.find((action) => action.id === "cancel")?.label, `${kind}/${variant}`).toMatch(/^(Cancel (run|session)|(Lauf|Sitzung) abbrechen)$/);
    }
  });
});
