/**
 * The MCP stack: the real `@modelcontextprotocol/sdk` client over Streamable HTTP (and the
 * deprecated SSE transport), against a real `McpServer` on a loopback HTTP server for the
 * JSON-RPC failures, and against the corpus server for what an MCP endpoint's HTTP layer
 * answers (401, 403, 503).
 *
 * What the SDK keeps (v1.32): a JSON-RPC error becomes `McpError` (`code`, `data`, message
 * "MCP error <code>: <message>"); -32042 becomes `UrlElicitationRequiredError` with
 * `data.elicitations`. A tool's own failure never throws: `McpServer` turns it (and an unknown
 * tool, and an `McpError` a tool throws, except -32042) into a `CallToolResult` with
 * `isError: true` whose text is the error's message. An HTTP failure becomes
 * `StreamableHTTPError` (`code` = the status, message "Streamable HTTP error: Error POSTing to
 * endpoint: <body text>") with no headers; with an `authProvider`, a 401 runs the OAuth flow
 * and ends in `UnauthorizedError` ("Unauthorized") when the user must be sent to authorize.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { ErrorCode, McpError, UrlElicitationRequiredError } from "@modelcontextprotocol/sdk/types.js";
import type { Stack } from "./types";

const GITHUB_AUTHORIZE = "https://github.com/login/oauth/authorize?client_id=abc&state=xyz";

let mcpServer: Server | undefined;
let mcpUrl = "";
/** Handlers still waiting (the hanging tool), released at teardown if the client never closed. */
const waiting = new Set<() => void>();

/** Registers the tools and resources the rows call, on a fresh `McpServer` (one per request: stateless). */
function buildMcpServer(): McpServer {
  const server = new McpServer({ name: "corpus-mcp", version: "1.0.0" });

  const elicit = (name: string, url: string, message: string) =>
    server.registerTool(name, { description: `Needs the user to authorize (${name})` }, async () => {
      throw new UrlElicitationRequiredError([{ mode: "url", url, message, elicitationId: `elicit-${name}` }], message);
    });
  elicit("list_repositories", GITHUB_AUTHORIZE, "Authorize access to your GitHub repositories to continue.");
  elicit("open_dashboard", "javascript:alert(1)", "Open the dashboard to authorize this tool.");
  elicit("sync_calendar", "https://admin:hunter2@evil.example/oauth/authorize", "Sign in to your calendar to continue.");

  server.registerTool("wait_for_build", { description: "Waits for a CI build (never finishes)" }, (extra) =>
    new Promise((resolve) => {
      const release = () => {
        waiting.delete(release);
        resolve({ content: [{ type: "text", text: "cancelled" }] });
      };
      waiting.add(release);
      extra.signal.addEventListener("abort", release, { once: true });
    }),
  );
  server.registerTool("search_code", { description: "Searches code (its backend fails)" }, async () => {
    throw new Error("Search failed while reading page 3 of results (api key sk-live-9fQ2mZx7Lp4Rt8Wv)");
  });
  server.registerTool("create_issue", { description: "Creates an issue (rate limited)" }, async () => ({
    isError: true,
    content: [{ type: "text", text: "Rate limit exceeded. Please try again in 20 seconds." }],
  }));
  server.registerTool("query_database", { description: "Runs a query (its pool is exhausted)" }, async () => {
    throw new McpError(ErrorCode.InternalError, "Database connection pool exhausted, the query could not run.");
  });
  server.registerResource("build-log", "ci://builds/latest/log", { description: "The latest build log" }, async () => {
    throw new Error("The build log store did not answer.");
  });
  return server;
}

async function startMcpServer(): Promise<void> {
  mcpServer = createServer((req, res) => {
    const server = buildMcpServer();
    // Stateless: a fresh transport per request; JSON answers rather than an SSE stream.
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on("close", () => {
      void transport.close();
      void server.close();
    });
    server
      .connect(transport)
      .then(() => transport.handleRequest(req, res))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => mcpServer?.listen(0, "127.0.0.1", resolve));
  mcpUrl = `http://127.0.0.1:${(mcpServer.address() as AddressInfo).port}/mcp`;
}

async function stopMcpServer(): Promise<void> {
  for (const release of [...waiting]) release();
  if (!mcpServer) return;
  mcpServer.closeAllConnections();
  await new Promise<void>((resolve) => mcpServer?.close(() => resolve()));
  mcpServer = undefined;
}

function newClient(): Client {
  return new Client({ name: "recovery-kit-corpus", version: "0.0.0" });
}

/** Connects a fresh client over Streamable HTTP, calls `call`, and hands back what it threw (or returned). */
async function withClient(url: string, call: (client: Client) => Promise<unknown>, options?: { authProvider?: OAuthClientProvider }): Promise<unknown> {
  const client = newClient();
  const transport = new StreamableHTTPClientTransport(new URL(url), options);
  try {
    await client.connect(transport);
    return await call(client);
  } catch (thrown) {
    return thrown;
  } finally {
    await client.close();
    await transport.close();
  }
}

const onMcpServer = (call: (client: Client) => Promise<unknown>) => () => withClient(mcpUrl, call);
const callTool = (name: string) => onMcpServer((client) => client.callTool({ name }));

/**
 * A host's OAuth provider with no tokens yet: the SDK runs discovery, then asks it to send the
 * user to the authorization page (recorded, not opened) and throws `UnauthorizedError`.
 */
function signedOutProvider(): OAuthClientProvider {
  let verifier = "";
  return {
    redirectUrl: "https://app.example/oauth/callback",
    clientMetadata: { client_name: "recovery-kit corpus", redirect_uris: ["https://app.example/oauth/callback"] },
    clientInformation: () => ({ client_id: "corpus-client" }),
    tokens: () => undefined,
    saveTokens: () => undefined,
    redirectToAuthorization: () => undefined,
    saveCodeVerifier: (value) => {
      verifier = value;
    },
    codeVerifier: () => verifier,
  };
}

const INVALID_TOKEN_BODY = { error: "invalid_token", error_description: "Missing or invalid access token" };

export const mcp: Stack = {
  name: "mcp",
  catchPath:
    "Call `fromError` on what `client.connect()` and `client.callTool()` (and every other client request) throw, and hand a `CallToolResult` with `isError: true` to `fromError`/`parseRecoveryError` as it is — the SDK turns a tool's failure into that result, not a throw; `StreamableHTTPError` keeps no headers (a Retry-After or WWW-Authenticate is lost), only the status in `code` and the body text in its message.",
  setup: startMcpServer,
  teardown: stopMcpServer,
  cases: [
    // ------------------------------------------------------------ JSON-RPC, from a real McpServer
    {
      name: "URL elicitation (-32042) with a GitHub authorization URL",
      run: callTool("list_repositories"),
      expected: {
        kind: "connector-auth",
        reason: "consent-required",
        retryable: false,
        message: /^Authorize access to your GitHub repositories to continue\.$/,
        connector: { name: "github.com", authorizationUrl: GITHUB_AUTHORIZE },
      },
      note: "UrlElicitationRequiredError: the URL is in data.elicitations[0].url; the server's message comes back prefixed twice (\"MCP error -32042: MCP error -32042: …\") because the server sends its own prefixed message.",
    },
    {
      name: "URL elicitation (-32042) with a javascript: URL",
      run: callTool("open_dashboard"),
      expected: {
        kind: "connector-auth",
        reason: "consent-required",
        retryable: false,
        message: /^Open the dashboard to authorize this tool\.$/,
        connector: { authorizationUrl: null, name: null },
      },
      note: "The javascript: URL must be dropped: no authorizationUrl, and no name taken from it.",
    },
    {
      name: "URL elicitation (-32042) with credentials in the URL",
      run: callTool("sync_calendar"),
      expected: {
        kind: "connector-auth",
        reason: "consent-required",
        retryable: false,
        message: /^Sign in to your calendar to continue\.$/,
        connector: { authorizationUrl: null },
      },
      note: "A URL with user:pass@ must be dropped; the password (hunter2) must never be shown.",
    },
    {
      name: "request time-out (-32001) on a tool that never answers",
      run: onMcpServer((client) => client.callTool({ name: "wait_for_build" }, undefined, { timeout: 200 })),
      expected: { kind: "tool-stuck", retryable: false, message: "library" },
      note: "McpError -32001 \"Request timed out\", data { timeout: 200 }: the SDK's sentence, and it does not name the tool.",
    },
    {
      name: "a tool throws a plain Error: isError result",
      run: callTool("search_code"),
      expected: {
        kind: "tool-unavailable",
        variant: "tool-error",
        retryable: true,
        message: /^Search failed while reading page 3 of results/,
      },
      note: "McpServer catches it and returns { isError: true, content: [{ type: 'text', text: error.message }] }; the key in it must be redacted.",
    },
    {
      name: "a tool returns isError with a rate-limit text",
      run: callTool("create_issue"),
      expected: { kind: "rate-limited", retryable: true, wait: 20_000, message: /^Rate limit exceeded\. Please try again in 20 seconds\./ },
    },
    {
      name: "unknown tool (-32602): isError result",
      run: callTool("delete_repository"),
      expected: {
        kind: "tool-unavailable",
        variant: "unknown-tool",
        retryable: false,
        never: ["retry"],
        toolName: "delete_repository",
        message: "library",
      },
      note: "This SDK version does not throw: McpServer returns isError with the text \"MCP error -32602: Tool delete_repository not found\" (the SDK's sentence).",
    },
    {
      name: "a tool throws McpError InternalError (-32603): isError result",
      run: callTool("query_database"),
      expected: {
        kind: "upstream-unavailable",
        variant: "server",
        retryable: true,
        message: /^Database connection pool exhausted, the query could not run\.$/,
      },
      note: "McpServer returns isError with the text \"MCP error -32603: Database connection pool exhausted, …\": the code only survives in the text.",
    },
    {
      name: "a resource read fails (-32603 thrown)",
      run: onMcpServer((client) => client.readResource({ uri: "ci://builds/latest/log" })),
      expected: {
        kind: "upstream-unavailable",
        variant: "server",
        retryable: true,
        message: /^The build log store did not answer\.$/,
      },
      note: "A plain Error in a resource callback is answered as JSON-RPC -32603 with its message: McpError code -32603, \"MCP error -32603: The build log store did not answer.\"",
    },
    {
      name: "method not found (-32601): prompts on a server without prompts",
      run: onMcpServer((client) => client.listPrompts()),
      expected: {
        kind: "tool-unavailable",
        variant: "unknown-tool",
        retryable: false,
        never: ["retry"],
        message: "library",
      },
      note: "McpError -32601 \"MCP error -32601: Method not found\".",
    },
    // ------------------------------------------------------------ HTTP, from the corpus server
    {
      name: "401 with WWW-Authenticate, no authProvider",
      answer: {
        status: 401,
        headers: { "WWW-Authenticate": 'Bearer resource_metadata="https://mcp.linear.app/.well-known/oauth-protected-resource"' },
        body: INVALID_TOKEN_BODY,
      },
      run: (ctx) => withClient(`${ctx.url}/mcp`, (client) => client.listTools()),
      expected: {
        kind: "connector-auth",
        reason: "auth-failed",
        retryable: false,
        first: "reconnect",
        message: /Missing or invalid access token/,
      },
      note: "StreamableHTTPError code 401, message \"Streamable HTTP error: Error POSTing to endpoint: {…body…}\"; the WWW-Authenticate header (and the connector's resource metadata URL) is dropped.",
    },
    {
      name: "401 with an authProvider that has no tokens: UnauthorizedError",
      run: (ctx) => {
        // The resource metadata URL points at the corpus server (loopback), so the SDK's
        // discovery never leaves the machine; every discovery request gets the same 401.
        ctx.server.answer({
          status: 401,
          headers: { "WWW-Authenticate": `Bearer resource_metadata="${ctx.url}/.well-known/oauth-protected-resource"` },
          body: INVALID_TOKEN_BODY,
        });
        return withClient(`${ctx.url}/mcp`, (client) => client.listTools(), { authProvider: signedOutProvider() });
      },
      expected: { kind: "connector-auth", reason: "auth-failed", retryable: false, first: "reconnect", message: "library" },
      note: "UnauthorizedError, message \"Unauthorized\", no code or status: the body and headers are gone; the provider's redirectToAuthorization got the URL.",
    },
    {
      name: "403 insufficient_scope, no authProvider",
      answer: {
        status: 403,
        headers: { "WWW-Authenticate": 'Bearer error="insufficient_scope", scope="repo read:org"' },
        body: { error: "insufficient_scope", error_description: "The access token is missing the scopes this request needs." },
      },
      run: (ctx) => withClient(`${ctx.url}/mcp`, (client) => client.listTools()),
      expected: {
        kind: "connector-auth",
        reason: "missing-scope",
        retryable: false,
        message: /^The access token is missing the scopes this request needs\.$/,
      },
      note: "StreamableHTTPError code 403; the scopes were only in WWW-Authenticate, which is dropped; insufficient_scope survives in the body text.",
    },
    {
      name: "503 overloaded with Retry-After (dropped): the wait from the words",
      answer: {
        status: 503,
        headers: { "Retry-After": "30" },
        body: { error: { message: "Server is overloaded, please try again in 30 seconds." } },
      },
      run: (ctx) => withClient(`${ctx.url}/mcp`, (client) => client.listTools()),
      expected: { kind: "upstream-unavailable", retryable: true, wait: 30_000, message: /^Server is overloaded, please try again in 30 seconds\.$/ },
      note: "StreamableHTTPError code 503 keeps no headers: the Retry-After is lost, the body's words still say 30 seconds.",
    },
    {
      name: "SSE transport against a 401: SseError",
      answer: {
        status: 401,
        headers: { "WWW-Authenticate": 'Bearer resource_metadata="https://mcp.linear.app/.well-known/oauth-protected-resource"' },
        body: INVALID_TOKEN_BODY,
      },
      run: async (ctx) => {
        const client = newClient();
        const transport = new SSEClientTransport(new URL(`${ctx.url}/sse`));
        try {
          await client.connect(transport);
          return await client.listTools();
        } catch (thrown) {
          return thrown;
        } finally {
          await client.close();
          await transport.close();
        }
      },
      expected: { kind: "connector-auth", reason: "auth-failed", retryable: false, first: "reconnect", message: "library" },
      note: "SseError code 401, message \"SSE error: Non-200 status code (401)\", event (the EventSource ErrorEvent); the body is never read.",
    },
  ],
};
