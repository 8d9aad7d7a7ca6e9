/**
 * The shape of the string catalog. Every string a user sees or hears comes from here;
 * a locale that misses a key fails the type check. Strings that take values are functions,
 * so a translation can put the value where its grammar wants it.
 */
export interface CommonMessages {
  /** Screen-reader suffix on a button whose action is running. */
  working: string;
  /** Inline message after an action's callback rejected. */
  actionFailed: (actionLabel: string) => string;
  /** Label of the disclosure that holds technical details. */
  details: string;
  /** "Request ID" label in details. */
  requestId: string;
  /** Label of the digest React gives an error it hid in production: the reference support asks for. */
  supportReference: string;
  /** Screen-reader suffix for a link that opens in a new tab. */
  opensInNewTab: string;
  /** Heading of a "why this happens" disclosure. */
  whyThisHappens: string;
  /** Heading of a "what to check" list. */
  whatToCheck: string;
  /** Accessible name of the × that dismisses a card or banner. */
  dismiss: string;
  /** The button that copies the state's details (kind, status, ids, time, what was tried) for support. */
  copyDetails: string;
  /** Said and shown for a moment after the details were copied. */
  copied: string;
  /**
   * The place a state's fix is done, as the platform names it ("Where: /profile → Billing"),
   * and the host's route when the primary link goes somewhere the place doesn't say
   * ("… (opens /acme/settings/billing)"); with no place named, the page the primary link opens
   * ("Where: /settings/integrations"), or a consent link's site ("Where: accounts.google.com"):
   * a link's address alone tells nobody where they'll go. Optional for custom catalogs (then
   * the place alone).
   */
  placeAt?: (place: string, route?: string) => string;
  /**
   * Words for a place's `<placeholder>` segments when the host's link does not fill them in
   * ("/<orgSlug>/billing" said "/your-org/billing"): a person never sees the page's template.
   */
  placeholders?: Record<string, string>;
}

/**
 * Places a platform's troubleshooting page names for a card's states, by platform id (the
 * host's `platform`): a route or a path through its menus, in its words ("/profile → Billing",
 * "Settings → Billing → recent activity"). Only for the platform that names them: another
 * platform's routes are not this host's.
 */
export type PlatformPlaces<State extends string> = Partial<Record<string, Partial<Record<State, string>>>>;

export interface BalanceMessages {
  emptyTitle: string;
  emptyBody: string;
  emptyWhy: string;
  quotaTitle: string;
  quotaBody: string;
  /** The empty balance's body when Add funds is not on the card: the same need, no button promised. */
  emptyUnwired?: string;
  /** A spent quota's last sentence by what is on the card (Add funds, Upgrade plan), naming only those. */
  quotaNext?: (funds: boolean, plan: boolean) => string;
  /** Spent credits' last sentence by what is on the card (Top up credits, Upgrade plan), for when not all of those and Continue are. */
  creditsNext?: (credits: boolean, plan: boolean) => string;
  /** A pending top-up's body without Reload balance on the card. */
  topUpPendingUnwired?: string;
  /** When the server said how long until a spent quota resets: "It resets in 12 hours." */
  quotaResets: (duration: string) => string;
  creditsTitle: string;
  creditsBody: string;
  addFunds: string;
  addByokKey: string;
  byokHint: string;
  chooseFreeModel: string;
  freeModelHint: string;
  topUpCredits: string;
  upgradePlan: string;
  continueSession: string;
  topUpPendingTitle: string;
  topUpPendingBody: string;
  reloadBalance: string;
  /** The label of a pending top-up's fallback (a disclosure): when to open it. */
  topUpStillOld: string;
  /** The fallback's first step: where to confirm the deposit (the platform's place, when it names one). */
  topUpCheckActivity: (place: string | undefined) => string;
  topUpDelayedTitle: string;
  topUpDelayedBody: (waited: string) => string;
  topUpDelayedSupport: string;
  /** The support step in a platform's own words, by platform id (Alumia's page names the Stripe checkout session ID). */
  platformSupport?: Partial<Record<string, string>>;
  recentActivity: string;
  contactSupport: string;
  checkoutSessionId: string;
  /** Where each state's fix is done, per platform (Alumia's billing page, the credits platform's /profile → Billing). */
  places?: PlatformPlaces<"empty" | "credits" | "topUpPending" | "topUpDelayed">;
}

export interface ConnectorMessages {
  /** The connector's name when the error didn't say. */
  unnamed: string;
  statusAuthFailed: string;
  statusConnecting: string;
  /** What happened, not what to do (Reconnect is the button): "Gmail was disconnected"; without a name, the language's own phrase ("A connector was disconnected"). */
  authFailedTitle: (name: string | undefined) => string;
  authFailedBody: string;
  authFailedCauses: readonly string[];
  missingScopeTitle: (name: string) => string;
  missingScopeBody: string;
  missingScopesLabel: string;
  notConnectedTitle: (name: string) => string;
  notConnectedBody: string;
  resumeNote: string;
  consentTitle: (name: string) => string;
  consentBody: string;
  /** Consent is needed and there is no safe link to open it with. */
  consentFailedTitle: (name?: string) => string;
  consentUrlRejected: string;
  consentUrlMissing: string;
  consentAfter: string;
  callbackFailedTitle: string;
  callbackFailedBody: string;
  callbackCauses: readonly string[];
  /** Those bodies for a card without the button they name (Reconnect, Retry): the same advice, no button promised. */
  unwired?: Partial<Record<"authFailed" | "missingScope" | "callbackFailed" | "consentUrlMissing", string>>;
  resumePendingTitle: string;
  resumePendingBody: string;
  returnToSession: string;
  connectedTitle: (name: string) => string;
  /** Connected, with Execute again offered. */
  connectedBody: string;
  /** Connected, with no Execute again to press: what happens next without one. */
  connectedBodyNext: string;
  reconnect: string;
  reconnectWithScope: string;
  connectProvider: string;
  authorize: string;
  retryRequest: string;
  executeAgain: string;
  connecting: string;
  /** Where each state's fix is done, per platform (the credits platform's /settings/integrations). */
  places?: PlatformPlaces<"notConnected" | "authFailed">;
}

export interface RateLimitMessages {
  title: string;
  retryIn: string;
  retryAt: (clockTime: string) => string;
  retryNow: string;
  autoRetryIn: string;
  autoRetrying: string;
  retryShortly: string;
  limitIs: (max: number, window: string) => string;
  why: string;
  /** A platform's own limit, over `why` where the host set that platform (Alumia: 60 a minute per user or IP). */
  platformWhy?: Partial<Record<string, string>>;
  /** Advice for every platform. */
  tip: string;
  /** A platform's own advice, over `tip` where the host set that platform (Alumia's chat limit). */
  platformTips?: Partial<Record<string, string>>;
  retry: string;
  /** Announced once when the limit is hit. */
  announceLimited: (wait: string) => string;
  /** Announced once when the limit is hit and the banner will retry by itself. */
  announceAutoRetry: (wait: string) => string;
  /** Announced once when retrying becomes possible. */
  announceReady: string;
  /** Visually hidden label of the countdown timer. */
  timerLabel: string;
}

export interface ApprovalMessages {
  pendingTitle: string;
  pendingBody: string;
  /** The same for the admin who decides: what approving or rejecting does. */
  pendingBodyAdmin: string;
  /** Those bodies for a card without the buttons they name (Approve and Reject, Request access): the same news, no button promised. */
  unwired?: Partial<Record<"pendingAdmin" | "rejected" | "expired", string>>;
  pendingSteps: readonly string[];
  /** Beside the steps: that approvals come from policy, and that approved access lapses (the requester's view; the admin's body says it). */
  pendingWhy: string;
  approvedTitle: string;
  approvedBody: string;
  rejectedTitle: string;
  rejectedBody: string;
  expiredTitle: string;
  expiredBody: string;
  expiresAt: (time: string) => string;
  expiredAt: (time: string) => string;
  tool: string;
  method: string;
  agent: string;
  run: string;
  viewApprovals: string;
  checkStatus: string;
  cancelRun: string;
  approve: string;
  reject: string;
  requestAgain: string;
}

export interface StuckToolMessages {
  /** The tool's name when the error didn't say. */
  unnamedTool: string;
  /** The peer's name when no peer list was given. */
  unnamedPeer: string;
  title: (tool: string) => string;
  interruptedTitle: (tool: string) => string;
  interruptedBody: string;
  runningFor: (elapsed: string) => string;
  causeLabel: string;
  causeSlow: string;
  causePeer: string;
  causeMalformed: (attempts: number) => string;
  /** The body's instruction after the cause: what Inspect is for. */
  inspectCall: string;
  causeUnknown: string;
  peers: string;
  inspect: string;
  inspectTitle: (tool: string) => string;
  inspectDescription: string;
  /** Said in the card when the dialog's code cannot be loaded (offline): the call is shown there as text. */
  inspectUnavailable: string;
  /** The folded "What to do" under a stuck tool: its label, and the seed's fixes in order. */
  whatToDo: string;
  fixSteps: readonly string[];
  arguments: string;
  noArguments: string;
  redactedNote: string;
  partialOutput: string;
  noOutput: string;
  hiddenOutput: (chars: string, lines: string) => string;
  copyOutput: string;
  copied: string;
  close: string;
  followUpLabel: (peer: string) => string;
  followUpPlaceholder: string;
  sendFollowUp: string;
  followUpSent: string;
  cancelSession: string;
  disableTool: string;
  disableToolHint: string;
}

/**
 * The StuckToolMessages only Inspect shows: its dialog, and the call as text when the dialog
 * cannot load. Their English (en-stuck-tool-inspect.ts) loads with those views, not in the
 * card's first load; a provider's catalog or the card's `messages` still sets them as any other.
 */
export type StuckToolInspectKey =
  | "inspectTitle"
  | "inspectDescription"
  | "inspectUnavailable"
  | "arguments"
  | "noArguments"
  | "redactedNote"
  | "partialOutput"
  | "noOutput"
  | "hiddenOutput"
  | "copyOutput"
  | "copied"
  | "followUpSent";

/** The StuckToolMessages the card itself reads (its describer and the dialog's foot included). */
export type StuckToolCardKey = Exclude<keyof StuckToolMessages, StuckToolInspectKey>;

/**
 * The inspector's strings before Inspect: the card's, and those of Inspect's that a provider's
 * catalog or the card's `messages` set (Inspect's views complete them with their English).
 */
export type StuckToolCardMessages = Pick<StuckToolMessages, StuckToolCardKey> & Partial<Pick<StuckToolMessages, StuckToolInspectKey>>;

import type { NoticeCatalog, NoticeChrome } from "./notice-types.js";
import type { RecoveryErrorKind } from "../model/types.js";

export interface FormatMessages {
  /** BCP 47 locale for numbers, durations and times. */
  locale: string;
}

export interface RecoveryMessages {
  format: FormatMessages;
  common: CommonMessages;
  balance: BalanceMessages;
  connector: ConnectorMessages;
  rateLimit: RateLimitMessages;
  approval: ApprovalMessages;
  stuckTool: StuckToolMessages;
  /** Wording for the kinds without a dedicated component, by kind and variant. */
  notices: NoticeCatalog;
  /** Labels around that wording. */
  notice: NoticeChrome;
  /** ErrorRecovery's short state, shown until (or when) a kind's card cannot load. Optional for custom catalogs: English then. */
  short?: ShortMessages;
}

/** The action ids the short state may offer (one, the host's primary or retry). */
export type ShortActionId =
  | "retry"
  | "addFunds"
  | "topUp"
  | "upgradePlan"
  | "reconnect"
  | "connect"
  | "authorize"
  | "viewApprovals"
  | "openApprovals"
  | "checkStatus"
  | "cancelSession"
  | "cancel"
  | "signIn"
  | "openApiKeys"
  | "contactSupport";

/**
 * ErrorRecovery's short state: what it says from code already loaded while a kind's card is on
 * its way, or when it cannot be loaded (offline before the prefetch, a deploy removed it).
 */
export interface ShortMessages {
  /**
   * Per kind, the model's sentences for it in this language: what happened, then what to do.
   * The first sentence is the short state's title (one short line), the rest its body.
   */
  kinds: Readonly<Record<RecoveryErrorKind, string>>;
  /** The same for a `kind/variant` the kind's sentences would get wrong (a session that expired is no bad key). */
  variants: Readonly<Record<string, string>>;
  /** The server's own words, quoted. */
  serverSaid: (message: string) => string;
  /** Said once the card could not be loaded. */
  unavailable: string;
  /** The one action's label. */
  actions: Record<ShortActionId, string>;
}
