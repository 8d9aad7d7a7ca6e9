"use client";
/**
 * ApprovalPendingNotice — `approval-pending`: a tool call matched an approval-required
 * rule, the run is paused (PAUSED_APPROVAL) and waits for an admin. Shows pending,
 * approved and resuming, rejected, and expired; admins can approve or reject in place.
 */
import { forwardRef } from "react";
import type { ApprovalPendingError } from "../model/types.js";
import { formatClockTime, formatRelativeTime } from "../catalog/format.js";
import { useLocale, useMessages } from "../catalog/context.js";
import { enApproval } from "../catalog/en-approval.js";
import type { ApprovalMessages } from "../catalog/types.js";
import { ActionButton, ActionLink } from "../ui/action-button.js";
import { useNow } from "../ui/clock.js";
import { Checklist } from "../ui/checklist.js";
import { Facts } from "../ui/facts.js";
import { RecoverySurface, type RecoverySurfaceProps } from "../ui/surface.js";

/* ------------------------------------------------------------------ types */

export type ApprovalStatus = "pending" | "approved" | "rejected" | "expired";

export interface ApprovalActionContext {
  error: ApprovalPendingError;
  /** The access request's id, when known. */
  requestId?: string;
  /** The paused run's id, when known. */
  runId?: string;
}

type Callback = (context: ApprovalActionContext) => unknown;

export interface ApprovalPendingNoticeProps
  extends Omit<RecoverySurfaceProps, "title" | "children" | "actions" | "details" | "tone" | "onError" | "support"> {
  /** The model value (`kind: "approval-pending"`). */
  error: ApprovalPendingError;
  /** Where the request stands; the host updates it as it learns. @default "pending" (or "expired" once `expiresAt` passes) */
  status?: ApprovalStatus;
  /** The Approvals page. */
  approvalsHref?: string;
  /** Ask the server where the request stands. */
  onCheckStatus?: Callback;
  /** Cancel the paused run. */
  onCancelRun?: Callback;
  /** Ask for access again after a rejection or expiry. */
  onRequestAgain?: Callback;
  /** The viewer is an admin: offer Approve and Reject here. @default false */
  isAdmin?: boolean;
  onApprove?: Callback;
  onReject?: Callback;
  /** Strings for this notice only. */
  messages?: Partial<ApprovalMessages>;
}

/* ------------------------------------------------------------------ component */

const TONE = { pending: "info", approved: "success", rejected: "danger", expired: "warning" } as const;

export const ApprovalPendingNotice = /* @__PURE__ */ forwardRef<HTMLElement, ApprovalPendingNoticeProps>(function ApprovalPendingNotice(
  { error, status: statusProp, approvalsHref, onCheckStatus, onCancelRun, onRequestAgain, isAdmin = false, onApprove, onReject, messages, ...rest },
  ref,
) {
  const t = useMessages("approval", enApproval, messages);
  const locale = useLocale();
  const approval = error.approval ?? {};
  const expiresAt = approval.expiresAt;
  // Only approved access expires; while it can, the notice watches the page clock.
  const now = useNow(expiresAt !== undefined && (statusProp === undefined || statusProp === "approved"));
  const lapsed = expiresAt !== undefined && now !== null && now >= expiresAt;
  const status: ApprovalStatus = statusProp === "expired" || (lapsed && statusProp === "approved") ? "expired" : (statusProp ?? "pending");
  const context: ApprovalActionContext = {
    error,
    ...(approval.requestId ? { requestId: approval.requestId } : {}),
    ...(approval.runId ? { runId: approval.runId } : {}),
  };
  // An action by id: the id is also the catalog key of its label.
  const button = (id: "approve" | "reject" | "checkStatus" | "requestAgain" | "cancelRun", callback: Callback, variant?: "primary" | "danger") => (
    <ActionButton action={id} variant={variant} onAction={() => callback(context)}>
      {t[id]}
    </ActionButton>
  );

  const title = { pending: t.pendingTitle, approved: t.approvedTitle, rejected: t.rejectedTitle, expired: t.expiredTitle }[status];
  const body = { pending: t.pendingBody, approved: t.approvedBody, rejected: t.rejectedBody, expired: t.expiredBody }[status];

  // Relative time needs the clock; the server render and hydration show the clock time.
  const when =
    expiresAt === undefined
      ? undefined
      : now === null
        ? formatClockTime(expiresAt, locale, "UTC") + " UTC"
        : formatRelativeTime(expiresAt, now, locale);
  const expiry = when === undefined ? undefined : status === "expired" ? t.expiredAt(when) : status === "approved" ? t.expiresAt(when) : undefined;

  return (
    <RecoverySurface
      ref={ref}
      support={error}
      tone={TONE[status]}
      title={title}
      data-kind="approval-pending"
      data-status={status}
      // Each status is a state of its own in the host's events (pending left after an action worked is resolved).
      data-variant={status}
      details={status === "pending" ? <Checklist items={t.pendingSteps} ordered slot="steps" /> : undefined}
      actions={
        <>
          {/* An admin decides here: Approve leads, Reject is destructive, the rest step back. */}
          {isAdmin && status === "pending" && onApprove && button("approve", onApprove, "primary")}
          {isAdmin && status === "pending" && onReject && button("reject", onReject, "danger")}
          {status !== "approved" && (
            <ActionLink action="viewApprovals" href={approvalsHref} variant={isAdmin ? "ghost" : "primary"}>
              {t.viewApprovals}
            </ActionLink>
          )}
          {(!isAdmin || !onApprove) && status === "pending" && onCheckStatus && button("checkStatus", onCheckStatus)}
          {(status === "rejected" || status === "expired") && onRequestAgain && button("requestAgain", onRequestAgain)}
          {status !== "approved" && onCancelRun && button("cancelRun", onCancelRun, "danger")}
        </>
      }
      {...rest}
    >
      <p>{body}</p>
      <Facts
        items={[
          [t.tool, approval.tool && <code>{approval.tool}</code>],
          [t.method, approval.method && <code>{approval.method}</code>],
          [t.agent, approval.agent],
          [t.run, approval.runId && <code>{approval.runId}</code>],
        ]}
      />
      {expiry && <p className="rk-muted" data-slot="expiry">{expiry}</p>}
    </RecoverySurface>
  );
});
