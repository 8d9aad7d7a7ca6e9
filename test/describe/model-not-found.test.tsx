/**
 * A provider's 404 for a model (OpenAI's `model_not_found`: "The model `gpt-9` does not exist
 * or you do not have access to it."), as a host with no platform hit it: React, the real SDK's
 * body, `actions={{ retry, addFunds: "/acme/billing" }}`. It took RunAgents' gateway wording
 * ("isn't registered on the platform", "Open models and check…", "Go to Models in the
 * console") and offered only Copy details under a body that named Open models. Now: words for
 * any provider, the model named, no button promised that is not there, and no Retry (the same
 * request asks for the same model). RunAgents' own words stay, for a host that names RunAgents.
 */
import { render, screen } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { de, en, ErrorRecovery, parseRecoveryError, preloadRecovery, RecoveryProvider, type RecoveryMessages } from "../../src";
import { describeRecovery } from "../../src/describe";
import { PLATFORMS } from "../../stories/platforms/entries";

const OPENAI_404 = parseRecoveryError(
  { error: { message: "The model `gpt-9` does not exist or you do not have access to it.", type: "invalid_request_error", param: null, code: "model_not_found" } },
  { status: 404, headers: { "content-type": "application/json", "x-request-id": "req_model_05" } },
);
const HOST = { retry: true as const, addFunds: "/acme/billing" };

beforeAll(async () => {
  expect(await preloadRecovery()).toBe(true);
});

describe("the parser names the model OpenAI names only in its words", () => {
  it("not-found/model, about gpt-9", () => {
    expect(OPENAI_404).toMatchObject({ kind: "not-found", variant: "model", retryable: false, resource: { type: "model", id: "gpt-9" } });
  });
  it("a name in a body field still wins; a sentence without a quoted name gives none", () => {
    expect(parseRecoveryError({ error: { code: "model_not_found", message: "Model `a` not found" }, model: "b" }, { status: 404 })).toMatchObject({ resource: { id: "b" } });
    const unnamed = parseRecoveryError({ error: { code: "model_not_found", message: "No such model" } }, { status: 404 });
    expect(unnamed).toMatchObject({ kind: "not-found", variant: "model" });
    expect((unnamed as { resource?: { id?: string } }).resource?.id).toBeUndefined();
  });
});

describe.each([["en", en], ["de", de]] as Array<[string, RecoveryMessages]>)("described (%s)", (_, catalog) => {
  const model = catalog.notices["not-found"].model;
  const named = model.named!("gpt-9");

  it("no platform, Retry and a billing link wired: the generic words, the model named, nothing offered that is not there", () => {
    const d = describeRecovery(OPENAI_404, { catalog, actions: HOST });
    expect(d.variant).toBe("model");
    expect(d.title).toBe(model.title);
    // The unwired body (no Open models on the card), its first sentence naming the model.
    expect(d.body).toBe(`${named} ${model.unwired}`);
    expect(d.body).toContain("`gpt-9`");
    // Retry asks for the same model again; Add funds is no way out of a missing model.
    expect(d.actions).toEqual([]);
    expect(d.steps).toBeUndefined();
    // Named in the body, so not again as a fact.
    expect(d.facts).toEqual([]);
    expect(d.tone).toBe("danger");
  });

  it("Open models wired: it leads, and the body names it", () => {
    const d = describeRecovery(OPENAI_404, { catalog, actions: { ...HOST, openModels: "/settings/models", openApiKeys: "/settings/keys" } });
    expect(d.actions.map((action) => [action.id, action.kind])).toEqual([["openModels", "primary"], ["openApiKeys", "secondary"]]);
    expect(d.body).toBe(model.body.replace(/^[^.!?]*[.!?]/, named));
    expect(d.where).toBe(catalog.common.placeAt?.("/settings/models") ?? "/settings/models");
  });

  it("only Open API keys wired: it stands in, under the body that asks to check the key's access", () => {
    const d = describeRecovery(OPENAI_404, { catalog, actions: { openApiKeys: "/settings/keys" } });
    expect(d.actions.map((action) => [action.id, action.kind])).toEqual([["openApiKeys", "primary"]]);
    expect(d.body.startsWith(named)).toBe(true);
    expect(d.body).not.toBe(model.body.replace(/^[^.!?]*[.!?]/, named));
  });

  it.each(PLATFORMS.filter((platform) => platform.platform !== "runagents").map((platform) => [platform.platform!]))("on %s, whose page has no such entry: the generic words", (platform) => {
    expect(describeRecovery(OPENAI_404, { catalog, platform, actions: HOST }).title).toBe(model.title);
  });

  it("on RunAgents: its gateway's words, exactly as before", () => {
    const runagents = catalog.notices["not-found"]["model@runagents"];
    const wired = describeRecovery(OPENAI_404, { catalog, platform: "runagents", actions: { openModels: "/models" } });
    expect([wired.variant, wired.title, wired.body, wired.steps?.items]).toEqual(["model", runagents.title, runagents.body, runagents.steps]);
    // And without Open models on the card, its advice without the button.
    expect(describeRecovery(OPENAI_404, { catalog, platform: "runagents", actions: HOST }).body).toBe(`${runagents.body.split(/(?<=\.) /)[0]} ${runagents.unwired}`);
  });

  it("a host's own body is theirs: not swapped for the unwired one, nor renamed", () => {
    const d = describeRecovery(OPENAI_404, { catalog, actions: HOST, messages: { body: "Pick another model." } });
    expect(d.body).toBe("Pick another model.");
  });
});

describe("rendered as the host rendered it", () => {
  it("ErrorRecovery, no platform: the generic words, the model as code, Copy details and no button the body promises", () => {
    render(<ErrorRecovery error={OPENAI_404} actions={{ retry: () => undefined, addFunds: "/acme/billing" }} />);
    const card = screen.getByRole("group", { name: "Model not available" });
    expect(card).toHaveTextContent("The model gpt-9 doesn’t exist, or this API key has no access to it. Check the model’s name and the key’s access, or use another model.");
    expect(screen.getByText("gpt-9", { selector: "code" })).toBeInTheDocument();
    expect(screen.getAllByRole("button")).toEqual([screen.getByRole("button", { name: en.common.copyDetails })]);
    expect(screen.queryByRole("link")).toBeNull();
    expect(card).not.toHaveTextContent(/registered on the platform|Open models|Go to Models/);
  });

  it("ErrorRecovery under RecoveryProvider platform=\"runagents\": the seed's words", () => {
    render(
      <RecoveryProvider platform="runagents">
        <ErrorRecovery error={OPENAI_404} actions={{ openModels: "/models" }} />
      </RecoveryProvider>,
    );
    expect(screen.getByRole("group", { name: "Model not found" })).toHaveTextContent("The agent requested a model that isn’t registered on the platform. Open models and check that its name matches one exactly.");
    expect(screen.getByRole("link", { name: "Open models" })).toHaveAttribute("href", "/models");
  });
});

describe("the same host's 402 (OpenAI's insufficient_quota), Add funds wired and no Upgrade plan", () => {
  const quota = parseRecoveryError(
    { error: { message: "You exceeded your current quota, please check your plan and billing details.", type: "insufficient_quota", code: "insufficient_quota" } },
    { status: 402 },
  );
  it.each([["en", en], ["de", de]] as Array<[string, RecoveryMessages]>)("names Add funds only (%s)", (_, catalog) => {
    const t = catalog.balance;
    const body = (actions: Record<string, string | true>) => describeRecovery(quota, { catalog, actions }).body;
    const lead = t.quotaBody.split(/(?<=\.) /)[0];
    expect(body(HOST)).toBe(`${lead} ${t.quotaNext!(true, false)}`);
    expect(body({ upgradePlan: "/plans" })).toBe(`${lead} ${t.quotaNext!(false, true)}`);
    expect(body({})).toBe(`${lead} ${t.quotaNext!(false, false)}`);
    // Both on the card: the words as they were.
    expect(body({ ...HOST, upgradePlan: "/plans" })).toBe(t.quotaBody);
  });
  it("an empty balance with no Add funds says the need without the button", () => {
    const empty = parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } }, { status: 402 });
    expect(describeRecovery(empty, { actions: { retry: true } }).body).toBe(en.balance.emptyUnwired);
    expect(describeRecovery(empty, { actions: HOST }).body).toBe(en.balance.emptyBody);
  });
});
