"use client";
/** ErrorRecovery's part for `approval-pending`: ApprovalPendingNotice, with the host's actions wired (loaded with `import()`). */
import type { ApprovalPendingError } from "../../model/types.js";
import { ApprovalPendingNotice } from "../approval-pending-notice.js";
import { wire, type Resolved } from "./wire.js";

export function Card(props: Resolved) {
  const { on, href, common } = wire(props);
  // This part is loaded for this kind only (recovery-parts.ts), so the error is of it.
  const error = props.error as ApprovalPendingError;
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
      {...props.options.approval}
    />
  );
}
