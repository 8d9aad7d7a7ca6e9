/**
 * describeRecovery is what the components say: for every seed state, in English and German,
 * each piece of the description appears in the rendered card, in order, the card's actions
 * are the description's (same labels, same order), and nothing the card says is missing
 * from it. And the description itself is plain data.
 */
import { act, render } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { de, en, ErrorRecovery, preloadRecovery, RecoveryProvider, type RecoveryActions, type RecoveryMessages } from "../../src";
import { describeRecovery, descriptionToText, type RecoveryDescription } from "../../src/describe";
import { parseFixture, PLATFORMS, type Entry } from "../../stories/platforms/entries";
import { stateOf } from "../helpers";

// ErrorRecovery loads each kind's card with import(): these compare the full cards.
beforeAll(() => preloadRecovery());
import { formatCountdown } from "../../src/catalog/format";

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const squash = (text: string) => text.replace(/`/g, "").replace(/[\s\u200b]+/g, "");

/** The description's words in the order a card shows them. */
function pieces(d: RecoveryDescription, now: number): string[] {
  return [
    d.title,
    d.badge,
    d.lead,
    // A live UI counts down where text says the wait in words.
    ...(d.countdown ? [d.countdown.lead, formatCountdown(d.countdown.deadline - now)] : [d.body]),
    d.where,
    ...(d.notes ?? []),
    d.wait,
    d.serverSaid?.inline ? d.serverSaid.quoted : undefined,
    ...d.facts.flatMap((fact) => [fact.label, fact.value]),
    ...(d.lists ?? []).flatMap((list) => [list.heading, ...list.items.flatMap((item) => [item.label, item.value])]),
    ...(d.events ? [d.events.heading, ...d.events.items.flatMap((event) => [event.type, event.message])] : []),
    ...d.links.map((link) => link.label),
    ...(d.steps ? [d.steps.heading, ...d.steps.items] : []),
    ...d.actions.flatMap((action) => (action.hint ? [action.hint] : [])),
    d.meta?.status !== undefined ? `HTTP ${d.meta.status}` : undefined,
    d.meta?.code,
    d.details?.label,
    d.details?.why,
    ...(d.details?.items ?? []),
    d.details?.serverSaid,
    ...(d.details?.facts ?? []).flatMap((fact) => [fact.label, fact.value]),
  ].filter((piece): piece is string => piece !== undefined && piece !== "");
}

function wiring(entry: Entry): { actions: RecoveryActions; described: Partial<Record<string, string | true>> } {
  const actions: Record<string, unknown> = {};
  const described: Partial<Record<string, string | true>> = {};
  for (const [id, value] of Object.entries(entry.actions)) {
    actions[id] = value === true ? () => undefined : value;
    described[id] = value;
  }
  return { actions: actions as RecoveryActions, described };
}


const LOCALES: Array<[string, RecoveryMessages]> = [
  ["en", en],
  ["de", de],
];

describe.each(LOCALES)("every seed state says what its description says (%s)", (_, catalog) => {
  const rows = PLATFORMS.flatMap((platform) => platform.entries.map((entry) => ({ platform, entry })));
  it.each(rows.map((row) => [`${row.platform.id} · ${row.entry.title}`, row] as const))("%s", async (_name, { platform, entry }) => {
    const error = parseFixture(entry.fixture);
    const { actions, described } = wiring(entry);
    const { container } = render(
      <RecoveryProvider catalog={catalog} platform={platform.platform}>
        <ErrorRecovery error={error} actions={actions} variant={entry.variant} options={entry.options} />
      </RecoveryProvider>,
    );
    await act(async () => vi.advanceTimersByTime(10));
    const d = describeRecovery(error, {
      catalog,
      ...(platform.platform ? { platform: platform.platform } : {}),
      ...(entry.variant ? { variant: entry.variant } : {}),
      actions: described,
      now: Date.now(),
      state: stateOf(entry),
    });
    const surface = container.querySelector<HTMLElement>("[data-slot=surface]")!;
    expect(surface.dataset.kind).toBe(d.kind);
    expect(surface.dataset.tone).toBe(d.tone);
    expect(squash(surface.querySelector("[data-slot=title]")!.textContent!)).toBe(squash(d.title));

    // The actions: the same labels in the same order (Copy details is the card's own).
    const shown = [...surface.querySelectorAll<HTMLElement>("[data-slot=actions] > :is(button, a)")]
      .filter((element) => element.dataset.slot !== "copy-details")
      .map((element) => [...element.childNodes].filter((node) => !(node instanceof HTMLElement && node.classList.contains("rk-visually-hidden"))).map((node) => (node instanceof HTMLElement && node.classList.contains("rk-action__label") ? node.firstElementChild!.textContent : node.textContent)).join("").trim());
    expect(shown).toEqual(d.actions.map((action) => action.label));

    // Everything else: each piece in the card's text, in order.
    const copy = surface.cloneNode(true) as HTMLElement;
    // What is not seen: the live region, and the labels a button keeps only for its width.
    copy.querySelectorAll("[data-slot=announcer], [data-slot=actions], [data-slot=dismiss], .rk-action__label > [aria-hidden]").forEach((node) => node.remove());
    const text = squash(copy.textContent!);
    let from = 0;
    for (const piece of pieces(d, Date.now())) {
      const at = text.indexOf(squash(piece), from);
      expect(at, `“${piece}” in order in the card`).toBeGreaterThanOrEqual(0);
      from = at + squash(piece).length;
    }
    // And nothing but: once the pieces are taken out, no words of the card are left.
    let rest = text;
    for (const piece of pieces(d, Date.now()).sort((a, b) => b.length - a.length)) rest = rest.replace(squash(piece), "");
    expect(rest.replace(/[:·"“”„‚‘’«»()]/g, ""), "text the description does not have").toBe("");
  });
});

describe("describeRecovery", () => {
  it("is plain data: survives JSON and structuredClone unchanged", () => {
    for (const platform of PLATFORMS) {
      for (const entry of platform.entries) {
        const d = describeRecovery(parseFixture(entry.fixture), { actions: wiring(entry).described, now: T0, state: stateOf(entry) });
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
        expect(structuredClone(d)).toEqual(d);
      }
    }
  });

  it("an unknown kind gets the generic description; unsafe hrefs are never described", () => {
    const d = describeRecovery({ kind: "made-up" as never, message: "", retryable: false }, { actions: { retry: true, openApiKeys: "javascript:alert(1)" } });
    expect(d.title).toBe(en.notices.unknown.default.title);
    expect(d.actions.map((action) => action.href).filter(Boolean)).toEqual([]);
  });

  it("never throws: not a model value, a broken catalog, an unknown locale, a partial description", () => {
    const generic = en.notices.unknown.default.title;
    expect(describeRecovery(undefined as never).title).toBe(generic);
    expect(describeRecovery("boom" as never).title).toBe(generic);
    expect(describeRecovery({ kind: "unauthorized", message: "", retryable: false }, { catalog: {} as never }).title).toBe(generic);
    expect(describeRecovery({ kind: "rate-limited", message: "", retryable: true, retryAfterMs: 5000 }, { locale: "not a locale!!", now: T0 }).title).toBe(en.rateLimit.title);
    expect(descriptionToText({} as never)).toBe("");
  });

  it("says a wait in words, never NaN; a live UI gets the countdown's lead and deadline", () => {
    const d = describeRecovery({ kind: "rate-limited", message: "", retryable: true, retryAfterMs: 25_000 }, { now: T0 });
    expect(d.body).toBe("You can retry in 25 seconds.");
    expect(d.countdown).toEqual({ lead: "You can retry in", deadline: T0 + 25_000 });
    const broken = describeRecovery({ kind: "rate-limited", message: "", retryable: true, retryAt: Number.NaN, retryAfterMs: "soon" as never }, { now: Number.NaN });
    expect(broken.body).not.toMatch(/NaN/);
    expect(describeRecovery({ kind: "rate-limited", message: "", retryable: true, retryAfterMs: 30_000 }, { catalog: de }).body).toBe("Neuer Versuch möglich in 30 Sekunden.");
  });

  it("an unnamed connector is named in the language's own grammar", () => {
    const unnamed = { kind: "connector-auth", message: "", retryable: false, reason: "auth-failed" } as const;
    expect(describeRecovery(unnamed).title).toBe("A connector was disconnected");
    expect(describeRecovery(unnamed, { catalog: de }).title).toBe("Ein Connector wurde getrennt");
  });

  it("reads as plain text for a log line, an email or a CLI", () => {
    const error = parseFixture(PLATFORMS[1]!.entries.find((entry) => entry.id === "Unauthorized401")!.fixture);
    const text = descriptionToText(describeRecovery(error, { platform: "alumia", actions: { openApiKeys: "/settings#api-keys", retry: true } }));
    expect(text.split("\n")[0]).toBe("Your API key wasn’t accepted");
    // The meta line: the status; UNAUTHORIZED would only say the title again.
    expect(text.split("\n")).toContain("HTTP 401");
    expect(text).not.toContain("UNAUTHORIZED");
    expect(text).toContain("→ Open API keys: /settings#api-keys");
    // Plain text: no markup of ours (the catalog's own `<key>` placeholders stay).
    expect(text).not.toMatch(/<\/?(?:p|code|div|span|ol|li)\b/);
    expect(text).toContain("`Authorization: Bearer <key>`");
  });
});
