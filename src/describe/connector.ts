/** ConnectorReconnectCard's states as data: auth failed, a missing scope, not connected, consent, a failed callback; connecting → connected (dedicated.ts). */
import type { ConnectorAuthError, ConnectorReason } from "../model/types.js";
import { connectorReasonOf } from "../model/connector-reason.js";
import { hostOf, isSafeLink, toSafeHttpsUrl } from "../model/safe-url.js";
import { action, base, finished, type Placed } from "./card.js";
import type { DedicatedInput } from "./dedicated.js";

/** A link that brings the OAuth round trip back to the waiting action: `resumeActionId` added to it. */
function withResumeId(href: string | true | undefined, resumeActionId: string | undefined): string | true | undefined {
  if (typeof href !== "string" || !resumeActionId || !isSafeLink(href) || href.startsWith("mailto:")) return href;
  const [path, hash] = href.split("#", 2) as [string, string | undefined];
  const joiner = path.includes("?") ? "&" : "?";
  return `${path}${joiner}resumeActionId=${encodeURIComponent(resumeActionId)}${hash !== undefined ? `#${hash}` : ""}`;
}

function describeConnectorOwn(error: ConnectorAuthError, input: DedicatedInput): Placed {
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
  // A body names only the buttons the card has (test/describe/named-actions.test.ts): without
  // Reconnect (or Retry), the same advice in words that promise none.
  const unwired = (key: keyof NonNullable<typeof t.unwired>, body: string, offered: boolean) => (offered ? body : (t.unwired?.[key] ?? body));
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
      body: url ? t.consentBody : rejected ? t.consentUrlRejected : unwired("consentUrlMissing", t.consentUrlMissing, action(input, "retry", "", "primary").length > 0),
      // The consent screen's site is where this fix is done: said as every card says its place.
      place: url ? host : undefined,
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
      body: unwired("callbackFailed", t.callbackFailedBody, connect.length > 0),
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
    place: reason === "not-connected" ? places?.notConnected : reason === "auth-failed" ? places?.authFailed : undefined,
    title: reason === "missing-scope" ? t.missingScopeTitle(display) : reason === "not-connected" ? t.notConnectedTitle(display) : t.authFailedTitle(name),
    ...badge(reason === "auth-failed" ? t.statusAuthFailed : undefined),
    body:
      reason === "missing-scope"
        ? unwired("missingScope", t.missingScopeBody, connect.length > 0)
        : reason === "not-connected"
          ? t.notConnectedBody
          : unwired("authFailed", t.authFailedBody, connect.length > 0),
    facts: reason === "missing-scope" && scopes.length > 0 ? [{ id: "missingScopes", label: t.missingScopesLabel, value: scopes.join(" "), code: true, values: [...scopes] }] : [],
    ...(reason === "not-connected" && resumeId ? { notes: [t.resumeNote] } : {}),
    ...(reason === "auth-failed" ? { details: { label: common.whyThisHappens, items: [...t.authFailedCauses], facts: [] } } : {}),
    instruction: connectId,
    actions: [...connect, ...(offerResume ? action(input, "resume", t.executeAgain, "secondary") : [])],
  };
}

export const describeConnector = /* @__PURE__ */ finished(describeConnectorOwn);
