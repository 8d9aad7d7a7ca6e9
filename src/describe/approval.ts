/** ApprovalPendingNotice's states as data: pending (a requester's or an admin's), approved, rejected, expired (dedicated.ts). */
import type { ApprovalPendingError } from "../model/types.js";
import { formatClockTime, formatRelativeTime } from "../catalog/format.js";
import { factOf, withRoute } from "./build.js";
import { action, base, type Describer } from "./card.js";
import type { DedicatedInput } from "./dedicated.js";
import type { RecoveryDescription } from "./types.js";

/** Waiting on someone is news; approved is done; rejected stops the run; expired is fixed by asking again. */
const TONE = { pending: "info", approved: "success", rejected: "danger", expired: "warning" } as const;

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
  const reject = admin && pending ? action(input, "reject", t.reject, "danger") : [];
  const requestAgain = status === "rejected" || status === "expired" ? action(input, "requestAgain", t.requestAgain, "primary") : [];
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
  return {
    ...base(error.kind, status, TONE[status]),
    // Each status has its title and body in the catalog under its own name ("expiredTitle").
    title: t[`${status}Title`],
    // A body names only the buttons the card has (test/describe/named-actions.test.ts): without
    // Approve and Reject, or Request access, the same news in words that promise none.
    body:
      admin && pending
        ? approve.length > 0 && reject.length > 0 ? t.pendingBodyAdmin : (t.unwired?.pendingAdmin ?? t.pendingBodyAdmin)
        : status !== "pending" && status !== "approved" && requestAgain.length === 0 ? (t.unwired?.[status] ?? t[`${status}Body`]) : t[`${status}Body`],
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
      ...requestAgain,
      ...approve,
      ...(status !== "approved"
        ? action(input, "viewApprovals", t.viewApprovals, approve.length > 0 || admin ? "link" : again && input.wired.requestAgain !== undefined ? "secondary" : "primary")
        : []),
      ...(pending && approve.length === 0 ? action(input, "checkStatus", t.checkStatus, "secondary") : []),
      ...reject,
      ...(status !== "approved" && !(admin && pending) ? action(input, "cancelRun", t.cancelRun, "danger") : []),
    ],
  };
}

/** An approval names no place: its where is the Approvals page's route, when that link leads. */
export const describeApproval: Describer<ApprovalPendingError> = (error, input) => withRoute(describeApprovalOwn(error, input), input.catalog.common);
