/**
 * Runs a stack's table: each row drives the real package, hands what the host holds to
 * `fromError` (the README's catch path), and checks what the person would be told — the
 * kind, the wait, the connector, the server's words — and that nothing shown (the model's
 * message or any line of the description) holds a secret, an address, raw JSON or HTML, a
 * stack, or a framework's own sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromError, type RecoveryError } from "../../../src/model";
import { describeRecovery, descriptionToText } from "../../../src/describe";
import { NOTICE_ACTION_IDS } from "../../../src/catalog/notice-types";
import { startCorpusServer, type CorpusServer } from "../server";
import type { Stack, StackContext, StackExpected } from "./types";

const COMPONENT_ACTIONS = [
  "addFunds", "addByokKey", "chooseFreeModel", "topUp", "upgradePlan", "reloadBalance", "billingActivity", "reconnect", "connect", "authorize",
  "resume", "returnToSession", "cancelRun", "approve", "reject", "requestAgain", "viewApprovals", "cancelSession", "disableTool", "copyOutput", "editMessage",
];
/** Every action wired, so the description shows every action its wording offers. */
const EVERY_ACTION = Object.fromEntries([...NOTICE_ACTION_IDS, ...COMPONENT_ACTIONS].map((id) => [id, true as const]));

// Nothing that identifies a machine, a key or a credential may be shown.
const LEAKS = [/127\.0\.0\.1/, /localhost:\d/, /\b[\w-]+\.[\w.-]+:\d{2,5}\b/, /\bsk[-_](?:proj|test|live|ant)-?[A-Za-z\d]{8,}/, /AIza[\w-]{20,}/, /Bearer\s+\S{8,}/, /hunter2/, /ECONN/];
// What is never fit to show: raw JSON or markup, a stack, a framework's own sentence.
const NOT_FOR_PEOPLE = [
  /[{[]\s*"/, /"\s*:\s*[{["\d]/, /<\/?[a-z][^>]*>/i, /\n\s+at\s/, /\.(?:[cm]?js|ts):\d+/, /type\.googleapis\.com/,
  /MCP error -?\d+/, /Streamable HTTP error/i, /Error POSTing to endpoint/i, /SSE error/i, /No route matches URL/i, /Max turns \(\d+\) exceeded/i,
  /Input guardrail triggered/i, /Output guardrail triggered/i, /lc_error_code/, /Request failed with status code/i, /\[GoogleGenerativeAI Error\]/, /status code \(no body\)/i,
  /troubleshooting\/errors/, /Troubleshooting URL/i, /Error fetching from/i, /Model refused to produce output/i,
];

function matches(value: unknown, expected: string | RegExp): boolean {
  return typeof value === "string" && (typeof expected === "string" ? value === expected : expected.test(value));
}

export function checkPerson(error: RecoveryError, expected: StackExpected): void {
  expect(error.kind).toBe(expected.kind);
  if (expected.variant) expect(error.variant).toBe(expected.variant);
  if (expected.reason) expect(error).toHaveProperty("reason", expected.reason);
  expect(error.retryable).toBe(expected.retryable);
  if (expected.status !== undefined) expect(error.status).toBe(expected.status);
  if (expected.code !== undefined) expect(matches(error.code, expected.code), `code ${error.code}`).toBe(true);
  if (expected.message === "library") expect(error.messageSource).toBe("library");
  else {
    expect(error.messageSource).toBe("server");
    expect(error.message).toMatch(expected.message);
  }
  if (expected.wait !== undefined) {
    expect(error.retryAfterMs, "the wait").toBeGreaterThanOrEqual(expected.wait - 1500);
    expect(error.retryAfterMs, "the wait").toBeLessThanOrEqual(expected.wait + 1500);
  }
  if (expected.resource) expect(error).toHaveProperty("limit.resource", expected.resource);
  if (expected.requestId) expect(error.requestId).toBe(expected.requestId);
  if (expected.provider) expect(error.provider).toBe(expected.provider);
  if (expected.connector) {
    const connector = (error as { connector?: { name?: string; authorizationUrl?: string } }).connector;
    for (const field of ["name", "authorizationUrl"] as const) {
      const want = expected.connector[field];
      if (want === null) expect(connector?.[field], `connector ${field}`).toBeUndefined();
      else if (want !== undefined) expect(matches(connector?.[field], want), `connector ${field}: ${connector?.[field]}`).toBe(true);
    }
  }
  if (expected.toolName !== undefined) {
    const named = (error as { toolCall?: { name?: string }; tool?: { name?: string } });
    const tool = named.toolCall?.name ?? named.tool?.name;
    expect(matches(tool, expected.toolName), `tool ${tool}`).toBe(true);
  }

  const description = describeRecovery(error, { actions: EVERY_ACTION });
  const offered = description.actions.map((action) => action.id);
  for (const id of expected.never ?? []) expect(offered, `never offers ${id}`).not.toContain(id);
  if (expected.first) expect(offered[0]).toBe(expected.first);

  checkShown(error, description);
  // A model value is plain data: it crosses a server/client boundary unchanged.
  expect(JSON.parse(JSON.stringify(error))).toEqual(error);
}

/** Nothing shown (the message, every line of the description) holds a secret, an address, raw JSON or HTML, a stack or a framework's sentence. */
export function checkShown(error: RecoveryError, description = describeRecovery(error, { actions: EVERY_ACTION })): void {
  for (const shown of [error.message, descriptionToText(description)]) {
    for (const leak of [...LEAKS, ...NOT_FOR_PEOPLE]) expect(shown, `shown text matches ${leak}`).not.toMatch(leak);
  }
}

/** The tables of `stacks`, one test per row, against one corpus server. */
export function runStacks(stacks: Stack[]): void {
  let server: CorpusServer;
  const ctx = {} as StackContext;
  beforeAll(async () => {
    server = await startCorpusServer();
    Object.assign(ctx, { server, url: server.url, port: server.port });
    for (const stack of stacks) await stack.setup?.(ctx);
  });
  afterAll(async () => {
    for (const stack of stacks) await stack.teardown?.();
    await server?.close();
  });

  for (const stack of stacks) {
    describe(stack.name, () => {
      it.each(stack.cases.map((row) => [row.name, row] as const))("%s", async (_, row) => {
        if (row.answer) server.answer(row.answer);
        const held = await row.run(ctx);
        expect(held, "the package threw or returned something").toBeDefined();
        checkPerson(await fromError(held), row.expected);
      });
    });
  }
}
