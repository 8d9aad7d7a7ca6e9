"use client";
/**
 * ConnectorReconnectCard — `connector-auth`: a connector's auth failed, lacks a scope, was
 * never connected, needs OAuth consent, or its OAuth callback failed. Walks the user
 * through Reconnect → Connecting… → Connected → Execute again.
 */
import { forwardRef, useEffect, useRef, useState } from "react";
import { connectorReasonOf, type ConnectorAuthError, type ConnectorReason } from "../model/types.js";
import { hostOf, isSafeHref, toSafeHttpsUrl } from "../model/safe-url.js";
import { useCommon, useMessages } from "../catalog/context.js";
import { enConnector } from "../catalog/en-connector.js";
import type { ConnectorMessages } from "../catalog/types.js";
import { ActionButton, ActionLink } from "../ui/action-button.js";
import { RecoverySurface, type RecoverySurfaceProps } from "../ui/surface.js";
import { Checklist } from "../ui/checklist.js";
import { cn } from "../ui/cn.js";

/* ------------------------------------------------------------------ types */

/** Where the connection stands. Controlled by the host, or followed from `onReconnect`. */
export type ConnectionStatus = "disconnected" | "connecting" | "connected";

export interface ConnectorActionContext {
  error: ConnectorAuthError;
  /** The connector's name, when known. */
  connector?: string;
  /** The action to resume after connecting (the host's `resumeActionId`), kept across the round trip. */
  resumeActionId?: string;
}

type Callback = (context: ConnectorActionContext) => unknown;

export interface ConnectorReconnectCardProps
  extends Omit<RecoverySurfaceProps, "title" | "children" | "actions" | "details" | "tone" | "onError" | "support"> {
  /** The model value (`kind: "connector-auth"`). */
  error: ConnectorAuthError;
  /** Which situation to show. @default `error.reason`, else `auth-failed` */
  reason?: ConnectorReason;
  /** Connection status, if the host tracks it. @default followed from `onReconnect`/`onConnect` */
  status?: ConnectionStatus;
  /** Start the OAuth flow again. If it returns a Promise the card shows Connecting… until it settles. */
  onReconnect?: Callback;
  /** Connect a provider that was never connected (credits platform). Falls back to `onReconnect`. */
  onConnect?: Callback;
  /** A page where the provider is connected, e.g. `/settings/integrations`; `resumeActionId` is added to it. */
  connectHref?: string;
  /** The host opens the consent URL itself (e.g. in a popup) instead of the link. */
  onAuthorize?: Callback;
  /** Retry the original request after consent (RunAgents). */
  onRetry?: Callback;
  /** Run the waiting action again once connected ("Execute again"). */
  onResume?: Callback;
  /** The id of the action waiting on this connection; passed to callbacks and added to `connectHref`. */
  resumeActionId?: string;
  /** Back to the session that started the OAuth flow (for `resume-pending`). */
  sessionHref?: string;
  /** Strings for this card only. */
  messages?: Partial<ConnectorMessages>;
}

/* ------------------------------------------------------------------ component */

export const ConnectorReconnectCard = /* @__PURE__ */ forwardRef<HTMLElement, ConnectorReconnectCardProps>(function ConnectorReconnectCard(
  {
    error,
    reason: reasonProp,
    status: statusProp,
    onReconnect,
    onConnect,
    connectHref,
    onAuthorize,
    onRetry,
    onResume,
    resumeActionId,
    sessionHref,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages("connector", enConnector, messages);
  const common = useCommon();
  const [followed, setFollowed] = useState<ConnectionStatus>("disconnected");
  // The user's Reconnect button goes away when the connection lands; their focus moves to
  // what replaced it (Execute again) instead of falling to the page.
  const focusResume = useRef(false);
  const resumeButton = useRef<HTMLButtonElement>(null);
  const status = statusProp ?? followed;
  // A hand-built value with scopes and no reason reads the same as a parsed one.
  const reason = reasonProp ?? connectorReasonOf(error);
  const name = error.connector?.name;
  const displayName = name ?? t.unnamed;
  const context: ConnectorActionContext = {
    error,
    ...(name ? { connector: name } : {}),
    ...(resumeActionId ? { resumeActionId } : {}),
  };

  /** Runs a connect callback and follows its Promise through connecting → connected. */
  const connectWith = (callback: Callback) => async () => {
    setFollowed("connecting");
    try {
      await callback(context);
      focusResume.current = true;
      setFollowed("connected");
    } catch (reasonForFailure) {
      setFollowed("disconnected");
      throw reasonForFailure;
    }
  };

  const statusLabel =
    status === "connected"
      ? t.statusConnected
      : status === "connecting"
        ? t.statusConnecting
        : {
            "auth-failed": t.statusAuthFailed,
            "missing-scope": t.statusNeedsScope,
            "not-connected": t.statusNotConnected,
            "consent-required": t.statusNeedsConsent,
            "callback-failed": t.statusCallbackFailed,
            "resume-pending": t.statusConnected,
          }[reason];

  const pill = (
    <span className="rk-pill" data-slot="status" data-status={status}>
      {statusLabel}
    </span>
  );

  useEffect(() => {
    if (status === "connected" && focusResume.current) {
      focusResume.current = false;
      resumeButton.current?.focus();
    }
  }, [status]);

  const shared = {
    ref,
    support: error,
    "data-kind": "connector-auth",
    "data-reason": reason,
    // The wording variant, as describeConnector names it (and the host's events).
    "data-variant": reason,
    "data-status": status,
    className: cn("rk-connector", className),
    ...rest,
  };

  if (reason === "resume-pending" && status !== "connected") {
    return (
      <RecoverySurface
        {...shared}
        tone="info"
        title={t.resumePendingTitle}
        actions={
          <>
            {onResume && (
              <ActionButton action="resume" variant="primary" onAction={() => onResume(context)}>
                {t.executeAgain}
              </ActionButton>
            )}
            <ActionLink action="returnToSession" href={withResumeId(sessionHref, resumeActionId)}>{t.returnToSession}</ActionLink>
          </>
        }
      >
        {pill}
        <p>{t.resumePendingBody}</p>
      </RecoverySurface>
    );
  }

  if (status === "connected") {
    return (
      <RecoverySurface
        {...shared}
        tone="success"
        title={t.connectedTitle(displayName)}
        actions={
          onResume ? (
            <ActionButton ref={resumeButton} action="resume" variant="primary" onAction={() => onResume(context)}>
              {t.executeAgain}
            </ActionButton>
          ) : null
        }
      >
        {pill}
        <p>{t.connectedBody}</p>
      </RecoverySurface>
    );
  }

  const reconnectLabel = reason === "missing-scope" ? t.reconnectWithScope : t.reconnect;
  const connectCallback = reason === "not-connected" ? (onConnect ?? onReconnect) : onReconnect;
  const connectLink = reason === "not-connected" ? withResumeId(connectHref, resumeActionId) : undefined;
  const connectLabel = reason === "not-connected" ? t.connectProvider : reconnectLabel;
  // Its id in the host's events, as describeConnector names it.
  const connectId = reason === "not-connected" && (onConnect || !onReconnect) ? "connect" : "reconnect";
  const connectAction = connectCallback ? (
    <ActionButton
      action={connectId}
      variant="primary"
      disabled={statusProp === "connecting"}
      onAction={connectWith(connectCallback)}
    >
      {connectLabel}
    </ActionButton>
  ) : connectLink ? (
    <ActionLink action={connectId} variant="primary" href={connectLink}>
      {connectLabel}
    </ActionLink>
  ) : null;

  if (reason === "consent-required") {
    // Checked again here: the model is not the only source of errors.
    const url = toSafeHttpsUrl(error.connector?.authorizationUrl);
    const host = hostOf(url);
    const rejected = error.connector?.authorizationUrlRejected || (error.connector?.authorizationUrl !== undefined && !url);
    return (
      <RecoverySurface
        {...shared}
        tone="warning"
        title={t.consentTitle(displayName)}
        actions={
          <>
            {url && onAuthorize ? (
              <ActionButton action="authorize" variant="primary" onAction={() => onAuthorize(context)}>
                {t.authorize}
              </ActionButton>
            ) : url ? (
              <ActionLink action="authorize" variant="primary" href={url} external>
                {t.authorize}
              </ActionLink>
            ) : null}
            {onRetry && <ActionButton action="retry" onAction={() => onRetry(context)}>{t.retryRequest}</ActionButton>}
          </>
        }
      >
        {pill}
        {url ? (
          <>
            <p>{t.consentBody}</p>
            {host && <p className="rk-muted" data-slot="consent-host">{t.consentOpensOn(host)}</p>}
            <p className="rk-muted">{t.consentAfter}</p>
          </>
        ) : (
          // Nothing to click: say why, and what to do instead of "open the consent screen".
          <p data-slot="consent-missing">{rejected ? t.consentUrlRejected : t.consentUrlMissing}</p>
        )}
      </RecoverySurface>
    );
  }

  if (reason === "callback-failed") {
    return (
      <RecoverySurface
        {...shared}
        tone="danger"
        title={t.callbackFailedTitle}
        actions={connectAction}
      >
        {pill}
        <p>{t.callbackFailedBody}</p>
        <Checklist heading={common.whatToCheck} items={t.callbackCauses} />
      </RecoverySurface>
    );
  }

  const scopes = error.connector?.missingScopes ?? [];
  return (
    <RecoverySurface
      {...shared}
      tone={status === "connecting" ? "info" : "warning"}
      title={
        reason === "missing-scope"
          ? t.missingScopeTitle(displayName)
          : reason === "not-connected"
            ? t.notConnectedTitle(name ?? t.unnamed)
            : t.authFailedTitle(name)
      }
      details={reason === "auth-failed" ? <Checklist items={t.authFailedCauses} /> : undefined}
      detailsLabel={common.whyThisHappens}
      actions={
        <>
          {connectAction}
          {reason === "not-connected" && onResume && status === "disconnected" && resumeActionId && (
            <ActionButton action="resume" onAction={() => onResume(context)}>{t.executeAgain}</ActionButton>
          )}
        </>
      }
    >
      {pill}
      <p>{reason === "missing-scope" ? t.missingScopeBody : reason === "not-connected" ? t.notConnectedBody : t.authFailedBody}</p>
      {reason === "missing-scope" && scopes.length > 0 && (
        <div className="rk-scopes" data-slot="missing-scopes">
          <span>{t.missingScopesLabel}:</span>{" "}
          {scopes.map((scope) => (
            <code key={scope}>{scope}</code>
          ))}
        </div>
      )}
      {reason === "not-connected" && resumeActionId && <p className="rk-muted">{t.resumeNote}</p>}
    </RecoverySurface>
  );
});

/** Adds `resumeActionId` to a connect link so the OAuth round trip can come back to it. */
function withResumeId(href: string | undefined, resumeActionId: string | undefined): string | undefined {
  if (!href || !isSafeHref(href)) return undefined;
  if (!resumeActionId) return href;
  const [path, hash] = href.split("#", 2) as [string, string | undefined];
  const joiner = path.includes("?") ? "&" : "?";
  return `${path}${joiner}resumeActionId=${encodeURIComponent(resumeActionId)}${hash !== undefined ? `#${hash}` : ""}`;
}
