/**
 * Every entry of the four seed troubleshooting pages, in each page's order: the response a
 * host would receive for it, the actions a host would wire, and what the user must see.
 * The Platforms/* stories, their docs pages, docs/coverage.md and a unit test all read this.
 */
import { parseRecoveryError, type RecoveryError, type RecoveryErrorKind } from "../../src/model";
import type { RecoveryOptions } from "../../src";

export type PlatformId = "credits" | "alumia" | "agi" | "runagents";

/** A failure as the host caught it: a response, or a thrown value. */
export type Fixture =
  | { response: { status: number; headers?: Record<string, string>; body?: unknown } }
  | { thrown: () => unknown };

export interface Entry {
  /** The story's export name. */
  id: string;
  /** The entry's title as the seed page gives it. */
  title: string;
  /** The line where the entry starts on the seed page, when it is not the title itself. */
  seedHeading?: string;
  fixture: Fixture;
  kind: RecoveryErrorKind;
  /** The component ErrorRecovery picks. */
  component: "BalanceEmptyCard" | "ConnectorReconnectCard" | "RateLimitBanner" | "ApprovalPendingNotice" | "StuckToolInspector" | "RecoveryNotice";
  /** Wording variant, when the response alone can't say (the host knows its platform). */
  variant?: string;
  /** Action ids the host wires: callbacks, or links where given as strings. */
  actions: Record<string, string | true>;
  options?: RecoveryOptions;
  /**
   * The accessible role and name the user meets; `where`, the place the seed page gives for
   * the fix, as the card must say it under its body ("Where: /profile → Billing").
   */
  expect: { role: "group"; name: string; where?: string };
  /** A button the play function presses, and the action id it must call. */
  press?: { button: string; action: string };
}

export interface Platform {
  id: PlatformId;
  /** Storybook group: Platforms/<name>. */
  name: string;
  seed: string;
  /** Passed to RecoveryProvider so kinds with a platform wording use it. */
  platform?: string;
  entries: Entry[];
}

/** The model value for a fixture, parsed synchronously (stories use fromResponse instead). */
export function parseFixture(fixture: Fixture): RecoveryError {
  if ("thrown" in fixture) return parseRecoveryError(fixture.thrown());
  const { status, headers, body } = fixture.response;
  return parseRecoveryError(body, { status, headers });
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Fixture => ({
  response: { status, body, headers: { "content-type": "application/json", ...headers } },
});
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

export const PLATFORMS: Platform[] = [
  {
    id: "credits",
    name: "Credits sessions",
    seed: "000_b5adb040b97f4435.txt",
    // The host names its platform, so the page's own places are said ("/profile → Billing").
    platform: "credits",
    entries: [
      {
        id: "SessionStuckOnRunning",
        title: "Session stuck on 'running' for too long",
        fixture: json(409, { error: { code: "SESSION_STUCK", message: "Session ses_4821 has been running for 52 minutes" }, session: { id: "ses_4821", status: "running", started_at: ago(52 * 60_000) } }),
        kind: "run-stuck",
        component: "RecoveryNotice",
        actions: { cancel: true },
        expect: { role: "group", name: "The session is stuck on ‘running’" },
        press: { button: "Cancel", action: "cancel" },
      },
      {
        id: "SynthResponseIncomplete",
        title: "A synth's response looks incomplete or stopped mid-stream",
        fixture: json(502, { error: { code: "RESPONSE_INCOMPLETE", message: "The model provider closed the stream early" } }),
        kind: "incomplete-response",
        component: "RecoveryNotice",
        actions: { continue: true, cancel: true, rerun: true },
        expect: { role: "group", name: "The response stopped mid-stream" },
        press: { button: "Continue", action: "continue" },
      },
      {
        id: "InsufficientCreditsMidSession",
        title: "'Insufficient credits' mid-session",
        fixture: json(402, { error: "Insufficient credits", credits_remaining: 0 }),
        kind: "balance-empty",
        component: "BalanceEmptyCard",
        actions: { topUp: "/profile/billing", upgradePlan: "/profile/billing#plans", continue: true },
        expect: { role: "group", name: "Insufficient credits", where: "/profile → Billing" },
        press: { button: "Continue where you left off", action: "continue" },
      },
      {
        id: "ProviderNotConnected",
        title: "Tool execution says 'provider not connected'",
        fixture: json(400, { error: "Tool execution failed: Gmail not connected", action_item_id: "ai_77" }),
        kind: "connector-auth",
        component: "ConnectorReconnectCard",
        actions: { connect: "/settings/integrations", resume: true },
        options: { connector: { resumeActionId: "ai_77" } },
        expect: { role: "group", name: "Gmail isn’t connected", where: "/settings/integrations" },
        press: { button: "Execute again", action: "resume" },
      },
      {
        id: "OAuthCallbackLandsOnIntegrations",
        title: "OAuth callback lands on /settings/integrations instead of returning to the session",
        fixture: json(200, { code: "OAUTH_RESUME_PENDING", message: "Connected Gmail; the action did not resume", provider: "Gmail" }),
        kind: "connector-auth",
        component: "ConnectorReconnectCard",
        actions: { resume: true, returnToSession: "/sessions/ses_4821" },
        options: { connector: { resumeActionId: "ai_77" } },
        expect: { role: "group", name: "Connected — pick up where you left off" },
        press: { button: "Execute again", action: "resume" },
      },
      {
        id: "McpKeyNotInChatGPT",
        title: "MCP key works in Claude Desktop but not ChatGPT",
        fixture: json(401, { error: { code: "BEARER_NOT_SUPPORTED", message: "This client must use OAuth; Bearer keys are not accepted" } }, { "www-authenticate": 'Bearer error="invalid_token"' }),
        kind: "auth-method-unsupported",
        component: "RecoveryNotice",
        actions: { useOAuthConnector: "/docs/mcp#chatgpt", openDocs: "/docs/mcp" },
        expect: { role: "group", name: "This key doesn’t work in this client" },
      },
      {
        id: "WebhookDeliveriesNotArriving",
        title: "Webhook deliveries not arriving",
        fixture: json(200, { code: "WEBHOOK_PAUSED", subscription_id: "sub_19", consecutive_failures: 12, status: "paused" }),
        kind: "webhook-failing",
        component: "RecoveryNotice",
        variant: "not-arriving",
        actions: { reEnable: true, openWebhooks: "/mcp/console#webhooks", openWebhookDocs: "/docs/webhooks" },
        expect: { role: "group", name: "Webhook deliveries aren’t arriving", where: "/mcp/console → Webhooks → subscription details" },
        press: { button: "Re-enable", action: "reEnable" },
      },
      {
        id: "SessionMissingFromDashboard",
        title: "Session is missing from my dashboard",
        fixture: json(404, { error: { code: "SESSION_ARCHIVED", message: "Session ses_31 is archived" } }),
        kind: "not-found",
        component: "RecoveryNotice",
        actions: { switchToArchived: true },
        expect: { role: "group", name: "Session missing from your dashboard" },
        press: { button: "Switch to Archived", action: "switchToArchived" },
      },
    ],
  },
  {
    id: "alumia",
    name: "Alumia",
    seed: "001_6da681fa4f526d0e.txt",
    platform: "alumia",
    entries: [
      {
        id: "PaymentRequired402",
        title: "402 PAYMENT_REQUIRED",
        fixture: json(402, { error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } }),
        kind: "balance-empty",
        component: "BalanceEmptyCard",
        actions: { addFunds: true, addByokKey: "/acme/settings/byok", chooseFreeModel: true },
        expect: { role: "group", name: "Your balance is empty", where: "/your-org/billing" },
        press: { button: "Add funds", action: "addFunds" },
      },
      {
        id: "ConnectorAuthFailed",
        title: "Connector auth failed",
        fixture: json(401, { error: { code: "CONNECTOR_AUTH_FAILED", message: "OAuth refresh failed for Gmail", connector: { name: "Gmail" } } }),
        kind: "connector-auth",
        component: "ConnectorReconnectCard",
        actions: { reconnect: true, resume: true },
        expect: { role: "group", name: "Gmail was disconnected", where: "the connector card on /your-org/connectors" },
        press: { button: "Reconnect", action: "reconnect" },
      },
      {
        id: "TooManyRequests429",
        title: "429 TOO_MANY_REQUESTS",
        fixture: json(429, { error: "Too many requests", retryAfterMs: 30_000 }, { "retry-after": "30", "x-ratelimit-limit": "60", "ratelimit-policy": "60;w=60" }),
        kind: "rate-limited",
        component: "RateLimitBanner",
        actions: { retry: true },
        expect: { role: "group", name: "Too many requests" },
      },
      {
        id: "AgentStuckOnATool",
        title: "Agent stuck on a tool",
        fixture: json(200, {
          code: "TOOL_CALL_TIMEOUT",
          message: "check_messages has not returned",
          tool_call: { name: "check_messages", arguments: { from: "researcher", api_key: "sk-live-abcdefghijklmnop1234" }, partial_output: "waiting for researcher…", started_at: ago(4 * 60_000) },
        }),
        kind: "tool-stuck",
        component: "StuckToolInspector",
        actions: { cancelSession: true, sendFollowUp: true },
        options: { stuckTool: { cause: "waiting-on-peer", peers: [{ name: "researcher", state: "awaiting_peer" }, { name: "writer", state: "idle" }] } },
        expect: { role: "group", name: "check_messages hasn’t finished" },
        press: { button: "Cancel session", action: "cancelSession" },
      },
      {
        id: "StripeCheckoutNoBalance",
        title: "Stripe checkout did not return a balance",
        fixture: json(402, { error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } }),
        kind: "balance-empty",
        component: "BalanceEmptyCard",
        actions: { reloadBalance: true, billingActivity: "/acme/settings/billing#activity", contactSupport: "/support" },
        options: { balance: { topUp: { checkoutSessionId: "cs_live_a1B2c3D4" } } },
        expect: { role: "group", name: "Your top-up hasn’t arrived yet", where: "/your-org/billing" },
        press: { button: "Reload balance", action: "reloadBalance" },
      },
      {
        id: "Unauthorized401",
        title: "401 UNAUTHORIZED on the API",
        fixture: json(401, { error: { code: "UNAUTHORIZED", message: "Missing X-Alumia-Org header" } }),
        kind: "unauthorized",
        component: "RecoveryNotice",
        actions: { openApiKeys: "/acme/settings#api-keys", regenerateKey: true, retry: true },
        expect: { role: "group", name: "Your API key wasn’t accepted", where: "/acme/settings → API keys" },
        press: { button: "Regenerate key", action: "regenerateKey" },
      },
      {
        id: "ShareLink404",
        title: "404 on /share/<token>",
        fixture: json(404, { error: { code: "SHARE_NOT_FOUND", message: "No canvas is shared with this token" } }),
        kind: "not-found",
        component: "RecoveryNotice",
        actions: { reEnableSharing: true },
        expect: { role: "group", name: "Shared link not found", where: "/your-org/lab/your-project" },
        press: { button: "Re-enable sharing", action: "reEnableSharing" },
      },
    ],
  },
  {
    id: "agi",
    name: "AGI API",
    seed: "002_21357477f65fe7b4.txt",
    platform: "agi",
    entries: [
      {
        id: "SessionCreationFails",
        title: "Session Creation Fails",
        fixture: json(422, { detail: [{ loc: ["body", "agent_name"], msg: "Unknown agent 'web-agnet'", type: "value_error" }] }),
        kind: "invalid-request",
        component: "RecoveryNotice",
        variant: "session-create",
        actions: { retry: true, openApiKeys: "/settings/api-keys" },
        expect: { role: "group", name: "Couldn’t create the session" },
        press: { button: "Retry", action: "retry" },
      },
      {
        id: "SessionNotFound404",
        title: "Session Not Found (404)",
        fixture: json(404, { detail: "Session not found" }),
        kind: "not-found",
        component: "RecoveryNotice",
        actions: { checkStatus: true },
        expect: { role: "group", name: "Session not found" },
        press: { button: "Check status", action: "checkStatus" },
      },
      {
        id: "SessionStuckInitializing",
        title: "Session Stuck Initializing",
        fixture: json(409, { code: "SESSION_STUCK_INITIALIZING", session_id: "ses_a1", status: "initializing", started_at: ago(6 * 60_000) }),
        kind: "run-stuck",
        component: "RecoveryNotice",
        actions: { checkStatus: true, cancel: true, retry: true },
        expect: { role: "group", name: "The session is stuck initializing" },
        press: { button: "Check status", action: "checkStatus" },
      },
      {
        id: "AgentNotCompletingTasks",
        title: "Agent Not Completing Tasks",
        fixture: json(409, { code: "AGENT_STUCK", session_id: "ses_a1", status: "running", started_at: ago(35 * 60_000) }),
        kind: "run-stuck",
        component: "RecoveryNotice",
        actions: { checkStatus: true, cancel: true },
        expect: { role: "group", name: "The agent isn’t finishing its task" },
        press: { button: "Cancel session", action: "cancel" },
      },
      {
        id: "IncompleteResults",
        title: "Incomplete Results",
        fixture: json(200, { status: "finished", code: "INCOMPLETE_RESULTS", message: "Returned 12 of 40 requested rows" }),
        kind: "incomplete-response",
        component: "RecoveryNotice",
        actions: { continue: true },
        expect: { role: "group", name: "The results are incomplete" },
        press: { button: "Continue", action: "continue" },
      },
      {
        id: "AgentMakesErrors",
        title: "Agent Makes Errors",
        fixture: json(422, { error: { code: "OUTPUT_VALIDATION_FAILED", message: "The extracted price does not match the page" } }),
        kind: "output-invalid",
        component: "RecoveryNotice",
        actions: { rerun: true },
        expect: { role: "group", name: "The agent made errors" },
        press: { button: "Re-run", action: "rerun" },
      },
      {
        id: "ConnectionTimeouts",
        title: "Connection Timeouts",
        fixture: json(504, { error: { code: "CONNECTION_TIMEOUT", message: "Upstream connection timed out after 30s" } }),
        kind: "timeout",
        component: "RecoveryNotice",
        actions: { retry: true, checkApiStatus: "https://status.agi.tech" },
        expect: { role: "group", name: "The connection timed out" },
        press: { button: "Retry", action: "retry" },
      },
      {
        id: "RateLimiting429",
        title: "Rate Limiting (429)",
        fixture: json(429, { detail: "Rate limit exceeded" }, { "retry-after": "12" }),
        kind: "rate-limited",
        component: "RateLimitBanner",
        actions: { retry: true },
        expect: { role: "group", name: "Too many requests" },
      },
      {
        id: "MessagesNotAppearing",
        title: "Messages Not Appearing",
        fixture: json(200, { code: "MESSAGES_NOT_APPEARING", session_id: "ses_a1", messages: [] }),
        kind: "stream-error",
        component: "RecoveryNotice",
        actions: { checkStatus: true, refresh: true },
        expect: { role: "group", name: "Your messages aren’t appearing" },
        press: { button: "Check status", action: "checkStatus" },
      },
      {
        id: "SSEParsingIssues",
        title: "SSE Parsing Issues",
        fixture: { thrown: () => Object.assign(new Error("Unexpected end of JSON input while reading event data"), { code: "SSE_PARSE_ERROR" }) },
        kind: "stream-error",
        component: "RecoveryNotice",
        actions: { retry: true, viewExamples: "https://docs.agi.tech/examples" },
        expect: { role: "group", name: "The event stream couldn’t be read" },
        press: { button: "Retry", action: "retry" },
      },
      {
        id: "Unauthorized401",
        title: "401 Unauthorized",
        fixture: json(401, { detail: "Invalid API key" }),
        kind: "unauthorized",
        component: "RecoveryNotice",
        actions: { openApiKeys: "/settings/api-keys", retry: true },
        expect: { role: "group", name: "Your API key wasn’t accepted" },
        press: { button: "Retry", action: "retry" },
      },
      {
        id: "AuthNotPreserved",
        title: "Auth Not Preserved",
        fixture: json(409, { error: { code: "AUTH_NOT_PRESERVED", message: "The restored browser session is signed out" }, snapshot_id: "snap_2" }),
        kind: "snapshot-failed",
        component: "RecoveryNotice",
        actions: { signIn: true, restoreSnapshot: true },
        expect: { role: "group", name: "The restored session lost its sign-in" },
        press: { button: "Sign in again", action: "signIn" },
      },
      {
        id: "SnapshotRestorationFails",
        title: "Snapshot Restoration Fails",
        fixture: json(500, { error: { code: "SNAPSHOT_RESTORE_FAILED", message: "Snapshot snap_2 could not be mounted" }, snapshot_id: "snap_2" }),
        kind: "snapshot-failed",
        component: "RecoveryNotice",
        actions: { restoreSnapshot: true, contactSupport: "/support" },
        expect: { role: "group", name: "Couldn’t restore the snapshot" },
        press: { button: "Retry restore", action: "restoreSnapshot" },
      },
      {
        id: "WebhooksNotReceived",
        title: "Webhooks Not Received",
        fixture: json(200, { code: "WEBHOOK_NOT_DELIVERED", subscription_id: "wh_5", failure_count: 3 }),
        kind: "webhook-failing",
        component: "RecoveryNotice",
        actions: { openWebhooks: "/settings/webhooks", openWebhookDocs: "https://docs.agi.tech/webhooks" },
        expect: { role: "group", name: "Webhooks aren’t arriving" },
      },
      {
        id: "DuplicateEvents",
        title: "Duplicate Events",
        fixture: json(200, { code: "DUPLICATE_EVENT", event_id: "evt_91", subscription_id: "wh_5" }),
        kind: "webhook-failing",
        component: "RecoveryNotice",
        actions: { openWebhookDocs: "https://docs.agi.tech/webhooks" },
        expect: { role: "group", name: "Some events arrived twice" },
      },
      {
        id: "JSONParsingErrors",
        title: "JSON Parsing Errors",
        fixture: { thrown: () => new SyntaxError(`Unexpected token 'H', "Here is the"... is not valid JSON`) },
        kind: "output-invalid",
        component: "RecoveryNotice",
        actions: { retry: true, viewExamples: "https://docs.agi.tech/examples" },
        expect: { role: "group", name: "The agent’s reply isn’t valid JSON" },
        press: { button: "Retry", action: "retry" },
      },
    ],
  },
  {
    id: "runagents",
    name: "RunAgents",
    seed: "003_a019a0b625274bb0.txt",
    platform: "runagents",
    entries: [
      {
        id: "AgentStuckPending",
        title: 'Agent stuck in "Pending" status',
        fixture: json(409, { error: { code: "AGENT_PENDING", message: "Agent invoice-bot has not started" }, agent: { id: "invoice-bot", status: "Pending", created_at: ago(20 * 60_000) } }),
        kind: "run-stuck",
        component: "RecoveryNotice",
        actions: { viewEventLog: "/agents/invoice-bot#events", viewBuildLogs: "/agents/invoice-bot#overview", openModels: "/models" },
        expect: { role: "group", name: "The agent is stuck in ‘Pending’" },
      },
      {
        id: "Forbidden403OnToolCalls",
        title: "403 Forbidden on tool calls",
        fixture: json(403, { error: { code: "POLICY_DENIED", message: "No policy rule allows DELETE on tool github for agent release-bot" } }),
        kind: "forbidden",
        component: "RecoveryNotice",
        actions: { openApprovals: "/approvals", openPolicies: "/policies", openToolDetails: "/tools/github" },
        expect: { role: "group", name: "The agent isn’t allowed to use this tool" },
      },
      {
        id: "ApprovalRequiredResponse",
        title: "APPROVAL_REQUIRED response",
        fixture: json(403, { error: { code: "APPROVAL_REQUIRED", message: "Tool call requires approval", tool: "github", method: "DELETE", access_request_id: "ar_5521" }, run_id: "run_8c41", agent: "release-bot", status: "PAUSED_APPROVAL" }),
        kind: "approval-pending",
        component: "ApprovalPendingNotice",
        actions: { viewApprovals: "/approvals?request=ar_5521", checkStatus: true, cancelRun: true },
        expect: { role: "group", name: "Waiting for approval" },
        press: { button: "Check status", action: "checkStatus" },
      },
      {
        id: "OAuthConsentRequired",
        title: "OAuth Issues: the end user has not authorized access yet",
        seedHeading: "OAuth Issues",
        fixture: json(403, { error: "oauth_required", message: "The user has not authorized access yet", authorization_url: "https://accounts.google.com/o/oauth2/v2/auth?client_id=runagents&scope=gmail.send", provider: "Google" }),
        kind: "connector-auth",
        component: "ConnectorReconnectCard",
        actions: { retry: true },
        expect: { role: "group", name: "Google needs your permission" },
        press: { button: "Retry", action: "retry" },
      },
      {
        id: "OAuthCallbackFails",
        title: "OAuth callback fails",
        fixture: json(400, { error: "oauth_callback_failed", error_description: "The code exchange failed", provider: "Slack" }),
        kind: "connector-auth",
        component: "ConnectorReconnectCard",
        actions: { reconnect: true },
        expect: { role: "group", name: "Signing in didn’t finish" },
        press: { button: "Reconnect", action: "reconnect" },
      },
      {
        id: "LLMGateway404ModelNotFound",
        title: "LLM Gateway returns 404 / model not found",
        fixture: json(404, { error: { code: "model_not_found", message: "Model gpt-4o-mega is not registered on any provider" }, model: "gpt-4o-mega" }),
        kind: "not-found",
        component: "RecoveryNotice",
        actions: { openModels: "/models" },
        expect: { role: "group", name: "Model not found" },
      },
      {
        id: "LLMGateway502ProviderUnreachable",
        title: "LLM Gateway returns 502 / provider unreachable",
        fixture: json(502, { error: { code: "PROVIDER_UNREACHABLE", message: "The LLM provider did not respond" } }),
        kind: "upstream-unavailable",
        component: "RecoveryNotice",
        actions: { retry: true, openModels: "/models" },
        expect: { role: "group", name: "Can’t reach the model provider" },
        press: { button: "Retry", action: "retry" },
      },
      {
        id: "ToolStatusUnavailable",
        title: 'Tool status shows "Unavailable"',
        fixture: json(200, { name: "crm-api", status: "Unavailable", baseUrl: "https://crm.internal.example/api", lastProbeTime: ago(7 * 60_000), probeLatencyMs: 5000 }),
        kind: "tool-unavailable",
        component: "RecoveryNotice",
        actions: { openToolDetails: "/tools/crm-api", retry: true },
        expect: { role: "group", name: "This tool isn’t responding" },
        press: { button: "Retry", action: "retry" },
      },
      {
        id: "BuildFails",
        title: "Build fails",
        fixture: json(200, { code: "BUILD_FAILED", build_id: "b_77", status: "failed", logs_url: "/api/builds/b_77/logs" }),
        kind: "build-failed",
        component: "RecoveryNotice",
        actions: { viewBuildLogs: "/api/builds/b_77/logs", rerun: true },
        expect: { role: "group", name: "The build failed" },
        press: { button: "Re-run", action: "rerun" },
      },
      {
        id: "RunStuckInPausedApproval",
        title: "Run stuck in PAUSED_APPROVAL",
        fixture: json(200, { id: "run_8c41", status: "PAUSED_APPROVAL", agent: "release-bot" }),
        kind: "approval-pending",
        component: "ApprovalPendingNotice",
        actions: { viewApprovals: "/approvals", approve: true, reject: true },
        options: { approval: { isAdmin: true } },
        expect: { role: "group", name: "Waiting for approval" },
        press: { button: "Approve", action: "approve" },
      },
      {
        id: "RunFailedUnexpectedly",
        title: "Run failed unexpectedly",
        fixture: json(200, {
          run_id: "run_9d",
          status: "FAILED",
          events: [
            { type: "INFO", message: "Run started" },
            { type: "ERROR", message: "Tool github returned 500 Internal Server Error" },
            { type: "ERROR", message: "Run aborted after 3 failed tool calls" },
          ],
        }),
        kind: "run-failed",
        component: "RecoveryNotice",
        actions: { viewEventLog: "/runs/run_9d/events", rerun: true },
        expect: { role: "group", name: "The run failed unexpectedly" },
        press: { button: "Re-run", action: "rerun" },
      },
    ],
  },
];
