/**
 * A body never names an action the card does not offer. A host wires what it has (a Retry and
 * a billing link, say); a body that says "Open models and check…" over a card with no Open
 * models sends the person looking for a button that is not there. For every state (every
 * wording of every generic kind, every seed entry, the dedicated cards' live states), with no
 * platform and with each platform, and with four wirings (nothing; only Retry; the state's own
 * action only; everything), no label of an action that is not offered may appear in what the
 * card says: its body, its notes, its wait. The labels are the catalog's own (the notices'
 * action labels, each entry's, the short state's, and every label the dedicated describers
 * give with everything wired), in English and German.
 */
import { describe, expect, it } from "vitest";
import { de, en, NOTICE_ACTION_IDS, type RecoveryMessages } from "../../src";
import { describeRecovery, type DescribeState, type RecoveryDescription } from "../../src/describe";
import { RECOVERY_ERROR_KINDS, type RecoveryError } from "../../src/model";
import { parseFixture, PLATFORMS } from "../../stories/platforms/entries";
import { stateOf } from "../helpers";

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
const EVERY: Record<string, true> = Object.fromEntries(
  [...NOTICE_ACTION_IDS, "addFunds", "addByokKey", "chooseFreeModel", "topUp", "upgradePlan", "reloadBalance", "billingActivity", "reconnect", "connect", "authorize", "resume", "returnToSession", "cancelRun", "approve", "reject", "requestAgain", "viewApprovals", "cancelSession", "disableTool", "sendFollowUp"].map((id) => [id, true as const]),
);
const PLATFORM_IDS = [undefined, ...PLATFORMS.map((platform) => platform.platform)];

/** A state to describe: the error, what its host tells the card, the variant it asks for, and the action that is its own. */
interface State {
  name: string;
  error: RecoveryError;
  state?: DescribeState;
  variant?: string;
  own: Record<string, string | true>;
}

/** The dedicated cards' states that no seed entry reaches as it is wired (contract.test.ts's LIVE). */
const LIVE: State[] = [
  { name: "quota spent", error: { kind: "balance-empty", message: "x", reason: "quota-exceeded" }, own: { addFunds: true } },
  { name: "a top-up pending", error: { kind: "balance-empty", message: "x" }, state: { balance: { topUp: {} } }, own: { reloadBalance: true } },
  { name: "a late top-up", error: { kind: "balance-empty", message: "x" }, state: { balance: { topUp: {}, topUpDelayed: true } }, own: { billingActivity: true } },
  { name: "connecting", error: { kind: "connector-auth", message: "x", reason: "auth-failed" }, state: { connector: { status: "connecting" } }, own: { reconnect: true } },
  { name: "connected", error: { kind: "connector-auth", message: "x", reason: "auth-failed" }, state: { connector: { status: "connected" } }, own: { resume: true } },
  { name: "a missing scope", error: { kind: "connector-auth", message: "x", reason: "missing-scope", connector: { name: "Gmail", missingScopes: ["gmail.send"] } }, own: { reconnect: true } },
  { name: "consent without a link", error: { kind: "connector-auth", message: "x", reason: "consent-required" }, own: { retry: true } },
  { name: "an admin deciding", error: { kind: "approval-pending", message: "x" }, state: { approval: { isAdmin: true } }, own: { approve: true } },
  { name: "rejected", error: { kind: "approval-pending", message: "x" }, state: { approval: { status: "rejected" } }, own: { requestAgain: true } },
  { name: "expired", error: { kind: "approval-pending", message: "x" }, state: { approval: { status: "expired" } }, own: { requestAgain: true } },
  { name: "a rate limit ready to retry", error: { kind: "rate-limited", message: "x", retryAfterMs: 1000, retryAt: T0 - 1 }, own: { retry: true } },
  { name: "an interrupted tool", error: { kind: "tool-stuck", message: "x", toolCall: { name: "t" } }, state: { stuckTool: { interrupted: true, sameFailureCount: 2 } }, own: { cancelSession: true } },
];

function states(catalog: RecoveryMessages): State[] {
  const notices = catalog.notices as unknown as Record<string, Record<string, { instruction?: string; actions?: readonly string[] }>>;
  return [
    // Every wording of every generic kind (a platform's own, `variant@platform`, through its platform), as the parser gives it.
    ...Object.entries(notices).flatMap(([kind, variants]) =>
      Object.entries(variants)
        .filter(([variant]) => !variant.includes("@"))
        .map(([variant, text]) => {
          const own = text.instruction ?? text.actions?.[0];
          const error = { kind, message: "x", retryable: true, variant, ...(kind === "not-found" && variant === "model" ? { resource: { type: "model", id: "gpt-9" } } : {}) } as RecoveryError;
          return { name: `notice ${kind}/${variant}`, error, own: own ? { [own]: true as const } : {} };
        }),
    ),
    // Every kind with nothing more than the kind, as a hand-built value or a bare status gives it.
    ...RECOVERY_ERROR_KINDS.map((kind) => ({ name: `bare ${kind}`, error: { kind, message: "x" } as RecoveryError, own: {} })),
    // Every seed entry, as the parser reads its response; its own action is the first its host wires.
    ...PLATFORMS.flatMap((platform) =>
      platform.entries.map((entry) => {
        const [id, how] = Object.entries(entry.actions)[0] ?? [];
        return { name: `${platform.id} ${entry.id}`, error: parseFixture(entry.fixture), state: stateOf(entry), ...(entry.variant ? { variant: entry.variant } : {}), own: id ? { [id]: how! } : {} };
      }),
    ),
    ...LIVE,
  ];
}

/** Every action label the catalog has: the notices' (shared and per entry), the short state's, and the dedicated cards' as their describers give them. */
function labels(catalog: RecoveryMessages): string[] {
  const found = new Set<string>([...Object.values(catalog.notice.actions), ...Object.values(catalog.short?.actions ?? {})]);
  for (const variants of Object.values(catalog.notices as unknown as Record<string, Record<string, { labels?: Record<string, string> }>>)) {
    for (const text of Object.values(variants)) for (const label of Object.values(text.labels ?? {})) found.add(label);
  }
  for (const s of states(catalog)) {
    const d = describeRecovery(s.error, { catalog, actions: EVERY, now: T0, ...(s.state ? { state: s.state } : {}), ...(s.variant ? { variant: s.variant } : {}) });
    for (const action of [...d.actions, ...d.links, ...(d.dialog?.actions ?? [])]) found.add(action.label);
  }
  return [...found];
}

/**
 * A label as a sentence names its button: told to do it, where a clause starts (“Open the event
 * log: …”, “…, then reconnect”, “click Execute again”), its words in order, case aside, an
 * article or a possessive allowed between them (“Check its status”), not inside another word.
 * The same word as a plain verb (“the run can’t continue”, “you can retry in 30 s”) names no button.
 */
function phrase(label: string): RegExp {
  const words = label.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const told = "(?:^|[.!?:;,—–(]\\s*|\\b(?:then|and|or|click|press|dann|und|oder|klicke auf)\\s+|„)";
  return new RegExp(`${told}${words.join("\\s+(?:(?:the|its|your|den|die|das|ihre|ihren)\\s+)?")}(?![\\p{L}-])`, "gimu");
}

/** The labels of actions not offered that what the card says names. */
function unoffered(d: RecoveryDescription, all: readonly string[]): string[] {
  const offered = [...d.actions, ...d.links].map((action) => action.label);
  // What an offered action's label covers is said rightly ("retry the restore" under Retry restore).
  let said = [d.lead, d.body, ...(d.notes ?? []), d.wait].filter(Boolean).join("\n");
  for (const label of [...offered].sort((a, b) => b.length - a.length)) said = said.replace(phrase(label), " ");
  // A shorter name of an offered act is that act ("continue exactly where you left off" under Continue where you left off).
  return all.filter((label) => !offered.some((name) => name.toLowerCase().startsWith(label.toLowerCase())) && phrase(label).test(said));
}

/**
 * Found by this test and not yet mended: a late top-up's support note ("contact support with
 * the (Stripe) checkout session ID", Alumia's page's words) and the credits platform's connector
 * steps ("execute the action item again", "click Execute again": its session page's own button)
 * and a consent note ("retry the original request") name an action whether or not the host
 * wired it (src/describe/balance.ts, connector.ts and their catalogs, worked on elsewhere).
 * By state and wiring, on every platform. Each still must name one (so mending it fails here:
 * then take it off); any other state or wiring must name none.
 */
const KNOWN: Record<string, Partial<Record<"en" | "de", string[]>>> = {
  "a late top-up": { en: ["its own action", "nothing", "only retry"] },
  "credits OAuthCallbackLandsOnIntegrations": { en: ["its own action", "nothing", "only retry"], de: ["nothing", "only retry"] },
  "credits ProviderNotConnected": { en: ["its own action", "nothing", "only retry"], de: ["its own action", "nothing", "only retry"] },
  "runagents OAuthConsentRequired": { en: ["nothing"] },
};

const CATALOGS: Array<["en" | "de", RecoveryMessages]> = [
  ["en", en],
  ["de", de],
];

describe.each(CATALOGS)("a body names only actions the card offers (%s)", (lang, catalog) => {
  const all = labels(catalog);
  it("derives the labels from the catalog", () => {
    // The notices' own, the short state's and the dedicated cards' (Add funds, Reconnect, Approve…).
    for (const label of [catalog.notice.actions.openModels, catalog.notice.actions.retry, catalog.balance.addFunds, catalog.connector.reconnect]) expect(all).toContain(label);
  });

  const rows = states(catalog).flatMap((s) =>
    PLATFORM_IDS.flatMap((platform) =>
      (
        [
          ["nothing", {}],
          ["only retry", { retry: true }],
          ["its own action", s.own],
          ["everything", EVERY],
        ] as const
      ).map(([wiring, actions]) => ({ s, platform, wiring: wiring as string, actions: actions as Record<string, string | true> })),
    ),
  );
  it.each(rows.map((row) => [`${row.s.name} · ${row.platform ?? "no platform"} · ${row.wiring} wired`, row] as const))("%s", (_name, { s, platform, wiring, actions }) => {
    const d = describeRecovery(s.error, { catalog, actions, now: T0, ...(platform ? { platform } : {}), ...(s.state ? { state: s.state } : {}), ...(s.variant ? { variant: s.variant } : {}) });
    const named = unoffered(d, all);
    if (KNOWN[s.name]?.[lang]?.includes(wiring)) expect(named.length, `${s.name} (${wiring}) no longer names an action it does not offer: take it off KNOWN`).toBeGreaterThan(0);
    else expect(named, `${d.kind}/${d.variant} says: ${d.body}`).toEqual([]);
  });
});
