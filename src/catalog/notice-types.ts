/**
 * The catalog's shape for the kinds that have no dedicated component: each kind has a
 * default wording and named variants (a platform's wording, or a sub-situation such as a
 * 404 on a share link). A variant missing from a locale fails the type check.
 */

/** Every action a generic notice can offer; the host wires them by id. */
export const NOTICE_ACTION_IDS = [
  "retry",
  "editMessage",
  "continue",
  "cancel",
  "rerun",
  "refresh",
  "checkStatus",
  "reEnable",
  "reEnableSharing",
  "switchToArchived",
  "regenerateKey",
  "signIn",
  "useOAuthConnector",
  "restoreSnapshot",
  "openApiKeys",
  "openApprovals",
  "openPolicies",
  "openModels",
  "openToolDetails",
  "openWebhooks",
  "openWebhookDocs",
  "openIntegrations",
  "viewEventLog",
  "viewBuildLogs",
  "checkApiStatus",
  "viewExamples",
  "openDocs",
  "contactSupport",
] as const;

export type NoticeActionId = (typeof NOTICE_ACTION_IDS)[number];

/** Action ids the dedicated components understand, beyond the generic notices'. */
export type ComponentActionId =
  | "addFunds"
  | "addByokKey"
  | "chooseFreeModel"
  | "topUp"
  | "upgradePlan"
  | "reloadBalance"
  | "billingActivity"
  | "reconnect"
  | "connect"
  | "authorize"
  | "resume"
  | "returnToSession"
  | "cancelRun"
  | "approve"
  | "reject"
  | "requestAgain"
  | "viewApprovals"
  | "cancelSession"
  | "disableTool"
  | "copyOutput";

/** Every action id a state can offer: the generic notices' and the dedicated components'. */
export type RecoveryActionId = NoticeActionId | ComponentActionId;


export interface NoticeText {
  /** What the user sees, as the platform titles it. */
  title: string;
  /** What happened, in a sentence or two. */
  body: string;
  /** Why it happens; folded away under "Why this happens". */
  why?: string;
  /** Where the fix is done, as the platform's page names it ("/mcp/console → Webhooks → subscription details"): said under the body, whatever the host's link. */
  where?: string;
  /** The fix as steps, or the checks to make. */
  steps?: readonly string[];
  /** Whether `steps` are things to do or things to check. @default "do" */
  stepsKind?: "do" | "check";
  /** Actions offered, primary first; each is shown only when the host wires it. */
  actions?: readonly NoticeActionId[];
  /**
   * The action the body tells the person to take. @default the first of `actions` (unwired,
   * the first wired action leads instead); named here, only this action ever leads.
   */
  instruction?: NoticeActionId;
  /** Labels for this entry only, where the shared one would not say what the act acts on ("Cancel session" for `cancel`). */
  labels?: Partial<Record<NoticeActionId, string>>;
  /**
   * The body's last sentence, which names the action it asks for (its instruction), for when
   * that action is not on the card (the host did not wire it): the same advice in words that
   * promise no button. Only that sentence, in place of the body's own.
   */
  unwired?: string;
  /** The body's first sentence naming what the error is about, when it says (the model `gpt-9`), in place of the body's own. */
  named?: (name: string) => string;
}

/**
 * Variant names per kind; `default` is always there. A `<variant>@<platform>` key is that
 * platform's own wording of the variant, from its troubleshooting page: used only when the host
 * names the platform (RunAgents' gateway 404 and 502); every other host gets `<variant>`, in words that
 * fit any provider.
 */
export interface NoticeCatalog {
  unauthorized: { default: NoticeText; alumia: NoticeText; agi: NoticeText; "session-expired": NoticeText };
  forbidden: { default: NoticeText; policy: NoticeText };
  "not-found": { default: NoticeText; session: NoticeText; share: NoticeText; model: NoticeText; "model@runagents": NoticeText; archived: NoticeText };
  timeout: { default: NoticeText; connection: NoticeText };
  "upstream-unavailable": { default: NoticeText; provider: NoticeText; "provider@runagents": NoticeText; server: NoticeText };
  network: { default: NoticeText };
  "invalid-request": { default: NoticeText; "session-create": NoticeText; "too-large": NoticeText };
  "run-stuck": {
    default: NoticeText;
    running: NoticeText;
    "agent-running": NoticeText;
    initializing: NoticeText;
    pending: NoticeText;
  };
  "run-failed": { default: NoticeText; "max-turns": NoticeText };
  "incomplete-response": { default: NoticeText; "mid-stream": NoticeText; results: NoticeText };
  "stream-error": { default: NoticeText; sse: NoticeText; "no-messages": NoticeText };
  "output-invalid": { default: NoticeText; json: NoticeText; incorrect: NoticeText };
  "snapshot-failed": { default: NoticeText; restore: NoticeText; "auth-lost": NoticeText };
  "webhook-failing": {
    default: NoticeText;
    "not-arriving": NoticeText;
    "not-received": NoticeText;
    paused: NoticeText;
    signature: NoticeText;
    duplicate: NoticeText;
  };
  "tool-unavailable": { default: NoticeText; "unknown-tool": NoticeText; "tool-error": NoticeText };
  "build-failed": { default: NoticeText };
  "auth-method-unsupported": { default: NoticeText };
  blocked: { default: NoticeText; input: NoticeText; output: NoticeText };
  cancelled: { default: NoticeText };
  unknown: { default: NoticeText; agi: NoticeText; hidden: NoticeText };
}

export type NoticeKind = keyof NoticeCatalog;

/** Labels the generic notice uses around the catalog text. */
export interface NoticeChrome {
  whatToDo: string;
  whatToCheck: string;
  /** The server's own message, quoted. */
  serverSaid: (message: string) => string;
  /** The wait the server asked for (Retry-After on a 503, a reset header): "Wait 30 seconds before trying again." */
  waitHint: (duration: string) => string;
  /** Before a live countdown to the end of that wait: "You can retry in" 0:25. */
  retryIn: string;
  /** Visually hidden label of that countdown. */
  timerLabel: string;
  errorEvents: string;
  session: string;
  run: string;
  agent: string;
  state: string;
  since: string;
  build: string;
  buildLog: string;
  tool: string;
  baseUrl: string;
  lastProbe: string;
  probeLatencyLabel: string;
  probeLatency: (ms: string) => string;
  subscription: string;
  failures: string;
  event: string;
  snapshot: string;
  parameter: string;
  /** The server named the field it rejected: what to do before trying again. */
  fixField: (field: string) => string;
  resource: string;
  actions: Record<NoticeActionId, string>;
}
