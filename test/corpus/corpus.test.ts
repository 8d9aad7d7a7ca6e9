// @vitest-environment node
/**
 * The corpus: real clients (the provider SDKs, axios, ky, undici, fetch) against a local
 * server answering with each provider's documented errors, and what the model makes of
 * what each client throws. One row per client × scenario; the expectations are what the
 * person who hit the error needs: the right kind, the wait, the support id, and the
 * server's words when it had some — never a key, a URL with credentials or an internal
 * address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromError, type RecoveryError } from "../../src/model";
import { CLIENTS, type ClientName } from "./clients";
import { SCENARIOS, TRANSPORT, TRANSPORT_EXPECTED, type Expected, type Transport } from "./scenarios";
import { startCorpusServer, type CorpusServer } from "./server";
import { checkShown } from "./stacks/check";

let server: CorpusServer;
let closedPort: number;

beforeAll(async () => {
  server = await startCorpusServer();
  // A port with nothing listening: a server started and closed again.
  const closed = await startCorpusServer();
  closedPort = closed.port;
  await closed.close();
});
afterAll(() => server.close());

// Nothing that identifies a machine, a key or a credential may be in a shown message.
const LEAKS = [/127\.0\.0\.1/, /\b[\w-]+\.[\w.-]+:\d{2,5}\b|localhost:\d/, /\bsk[-_](?:proj|test|live)-?[A-Za-z\d]{8,}/, /AIza[\w-]{20,}/, /hunter2/, /Bearer\s+\S{8,}/, /10\.0\.3\.7/, /db\.internal/, /ECONN/, /status code/i];

function check(error: RecoveryError, expected: Expected, headersKept: boolean): void {
  expect(error.kind).toBe(expected.kind);
  if (expected.variant) expect(error.variant).toBe(expected.variant);
  if (expected.reason) expect(error).toHaveProperty("reason", expected.reason);
  expect(error.retryable).toBe(expected.retryable);
  if (expected.message === "library") expect(error.messageSource).toBe("library");
  else {
    expect(error.messageSource).toBe("server");
    expect(error.message).toMatch(expected.message);
  }
  for (const leak of LEAKS) expect(error.message).not.toMatch(leak);
  if (expected.wait !== undefined && (headersKept || expected.provider === "google")) {
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(expected.wait - 1500);
    expect(error.retryAfterMs).toBeLessThanOrEqual(expected.wait + 1500);
    expect(error.retryAt).toBeGreaterThan(Date.now() + expected.wait - 3000);
  }
  if (expected.resource && headersKept) expect(error).toHaveProperty("limit.resource", expected.resource);
  if (headersKept) {
    if (expected.requestId) expect(error.requestId).toBe(expected.requestId);
    if (expected.provider) expect(error.provider).toBe(expected.provider);
  }
  expect(JSON.parse(JSON.stringify(error))).toEqual(error);
  checkShown(error);
}

const rows = SCENARIOS.flatMap((scenario) => scenario.clients.map((client) => [`${client}: ${scenario.name}`, client, scenario] as const));

describe("the corpus: documented errors through real clients", () => {
  it("has at least 80 cases across at least 8 clients", () => {
    const clients = new Set<ClientName>([...rows.map(([, client]) => client), ...Object.keys(CLIENTS)] as ClientName[]);
    expect(rows.length + TRANSPORT.length * Object.keys(CLIENTS).length).toBeGreaterThanOrEqual(80);
    expect(clients.size).toBeGreaterThanOrEqual(8);
  });

  // The Google SDKs drop the response headers: no header-based fields are expected from them.
  it.each(rows)("%s", async (_, client, scenario) => {
    const answer = JSON.parse(JSON.stringify(scenario.answer).replace(/EPOCH\+(\d+)/g, (_m, s: string) => String(Math.floor(Date.now() / 1000) + Number(s))));
    server.answer(answer);
    const thrown = await CLIENTS[client]({ url: server.url, port: server.port });
    expect(thrown).not.toHaveProperty("notThrown");
    const error = await fromError(thrown);
    const expected = scenario.bodyLost?.includes(client) ? { ...scenario.expected, message: "library" as const } : scenario.expected;
    check(error, expected, !["google-genai", "google-generative-ai"].includes(client));
  });
});

describe("the corpus: no server answered", () => {
  // Stripe's client takes no AbortSignal: it cannot be cancelled, only time out.
  const transportRows = TRANSPORT.flatMap((transport) =>
    (Object.keys(CLIENTS) as ClientName[]).filter((client) => !(client === "stripe" && transport === "cancelled")).map((client) => [`${client}: ${transport}`, client, transport] as const),
  );

  it.each(transportRows)("%s", async (_, client, transport: Transport) => {
    let thrown: unknown;
    if (transport === "refused") {
      thrown = await CLIENTS[client]({ url: `http://127.0.0.1:${closedPort}`, port: closedPort });
    } else if (transport === "reset") {
      server.answer({ reset: true });
      thrown = await CLIENTS[client]({ url: server.url, port: server.port });
    } else if (transport === "timeout") {
      server.answer({ hang: true });
      thrown = await CLIENTS[client]({ url: server.url, port: server.port, timeoutMs: 300 });
    } else {
      server.answer({ hang: true });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      thrown = await CLIENTS[client]({ url: server.url, port: server.port, signal: controller.signal });
    }
    expect(thrown).not.toHaveProperty("notThrown");
    // The host passes the signal it made the request with (here: one it never aborted), so a
    // client that throws AbortError for its own time-out (the Google SDKs) is told apart.
    const signal = transport === "timeout" ? new AbortController().signal : undefined;
    check(await fromError(thrown, { signal }), TRANSPORT_EXPECTED[transport], false);
  });
});
