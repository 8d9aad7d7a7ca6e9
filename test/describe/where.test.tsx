/**
 * Every seed entry's location on screen, in the seed's words (issue 18): the place as the
 * platform's page names it ("/profile → Billing", "Settings → Billing → recent activity"),
 * whatever href the host wired, in English and German; said in one position in every card
 * (right under the body); and never on a host that did not name that platform.
 */
import { act, render } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { BalanceEmptyCard, de, en, ErrorRecovery, preloadRecovery, RecoveryProvider, type RecoveryMessages } from "../../src";
import { describeRecovery } from "../../src/describe";
import type { RecoveryError } from "../../src/model";
import { parseFixture, PLATFORMS } from "../../stories/platforms/entries";
import { describeEntry } from "../helpers";

beforeAll(() => preloadRecovery());

// The place each seed page gives for the entry's fix, copied from shared/seeds (English), and the German catalog's words for it.
const PLACES: Array<[platform: string, entry: string, en: string, de: string]> = [
  ["credits", "InsufficientCreditsMidSession", "/profile → Billing", "/profile → Abrechnung"],
  ["credits", "ProviderNotConnected", "/settings/integrations", "/settings/integrations"],
  ["credits", "WebhookDeliveriesNotArriving", "/mcp/console → Webhooks → subscription details", "/mcp/console → Webhooks → Abonnement-Details"],
  // The page's <orgSlug> and <projectId>: the host's own slug where its link gives one (the 401
  // wires /acme/settings), the catalog's words for them otherwise, never the template.
  ["alumia", "PaymentRequired402", "/your-org/billing", "/deine-org/billing"],
  ["alumia", "ConnectorAuthFailed", "/your-org/connectors", "/deine-org/connectors"],
  ["alumia", "StripeCheckoutNoBalance", "/your-org/billing", "/deine-org/billing"],
  ["alumia", "Unauthorized401", "/acme/settings → API keys", "/acme/settings → API-Schlüssel"],
  ["alumia", "ShareLink404", "/your-org/lab/your-project", "/deine-org/lab/dein-projekt"],
];

const seedPage = (platformId: string) => PLATFORMS.find((p) => p.id === platformId)!;
const entryOf = (platformId: string, id: string) => seedPage(platformId).entries.find((e) => e.id === id)!;

describe.each([
  ["en", en, 2],
  ["de", de, 3],
] as Array<[string, RecoveryMessages, 2 | 3]>)("seed places (%s)", (_, catalog, column) => {
  it.each(PLACES)("%s · %s: its place under the body, whatever the host wired", async (platformId, id, ...words) => {
    const place = words[column - 2]!;
    const platform = seedPage(platformId);
    const entry = entryOf(platformId, id);
    const error = parseFixture(entry.fixture);
    const actions: Record<string, unknown> = {};
    for (const [action, value] of Object.entries(entry.actions)) actions[action] = value === true ? () => undefined : value;
    const { container } = render(
      <RecoveryProvider catalog={catalog} platform={platform.platform}>
        <ErrorRecovery error={error} actions={actions} variant={entry.variant} options={entry.options} />
      </RecoveryProvider>,
    );
    await act(async () => undefined);
    const where = container.querySelector<HTMLElement>("[data-slot=where]");
    expect(where?.textContent).toContain(place);
    // One position in every card: the line right after the body.
    const body = describeEntry(platform, entry, error, { catalog }).body;
    expect(where!.previousElementSibling!.textContent!.replace(/`/g, "")).toBe(body.replace(/`/g, ""));
    // Said once: the steps no longer carry the place as well.
    expect(container.textContent!.split(place).length - 1).toBe(1);
  });

  it("the seed's own place is said, not the host's route instead of it", () => {
    // The host wired another route for the webhooks page: the page's place still leads.
    const entry = entryOf("credits", "WebhookDeliveriesNotArriving");
    const d = describeRecovery(parseFixture(entry.fixture), { catalog, platform: "credits", variant: "not-arriving", actions: { openWebhooks: "/console/hooks" } });
    expect(d.where).toContain(column === 2 ? "/mcp/console → Webhooks → subscription details" : "/mcp/console → Webhooks → Abonnement-Details");
    expect(d.where).toContain("/console/hooks");
  });
});

describe("one position in every card", () => {
  // Every seed state that says where (a seed place, a route the primary link opens, a consent link's site).
  const rows = PLATFORMS.flatMap((platform) => platform.entries.map((entry) => ({ platform, entry })));
  it.each(rows.map((row) => [`${row.platform.id} · ${row.entry.title}`, row] as const))("%s: right after the body, if anywhere", async (_name, { platform, entry }) => {
    const error = parseFixture(entry.fixture);
    const actions: Record<string, unknown> = {};
    for (const [action, value] of Object.entries(entry.actions)) actions[action] = value === true ? () => undefined : value;
    const { container } = render(
      <RecoveryProvider platform={platform.platform}>
        <ErrorRecovery error={error} actions={actions} variant={entry.variant} options={entry.options} />
      </RecoveryProvider>,
    );
    await act(async () => undefined);
    const d = describeEntry(platform, entry, error);
    const where = container.querySelectorAll<HTMLElement>("[data-slot=where]");
    expect(where.length).toBe(d.where ? 1 : 0);
    if (d.where) {
      expect(where[0]!.textContent).toBe(d.where);
      expect(where[0]!.previousElementSibling!.textContent!.replace(/`/g, "")).toBe(d.body.replace(/`/g, ""));
    }
  });
});

describe("the place and the host's route", () => {
  const balance: RecoveryError = { kind: "balance-empty", message: "x", reason: "balance-empty" };

  it("a late top-up says the page's place and, since it differs, the route its button opens", () => {
    const d = describeRecovery(balance, { platform: "alumia", actions: { billingActivity: "/acme/settings/billing#activity", reloadBalance: true }, state: { balance: { topUp: {}, topUpDelayed: true } } });
    expect(d.where).toBe("Where: Settings → Billing → recent activity (opens /acme/settings/billing)");
    expect(describeRecovery(balance, { catalog: de, platform: "alumia", actions: { billingActivity: "/acme/settings/billing#activity" }, state: { balance: { topUp: {}, topUpDelayed: true } } }).where).toBe(
      "Wo: Einstellungen → Abrechnung → Letzte Aktivitäten (öffnet /acme/settings/billing)",
    );
  });

  it("a route that is the place said another way is not said twice; one that fills in a placeholder fills it in", () => {
    const credits: RecoveryError = { kind: "balance-empty", message: "x", reason: "insufficient-credits" };
    expect(describeRecovery(credits, { platform: "credits", actions: { topUp: "/profile/billing#plans" } }).where).toBe("Where: /profile → Billing");
    // The reader's own slug, not the page's template (second design review, minor 12).
    expect(describeRecovery(balance, { platform: "alumia", actions: { addFunds: "/acme/billing" } }).where).toBe("Where: /acme/billing");
    expect(describeRecovery(balance, { catalog: de, platform: "alumia", actions: { addFunds: "/acme/billing" } }).where).toBe("Wo: /acme/billing");
    // A route of another shape fills nothing in: the catalog's words, and the route beside them.
    expect(describeRecovery(balance, { platform: "alumia", actions: { addFunds: "/billing" } }).where).toBe("Where: /your-org/billing (opens /billing)");
    expect(describeRecovery(balance, { platform: "alumia", actions: { addFunds: true } }).where).not.toMatch(/[<>]/);
  });

  it("with no place named, the route the primary link opens, in the same form; with neither, nothing", () => {
    expect(describeRecovery(balance, { actions: { addFunds: "/acme/billing?from=card" } }).where).toBe("Where: /acme/billing");
    expect(describeRecovery(balance, { catalog: de, actions: { addFunds: "/acme/billing" } }).where).toBe("Wo: /acme/billing");
    expect(describeRecovery(balance, { actions: { addFunds: true } }).where).toBeUndefined();
  });

  it("an API or docs route is no place to send a person: not said (the link still works)", () => {
    const build: RecoveryError = { kind: "build-failed", message: "x", build: { id: "b_77", logUrl: "/api/builds/b_77/logs" } } as RecoveryError;
    const logs = describeRecovery(build, { platform: "runagents" });
    expect(logs.actions.some((action) => action.href === "/api/builds/b_77/logs")).toBe(true);
    expect(logs.where).toBeUndefined();
    const mcp: RecoveryError = { kind: "auth-method-unsupported", message: "x" };
    const docs = describeRecovery(mcp, { platform: "credits", actions: { useOAuthConnector: "/docs/mcp#chatgpt", openDocs: "/docs/mcp" } });
    expect(docs.actions.find((action) => action.kind === "primary")?.href).toBe("/docs/mcp#chatgpt");
    expect(docs.where).toBeUndefined();
  });

  it("a consent link's site is said in the same form", () => {
    const consent = { kind: "connector-auth", message: "x", reason: "consent-required", connector: { name: "Gmail", authorizationUrl: "https://accounts.google.com/o/oauth2/auth?x=1" } } as RecoveryError;
    expect(describeRecovery(consent).where).toBe("Where: accounts.google.com");
    expect(describeRecovery(consent, { catalog: de }).where).toBe("Wo: accounts.google.com");
  });

  it("no seed state says where in another form", () => {
    for (const platform of PLATFORMS)
      for (const entry of platform.entries) {
        const d = describeEntry(platform, entry, parseFixture(entry.fixture));
        if (d.where) expect(d.where).toMatch(/^Where: (?!\/(api|docs?)\/)/);
      }
  });

  it("another platform's places are never said (no bleed)", () => {
    for (const platform of [undefined, "agi", "runagents"]) {
      const d = describeRecovery(balance, { ...(platform ? { platform } : {}), actions: { addFunds: true }, state: { balance: { topUp: {}, topUpDelayed: true } } });
      expect(d.where).toBeUndefined();
    }
  });

  it("the card shows the same line in the same place as every other card", async () => {
    const { container } = render(
      <RecoveryProvider platform="alumia">
        <BalanceEmptyCard error={balance as never} topUp={{}} topUpWaitMs={1} onReloadBalance={() => undefined} billingActivityHref="/acme/settings/billing#activity" />
      </RecoveryProvider>,
    );
    // Past its wait, the top-up is late.
    await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 20))));
    const where = container.querySelector<HTMLElement>("[data-slot=where]")!;
    expect(where.textContent).toBe("Where: Settings → Billing → recent activity (opens /acme/settings/billing)");
    expect(where.previousElementSibling!.textContent).toMatch(/^The balance is still old/);
  });

  it("a rate limit wired to a page of the host's says that route once Retry leads (describeRecovery; the banner wires a callback)", () => {
    const ready: RecoveryError = { kind: "rate-limited", message: "x", retryAfterMs: 1000, retryAt: 1_000 };
    const linked = describeRecovery(ready, { actions: { retry: "/runs/r1?again=1" }, now: 5_000 });
    expect(linked.where).toBe("Where: /runs/r1");
    expect(describeRecovery(ready, { actions: { retry: true }, now: 5_000 }).where).toBeUndefined();
  });
});
