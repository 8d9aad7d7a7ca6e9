import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApprovalPendingNotice,
  BalanceEmptyCard,
  parseRecoveryError,
  RecoveryProvider,
  StuckToolInspector,
  type ApprovalPendingError,
  type BalanceEmptyError,
  type ToolStuckError,
} from "../../src";

afterEach(() => vi.useRealTimers());

const balance = parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: "Add funds." } }, { status: 402 }) as BalanceEmptyError;

describe("BalanceEmptyCard", () => {
  it("shows a button only for the actions the host wires", () => {
    render(<BalanceEmptyCard error={balance} onAddFunds={() => undefined} />);
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["Add funds", "Copy detailsCopied"]);
  });

  it("passes the error to callbacks", async () => {
    const onAddFunds = vi.fn();
    render(<BalanceEmptyCard error={balance} onAddFunds={onAddFunds} />);
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    expect(onAddFunds).toHaveBeenCalledWith({ error: balance });
  });

  it("a pending top-up points to billing activity and support after the wait", () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    render(
      <BalanceEmptyCard
        error={balance}
        topUp={{ checkoutSessionId: "cs_123" }}
        topUpWaitMs={30_000}
        onReloadBalance={() => undefined}
        billingActivityHref="/billing#activity"
        supportHref="https://help.example.com"
      />,
    );
    expect(screen.getByRole("group", { name: "Your top-up hasn’t arrived yet" })).toHaveAttribute("data-state", "waiting");
    expect(screen.queryByRole("link", { name: "Open recent activity" })).toBeNull();
    act(() => vi.advanceTimersByTime(31_000));
    expect(screen.getByRole("group", { name: "Your top-up is taking longer than usual" })).toHaveAttribute("data-state", "delayed");
    expect(screen.getByText(/after 30 seconds/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open recent activity" })).toHaveAttribute("href", "/billing#activity");
    expect(screen.getByText("cs_123")).toBeInTheDocument();
  });

  it("app-wide strings come from RecoveryProvider, local ones win", () => {
    render(
      <RecoveryProvider messages={{ balance: { emptyTitle: "Out of funds", addFunds: "Top up" } }}>
        <BalanceEmptyCard error={balance} onAddFunds={() => undefined} messages={{ addFunds: "Add money" }} />
      </RecoveryProvider>,
    );
    expect(screen.getByRole("group", { name: "Out of funds" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add money" })).toBeInTheDocument();
  });
});

describe("ApprovalPendingNotice", () => {
  const approval = parseRecoveryError(
    { error: { code: "APPROVAL_REQUIRED", tool: "github", method: "delete", access_request_id: "ar_1" }, run_id: "run_1" },
    { status: 403 },
  ) as ApprovalPendingError;

  it("pending shows the tool and method; Approve/Reject only for admins", () => {
    const { rerender } = render(<ApprovalPendingNotice error={approval} onApprove={() => undefined} onReject={() => undefined} />);
    const notice = screen.getByRole("group", { name: "Waiting for approval" });
    expect(within(notice).getByText("github")).toBeInTheDocument();
    expect(within(notice).getByText("DELETE")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
    rerender(<ApprovalPendingNotice error={approval} isAdmin onApprove={() => undefined} onReject={() => undefined} />);
    expect(screen.getByRole("button", { name: "Approve" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reject" })).toBeInTheDocument();
  });

  it("callbacks get the request and run ids", async () => {
    const onCancelRun = vi.fn();
    render(<ApprovalPendingNotice error={approval} onCancelRun={onCancelRun} />);
    await userEvent.click(screen.getByRole("button", { name: "Cancel run" }));
    expect(onCancelRun).toHaveBeenCalledWith({ error: approval, requestId: "ar_1", runId: "run_1" });
  });

  it("approved access turns to expired when its time passes", () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1, 12) });
    const expiring = { ...approval, approval: { ...approval.approval, expiresAt: Date.UTC(2026, 0, 1, 12, 0, 5) } };
    render(<ApprovalPendingNotice error={expiring} status="approved" />);
    expect(screen.getByRole("group", { name: "Approved — resuming the run" })).toBeInTheDocument();
    expect(screen.getByText("Access expires in 5 seconds.")).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(6000));
    expect(screen.getByRole("group", { name: "Approval expired" })).toHaveAttribute("data-status", "expired");
  });

  it("approved access renders again when its words change, not every second", () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1, 12) });
    const expiring = { ...approval, approval: { ...approval.approval, expiresAt: Date.UTC(2026, 0, 1, 12, 5) } };
    // The describer asks for the expiry's words on each render of the notice.
    let renders = 0;
    const messages = {
      expiresAt: (time: string) => {
        renders++;
        return `Access expires ${time}.`;
      },
    };
    render(<ApprovalPendingNotice error={expiring} status="approved" messages={messages} />);
    expect(screen.getByText("Access expires in 5 minutes.")).toBeInTheDocument();
    const before = renders;
    act(() => vi.advanceTimersByTime(5050));
    expect(renders).toBe(before);
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText("Access expires in 4 minutes.")).toBeInTheDocument();
  });

  it("a Open approvals link renders only when safe", () => {
    render(<ApprovalPendingNotice error={approval} approvalsHref="javascript:alert(1)" />);
    expect(screen.queryByRole("link")).toBeNull();
  });
});

describe("StuckToolInspector", () => {
  const stuck = (output = "", args: unknown = { q: "x", token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_abcdef" }) =>
    parseRecoveryError({ code: "TOOL_STUCK", tool_call: { name: "search", arguments: args, partial_output: output, started_at: Date.now() - 65_000 } }) as ToolStuckError;

  it("shows live elapsed time from the page clock", () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    render(<StuckToolInspector error={stuck()} />);
    expect(screen.getByText("Running for 1 minute 5 seconds")).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByText("Running for 1 minute 7 seconds")).toBeInTheDocument();
  });

  it("Inspect opens a dialog with redacted args; Escape closes it and focus returns", async () => {
    render(<StuckToolInspector error={stuck("partial")} />);
    const inspect = screen.getByRole("button", { name: "Inspect" });
    await userEvent.click(inspect);
    // The dialog is loaded on first use: it appears once its module has arrived.
    const dialog = await screen.findByRole("dialog", { name: "Tool call: search" });
    // Focus moved into the dialog once it loaded; the button says what it opens.
    // The dialog itself takes focus (not the arguments block, which would scroll it).
    await waitFor(() => expect(dialog).toHaveFocus());
    expect(inspect).toHaveAttribute("aria-haspopup", "dialog");
    expect(within(dialog).getByLabelText("Arguments")).toHaveTextContent('"token": "[redacted]"');
    expect(dialog.textContent).not.toContain("eyJhbGci");
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(inspect).toHaveFocus();
  });

  it("shows the tail of megabytes of output and says how much is hidden", async () => {
    const output = Array.from({ length: 200_000 }, (_, i) => `row ${i}`).join("\n");
    const onCopyOutput = vi.fn();
    render(<StuckToolInspector error={stuck(output)} onCopyOutput={onCopyOutput} />);
    await userEvent.click(screen.getByRole("button", { name: "Inspect" }));
    const pre = await screen.findByLabelText("Partial output");
    expect(pre.textContent!.length).toBeLessThanOrEqual(8000);
    expect(pre.textContent!.endsWith("row 199999")).toBe(true);
    expect(screen.getByText(/characters \(\d{1,3}(,\d{3})* lines\) before it are hidden/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Copy output" }));
    expect(onCopyOutput).toHaveBeenCalledWith(output, expect.objectContaining({ tool: "search" }));
  });

  it("counts output fromResponse read past as hidden too", async () => {
    const error = stuck("row 1\nrow 2");
    error.toolCall!.outputOmitted = { chars: 5_000_000, lines: 70_000 };
    render(<StuckToolInspector error={error} />);
    await userEvent.click(screen.getByRole("button", { name: "Inspect" }));
    expect((await screen.findByLabelText("Partial output")).textContent).toBe("row 1\nrow 2");
    expect(screen.getByText("Showing the end. 5,000,000 characters (70,000 lines) before it are hidden.")).toBeInTheDocument();
  });

  it("the follow-up is written in the Inspect dialog; a failed one keeps the text, a sent one clears it", async () => {
    const onSendFollowUp = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValueOnce(undefined);
    render(<StuckToolInspector error={stuck()} cause="waiting-on-peer" peers={[{ name: "writer", state: "awaiting_peer" }]} onSendFollowUp={onSendFollowUp} onCancelSession={() => undefined} />);
    // The card keeps Inspect and at most two others in sight: no message form on it.
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.getAllByRole("button").map((b) => b.dataset.action ?? b.textContent)).toEqual(["inspect", "cancelSession", "copyDetails"]);
    await userEvent.click(screen.getByRole("button", { name: "Inspect" }));
    const field = within(await screen.findByRole("dialog")).getByRole("textbox", { name: "Message to writer" });
    await userEvent.type(field, "status?");
    await userEvent.click(screen.getByRole("button", { name: "Send follow-up" }));
    expect(await screen.findByText("“Send follow-up” didn’t work. Try again.")).toBeInTheDocument();
    expect(field).toHaveValue("status?");
    await userEvent.click(screen.getByRole("button", { name: "Send follow-up" }));
    expect(field).toHaveValue("");
    expect(onSendFollowUp).toHaveBeenLastCalledWith("status?", expect.objectContaining({ tool: "search" }));
  });

  it("offers Disable tool only after the same failure twice", () => {
    const { rerender } = render(<StuckToolInspector error={stuck()} onDisableTool={() => undefined} sameFailureCount={1} />);
    expect(screen.queryByRole("button", { name: "Disable tool" })).toBeNull();
    rerender(<StuckToolInspector error={stuck()} onDisableTool={() => undefined} sameFailureCount={2} />);
    expect(screen.getByRole("button", { name: "Disable tool" })).toBeInTheDocument();
  });

  it("interrupted says so instead of a running clock", () => {
    render(<StuckToolInspector error={stuck()} interrupted />);
    expect(screen.getByRole("group", { name: "search was interrupted" })).toHaveAttribute("data-state", "interrupted");
    expect(screen.queryByText(/Running for/)).toBeNull();
  });

  it("names a cause only when one is known, and none once interrupted", () => {
    const { rerender } = render(<StuckToolInspector error={stuck()} />);
    expect(screen.queryByText(/Likely cause/)).toBeNull();
    expect(screen.getByText(/Why isn’t known yet/)).toBeInTheDocument();
    rerender(<StuckToolInspector error={stuck()} cause="slow-tool" />);
    expect(screen.getByText(/Likely cause/)).toBeInTheDocument();
    rerender(<StuckToolInspector error={stuck()} cause="slow-tool" interrupted />);
    expect(screen.queryByText(/the tool itself is slow/i)).toBeNull();
    expect(screen.queryByText(/Likely cause/)).toBeNull();
  });
});
