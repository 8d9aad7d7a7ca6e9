import type { ApprovalMessages } from "./types.js";

// English strings for one namespace; each component imports only its own, so a host that
// uses one component does not ship every other component's wording.
export const enApproval: ApprovalMessages = {
  pendingTitle: "Waiting for approval",
  pendingBody:
    "This tool call matched an approval-required rule, so the run is paused and an access request was created. An admin must approve it on the Approvals page; the run resumes on its own within seconds of approval.",
  pendingBodyAdmin: "This tool call matched an approval-required rule, so the run is paused until it is decided. Approve it and the run resumes within seconds (approved access is time-limited and expires automatically); reject it and the run can’t use this tool.",
  pendingSteps: [
    "An access request has been created automatically",
    "The run is paused (PAUSED_APPROVAL)",
    "An admin approves the request on the Approvals page",
    "After approval, the run resumes automatically",
  ],
  pendingWhy: "Approval requests are created when a policy rule says `approval_required`. Approved access is time-limited and expires automatically.",
  approvedTitle: "Approved — resuming the run",
  approvedBody: "The run resumes automatically within a few seconds. Approved access is time-limited and expires automatically.",
  rejectedTitle: "Access request rejected",
  rejectedBody: "An admin rejected this tool call, so the run can’t continue with it. If you still need it, request access again.",
  expiredTitle: "Approval expired",
  expiredBody: "Approved access is time-limited and has expired. Request access again to continue.",
  expiresAt: (time) => `Access expires ${time}.`,
  expiredAt: (time) => `Access expired ${time}.`,
  tool: "Tool",
  method: "Method",
  agent: "Agent",
  run: "Run",
  viewApprovals: "Open approvals",
  checkStatus: "Check status",
  cancelRun: "Cancel run",
  approve: "Approve",
  reject: "Reject",
  requestAgain: "Request access",
  unwired: {
    pendingAdmin: "This tool call matched an approval-required rule, so the run is paused until an admin decides. Once approved, the run resumes within seconds (approved access is time-limited and expires automatically); once rejected, it can’t use this tool.",
    rejected: "An admin rejected this tool call, so the run can’t continue with it. If you still need it, ask for access again.",
    expired: "Approved access is time-limited and has expired. Ask for access again to continue.",
  },
};
