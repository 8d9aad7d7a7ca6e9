/**
 * A pending top-up (Alumia's "Stripe checkout did not return a balance"): the page's whole fix
 * is on the card from the first screen, its fallback one disclosure away (issue 18, second
 * review, major 3) — reload; if still old after a minute, confirm the deposit in recent
 * activity; after an hour, support with the checkout session ID (Alumia's page: the Stripe one).
 */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { de, en, ErrorRecovery, preloadRecovery, RecoveryProvider, type RecoveryMessages } from "../../src";
import { describeRecovery } from "../../src/describe";
import type { RecoveryError } from "../../src/model";
import { parseFixture, PLATFORMS } from "../../stories/platforms/entries";

beforeAll(() => preloadRecovery());

const entry = PLATFORMS.find((p) => p.id === "alumia")!.entries.find((e) => e.id === "StripeCheckoutNoBalance")!;
const balance: RecoveryError = { kind: "balance-empty", message: "x", reason: "balance-empty" };
const pending = { balance: { topUp: { checkoutSessionId: "cs_live_a1B2c3D4" } } };

describe.each([
  ["en", en, "If it’s still old after a minute", "Settings → Billing → recent activity", "contact support with the Stripe checkout session ID"],
  ["de", de, "Wenn es nach einer Minute noch den alten Betrag zeigt", "Einstellungen → Abrechnung → Letzte Aktivitäten", "wende dich mit der Stripe-Checkout-Sitzungs-ID an den Support"],
] as Array<[string, RecoveryMessages, string, string, string]>)("the seed's fallback on the platform story's card (%s)", (_, catalog, label, place, support) => {
  it("first screen: title, body, Reload as the one primary, and the fallback's condition as a closed disclosure", async () => {
    const user = userEvent.setup();
    render(
      <RecoveryProvider catalog={catalog} platform="alumia">
        <ErrorRecovery error={parseFixture(entry.fixture)} actions={{ reloadBalance: () => undefined, billingActivity: "/acme/settings/billing#activity", contactSupport: "/support" }} options={entry.options} />
      </RecoveryProvider>,
    );
    await act(async () => undefined);
    const card = screen.getByRole("group", { name: catalog.balance.topUpPendingTitle });
    // Only Reload on the first screen: recent activity is for after the minute, support for after the hour.
    expect(within(card).getAllByRole("button").map((b) => b.textContent)).toContain(catalog.balance.reloadBalance);
    expect(within(card).queryByRole("link", { name: catalog.balance.recentActivity })).toBeNull();
    const summary = within(card).getByText(label);
    const disclosure = summary.closest("details")!;
    expect(disclosure.open).toBe(false);
    await user.click(summary);
    expect(disclosure.open).toBe(true);
    // The place and the support step, in order, and the ID support asks for.
    const steps = within(disclosure).getAllByRole("listitem").map((item) => item.textContent);
    expect(steps).toHaveLength(2);
    expect(steps[0]).toContain(place);
    expect(steps[1]).toContain(support);
    expect(within(disclosure).getByText("cs_live_a1B2c3D4")).toBeVisible();
  });
});

describe("the fallback as data", () => {
  it("names the platform's place only where the host set that platform (no bleed)", () => {
    const alumia = describeRecovery(balance, { platform: "alumia", actions: { reloadBalance: true }, state: pending });
    expect(alumia.details?.items?.[0]).toContain("Settings → Billing → recent activity");
    const plain = describeRecovery(balance, { actions: { reloadBalance: true }, state: pending });
    expect(plain.details?.items?.[0]).toContain("recent billing activity");
    expect(plain.details?.items?.[0]).not.toContain("Settings →");
    expect(plain.details?.label).toBe("If it’s still old after a minute");
    expect(plain.details?.facts).toEqual([{ id: "checkoutSession", label: "Checkout session ID", value: "cs_live_a1B2c3D4", code: true }]);
  });

  it("the late state keeps its own words: the disclosure belongs to the wait", () => {
    const late = describeRecovery(balance, { platform: "alumia", actions: { reloadBalance: true }, state: { balance: { ...pending.balance, topUpDelayed: true } } });
    expect(late.details).toBeUndefined();
    expect(late.notes).toEqual(["If it hasn’t arrived within an hour, contact support with the Stripe checkout session ID."]);
  });

  it("support's step says the seed's words on Alumia only (no bleed)", () => {
    const delayed = { balance: { ...pending.balance, topUpDelayed: true } };
    for (const state of [pending, delayed]) {
      const alumia = describeRecovery(balance, { platform: "alumia", actions: { reloadBalance: true }, state });
      const plain = describeRecovery(balance, { actions: { reloadBalance: true }, state });
      const other = describeRecovery(balance, { platform: "credits", actions: { reloadBalance: true }, state });
      const german = describeRecovery(balance, { platform: "alumia", catalog: de, actions: { reloadBalance: true }, state });
      const said = (d: typeof plain) => [...(d.notes ?? []), ...(d.details?.items ?? [])].join(" ");
      expect(said(alumia)).toContain("contact support with the Stripe checkout session ID.");
      expect(said(german)).toContain("wende dich mit der Stripe-Checkout-Sitzungs-ID an den Support.");
      for (const d of [plain, other]) {
        expect(said(d)).toContain("contact support with the checkout session ID.");
        expect(said(d)).not.toContain("Stripe");
      }
    }
  });
});
