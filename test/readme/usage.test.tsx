/**
 * The README's Usage example, run as written: the block is read out of README.md (not
 * copied here), compiled by TypeScript and linked to this repository's sources, so what the
 * README teaches is what these tests press.
 */
import { readFileSync } from "node:fs";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import * as jsxRuntime from "react/jsx-runtime";
import ts from "typescript";
import { afterEach, describe, expect, it, vi } from "vitest";
import { README, readmeBlocks } from "../../scripts/readme-blocks.mjs";
import * as kit from "../../src";
import * as model from "../../src/model";
import type { RecoveryEvent } from "../../src";

/** The modules the README's block may import, as a host's bundler would give them. */
const MODULES: Record<string, unknown> = {
  react: React,
  "react/jsx-runtime": jsxRuntime,
  "recovery-kit": kit,
  "recovery-kit/model": model,
  "recovery-kit/styles.css": {},
};

/** Compiles and runs the README block named `file`, returning its exports. */
function readmeModule(file: string): Record<string, unknown> {
  const block = readmeBlocks(readFileSync(README, "utf8")).find((each) => each.file === file);
  if (!block) throw new Error(`README.md has no block named ${file}`);
  const { outputText } = ts.transpileModule(block.code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, esModuleInterop: true },
  });
  const require = (specifier: string) => {
    if (!(specifier in MODULES)) throw new Error(`README ${file} imports ${specifier}, which this test does not provide`);
    return MODULES[specifier];
  };
  const module = { exports: {} as Record<string, unknown> };
  new Function("require", "module", "exports", outputText)(require, module, module.exports);
  return module.exports;
}

const Chat = readmeModule("src/chat.tsx").Chat as () => React.ReactElement;

const BAD_GATEWAY = () => new Response("<html><body><h1>502 Bad Gateway</h1></body></html>", { status: 502, headers: { "content-type": "text/html" } });

/** `/api/chat` answering with each of `answers` in turn; the requests it saw. */
function chatApi(...answers: (() => Response)[]) {
  const seen: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      seen.push(`${init?.method ?? "GET"} ${url} ${String(init?.body)}`);
      const answer = answers.shift();
      if (!answer) throw new Error(`no answer left for ${url}`);
      return answer();
    }),
  );
  return seen;
}

async function sendAndFail(events: RecoveryEvent[]) {
  const user = userEvent.setup();
  render(
    <kit.RecoveryProvider onEvent={(event) => events.push(event)}>
      <Chat />
    </kit.RecoveryProvider>,
  );
  await user.type(screen.getByRole("textbox", { name: "Message" }), "Summarise my inbox");
  await user.click(screen.getByRole("button", { name: "Send" }));
  // ErrorRecovery loads each kind's card with import(): until it is up a short state stands in,
  // which says `shown` as well (the card in its place is the same showing, said once).
  await waitFor(() => expect(document.querySelector("[data-slot=surface]:not([data-short])")).not.toBeNull());
  await waitFor(() => expect(events.map((event) => event.type)).toEqual(["shown"]));
  expect(screen.getByRole("button", { name: "Retry" })).toBeVisible();
  return user;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("README Usage example", () => {
  it("a retry that fails again reports action-failed, and the card says it did not work", async () => {
    const seen = chatApi(BAD_GATEWAY, BAD_GATEWAY);
    const events: RecoveryEvent[] = [];
    const user = await sendAndFail(events);

    await user.click(screen.getByRole("button", { name: "Retry" }));

    await waitFor(() => expect(events.map((event) => event.type)).toContain("action-failed"));
    expect(events.map((event) => event.type)).not.toContain("action-succeeded");
    expect(events.find((event) => event.type === "action-failed")).toMatchObject({ action: "retry" });
    // The same message was sent again.
    expect(seen).toEqual(['POST /api/chat {"message":"Summarise my inbox"}', 'POST /api/chat {"message":"Summarise my inbox"}']);
    // Seen, and heard: the line under the actions, which also describes the Retry button.
    expect(screen.getByText("“Retry” didn’t work. Try again.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Retry" })).toHaveAccessibleDescription("“Retry” didn’t work. Try again.");
  });

  it("a retry that gets through reports action-succeeded and the card goes", async () => {
    chatApi(BAD_GATEWAY, () => new Response(JSON.stringify({ reply: "Done" }), { status: 200 }));
    const events: RecoveryEvent[] = [];
    const user = await sendAndFail(events);

    await user.click(screen.getByRole("button", { name: "Retry" }));

    await waitFor(() => expect(screen.queryByRole("button", { name: "Retry" })).not.toBeInTheDocument());
    expect(events.map((event) => event.type)).toContain("action-succeeded");
    expect(events.map((event) => event.type)).not.toContain("action-failed");
    expect(screen.queryByText(/didn’t work/)).not.toBeInTheDocument();
  });
});
