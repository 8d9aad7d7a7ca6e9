import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { ApprovalPendingNotice } from "../../src";
import { approvalRequired } from "../fixtures";

/** `approval-pending`: RunAgents' APPROVAL_REQUIRED and runs in PAUSED_APPROVAL. */
const meta = {
  title: "Components/ApprovalPendingNotice",
  component: ApprovalPendingNotice,
  args: { error: approvalRequired(), approvalsHref: "/approvals?request=ar_5521", onCheckStatus: fn(), onCancelRun: fn() },
  argTypes: { status: { control: "inline-radio", options: ["pending", "approved", "rejected", "expired"] } },
} satisfies Meta<typeof ApprovalPendingNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The tool call matched an approval_required rule; the run is paused until an admin approves. */
export const Pending: Story = {
  play: async ({ canvas, args }) => {
    const notice = canvas.getByRole("group", { name: "Waiting for approval" });
    await expect(notice).toHaveAttribute("data-status", "pending");
    await expect(notice).toHaveTextContent("the run resumes on its own within seconds of approval");
    await expect(canvas.getByText("github")).toBeVisible();
    await expect(canvas.getByText("DELETE")).toBeVisible();
    await expect(canvas.getByText("release-bot")).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Open approvals" })).toHaveAttribute("href", "/approvals?request=ar_5521");
    await userEvent.click(canvas.getByRole("button", { name: "Check status" }));
    await expect(args.onCheckStatus).toHaveBeenCalledWith({ error: args.error, requestId: "ar_5521", runId: "run_8c41" });
    await expect(canvas.queryByRole("button", { name: "Approve" })).toBeNull();
  },
};

/** The viewer is an admin: approve or reject right here. */
export const PendingForAdmin: Story = {
  args: { isAdmin: true, onApprove: fn(() => new Promise((resolve) => setTimeout(resolve, 150))), onReject: fn() },
  play: async ({ canvas, args }) => {
    const approve = canvas.getByRole("button", { name: "Approve" });
    await userEvent.click(approve);
    await expect(approve).toHaveAttribute("data-state", "pending");
    await waitFor(() => expect(approve).toHaveAttribute("data-state", "idle"));
    await expect(args.onApprove).toHaveBeenCalledTimes(1);
    const reject = canvas.getByRole("button", { name: "Reject" });
    await expect(reject).toBeVisible();
    // Reject is last and set apart: on one row, a wider gap before it than between the others.
    const [a, link, r] = [approve, canvas.getByRole("link", { name: "Open approvals" }), reject].map((element) => element.getBoundingClientRect());
    await expect(r!.top).toBe(a!.top);
    await expect(r!.left - link!.right).toBeGreaterThan(link!.left - a!.right + 8);
    // One secondary style in the row: the link is an outlined button like any other secondary.
    await expect(canvas.getByRole("link", { name: "Open approvals" })).toHaveAttribute("data-variant", "secondary");
  },
};

const PHONE = { phone: { name: "Phone (390 × 844)", styles: { width: "390px", height: "844px" }, type: "mobile" } };

/** The admin's view on a phone: Approve on a row of its own, Reject on its own row under a rule. */
export const PendingForAdminOnAPhone: Story = {
  args: { isAdmin: true, onApprove: fn(), onReject: fn() },
  parameters: { viewport: { options: PHONE } },
  globals: { viewport: { value: "phone" } },
  play: async ({ canvas }) => {
    await expect(window.innerWidth).toBe(390);
    const [approve, link, reject, copy] = [
      canvas.getByRole("button", { name: "Approve" }),
      canvas.getByRole("link", { name: "Open approvals" }),
      canvas.getByRole("button", { name: "Reject" }),
      canvas.getByRole("button", { name: "Copy details" }),
    ].map((element) => element.getBoundingClientRect());
    // Approve, then Open approvals, then (below a rule) Reject, then Copy details: four rows.
    await expect(link!.top).toBeGreaterThanOrEqual(approve!.bottom);
    await expect(reject!.top).toBeGreaterThan(link!.bottom + 8);
    await expect(copy!.top).toBeGreaterThanOrEqual(reject!.bottom);
    // Nothing spills off the screen.
    await expect(Math.max(approve!.right, reject!.right)).toBeLessThanOrEqual(390);
  },
};

/** Approved: the run resumes by itself. Approved access is time-limited. */
export const ApprovedResuming: Story = {
  args: { status: "approved", error: approvalRequired(15 * 60_000) },
  play: async ({ canvas }) => {
    const notice = canvas.getByRole("group", { name: "Approved — resuming the run" });
    await expect(notice).toHaveAttribute("data-status", "approved");
    await expect(canvas.getByText(/^Access expires in 15 minutes\.$/)).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Cancel run" })).toBeNull();
    await waitFor(() => expect(canvas.getByText("Approved — resuming the run", { selector: "[data-slot=announcer]" })).toBeInTheDocument());
  },
};

export const Rejected: Story = {
  args: { status: "rejected", onRequestAgain: fn() },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole("group", { name: "Access request rejected" })).toHaveAttribute("data-status", "rejected");
    await userEvent.click(canvas.getByRole("button", { name: "Cancel run" }));
    await expect(args.onCancelRun).toHaveBeenCalledTimes(1);
  },
};

/** Approved access has expired: shows when, and offers to ask again. */
export const Expired: Story = {
  args: { status: "approved", error: approvalRequired(-5 * 60_000), onRequestAgain: fn() },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole("group", { name: "Approval expired" })).toHaveAttribute("data-status", "expired");
    await expect(canvas.getByText(/^Access expired 5 minutes ago\.$/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Request access" }));
    await expect(args.onRequestAgain).toHaveBeenCalledTimes(1);
  },
};
