/**
 * The kinds with a dedicated component, as data: every state each card shows, the one an
 * error arrives in and the ones a press moves it through (connecting → connected, a top-up
 * that is late, approved → expired, a countdown that runs out). Each card renders exactly
 * this (src/ui/description-view.tsx) and keeps only what is live; every tone, title, body,
 * fact and action order is decided here, once.
 */
import {
  connectorReasonOf,
  type ApprovalPendingError,
  type ConnectorReason,
  type BalanceEmptyError,
  type ConnectorAuthError,
  type RateLimitedError,
  type ToolStuckError,
} from "../model/types.js";
import { hostOf, isSafeLink, toSafeHttpsUrl } from "../model/safe-url.js";
import { formatClockTime, formatDuration, formatRelativeTime, formatResetTime, formatWindow } from "../catalog/format.js";
import type { RecoveryMessages } from "../catalog/types.js";
import { factOf, waitLeft, withDestination, withRoute } from "./build.js";
import type { DescribedAction, DescribedFact, RecoveryDescription } from "./types.js";

/**
 * What a host tells a card beyond the error (plain data, as ErrorRecovery's `options`), and
 * where the card stands now: a host rendering `describeRecovery` with its own components
 * passes the same to show the same state.
 */
export interface DescribeState {
  balance?: {
    /** Checkout completed and the balance has not caught up: the top-up states. */
    topUp?: { checkoutSessionId?: string };
    /** The top-up has waited past `topUpWaitMs`: point to billing activity and support. */
    topUpDelayed?: boolean;
    /** How long a top-up is waited for before it counts as late. @default 60000 */
    topUpWaitMs?: number;
  };
  connector?: {
    /** The waiting action to execute again once connected. */
    resumeActionId?: string;
    /** Where the connection stands after a press. @default "disconnected" */
    status?: "disconnected" | "connecting" | "connected";
  };
  rateLimit?: {
    autoRetry?: boolean;
    /** The automatic retry is in flight (the deadline passed, the retry has not settled). @default `autoRetry` */
    retrying?: boolean;
    /** When retrying becomes possible (epoch ms), when fixed other than by the error's `retryAt` (a backoff). */
    deadline?: number;
    /** Waits longer than this say a clock time rather than count down. @default one hour */
    clockTimeAfterMs?: number;
    /** The wait when the limit was first shown (ms), which its announcement says once. @default the time left */
    initialWait?: number;
  };
  approval?: {
    isAdmin?: boolean;
    /** Where the request stands. @default "pending" ("expired" once approved access has lapsed) */
    status?: "pending" | "approved" | "rejected" | "expired";
  };
  stuckTool?: {
    cause?: "slow-tool" | "waiting-on-peer" | "malformed-retry";
    attempts?: number;
    peers?: Array<{ name: string; state: string }>;
    /** The run ended without a tool result. */
    interrupted?: boolean;
    /** How often the tool failed the same way; Disable tool is offered from 2. */
    sameFailureCount?: number;
  };
}

export interface DedicatedInput {
  catalog: RecoveryMessages;
  locale: string;
  wired: Partial<Record<string, string | true>>;
  now: number | null;
  state: DescribeState;
  /** The platform whose wording to prefer. */
  platform?: string | undefined;
  /** A wording the host chose over the error's own (a card's `variant`). */
  variant?: string | undefined;
}

type Kind = DescribedAction["kind"];

/** The action for `id` if the host wires it: a button for a callback, a link for a safe URL. */
function action(input: DedicatedInput, id: string, label: string, kind: Kind, href?: string): DescribedAction[] {
  const how = input.wired[id] ?? href;
  if (how === true) return [{ id, label, kind, needsCallback: true }];
  if (isSafeLink(how)) return [{ id, label, kind, href: how, needsCallback: false }];
  return [];
}

const base = (kind: RecoveryDescription["kind"], variant: string, tone: RecoveryDescription["tone"]) => ({
  kind,
  variant,
  tone,
  urgency: tone === "danger" ? ("assertive" as const) : ("polite" as const),
  facts: [] as DescribedFact[],
  links: [] as DescribedAction[],
});

function describeBalanceOwn(error: BalanceEmptyError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.balance;
  const state = input.state.balance ?? {};
  const variant = input.variant ?? (state.topUp ? "top-up-pending" : (error.reason ?? "balance-empty"));
  const places = t.places?.[input.platform ?? ""];
  if (variant === "top-up-pending") {
    // Support's step in the platform's own words where its page has them (no bleed elsewhere).
    const support = t.platformSupport?.[input.platform ?? ""] ?? t.topUpDelayedSupport;
    // Checkout went through; the balance has not caught up yet. Past the wait, say where to look.
    if (state.topUpDelayed) {
      return {
        ...base(error.kind, variant, "info"),
        ...placed(places?.topUpDelayed),
        title: t.topUpDelayedTitle,
        body: t.topUpDelayedBody(formatDuration(state.topUpWaitMs ?? 60_000, input.locale)),
        notes: [support],
        facts: factOf("checkoutSession", t.checkoutSessionId, state.topUp?.checkoutSessionId, true),
        // The body sends them to recent billing activity: that leads; reloading again follows.
        instruction: "billingActivity",
        actions: [
          ...action(input, "billingActivity", t.recentActivity, "primary"),
          ...action(input, "reloadBalance", t.reloadBalance, input.wired.billingActivity !== undefined ? "secondary" : "primary"),
          ...action(input, "contactSupport", t.contactSupport, "link"),
        ],
      };
    }
    return {
      ...base(error.kind, variant, "info"),
      ...placed(places?.topUpPending),
      title: t.topUpPendingTitle,
      body: t.topUpPendingBody,
      // The page's fallback for when reloading doesn't do it, one disclosure away: its label is
      // the condition ("If it's still old after a minute"), so the first screen says when to
      // open it and stays title, body, Reload. The late state says the same once the wait is up.
      details: {
        label: t.topUpStillOld,
        items: [t.topUpCheckActivity(places?.topUpDelayed), support],
        ordered: true,
        facts: factOf("checkoutSession", t.checkoutSessionId, state.topUp?.checkoutSessionId, true),
      },
      instruction: "reloadBalance",
      actions: action(input, "reloadBalance", t.reloadBalance, "primary"),
    };
  }
  if (variant === "insufficient-credits") {
    // Paused, not lost: the session stays open and its progress is saved.
    return {
      ...base(error.kind, variant, "warning"),
      ...placed(places?.credits),
      title: t.creditsTitle,
      body: t.creditsBody,
      instruction: input.wired.topUp !== undefined ? "topUp" : "addFunds",
      actions: [
        ...action(input, input.wired.topUp !== undefined ? "topUp" : "addFunds", t.topUpCredits, "primary"),
        ...action(input, "upgradePlan", t.upgradePlan, "secondary"),
        ...action(input, "continue", t.continueSession, "link"),
      ],
    };
  }
  // Work stopped, but adding funds (or waiting out a quota) gets it going again: a warning, the
  // yellow card Alumia's page describes for its 402.
  const quota = variant === "quota-exceeded";
  const hints = [t.emptyWhy, ...(input.wired.addByokKey !== undefined ? [t.byokHint] : []), ...(input.wired.chooseFreeModel !== undefined ? [t.freeModelHint] : [])];
  return {
    ...base(error.kind, variant, "warning"),
    ...placed(quota ? undefined : places?.empty),
    title: quota ? t.quotaTitle : t.emptyTitle,
    body: quota ? t.quotaBody : t.emptyBody,
    instruction: "addFunds",
    // A duration fixed when the error was parsed, not a clock: the server and the browser say the same.
    ...(quota && error.retryAfterMs !== undefined ? { wait: t.quotaResets(formatDuration(error.retryAfterMs, input.locale)) } : {}),
    ...(quota ? {} : { details: { label: input.catalog.common.whyThisHappens, why: hints.join(" "), facts: [] } }),
    actions: [
      ...action(input, "addFunds", t.addFunds, "primary"),
      ...action(input, "addByokKey", t.addByokKey, "secondary"),
      ...action(input, "chooseFreeModel", t.chooseFreeModel, "secondary"),
      ...action(input, "upgradePlan", t.upgradePlan, "secondary"),
      ...action(input, "continue", t.continueSession, "link"),
    ],
  };
}

/** A link that brings the OAuth round trip back to the waiting action: `resumeActionId` added to it. */
function withResumeId(href: string | true | undefined, resumeActionId: string | undefined): string | true | undefined {
  if (typeof href !== "string" || !resumeActionId || !isSafeLink(href) || href.startsWith("mailto:")) return href;
  const [path, hash] = href.split("#", 2) as [string, string | undefined];
  const joiner = path.includes("?") ? "&" : "?";
  return `${path}${joiner}resumeActionId=${encodeURIComponent(resumeActionId)}${hash !== undefined ? `#${hash}` : ""}`;
}

function describeConnectorOwn(error: ConnectorAuthError, input: DedicatedInput): RecoveryDescription {
  const resumeActionId = input.state.connector?.resumeActionId;
  // The links that start or finish the round trip carry the waiting action's id.
  input = { ...input, wired: { ...input.wired, connect: withResumeId(input.wired.connect, resumeActionId), returnToSession: withResumeId(input.wired.returnToSession, resumeActionId) } };
  const t = input.catalog.connector;
  const common = input.catalog.common;
  const reason = (input.variant as ConnectorReason | undefined) ?? connectorReasonOf(error);
  const name = error.connector?.name;
  const display = name ?? t.unnamed;
  const status = input.state.connector?.status ?? "disconnected";
  const resumeId = resumeActionId;
  const places = t.places?.[input.platform ?? ""];
  // The pill says where the connection stands while it moves, and Alumia's "Auth failed" (the
  // status its connector card shows, per its page); never the title again in other words
  // ("Not connected" under "GitHub isn't connected" said nothing new).
  const badge = (own?: string) => {
    const pill = status === "connecting" ? t.statusConnecting : own;
    return pill ? { badge: pill } : {};
  };
  if (status === "connected") {
    // The connection landed: run the waiting action again, or, with nothing to press, say
    // what happens without it (the body never asks for a button the card doesn't have).
    const resume = action(input, "resume", t.executeAgain, "primary");
    return {
      ...base(error.kind, reason, "success"),
      title: t.connectedTitle(display),
      body: resume.length > 0 ? t.connectedBody : t.connectedBodyNext,
      ...(resume.length > 0 ? { instruction: "resume" } : {}),
      actions: resume,
    };
  }
  if (reason === "resume-pending") {
    // Connected, as its title says: done, the same tone as "Gmail is connected" (not news).
    return {
      ...base(error.kind, reason, "success"),
      title: t.resumePendingTitle,
      ...badge(),
      body: t.resumePendingBody,
      instruction: "resume",
      actions: [...action(input, "resume", t.executeAgain, "primary"), ...action(input, "returnToSession", t.returnToSession, "secondary")],
    };
  }
  const connectId = reason === "not-connected" && input.wired.connect !== undefined ? "connect" : "reconnect";
  const connect =
    reason === "not-connected"
      ? action(input, connectId, t.connectProvider, "primary")
      : action(input, "reconnect", reason === "missing-scope" ? t.reconnectWithScope : t.reconnect, "primary");
  if (reason === "consent-required") {
    // Checked again here: the model is not the only source of errors.
    const url = toSafeHttpsUrl(error.connector?.authorizationUrl);
    const host = hostOf(url);
    const rejected = error.connector?.authorizationUrlRejected || (error.connector?.authorizationUrl !== undefined && !url);
    return {
      // A link refused as unsafe stops the flow until an admin fixes the tool's settings.
      ...base(error.kind, reason, !url && rejected ? "danger" : "warning"),
      // No link to follow: the title says what went wrong rather than asking for permission.
      title: url ? t.consentTitle(display) : t.consentFailedTitle(name),
      ...badge(),
      // Nothing to click: say why, and what to do instead of "open the consent screen".
      body: url ? t.consentBody : rejected ? t.consentUrlRejected : t.consentUrlMissing,
      // The consent screen's site is where this fix is done: said as every card says its place.
      ...placed(url ? host : undefined),
      ...(url ? { notes: [t.consentAfter] } : {}),
      // Without a link, retrying gets a new one; a link refused as unsafe comes back the same
      // way on a retry, so the fix is the admin's, outside the card: nothing to press.
      ...(url || !rejected ? { instruction: url ? "authorize" : "retry" } : {}),
      actions: [
        ...(url ? (input.wired.authorize === true ? action(input, "authorize", t.authorize, "primary") : [{ id: "authorize", label: t.authorize, kind: "primary" as const, href: url, external: true, needsCallback: false }]) : []),
        ...(url || !rejected ? action(input, "retry", t.retryRequest, url ? "secondary" : "primary") : []),
      ],
    };
  }
  if (reason === "callback-failed") {
    return {
      ...base(error.kind, reason, "danger"),
      title: t.callbackFailedTitle,
      ...badge(),
      body: t.callbackFailedBody,
      steps: { heading: common.whatToCheck, kind: "check", items: [...t.callbackCauses] },
      instruction: connectId,
      actions: connect,
    };
  }
  const scopes = error.connector?.missingScopes ?? [];
  const offerResume = reason === "not-connected" && resumeId !== undefined && status === "disconnected";
  return {
    // While it connects, news rather than a warning.
    ...base(error.kind, reason, status === "connecting" ? "info" : "warning"),
    ...placed(reason === "not-connected" ? places?.notConnected : reason === "auth-failed" ? places?.authFailed : undefined),
    title: reason === "missing-scope" ? t.missingScopeTitle(display) : reason === "not-connected" ? t.notConnectedTitle(display) : t.authFailedTitle(name),
    ...badge(reason === "auth-failed" ? t.statusAuthFailed : undefined),
    body: reason === "missing-scope" ? t.missingScopeBody : reason === "not-connected" ? t.notConnectedBody : t.authFailedBody,
    facts: reason === "missing-scope" && scopes.length > 0 ? [{ id: "missingScopes", label: t.missingScopesLabel, value: scopes.join(" "), code: true, values: [...scopes] }] : [],
    ...(reason === "not-connected" && resumeId ? { notes: [t.resumeNote] } : {}),
    ...(reason === "auth-failed" ? { details: { label: common.whyThisHappens, items: [...t.authFailedCauses], facts: [] } } : {}),
    instruction: connectId,
    actions: [...connect, ...(offerResume ? action(input, "resume", t.executeAgain, "secondary") : [])],
  };
}

const finite = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

function describeRateLimitOwn(error: RateLimitedError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.rateLimit;
  const { locale } = input;
  const state = input.state.rateLimit ?? {};
  const now = finite(input.now);
  const wait = finite(error.retryAfterMs);
  const deadline = finite(state.deadline) ?? finite(error.retryAt) ?? (wait !== undefined && now !== undefined ? now + wait : undefined);
  const auto = state.autoRetry === true;
  const clockAfter = finite(state.clockTimeAfterMs) ?? 3_600_000;
  const { remaining, counting } = waitLeft(deadline, now, clockAfter);
  const lead = auto ? t.autoRetryIn : t.retryIn;
  // In words for logs and emails ("You can retry in 25 seconds."); a live UI counts down
  // to `countdown.deadline` itself, as the banner does ("You can retry in 0:25").
  const body =
    remaining === 0
      ? auto && (state.retrying ?? true)
        ? t.autoRetrying
        : t.retryNow
      : remaining !== undefined && remaining > clockAfter
        ? t.retryAt(formatResetTime(deadline!, now!, locale))
        : remaining !== undefined || wait !== undefined
          ? `${lead} ${formatDuration(remaining ?? wait!, locale)}.`
          : t.retryShortly;
  // Spoken once when the banner appears (the wait as it was then), once at the deadline; not
  // without a clock (a server render has no time to speak of).
  const initial = finite(state.initialWait) ?? remaining ?? 0;
  const initialWords = initial > clockAfter && deadline !== undefined && now !== undefined ? formatResetTime(deadline, now, locale) : formatDuration(initial, locale);
  const announcement =
    now === undefined ? undefined : remaining === 0 ? (auto ? t.autoRetrying : t.announceReady) : auto ? t.announceAutoRetry(initialWords) : t.announceLimited(initialWords);
  const limit = error.limit;
  return {
    ...base(error.kind, "default", "warning"),
    ...(announcement ? { announcement } : {}),
    title: t.title,
    body,
    ...(limit?.max !== undefined && limit.windowMs !== undefined ? { notes: [t.limitIs(limit.max, formatWindow(limit.windowMs, locale))] } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...(counting ? { countdown: { lead, deadline: deadline! } } : {}),
    // A platform's own limit and advice only where the host set that platform: no bleed.
    details: { label: input.catalog.common.whyThisHappens, why: `${t.platformWhy?.[input.platform ?? ""] ?? t.why} ${t.platformTips?.[input.platform ?? ""] ?? t.tip}`, facts: [] },
    // While it counts down the instruction is to wait: Retry is there, not yet the thing to do.
    ...(remaining === 0 ? { instruction: "retry" } : {}),
    actions: action(input, "retry", t.retry, remaining === 0 ? "primary" : "secondary"),
  };
}

function describeApprovalOwn(error: ApprovalPendingError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.approval;
  const approval = error.approval ?? {};
  const asked = input.state.approval?.status;
  // Approved access lapses at `expiresAt`; the clock says when (none on the server).
  const lapsed = approval.expiresAt !== undefined && input.now !== null && input.now >= approval.expiresAt;
  const status = asked === "expired" || (lapsed && asked === "approved") ? "expired" : (asked ?? "pending");
  // An admin decides here: Approve leads, Reject is destructive, the rest step back.
  const admin = input.state.approval?.isAdmin === true;
  const pending = status === "pending";
  const approve = admin && pending ? action(input, "approve", t.approve, "primary") : [];
  // Requesters go to the Approvals page; an admin decides; after a rejection or expiry, ask again.
  const instruction = admin && pending ? "approve" : pending ? "viewApprovals" : status === "approved" ? undefined : "requestAgain";
  const again = status === "rejected" || status === "expired";
  const when =
    approval.expiresAt === undefined
      ? undefined
      : input.now === null
        ? `${formatClockTime(approval.expiresAt, input.locale, "UTC")} UTC`
        : formatRelativeTime(approval.expiresAt, input.now, input.locale);
  const expiry = when === undefined ? undefined : status === "expired" ? t.expiredAt(when) : status === "approved" ? t.expiresAt(when) : undefined;
  const TONE = { pending: "info", approved: "success", rejected: "danger", expired: "warning" } as const;
  return {
    ...base(error.kind, status, TONE[status]),
    title: { pending: t.pendingTitle, approved: t.approvedTitle, rejected: t.rejectedTitle, expired: t.expiredTitle }[status],
    body: { pending: admin ? t.pendingBodyAdmin : t.pendingBody, approved: t.approvedBody, rejected: t.rejectedBody, expired: t.expiredBody }[status],
    ...(instruction ? { instruction } : {}),
    facts: [
      ...factOf("tool", t.tool, approval.tool, true),
      ...factOf("method", t.method, approval.method, true),
      ...factOf("agent", t.agent, approval.agent),
      ...factOf("run", t.run, approval.runId, true),
    ],
    ...(expiry ? { notes: [expiry] } : {}),
    // RunAgents' page says approved access lapses before anyone asks: the requester reads it
    // beside the steps (the admin's body already says it).
    ...(pending ? { details: { label: input.catalog.common.details, ...(admin ? {} : { why: t.pendingWhy }), items: [...t.pendingSteps], ordered: true, facts: [] } } : {}),
    // An admin decides here: Approve leads, the Approvals page is a lesser way out, Reject is last
    // and destructive (rejecting ends what Cancel run would). At most three, one primary.
    actions: [
      ...(again ? action(input, "requestAgain", t.requestAgain, "primary") : []),
      ...approve,
      ...(status !== "approved"
        ? action(input, "viewApprovals", t.viewApprovals, approve.length > 0 || admin ? "link" : again && input.wired.requestAgain !== undefined ? "secondary" : "primary")
        : []),
      ...(pending && approve.length === 0 ? action(input, "checkStatus", t.checkStatus, "secondary") : []),
      ...(admin && pending ? action(input, "reject", t.reject, "danger") : []),
      ...(status !== "approved" && !(admin && pending) ? action(input, "cancelRun", t.cancelRun, "danger") : []),
    ],
  };
}

function describeStuckToolOwn(error: ToolStuckError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.stuckTool;
  const { cause, attempts, peers = [], interrupted = false, sameFailureCount = 0 } = input.state.stuckTool ?? {};
  const tool = error.toolCall?.name ?? t.unnamedTool;
  const startedAt = error.toolCall?.startedAt;
  const disable = sameFailureCount >= 2 ? action(input, "disableTool", t.disableTool, "danger").map((disable) => ({ ...disable, hint: t.disableToolHint })) : [];
  // Restarting after a cancel is the third fix step ("What to do"), not a line under the card.
  const cancel = action(input, "cancelSession", t.cancelSession, "danger");
  // Inspect opens the component's own dialog: no host callback, no link.
  const inspect: DescribedAction = { id: "inspect", label: t.inspect, kind: "primary", needsCallback: false };
  // In the dialog the call has been inspected. What leads there is the next step the fix
  // steps give that is no loss: a follow-up to the peer, when one can be sent; else Close, back
  // to the card while the run goes on. Cancel and Disable tool end work: last, never leading.
  const dialog = (reply: NonNullable<RecoveryDescription["dialog"]>["reply"], danger: DescribedAction[]): RecoveryDescription["dialog"] => ({
    instruction: reply ? reply.action.id : "close",
    actions: [
      ...(reply ? [{ ...reply.action, kind: "primary" as const }] : []),
      { id: "close", label: t.close, kind: reply ? "secondary" : "primary", needsCallback: false },
      ...danger,
    ],
    ...(reply ? { reply } : {}),
  });
  if (interrupted) {
    // The run ended: no cause (a slow tool is no explanation for an ended run), nothing to send.
    return {
      ...base(error.kind, "interrupted", "danger"),
      title: t.interruptedTitle(tool),
      body: `${t.interruptedBody} ${t.inspectCall}`,
      ...(peers.length > 0 ? { lists: [{ id: "peers", heading: t.peers, items: peers.map((peer) => ({ label: peer.name, value: peer.state })) }] } : {}),
      instruction: "inspect",
      // Nothing left to cancel: the run already ended.
      actions: [inspect, ...disable],
      dialog: dialog(undefined, disable),
    };
  }
  const causeText = cause === "slow-tool" ? t.causeSlow : cause === "waiting-on-peer" ? t.causePeer : cause ? t.causeMalformed(attempts ?? 2) : undefined;
  const reply: NonNullable<RecoveryDescription["dialog"]>["reply"] =
    input.wired.sendFollowUp === true
      ? {
          label: t.followUpLabel(peers.find((peer) => peer.state !== "idle")?.name ?? peers[0]?.name ?? t.unnamedPeer),
          placeholder: t.followUpPlaceholder,
          action: { id: "sendFollowUp", label: t.sendFollowUp, kind: "secondary", needsCallback: true },
        }
      : undefined;
  const elapsed = startedAt !== undefined && input.now !== null ? t.runningFor(formatDuration(Math.max(0, input.now - startedAt), input.locale)) : undefined;
  return {
    ...base(error.kind, "running", "warning"),
    title: t.title(tool),
    // How long it has run (live, once there is a clock); then the likely cause, when known.
    ...(elapsed ? { lead: elapsed } : {}),
    // Why, then what to do: Inspect leads, so the body says what it is for.
    body: causeText ? `${t.causeLabel}: ${causeText} ${t.inspectCall}` : t.causeUnknown,
    ...(peers.length > 0 ? { lists: [{ id: "peers", heading: t.peers, items: peers.map((peer) => ({ label: peer.name, value: peer.state })) }] } : {}),
    // The seed's fixes, in order, one disclosure away: the first screen stays short.
    details: { label: t.whatToDo, items: [...t.fixSteps], ordered: true, facts: [] },
    instruction: "inspect",
    actions: [inspect, ...cancel, ...disable],
    dialog: dialog(reply, [...cancel, ...disable]),
  };
}

/**
 * The place a state's fix is done, as the host's platform names it (the catalog's `places`),
 * carried to `finished` below, which words it as every card's `where`.
 */
const PLACE = "__place";
const placed = (place: string | undefined) => (place ? { [PLACE]: place } : {});

type Describer<E> = (error: E, input: DedicatedInput) => RecoveryDescription;
/** Every card's description ends the same way: where its fix is done, in words. */
const finished =
  <E,>(own: Describer<E>): Describer<E> =>
  (error, input) => {
    const { [PLACE]: place, ...d } = own(error, input) as RecoveryDescription & { [PLACE]?: string };
    return withDestination(d, input.catalog.common, place);
  };

export const describeBalance = /* @__PURE__ */ finished(describeBalanceOwn);
export const describeConnector = /* @__PURE__ */ finished(describeConnectorOwn);
/**
 * Not `finished`: a rate limit names no place, and RateLimitBanner wires Retry as a callback
 * only, so the banner's description never has a `where` and its first load skips the place
 * wording (withDestination, ~0.3 kB gzip). describeRecovery, where a host may wire Retry as a
 * link to a page of its own, adds that route there (index.ts).
 */
export const describeRateLimit = describeRateLimitOwn;
/** An approval names no place: its where is the Approvals page's route, when that link leads. */
export const describeApproval: Describer<ApprovalPendingError> = (error, input) => withRoute(describeApprovalOwn(error, input), input.catalog.common);
/** Not `finished`: Inspect, its primary, is the card's own dialog (no link), and no place is named, so it never has a `where`. */
export const describeStuckTool = describeStuckToolOwn;
