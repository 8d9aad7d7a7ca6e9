/**
 * A gateway's 502 for its model provider (`provider_unreachable` / `provider_unavailable`), as a
 * host with no platform hits it: it took RunAgents' gateway wording ("The LLM provider's API
 * endpoint isn't responding", checks about "the model provider configuration" and "network
 * trouble between the platform and the provider", an Open models action), none of which that
 * host's user can act on. Now: words for any service (the provider is down, try again in a
 * moment) with Retry and Check API status, as the kind's default offers. RunAgents' own words
 * stay, exactly, for a host that names RunAgents.
 */
import { render, screen } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { de, en, ErrorRecovery, parseRecoveryError, preloadRecovery, RecoveryProvider, type RecoveryMessages } from "../../src";
import { describeRecovery } from "../../src/describe";
import { PLATFORMS } from "../../stories/platforms/entries";

// The seed entry's response (shared/seeds 003, "LLM Gateway returns 502 / provider unreachable").
const GATEWAY_502 = parseRecoveryError({ error: { code: "PROVIDER_UNREACHABLE", message: "The LLM provider did not respond" } }, { status: 502 });
// Another gateway's word for the same thing, with a wait asked for.
const GATEWAY_503 = parseRecoveryError({ error: { code: "provider_unavailable", message: "Upstream provider unavailable" } }, { status: 503, headers: { "retry-after": "20" } });
const EVERY = { retry: true as const, checkApiStatus: "https://status.example.com", openModels: "/models" };

// RunAgents' words that mean nothing to another host's user, in either language.
const PLATFORM_WORDS = /platform|Plattform|model provider configuration|Konfiguration des Modellanbieters|LLM|Open models|Modelle öffnen/i;

beforeAll(async () => {
  expect(await preloadRecovery()).toBe(true);
});

it("the parser gives both codes the provider variant", () => {
  expect(GATEWAY_502).toMatchObject({ kind: "upstream-unavailable", variant: "provider", status: 502, retryable: true });
  expect(GATEWAY_503).toMatchObject({ kind: "upstream-unavailable", variant: "provider", status: 503, retryable: true });
});

describe.each([["en", en], ["de", de]] as Array<[string, RecoveryMessages]>)("described (%s)", (_, catalog) => {
  const provider = catalog.notices["upstream-unavailable"].provider;
  const runagents = catalog.notices["upstream-unavailable"]["provider@runagents"];

  it("no platform, everything wired: the generic words, Retry leading and Check API status, no Open models", () => {
    const d = describeRecovery(GATEWAY_502, { catalog, actions: EVERY });
    expect(d.variant).toBe("provider");
    expect([d.title, d.body]).toEqual([provider.title, provider.body]);
    expect(d.actions.map((action) => [action.id, action.kind])).toEqual([["retry", "primary"], ["checkApiStatus", "secondary"]]);
    expect(d.steps).toBeUndefined();
    expect(`${d.title} ${d.body}`).not.toMatch(PLATFORM_WORDS);
    // None of RunAgents' sentences, in any part of what the card says.
    const said = JSON.stringify(d);
    for (const words of [runagents.title, runagents.body, ...(runagents.steps ?? [])]) expect(said).not.toContain(words);
  });

  it("no platform, nothing wired: the same words (they name no button), and nothing offered", () => {
    const d = describeRecovery(GATEWAY_502, { catalog, actions: {} });
    expect(d.body).toBe(provider.body);
    expect(d.actions).toEqual([]);
  });

  it("the other gateway's code and its wait: the same words, the wait said in words", () => {
    const d = describeRecovery(GATEWAY_503, { catalog, actions: EVERY });
    expect([d.title, d.body]).toEqual([provider.title, provider.body]);
    expect(d.wait).toBe(catalog.notice.waitHint(catalog === de ? "20 Sekunden" : "20 seconds"));
  });

  it.each(PLATFORMS.filter((platform) => platform.platform !== "runagents").map((platform) => [platform.platform!]))("on %s, whose page has no such entry: the generic words", (platform) => {
    const d = describeRecovery(GATEWAY_502, { catalog, platform, actions: EVERY });
    expect([d.title, d.body, d.steps]).toEqual([provider.title, provider.body, undefined]);
  });

  it("on RunAgents: its gateway's words, exactly as before", () => {
    const wired = describeRecovery(GATEWAY_502, { catalog, platform: "runagents", actions: { retry: true, openModels: "/models" } });
    expect([wired.variant, wired.title, wired.body, wired.steps?.items, wired.steps?.kind]).toEqual(["provider", runagents.title, runagents.body, runagents.steps, "check"]);
    expect(wired.actions.map((action) => [action.id, action.kind])).toEqual([["retry", "primary"], ["openModels", "secondary"]]);
    // Without Retry on the card, its advice without the button.
    expect(describeRecovery(GATEWAY_502, { catalog, platform: "runagents", actions: { openModels: "/models" } }).body).toBe(`${runagents.body.split(/(?<=\.) /)[0]} ${runagents.unwired}`);
  });
});

describe("the seed's words, as they were before the generic wording", () => {
  // Written out, not read from the catalog, so moving them cannot change them unseen.
  it.each([
    [
      en,
      "Can’t reach the model provider",
      "The LLM provider’s API endpoint isn’t responding. Retry in a moment; if it keeps failing, check the causes below.",
      ["The provider may be having an outage — check its status page", "The provider’s URL in the model provider configuration may be incorrect", "There may be network trouble between the platform and the provider"],
    ],
    [
      de,
      "Der Modellanbieter ist nicht erreichbar",
      "Der API-Endpunkt des LLM-Anbieters antwortet nicht. Versuche es gleich erneut; scheitert es weiter, prüfe die Ursachen unten.",
      ["Der Anbieter hat vielleicht eine Störung — prüfe seine Statusseite", "Die URL des Anbieters in der Konfiguration des Modellanbieters ist vielleicht falsch", "Es gibt vielleicht Netzwerkprobleme zwischen Plattform und Anbieter"],
    ],
  ] as Array<[RecoveryMessages, string, string, string[]]>)("%#: RunAgents", (catalog, title, body, steps) => {
    const d = describeRecovery(GATEWAY_502, { catalog, platform: "runagents", actions: { retry: true, openModels: "/models" } });
    expect([d.title, d.body, d.steps?.items]).toEqual([title, body, steps]);
  });
});

describe("rendered as a host renders it", () => {
  it("ErrorRecovery, no platform, Retry wired: the generic words and no word of RunAgents'", () => {
    render(<ErrorRecovery error={GATEWAY_502} actions={{ retry: () => undefined }} />);
    const card = screen.getByRole("group", { name: "The model provider isn’t responding" });
    expect(card).toHaveTextContent("The AI model provider this service uses isn’t responding. That’s on the provider’s side, not yours: try again in a moment.");
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Open models" })).toBeNull();
    // (The server's own words, "The LLM provider did not respond", are quoted under Details: its, not ours.)
    expect(card).not.toHaveTextContent(/platform|model provider configuration|causes below|Open models/);
  });

  it("ErrorRecovery under RecoveryProvider platform=\"runagents\": the seed's words", () => {
    render(
      <RecoveryProvider platform="runagents">
        <ErrorRecovery error={GATEWAY_502} actions={{ retry: () => undefined, openModels: "/models" }} />
      </RecoveryProvider>,
    );
    const card = screen.getByRole("group", { name: "Can’t reach the model provider" });
    expect(card).toHaveTextContent("The LLM provider’s API endpoint isn’t responding. Retry in a moment; if it keeps failing, check the causes below.");
    expect(card).toHaveTextContent("There may be network trouble between the platform and the provider");
    expect(screen.getByRole("link", { name: "Open models" })).toHaveAttribute("href", "/models");
  });
});
