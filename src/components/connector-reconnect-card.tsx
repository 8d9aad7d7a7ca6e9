"use client";
/**
 * ConnectorReconnectCard — `connector-auth`: a connector's auth failed, lacks a scope, was
 * never connected, needs OAuth consent, or its OAuth callback failed. Walks the user
 * through Reconnect → Connecting… → Connected → Execute again.
 */
import { forwardRef, useEffect, useRef, useState } from "react";
import type { ConnectorAuthError, ConnectorReason } from "../model/types.js";
import { useDedicatedInput } from "../catalog/dedicated-input.js";
import { enConnector } from "../catalog/en-connector.js";
import type { ConnectorMessages } from "../catalog/types.js";
import { describeConnector } from "../describe/connector.js";
import { cn } from "../ui/cn.js";
import { BadgePart, DetailsListPart, FactsPart, StepsPart } from "../ui/description-parts.js";
import { ActionLinkPart, DescriptionView } from "../ui/description-view.js";

// The connection's status pill; missing scopes, a failed callback's checks, and an auth failure's
// causes under Details; a consent URL or other href as a link in the action row.
const PARTS = { badge: BadgePart, facts: FactsPart, steps: StepsPart, detailsList: DetailsListPart, actionLink: ActionLinkPart };
import type { RecoverySurfaceProps } from "../ui/surface.js";

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
    reason,
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
  const [followed, setFollowed] = useState<ConnectionStatus>("disconnected");
  // The user's Reconnect button goes away when the connection lands; their focus moves to
  // what replaced it (Execute again) instead of falling to the page.
  const focusResume = useRef(false);
  const resumeButton = useRef<HTMLButtonElement>(null);
  const status = statusProp ?? followed;
  const name = error.connector?.name;
  const context: ConnectorActionContext = {
    error,
    ...(name ? { connector: name } : {}),
    ...(resumeActionId ? { resumeActionId } : {}),
  };

  /** Runs a connect callback and follows its Promise through connecting → connected. */
  const connectWith = async (callback: Callback) => {
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

  useEffect(() => {
    if (status === "connected" && focusResume.current) {
      focusResume.current = false;
      resumeButton.current?.focus();
    }
  }, [status]);

  const callbacks: Partial<Record<string, Callback>> = { reconnect: onReconnect, connect: onConnect, authorize: onAuthorize, retry: onRetry, resume: onResume };
  const links = { connect: connectHref, returnToSession: sessionHref };
  const input = useDedicatedInput("connector", enConnector, messages, callbacks, links, null, {
    connector: { status, ...(resumeActionId ? { resumeActionId } : {}) },
  }, reason);
  const description = describeConnector(error, input);
  // A host that says it is connecting: the connect button waits with it.
  const waiting = { disabled: statusProp === "connecting" };
  return (
    <DescriptionView
      ref={ref}
      support={error}
      description={description}
      parts={PARTS}
      data-reason={description.variant}
      data-status={status}
      className={cn("rk-connector", className)}
      onAction={(id) => {
        if (id === "reconnect" && onReconnect) return connectWith(onReconnect);
        if (id === "connect") return connectWith((onConnect ?? onReconnect)!);
        return callbacks[id]?.(context);
      }}
      actionProps={{ connect: waiting, reconnect: waiting, resume: { ref: resumeButton } }}
      {...rest}
    />
  );
});
