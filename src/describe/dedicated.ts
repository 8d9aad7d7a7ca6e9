/**
 * The kinds with a dedicated component, as data: the state each card shows for an error as
 * it arrives (before the user has done anything). Same catalog, same rules as the cards;
 * the describe tests check every seed state's card says what its description says.
 */
import {
  connectorReasonOf,
  type ApprovalPendingError,
  type BalanceEmptyError,
  type ConnectorAuthError,
  type RateLimitedError,
  type ToolStuckError,
} from "../model/types.js";
import { hostOf, isSafeLink, toSafeHttpsUrl } from "../model/safe-url.js";
import { formatDuration, formatResetTime, formatWindow } from "../catalog/format.js";
import type { RecoveryMessages } from "../catalog/types.js";
import { factOf, type DescribedAction, type DescribedFact, type RecoveryDescription } from "./types.js";

/** What a host tells a card beyond the error (plain data, as ErrorRecovery's `options`). */
export interface DescribeState {
  balance?: { topUp?: { checkoutSessionId?: string } };
  connector?: { resumeActionId?: string };
  rateLimit?: { autoRetry?: boolean };
  approval?: { isAdmin?: boolean };
  stuckTool?: { cause?: "slow-tool" | "waiting-on-peer" | "malformed-retry"; attempts?: number; peers?: Array<{ name: string; state: string }> };
}

export interface DedicatedInput {
  catalog: RecoveryMessages;
  locale: string;
  wired: Partial<Record<string, string | true>>;
  now: number | null;
  state: DescribeState;
  /** The platform whose wording to prefer. */
  platform?: string | undefined;
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

export function describeBalance(error: BalanceEmptyError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.balance;
  if (input.state.balance?.topUp) {
    // Checkout went through; the balance has not caught up yet.
    return {
      ...base(error.kind, "top-up-pending", "info"),
      title: t.topUpPendingTitle,
      body: t.topUpPendingBody,
      actions: action(input, "reloadBalance", t.reloadBalance, "primary"),
    };
  }
  const variant = error.reason ?? "balance-empty";
  if (variant === "insufficient-credits") {
    return {
      ...base(error.kind, variant, "warning"),
      title: t.creditsTitle,
      body: t.creditsBody,
      actions: [
        ...action(input, input.wired.topUp !== undefined ? "topUp" : "addFunds", t.topUpCredits, "primary"),
        ...action(input, "upgradePlan", t.upgradePlan, "secondary"),
        ...action(input, "continue", t.continueSession, "link"),
      ],
    };
  }
  const quota = variant === "quota-exceeded";
  const hints = [t.emptyWhy, ...(input.wired.addByokKey !== undefined ? [t.byokHint] : []), ...(input.wired.chooseFreeModel !== undefined ? [t.freeModelHint] : [])];
  return {
    ...base(error.kind, variant, quota ? "warning" : "danger"),
    title: quota ? t.quotaTitle : t.emptyTitle,
    body: quota ? t.quotaBody : t.emptyBody,
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

export function describeConnector(error: ConnectorAuthError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.connector;
  const common = input.catalog.common;
  const reason = connectorReasonOf(error);
  const name = error.connector?.name;
  const display = name ?? t.unnamed;
  if (reason === "resume-pending") {
    return {
      ...base(error.kind, reason, "info"),
      title: t.resumePendingTitle,
      badge: t.statusConnected,
      body: t.resumePendingBody,
      actions: [...action(input, "resume", t.executeAgain, "primary"), ...action(input, "returnToSession", t.returnToSession, "secondary")],
    };
  }
  const connect = reason === "not-connected" ? action(input, input.wired.connect !== undefined ? "connect" : "reconnect", t.connectProvider, "primary") : action(input, "reconnect", reason === "missing-scope" ? t.reconnectWithScope : t.reconnect, "primary");
  if (reason === "consent-required") {
    const url = toSafeHttpsUrl(error.connector?.authorizationUrl);
    const host = hostOf(url);
    const rejected = error.connector?.authorizationUrlRejected || (error.connector?.authorizationUrl !== undefined && !url);
    return {
      ...base(error.kind, reason, "warning"),
      title: t.consentTitle(display),
      badge: t.statusNeedsConsent,
      body: url ? t.consentBody : rejected ? t.consentUrlRejected : t.consentUrlMissing,
      ...(url ? { notes: [...(host ? [t.consentOpensOn(host)] : []), t.consentAfter] } : {}),
      actions: [
        ...(url ? (input.wired.authorize === true ? action(input, "authorize", t.authorize, "primary") : [{ id: "authorize", label: t.authorize, kind: "primary" as const, href: url, external: true, needsCallback: false }]) : []),
        ...action(input, "retry", t.retryRequest, "secondary"),
      ],
    };
  }
  if (reason === "callback-failed") {
    return {
      ...base(error.kind, reason, "danger"),
      title: t.callbackFailedTitle,
      badge: t.statusCallbackFailed,
      body: t.callbackFailedBody,
      steps: { heading: common.whatToCheck, kind: "check", items: [...t.callbackCauses] },
      actions: connect,
    };
  }
  const scopes = error.connector?.missingScopes ?? [];
  const resumeId = input.state.connector?.resumeActionId;
  return {
    ...base(error.kind, reason, "warning"),
    title: reason === "missing-scope" ? t.missingScopeTitle(display) : reason === "not-connected" ? t.notConnectedTitle(name ?? t.unnamed) : t.authFailedTitle(name),
    badge: reason === "missing-scope" ? t.statusNeedsScope : reason === "not-connected" ? t.statusNotConnected : t.statusAuthFailed,
    body: reason === "missing-scope" ? t.missingScopeBody : reason === "not-connected" ? t.notConnectedBody : t.authFailedBody,
    facts: reason === "missing-scope" ? factOf("missingScopes", t.missingScopesLabel, scopes.join(" "), true) : [],
    ...(reason === "not-connected" && resumeId ? { notes: [t.resumeNote] } : {}),
    ...(reason === "auth-failed" ? { details: { label: common.whyThisHappens, items: [...t.authFailedCauses], facts: [] } } : {}),
    actions: [...connect, ...(reason === "not-connected" && resumeId ? action(input, "resume", t.executeAgain, "secondary") : [])],
  };
}

const finite = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

export function describeRateLimit(error: RateLimitedError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.rateLimit;
  const { locale } = input;
  const now = finite(input.now);
  const wait = finite(error.retryAfterMs);
  const deadline = finite(error.retryAt) ?? (wait !== undefined && now !== undefined ? now + wait : undefined);
  const remaining = deadline !== undefined && now !== undefined ? Math.max(0, deadline - now) : undefined;
  const auto = input.state.rateLimit?.autoRetry;
  const lead = auto ? t.autoRetryIn : t.retryIn;
  // In words for logs and emails ("You can retry in 25 seconds."); a live UI counts down
  // to `countdown.deadline` itself, as the banner does ("You can retry in 0:25").
  const body =
    remaining === 0
      ? auto
        ? t.autoRetrying
        : t.retryNow
      : remaining !== undefined && remaining > 3_600_000
        ? t.retryAt(formatResetTime(deadline!, now!, locale))
        : remaining !== undefined || wait !== undefined
          ? `${lead} ${formatDuration(remaining ?? wait!, locale)}.`
          : t.retryShortly;
  const limit = error.limit;
  return {
    ...base(error.kind, "default", "warning"),
    title: t.title,
    body,
    ...(limit?.max !== undefined && limit.windowMs !== undefined ? { notes: [t.limitIs(limit.max, formatWindow(limit.windowMs, locale))] } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...(remaining !== undefined && remaining > 0 && remaining <= 3_600_000 ? { countdown: { lead, deadline: deadline! } } : {}),
    details: { label: input.catalog.common.whyThisHappens, why: `${t.why} ${t.platformTips?.[input.platform ?? ""] ?? t.tip}`, facts: [] },
    actions: action(input, "retry", t.retry, remaining === 0 ? "primary" : "secondary"),
  };
}

export function describeApproval(error: ApprovalPendingError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.approval;
  const approval = error.approval ?? {};
  // An admin decides here: Approve leads, Reject is destructive, the rest step back.
  const admin = input.state.approval?.isAdmin === true;
  const approve = admin ? action(input, "approve", t.approve, "primary") : [];
  return {
    ...base(error.kind, "pending", "info"),
    title: t.pendingTitle,
    body: t.pendingBody,
    facts: [
      ...factOf("tool", t.tool, approval.tool, true),
      ...factOf("method", t.method, approval.method, true),
      ...factOf("agent", t.agent, approval.agent),
      ...factOf("run", t.run, approval.runId, true),
    ],
    details: { label: input.catalog.common.details, items: [...t.pendingSteps], facts: [] },
    actions: [
      ...approve,
      ...(admin ? action(input, "reject", t.reject, "danger") : []),
      ...action(input, "viewApprovals", t.viewApprovals, admin ? "link" : "primary"),
      ...(approve.length === 0 ? action(input, "checkStatus", t.checkStatus, "secondary") : []),
      ...action(input, "cancelRun", t.cancelRun, "danger"),
    ],
  };
}

export function describeStuckTool(error: ToolStuckError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.stuckTool;
  const { cause, attempts, peers = [] } = input.state.stuckTool ?? {};
  const tool = error.toolCall?.name ?? t.unnamedTool;
  const startedAt = error.toolCall?.startedAt;
  const causeLine = cause
    ? `${t.causeLabel}: ${cause === "slow-tool" ? t.causeSlow : cause === "waiting-on-peer" ? t.causePeer : t.causeMalformed(attempts ?? 2)}`
    : t.causeUnknown;
  const lines = [
    ...(startedAt !== undefined && input.now !== null ? [t.runningFor(formatDuration(Math.max(0, input.now - startedAt), input.locale))] : []),
    causeLine,
  ];
  return {
    ...base(error.kind, "running", "warning"),
    title: t.title(tool),
    body: lines[0]!,
    notes: lines.slice(1),
    ...(peers.length > 0 ? { lists: [{ id: "peers", heading: t.peers, items: peers.map((peer) => ({ label: peer.name, value: peer.state })) }] } : {}),
    ...(input.wired.sendFollowUp === true
      ? {
          reply: {
            label: t.followUpLabel(peers.find((peer) => peer.state !== "idle")?.name ?? peers[0]?.name ?? t.unnamedPeer),
            placeholder: t.followUpPlaceholder,
            action: { id: "sendFollowUp", label: t.sendFollowUp, kind: "secondary" as const, needsCallback: true },
          },
        }
      : {}),
    actions: [
      // Inspect opens the component's own dialog: no host callback, no link.
      { id: "inspect", label: t.inspect, kind: "primary", needsCallback: false },
      ...action(input, "cancelSession", t.cancelSession, "danger").map((cancel) => ({ ...cancel, hint: t.cancelSessionHint })),
    ],
  };
}
