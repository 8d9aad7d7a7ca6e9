import type { NoticeCatalog, NoticeChrome } from "./notice-types.js";

/**
 * English wording for the kinds without a dedicated component, entry by entry from the
 * seed pages (shared/seeds). Variants named after a platform carry that platform's words.
 */
export const enNotices: NoticeCatalog = {
  unauthorized: {
    default: {
      title: "Authentication failed",
      body: "Your credentials weren’t accepted. Check your API key and sign in again.",
      unwired: "Check that your API key is correct and active.",
      actions: ["signIn", "openApiKeys", "retry"],
    },
    alumia: {
      title: "Your API key wasn’t accepted",
      body: "Every API call returns 401. Open API keys and check that the key isn’t revoked.",
      unwired: "Check that the key isn’t revoked.",
      why: "Either the `Authorization: Bearer <key>` header is missing, the key was revoked, or the `X-Alumia-Org: <orgSlug>` header wasn’t included.",
      where: "/<orgSlug>/settings → API keys",
      steps: [
        "Check that the key isn’t revoked",
        "Resend with both headers: `Authorization: Bearer <key>` and `X-Alumia-Org: <orgSlug>`",
        "If the key was rotated, regenerate it and replace it in your environment — keys are shown exactly once at creation",
      ],
      actions: ["openApiKeys", "regenerateKey", "retry"],
    },
    agi: {
      title: "Your API key wasn’t accepted",
      body: "Authentication is failing. Open API keys and check that the key is correct and active.",
      unwired: "Check that the API key is correct and active.",
      steps: ["The API key is correct and active", "The Bearer token format is used: `Authorization: Bearer {key}`"],
      stepsKind: "check",
      actions: ["openApiKeys", "retry"],
    },
    "session-expired": {
      title: "Your session expired",
      body: "You were signed out. Sign in again, then try once more.",
      unwired: "Sign in, then try once more.",
      actions: ["signIn", "retry"],
    },
  },
  forbidden: {
    default: {
      title: "Access denied",
      body: "You don’t have permission to do this. Ask an admin for access.",
      actions: ["openPolicies", "contactSupport"],
    },
    policy: {
      title: "The agent isn’t allowed to use this tool",
      body: "The agent tried to call a tool but was denied. Open approvals to see whether a request for it is waiting.",
      unwired: "Check whether a request for it is waiting for approval.",
      why: "No policy grants the agent this tool and method (the platform denies by default), the tool’s capabilities don’t include the request’s method, or a deny rule overrides an allow rule.",
      steps: [
        "Go to Approvals to see if there’s a pending request for this agent and tool",
        "Check the policies bound to the agent, in its deploy settings or through the policy APIs: at least one `PolicyBinding` targets its `ServiceAccount`, with an allow or `approval_required` rule for this tool and method",
        "Review the tool’s capabilities to make sure the requested operation is allowed",
        "Review rule precedence: deny overrides `approval_required` and allow",
      ],
      stepsKind: "check",
      actions: ["openApprovals", "openPolicies", "openToolDetails"],
    },
  },
  "not-found": {
    default: {
      title: "Not found",
      body: "What you asked for doesn’t exist, or you can’t see it.",
      actions: ["refresh"],
    },
    session: {
      title: "Session not found",
      body: "The session may have been deleted or expired, or the ID is incorrect. Check its status to see whether it still exists.",
      unwired: "Check the points below to see whether it still exists.",
      steps: ["The session was created successfully", "The session still exists (it wasn’t deleted)", "The session ID in the request is correct"],
      stepsKind: "check",
      actions: ["checkStatus", "refresh"],
    },
    share: {
      title: "Shared link not found",
      body: "This shared canvas link returns 404. Re-enable sharing on the project to get a new link.",
      unwired: "Turn sharing back on in the project to get a new link.",
      why: "Sharing was disabled on the project, the project was deleted, or the token in the URL is wrong.",
      where: "/<orgSlug>/lab/<projectId>",
      steps: ["Re-enable sharing on the project: the system mints a new token", "Share the new URL"],
      actions: ["reEnableSharing"],
    },
    // Any provider's model_not_found (OpenAI's "does not exist or you do not have access to it"):
    // retrying asks for the same model, so Retry is no way out; picking another one is.
    model: {
      title: "Model not available",
      body: "This model doesn’t exist, or this API key has no access to it. Open models and pick another one.",
      unwired: "Check the model’s name and the key’s access, or use another model.",
      named: (name) => `The model \`${name}\` doesn’t exist, or this API key has no access to it.`,
      actions: ["openModels", "openApiKeys"],
    },
    // RunAgents' LLM gateway (shared/seeds 003), for hosts that name that platform.
    "model@runagents": {
      title: "Model not found",
      body: "The agent requested a model that isn’t registered on the platform. Open models and check that its name matches one exactly.",
      unwired: "Check that its name matches a registered model exactly.",
      steps: [
        "Go to Models in the console",
        "Check that the model name the agent uses (e.g. gpt-4o, claude-3-opus) appears in a registered provider’s model list",
        "The model ID must match exactly — check for typos or version mismatches",
        "If the model provider doesn’t exist, create one with the correct provider type and model list",
      ],
      actions: ["openModels"],
    },
    archived: {
      title: "Session missing from your dashboard",
      body: "Active, completed and archived sessions are kept for credit and audit reasons; only drafts can be deleted. Switch to Archived to find it.",
      unwired: "Set the dashboard’s filter to Archived to find it.",
      why: "If you archived the session, the dashboard’s default filter hides it.",
      steps: ["Flip the dashboard filter to Archived to find it"],
      actions: ["switchToArchived"],
    },
  },
  timeout: {
    default: {
      title: "The request timed out",
      body: "The server took too long to answer. Try again in a moment.",
      actions: ["retry"],
    },
    connection: {
      title: "The connection timed out",
      body: "Requests time out before completing. Retry with a longer client timeout.",
      unwired: "Send them again with a longer client timeout.",
      why: "The connection took too long, or requests are being rate limited.",
      steps: ["Retry with a longer client timeout", "Send fewer requests at once", "Check the API status for incidents"],
      actions: ["retry", "checkApiStatus"],
    },
  },
  "upstream-unavailable": {
    default: {
      title: "Service temporarily unavailable",
      body: "The service is overloaded or down for a moment. Try again shortly.",
      actions: ["retry", "checkApiStatus"],
    },
    // Any gateway's `provider_unreachable` / `provider_unavailable`: the model provider behind
    // the service is down, not the person's request, so the way out is a later try.
    provider: {
      title: "The model provider isn’t responding",
      body: "The AI model provider this service uses isn’t responding. That’s on the provider’s side, not yours: try again in a moment.",
      actions: ["retry", "checkApiStatus"],
    },
    // RunAgents' LLM gateway 502 (shared/seeds 003), for hosts that name that platform.
    "provider@runagents": {
      title: "Can’t reach the model provider",
      body: "The LLM provider’s API endpoint isn’t responding. Retry in a moment; if it keeps failing, check the causes below.",
      unwired: "Try again in a moment; if it keeps failing, check the causes below.",
      steps: [
        "The provider may be having an outage — check its status page",
        "The provider’s URL in the model provider configuration may be incorrect",
        "There may be network trouble between the platform and the provider",
      ],
      stepsKind: "check",
      actions: ["retry", "openModels"],
    },
    server: {
      title: "The service hit an error",
      body: "Something went wrong on the service’s side, not in what you sent. It’s usually brief: try again in a moment.",
      actions: ["retry", "checkApiStatus"],
    },
  },
  network: {
    default: {
      title: "Can’t reach the server",
      body: "Check your internet connection, then try again.",
      actions: ["retry"],
    },
  },
  "invalid-request": {
    default: {
      title: "The request was rejected",
      body: "Something in the request isn’t valid. Check what was sent and try again.",
      actions: ["retry", "openDocs"],
    },
    "session-create": {
      title: "Couldn’t create the session",
      body: "The platform turned down the request to start one.",
      steps: ["The API key is correct and active", "You aren’t being rate limited", "The agent name is correct"],
      stepsKind: "check",
      actions: ["retry", "openApiKeys"],
    },
    "too-large": {
      title: "The request is too large",
      body: "What was sent is bigger than the service accepts. Shorten the input or attach fewer or smaller files, then send it again.",
      // Editing is done in the host's composer: with no Edit message wired, nothing leads.
      instruction: "editMessage",
      actions: ["editMessage", "openDocs"],
    },
  },
  "run-stuck": {
    default: {
      title: "This is taking longer than expected",
      body: "The run has stayed in the same state for a long time.",
      actions: ["checkStatus", "cancel"],
    },
    running: {
      title: "The session is stuck on ‘running’",
      body: "Open the session and cancel it — unused credits return to your balance immediately.",
      unwired: "Open the session and stop it there — unused credits return to your balance immediately.",
      // The credits platform's page names its button: "open it and hit Cancel".
      labels: { cancel: "Cancel" },
      why: "Sessions also have a hard time ceiling: one that runs past it is failed automatically and its credits reconciled.",
      actions: ["cancel"],
    },
    "agent-running": {
      title: "The agent isn’t finishing its task",
      body: "The agent’s status has been ‘running’ for a long time. Check the session’s status: it may be waiting for your input.",
      labels: { cancel: "Cancel session" },
      why: "The agent may need input, the task may be too complex, or the website it’s using may be having trouble.",
      steps: ["Check the session state", "Send a simple message (“Reply with ‘OK’”) to test the message flow", "Make the instructions clear and specific"],
      actions: ["checkStatus", "cancel"],
    },
    initializing: {
      title: "The session is stuck initializing",
      body: "The session status has stayed ‘initializing’ too long. Check its status: it may still become ready.",
      unwired: "It may still become ready; if not, start a new one.",
      labels: { cancel: "Cancel session" },
      steps: ["Check the session’s status", "If it doesn’t become ready, cancel it and create a new one"],
      actions: ["checkStatus", "retry", "cancel"],
    },
    pending: {
      title: "The agent is stuck in ‘Pending’",
      body: "The agent was created but hasn’t moved to ‘Running’. Open the event log: it says why it didn’t start.",
      unwired: "Its event log says why it didn’t start.",
      why: "The event log is the most reliable source: most causes leave a descriptive error message there.",
      steps: [
        "Agent image not accessible — for custom agent code, check the build status under Agents → your agent → Overview",
        "Required tools don’t exist — every tool in requiredTools must be registered",
        "Required model provider doesn’t exist — check the Models page",
        "Check the agent’s event log for specific error messages",
      ],
      stepsKind: "check",
      actions: ["viewEventLog", "viewBuildLogs", "openModels"],
    },
  },
  "run-failed": {
    default: {
      title: "The run failed unexpectedly",
      body: "Check the run’s event log for ERROR events: they say what went wrong.",
      steps: ["Agents → your agent → Runs → select the run → view the event timeline, or `curl https://your-platform/runs/{run_id}/events`", "Look for ERROR events"],
      actions: ["viewEventLog", "rerun", "contactSupport"],
    },
    "max-turns": {
      title: "The agent stopped before it finished",
      body: "It used every turn it’s allowed in one run. Continue to let it carry on, or start again with a narrower request.",
      unwired: "Start again with a narrower request.",
      actions: ["continue", "rerun"],
    },
  },
  "incomplete-response": {
    default: {
      title: "The response is incomplete",
      body: "The response stopped before it was finished. Continue to get the rest.",
      unwired: "Ask for the rest, or send your message again.",
      actions: ["continue", "retry"],
    },
    "mid-stream": {
      title: "The response stopped mid-stream",
      body: "Usually a short hiccup at the model provider. Continue the session: the next round produces fresh responses and treats the partial one as one input among many.",
      unwired: "Send the session a new message: the next round produces fresh responses and treats the partial one as one input among many.",
      steps: ["Continue the session", "If it keeps happening, cancel and re-run with the same configuration"],
      labels: { cancel: "Cancel session" },
      actions: ["continue", "rerun", "cancel"],
    },
    results: {
      title: "The results are incomplete",
      body: "The agent finished but didn’t provide all the data. Continue the session to ask for the missing part.",
      unwired: "Ask for the missing part in a follow-up message.",
      steps: ["Specify the output format in the instructions", "Make sure edge cases are covered", "Ask for the missing part in a follow-up message"],
      actions: ["continue", "retry"],
    },
  },
  "stream-error": {
    default: {
      title: "The response stream broke",
      body: "The stream of events couldn’t be read. Reload to connect to it again.",
      unwired: "Refresh the page to connect to it again.",
      actions: ["refresh", "retry"],
    },
    sse: {
      title: "The event stream couldn’t be read",
      body: "The Server-Sent Events stream couldn’t be parsed. Fix the parser as below, then retry.",
      unwired: "Fix the parser as below, then try again.",
      steps: [
        "Split the stream on blank lines; each event is a group of field lines",
        "Join the lines of a multi-line data field with newlines before parsing JSON",
        "Ignore comment lines that start with “:” (keep-alives)",
      ],
      actions: ["retry", "viewExamples"],
    },
    "no-messages": {
      title: "Your messages aren’t appearing",
      body: "Messages were sent but no responses are arriving. Check the session’s status: it must be ‘ready’ or ‘running’.",
      steps: ["Check that the session is ‘ready’ or ‘running’", "Send a simple “Hello” to test the message flow", "Reconnect to the event stream"],
      stepsKind: "check",
      actions: ["checkStatus", "refresh"],
    },
  },
  "output-invalid": {
    default: {
      title: "The output couldn’t be used",
      body: "The agent’s reply wasn’t in the expected form.",
      actions: ["retry"],
    },
    json: {
      title: "The agent’s reply isn’t valid JSON",
      body: "The agent’s response couldn’t be parsed as JSON. Ask for JSON only, then retry.",
      unwired: "Ask for JSON only, then try again.",
      steps: ["Specify the output format in the instructions", "Ask for JSON only, without prose around it", "Validate before parsing, and retry on failure"],
      actions: ["retry", "viewExamples"],
    },
    incorrect: {
      title: "The agent made errors",
      body: "The agent provided incorrect information. Tighten its instructions as below, then re-run it.",
      unwired: "Tighten its instructions as below, then run it again.",
      steps: ["Make instructions clear and specific", "Specify the output format", "Handle edge cases in the instructions"],
      stepsKind: "check",
      actions: ["rerun"],
    },
  },
  "snapshot-failed": {
    default: {
      title: "Snapshot problem",
      body: "The snapshot couldn’t be used.",
      actions: ["restoreSnapshot", "contactSupport"],
    },
    restore: {
      title: "Couldn’t restore the snapshot",
      body: "The session couldn’t be restored from the snapshot. Check the snapshot ID, then retry the restore.",
      unwired: "Check the snapshot ID, then restore it again.",
      steps: ["Check the snapshot ID", "Try restoring again", "If it keeps failing, create a fresh session and snapshot it again"],
      actions: ["restoreSnapshot", "contactSupport"],
    },
    "auth-lost": {
      title: "The restored session lost its sign-in",
      body: "The authentication state was lost when restoring from the snapshot. Sign in again in the restored session, then take a new snapshot.",
      unwired: "Sign in to the restored session once more, then take a new snapshot.",
      steps: ["Sign in again in the restored session", "Take a new snapshot after signing in"],
      actions: ["signIn", "restoreSnapshot"],
    },
  },
  "webhook-failing": {
    default: {
      title: "Webhooks aren’t working",
      body: "Webhook events aren’t being delivered as expected.",
      actions: ["openWebhooks"],
    },
    "not-arriving": {
      title: "Webhook deliveries aren’t arriving",
      body: "Repeated failures pause the subscription automatically. Re-enable it to resume deliveries.",
      unwired: "Turn it back on to resume deliveries.",
      where: "/mcp/console → Webhooks → subscription details",
      steps: [
        "Check the subscription details",
        "Check your signature verification: HMAC-SHA256 with your secret over `${timestamp}.${body}` (verify code for Node and Python is in /docs/webhooks)",
      ],
      actions: ["reEnable", "openWebhooks", "openWebhookDocs"],
    },
    "not-received": {
      title: "Webhooks aren’t arriving",
      body: "The events the platform sends aren’t reaching your endpoint. Open webhooks and check that the subscription is active.",
      unwired: "Check that the subscription is active.",
      steps: ["Your endpoint is publicly reachable and answers 2xx quickly", "The subscription is active", "Your signature check isn’t rejecting valid deliveries"],
      stepsKind: "check",
      actions: ["openWebhooks", "openWebhookDocs"],
    },
    paused: {
      title: "Webhook subscription paused",
      body: "Deliveries failed repeatedly, so the subscription was paused. Re-enable it to resume.",
      unwired: "Turn it back on to resume.",
      actions: ["reEnable", "openWebhooks"],
    },
    signature: {
      title: "Webhook signature check failing",
      body: "Deliveries are rejected by your signature check.",
      steps: ["Compute HMAC-SHA256 with your secret over `${timestamp}.${body}`", "Use the raw request body, not re-serialised JSON"],
      actions: ["openWebhookDocs"],
    },
    duplicate: {
      title: "Some events arrived twice",
      body: "The same webhook event arrived more than once. Open the webhook docs and handle each event once, by its ID.",
      unwired: "Handle each event once, by its ID.",
      why: "Webhook senders commonly deliver again when they aren’t sure a delivery arrived, so handle each event once by its ID.",
      steps: ["Store each event ID and ignore ones you’ve already processed", "Acknowledge with a 2xx quickly, then do slow work afterwards"],
      actions: ["openWebhookDocs"],
    },
  },
  "tool-unavailable": {
    default: {
      title: "This tool isn’t responding",
      body: "The platform’s periodic probe of this tool’s endpoint failed, which can be a network or DNS issue rather than the tool being down. Open tool details to see when the last probe succeeded.",
      unwired: "The tool’s details show when the last probe succeeded.",
      steps: [
        "The tool’s registered base URL points to a live endpoint",
        "The endpoint is reachable from the platform’s network",
        "`lastProbeTime` and `probeLatencyMs` in the tool’s details show when the last successful probe happened",
      ],
      stepsKind: "check",
      actions: ["openToolDetails", "retry"],
    },
    "unknown-tool": {
      title: "This tool isn’t available",
      body: "The agent asked for a tool this connector doesn’t offer. Pick another tool, or check that it’s the connector you meant.",
      actions: ["openToolDetails", "openIntegrations"],
    },
    "tool-error": {
      title: "The tool reported an error",
      body: "The tool ran but couldn’t finish. Try again; if it keeps failing, pick another tool or check its settings.",
      actions: ["retry", "openToolDetails"],
    },
  },
  "build-failed": {
    default: {
      title: "The build failed",
      body: "The platform couldn’t build a container image from your agent code. The build logs say why.",
      steps: [
        "The build’s status and logs: `curl https://your-platform/api/builds/{build_id}`",
        "Missing dependencies — add a requirements.txt to your agent code",
        "Invalid entry point — make the main file clearly identifiable (main.py, app.py)",
        "Unsupported language features — the build environment supports Python",
        "Syntax errors — fix them and build again",
      ],
      stepsKind: "check",
      actions: ["viewBuildLogs", "rerun"],
    },
  },
  "auth-method-unsupported": {
    default: {
      title: "This key doesn’t work in this client",
      body: "ChatGPT uses OAuth — Bearer keys don’t work there. Use the OAuth connector inside ChatGPT (it registers itself automatically); keep Bearer keys for claude.ai or Claude Desktop.",
      unwired: "Add the OAuth connector inside ChatGPT (it registers itself automatically); keep Bearer keys for claude.ai or Claude Desktop.",
      actions: ["useOAuthConnector", "openDocs"],
    },
  },
  blocked: {
    default: {
      title: "Message blocked by a content policy",
      body: "The service didn’t accept this message under its content policy. The same text would be blocked again: edit it, then send it.",
      actions: ["editMessage", "contactSupport"],
    },
    input: {
      title: "Message blocked by a guardrail",
      body: "A check on what you send stopped this message before the agent ran. Edit it, then send it again.",
      actions: ["editMessage", "contactSupport"],
    },
    output: {
      title: "Answer withheld by a guardrail",
      body: "The agent answered, but a check on its output stopped the answer from being shown. Rephrase your request, then send it again.",
      actions: ["editMessage", "contactSupport"],
    },
  },
  cancelled: {
    default: {
      title: "Request cancelled",
      body: "The request was stopped before it finished, so nothing was changed. Start it again when you’re ready.",
      actions: ["retry"],
    },
  },
  unknown: {
    default: {
      title: "Something went wrong",
      body: "An unexpected error happened. Try again; if it keeps happening, copy the details and send them to support.",
      actions: ["retry", "contactSupport"],
    },
    hidden: {
      title: "The service hit an error",
      body: "The server hit an error while preparing this page. Try again; if it keeps happening, give support the reference below.",
      actions: ["retry", "contactSupport"],
    },
    agi: {
      title: "Something went wrong",
      body: "Run through the debug checklist below; if every check passes, contact support.",
      unwired: "Run through the debug checklist below; if every check passes, copy the details for support.",
      steps: [
        "Verify authentication: `GET /v1/models` with your Bearer key succeeds",
        "Check session state: the session exists and its status is ‘ready’ or ‘running’",
        "Test basic message flow: send “Reply with ‘OK’”",
        "Review task instructions: clear, with the output format and edge cases specified",
      ],
      // The checklist is read, not pressed: what the body leads to is support.
      instruction: "contactSupport",
      actions: ["contactSupport", "retry", "checkApiStatus", "viewExamples"],
    },
  },
};

export const enNoticeChrome: NoticeChrome = {
  whatToDo: "What to do",
  whatToCheck: "What to check",
  serverSaid: (message) => `The server said: “${message}”`,
  waitHint: (duration) => `The service asked to wait ${duration} before trying again.`,
  retryIn: "You can retry in",
  timerLabel: "Time until you can retry",
  errorEvents: "ERROR events",
  session: "Session",
  run: "Run",
  agent: "Agent",
  state: "State",
  since: "Since",
  build: "Build",
  buildLog: "Build log",
  tool: "Tool",
  baseUrl: "Base URL",
  lastProbe: "Last successful probe",
  probeLatencyLabel: "Probe latency",
  probeLatency: (ms) => `${ms} ms`,
  subscription: "Subscription",
  failures: "Failed deliveries",
  event: "Event",
  snapshot: "Snapshot",
  parameter: "Parameter",
  fixField: (field) => `Correct \`${field}\` in what was sent, then send it again: the same request would be rejected again.`,
  resource: "Resource",
  actions: {
    retry: "Retry",
    editMessage: "Edit message",
    continue: "Continue",
    cancel: "Cancel run",
    rerun: "Re-run",
    refresh: "Reload",
    checkStatus: "Check status",
    reEnable: "Re-enable",
    reEnableSharing: "Re-enable sharing",
    switchToArchived: "Switch to Archived",
    regenerateKey: "Regenerate key",
    signIn: "Sign in again",
    useOAuthConnector: "Use the OAuth connector",
    restoreSnapshot: "Retry restore",
    openApiKeys: "Open API keys",
    openApprovals: "Open approvals",
    openPolicies: "Open policies",
    openModels: "Open models",
    openToolDetails: "Open tool details",
    openWebhooks: "Open webhooks",
    openWebhookDocs: "Open webhook docs",
    openIntegrations: "Open integrations",
    viewEventLog: "Open event log",
    viewBuildLogs: "Open build logs",
    checkApiStatus: "Check API status",
    viewExamples: "Open examples",
    openDocs: "Open docs",
    contactSupport: "Contact support",
  },
};
