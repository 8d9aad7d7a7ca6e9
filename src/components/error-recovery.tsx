"use client";
/**
 * ErrorRecovery — one line to embed: the right component for any kind, a generic notice
 * for kinds without one, and a boundary so a render error inside never takes the host
 * page down.
 *
 * @example
 * <ErrorRecovery error={await fromResponse(res)} actions={{ retry: () => send(), addFunds: "/billing" }} />
 */
import { Component, useMemo, type ErrorInfo, type ReactNode } from "react";
import { isRecoveryError, type RecoveryError } from "../model/types.js";
import { parseRecoveryError } from "../model/parse.js";
import { CatalogContext } from "../catalog/context.js";
import { enNotices } from "../catalog/en-notices.js";
import type { RecoveryActionId } from "../catalog/notice-types.js";
import { RecoverySurface } from "../ui/surface.js";
import type { RecoveryEventHandler } from "../ui/events.js";
import { ApprovalPendingNotice, type ApprovalPendingNoticeProps } from "./approval-pending-notice.js";
import { BalanceEmptyCard, type BalanceEmptyCardProps } from "./balance-empty-card.js";
import { ConnectorReconnectCard, type ConnectorReconnectCardProps } from "./connector-reconnect-card.js";
import { RateLimitBanner, type RateLimitBannerProps } from "./rate-limit-banner.js";
import { RecoveryNotice, type RecoveryAction } from "./recovery-notice.js";
import { StuckToolInspector, type StuckToolInspectorProps } from "./stuck-tool-inspector.js";

/* ------------------------------------------------------------------ types */

export type { ComponentActionId, RecoveryActionId } from "../catalog/notice-types.js";

/** Actions by id: a callback (a button; may return a Promise) or a URL (a link). */
export type RecoveryActions = Partial<Record<RecoveryActionId, RecoveryAction>> & {
  /** Send a follow-up to a stuck tool's peer; the text survives a failed send. */
  sendFollowUp?: (message: string, context: { error: RecoveryError }) => unknown;
};

/** Props that only some components use, passed through when the kind matches. */
export interface RecoveryOptions {
  balance?: Partial<Omit<BalanceEmptyCardProps, "error">>;
  connector?: Partial<Omit<ConnectorReconnectCardProps, "error">>;
  rateLimit?: Partial<Omit<RateLimitBannerProps, "error">>;
  approval?: Partial<Omit<ApprovalPendingNoticeProps, "error">>;
  stuckTool?: Partial<Omit<StuckToolInspectorProps, "error">>;
}

export interface ErrorRecoveryProps {
  /** A RecoveryError, or anything a host caught (it is parsed). `null`/`undefined`: renders nothing. */
  error: RecoveryError | unknown;
  /** Host actions by id. Each appears only where the state offers it. */
  actions?: RecoveryActions;
  /** Which wording of the kind to use, for kinds shown by the generic notice. */
  variant?: string;
  /** Component-specific props (admin viewer, peers, pending top-up…). */
  options?: RecoveryOptions;
  /** Heading level for the title. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Show a notice for a request cancelled on purpose (a user pressed Stop, left the page).
   * Off by default: a cancellation is the user's own doing, not a failure to recover from.
   * @default false
   */
  showCancelled?: boolean;
  /** Shows a × on whichever component renders, and is called when it is pressed. */
  onDismiss?: () => unknown;
  /** The recovery events of whichever component renders (RecoveryProvider's `onEvent` hears them too). */
  onEvent?: RecoveryEventHandler | undefined;
  className?: string;
}

/* ------------------------------------------------------------------ component */


export function ErrorRecovery(props: ErrorRecoveryProps) {
  // No error, nothing to recover from: `<ErrorRecovery error={state.error} />` can stay mounted.
  if (props.error === null || props.error === undefined) return null;
  return (
    <RecoveryBoundary resetKey={props.error} className={props.className}>
      <Dispatch {...props} />
    </RecoveryBoundary>
  );
}

function Dispatch({ error: input, actions = {}, variant, options = {}, headingLevel, showCancelled = false, onDismiss, onEvent, className }: ErrorRecoveryProps) {
  // Parsed once per input, not per render: a fresh parse is a fresh error (a new retryAt for
  // a 429), and a banner would start its wait — and its automatic retry — over again each
  // time the host re-renders (an onEvent that sets state re-renders it on every event).
  const error = useMemo(() => (isRecoveryError(input) ? input : parseRecoveryError(input)), [input]);
  if (error.kind === "cancelled" && !showCancelled) return null;
  const on = (id: RecoveryActionId) => {
    const action = actions[id];
    return typeof action === "function" ? (context: object) => action({ error, action: id, ...context }) : undefined;
  };
  const href = (id: RecoveryActionId) => {
    const action = actions[id];
    return typeof action === "string" ? action : undefined;
  };
  const common = { headingLevel, className, onDismiss, onEvent };

  switch (error.kind) {
    case "balance-empty":
      return (
        <BalanceEmptyCard
          error={error}
          onAddFunds={on("addFunds")}
          addFundsHref={href("addFunds")}
          onAddByokKey={on("addByokKey")}
          byokHref={href("addByokKey")}
          onChooseFreeModel={on("chooseFreeModel")}
          onTopUp={on("topUp")}
          topUpHref={href("topUp")}
          onUpgradePlan={on("upgradePlan")}
          upgradeHref={href("upgradePlan")}
          onContinue={on("continue")}
          onReloadBalance={on("reloadBalance")}
          billingActivityHref={href("billingActivity")}
          supportHref={href("contactSupport")}
          {...common}
          {...options.balance}
        />
      );
    case "connector-auth":
      return (
        <ConnectorReconnectCard
          error={error}
          onReconnect={on("reconnect")}
          onConnect={on("connect")}
          connectHref={href("connect") ?? href("openIntegrations")}
          onAuthorize={on("authorize")}
          onRetry={on("retry")}
          onResume={on("resume")}
          sessionHref={href("returnToSession")}
          {...common}
          {...options.connector}
        />
      );
    case "rate-limited":
      return <RateLimitBanner error={error} onRetry={on("retry")} {...common} {...options.rateLimit} />;
    case "approval-pending":
      return (
        <ApprovalPendingNotice
          error={error}
          approvalsHref={href("viewApprovals") ?? href("openApprovals")}
          onCheckStatus={on("checkStatus")}
          onCancelRun={on("cancelRun") ?? on("cancel")}
          onRequestAgain={on("requestAgain")}
          onApprove={on("approve")}
          onReject={on("reject")}
          {...common}
          {...options.approval}
        />
      );
    case "tool-stuck": {
      const sendFollowUp = actions.sendFollowUp;
      const copy = on("copyOutput");
      return (
        <StuckToolInspector
          error={error}
          onSendFollowUp={sendFollowUp ? (message) => sendFollowUp(message, { error }) : undefined}
          onCancelSession={on("cancelSession") ?? on("cancel")}
          onDisableTool={on("disableTool")}
          onCopyOutput={copy ? (output) => copy({ output }) : undefined}
          {...common}
          {...options.stuckTool}
        />
      );
    }
    default:
      return <RecoveryNotice error={error} variant={variant} actions={actions} {...common} />;
  }
}

/* ------------------------------------------------------------------ boundary */

interface BoundaryProps {
  resetKey: unknown;
  className?: string;
  children: ReactNode;
}

interface BoundaryState {
  failedFor: unknown;
  failed: boolean;
}

/**
 * Keeps a failure inside a recovery component from unmounting the host's tree. Falls back
 * to the generic notice's plainest state; a new `error` tries the real component again.
 */
class RecoveryBoundary extends Component<BoundaryProps, BoundaryState> {
  static override contextType = CatalogContext;
  declare context: React.ContextType<typeof CatalogContext>;
  override state: BoundaryState = { failedFor: undefined, failed: false };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (state.failed && state.failedFor === undefined) return { failedFor: props.resetKey };
    if (state.failed && state.failedFor !== props.resetKey) return { failed: false, failedFor: undefined };
    return null;
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing to do: React reports it; the fallback below keeps the page usable.
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const text = (this.context.messages?.notices ?? enNotices).unknown.default;
    return (
      <RecoverySurface tone="danger" title={text.title} className={this.props.className} data-kind="unknown" data-fallback="">
        <p>{text.body}</p>
      </RecoverySurface>
    );
  }
}
