"use client";
/**
 * ApprovalPendingNotice — `approval-pending`: a tool call matched an approval-required
 * rule, the run is paused (PAUSED_APPROVAL) and waits for an admin. Shows pending,
 * approved and resuming, rejected, and expired; admins can approve or reject in place.
 */
import { forwardRef } from "react";
import type { ApprovalPendingError } from "../model/types.js";
import { useLocale } from "../catalog/context.js";
import { useDedicatedInput } from "../catalog/dedicated-input.js";
import { formatRelativeTime } from "../catalog/format.js";
import { enApproval } from "../catalog/en-approval.js";
import type { ApprovalMessages } from "../catalog/types.js";
import { describeApproval } from "../describe/approval.js";
import { readNow, useClock } from "../ui/clock.js";
import { DetailsListPart, FactsPart } from "../ui/description-parts.js";
import { ActionLinkPart, DescriptionView } from "../ui/description-view.js";

// The call's facts, the steps folded under Details, and the actions a host wired as links.
const PARTS = { facts: FactsPart, detailsList: DetailsListPart, actionLink: ActionLinkPart };
import type { RecoverySurfaceProps } from "../ui/surface.js";

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

export const ApprovalPendingNotice = /* @__PURE__ */ forwardRef<HTMLElement, ApprovalPendingNoticeProps>(function ApprovalPendingNotice(
  { error, status, approvalsHref, onCheckStatus, onCancelRun, onRequestAgain, isAdmin = false, onApprove, onReject, messages, ...rest },
  ref,
) {
  const approval = error.approval ?? {};
  // Only approved access expires; while it can, the notice watches the page clock, and
  // renders again only when its words change ("expires in 5 minutes", "expired 2 minutes
  // ago"), not every second.
  const locale = useLocale();
  const expiresAt = approval.expiresAt;
  const words = useClock(
    (at) => (expiresAt === undefined ? "" : `${at >= expiresAt} ${formatRelativeTime(expiresAt, at, locale)}`),
    expiresAt !== undefined && (status === undefined || status === "approved"),
  );
  const now = words === null ? null : readNow();
  const callbacks: Partial<Record<string, Callback>> = { approve: onApprove, reject: onReject, checkStatus: onCheckStatus, requestAgain: onRequestAgain, cancelRun: onCancelRun };
  const input = useDedicatedInput("approval", enApproval, messages, callbacks, { viewApprovals: approvalsHref }, now, {
    approval: { isAdmin, ...(status ? { status } : {}) },
  });
  const description = describeApproval(error, input);
  const context: ApprovalActionContext = {
    error,
    ...(approval.requestId ? { requestId: approval.requestId } : {}),
    ...(approval.runId ? { runId: approval.runId } : {}),
  };
  return (
    <DescriptionView
      ref={ref}
      support={error}
      description={description}
      parts={PARTS}
      data-status={description.variant}
      onAction={(id) => callbacks[id]?.(context)}
      {...rest}
    />
  );
});
