import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { StuckToolInspector, type StuckToolInspectorProps } from "../../src";
import { toolStuck } from "../fixtures";

const OUTPUT = Array.from({ length: 40 }, (_, i) => `[browser] waiting for networkidle… ${i + 1}s`).join("\n");

/** `tool-stuck`: a tool call in progress that never finishes. */
const meta = {
  title: "Components/StuckToolInspector",
  component: StuckToolInspector,
  args: { error: toolStuck(135, OUTPUT), cause: "slow-tool", onCancelSession: fn() },
  argTypes: { cause: { control: "inline-radio", options: [undefined, "slow-tool", "waiting-on-peer", "malformed-retry"] } },
  render: (args, { loaded }) => (
    <StuckToolInspector
      {...args}
      error={(loaded.error as StuckToolInspectorProps["error"]) ?? args.error}
      {...(loaded.onSendFollowUp ? { onSendFollowUp: loaded.onSendFollowUp as StuckToolInspectorProps["onSendFollowUp"] } : {})}
    />
  ),
} satisfies Meta<typeof StuckToolInspector>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The tool itself is slow. Inspect shows redacted arguments and the output so far. */
export const SlowTool: Story = {
  loaders: [() => ({ error: toolStuck(135, OUTPUT) })],
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole("group", { name: "browser.open hasn’t finished" })).toBeVisible();
    await expect(canvas.getByText(/^Running for 2 minutes (1[5-9]|2[0-5]) seconds$/)).toBeVisible();
    const inspect = canvas.getByRole("button", { name: "Inspect" });
    await userEvent.click(inspect);
    const dialog = await screen.findByRole("dialog", { name: "Tool call: browser.open" });
    const args_ = within(dialog).getByLabelText("Arguments");
    await expect(args_).toHaveTextContent('"url": "https://status.example.com/dashboard"');
    await expect(args_).toHaveTextContent('"Authorization": "[redacted]"');
    await expect(args_).toHaveTextContent('"api_key": "[redacted]"');
    await expect(args_.textContent).not.toMatch(/sk-live|sk-proj|eyJhbGci/);
    await expect(within(dialog).getByLabelText("Partial output")).toHaveTextContent("waiting for networkidle… 40s");
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await expect(inspect).toHaveFocus();
    await userEvent.click(canvas.getByRole("button", { name: "Cancel session" }));
    await expect(args.onCancelSession).toHaveBeenCalledTimes(1);
  },
};

/**
 * Waiting on a peer: the peers and their states; the follow-up is written in the Inspect
 * dialog (the card keeps Inspect and one other in sight), and survives a failed send.
 */
export const WaitingOnPeer: Story = {
  loaders: [
    () => {
      // The first send fails (peer offline), the second goes through.
      let calls = 0;
      return {
        error: toolStuck(48, ""),
        onSendFollowUp: fn(() => (calls++ === 0 ? Promise.reject(new Error("peer offline")) : Promise.resolve())),
      };
    },
  ],
  args: {
    cause: "waiting-on-peer",
    peers: [
      { name: "researcher", state: "awaiting_peer" },
      { name: "writer", state: "idle" },
    ],
  },
  play: async ({ canvas, loaded }) => {
    // The peer list (the folded steps name the state too).
    await expect(canvas.getAllByText("awaiting_peer")[0]).toBeVisible();
    await expect(canvas.queryByRole("textbox")).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog", { name: "Tool call: browser.open" });
    const field = within(dialog).getByRole("textbox", { name: "Message to researcher" });
    await userEvent.type(field, "Are you still on the pricing table?");
    const send = within(dialog).getByRole("button", { name: "Send follow-up" });
    await userEvent.click(send);
    await waitFor(() => expect(send).toHaveAttribute("data-state", "error"));
    await expect(field).toHaveValue("Are you still on the pricing table?");
    // Said in the foot, right under its buttons (and not under Copy output, far above).
    const failure = within(dialog).getByText("“Send follow-up” didn’t work. Try again.", { selector: "[data-slot=failure]" });
    await expect(failure.parentElement).toHaveAttribute("data-slot", "dialog-actions");
    await expect(send).toHaveAttribute("aria-describedby", failure.id);
    await userEvent.click(send);
    await waitFor(() => expect(field).toHaveValue(""));
    await expect(loaded.onSendFollowUp).toHaveBeenCalledTimes(2);
    await expect(loaded.onSendFollowUp).toHaveBeenLastCalledWith("Are you still on the pricing table?", expect.objectContaining({ tool: "browser.open" }));
  },
};

/** A malformed tool call is being retried; it failed the same way twice, so Disable tool is offered. */
export const MalformedRetry: Story = {
  loaders: [() => ({ error: toolStuck(20, "") })],
  args: { cause: "malformed-retry", attempts: 3, sameFailureCount: 2, onDisableTool: fn() },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText(/runtime is retrying \(attempt 3\)/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Disable tool" }));
    await expect(args.onDisableTool).toHaveBeenCalledTimes(1);
  },
};

/** Megabytes of output: the tail shows at once, with how much is hidden, and Copy. */
export const HugeOutput: Story = {
  loaders: [
    () => ({
      error: toolStuck(
        600,
        Array.from({ length: 60_000 }, (_, i) => `line ${i + 1}: ${"x".repeat(40)}`).join("\n"),
      ),
    }),
  ],
  args: { onCopyOutput: fn() },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog");
    await expect(within(dialog).getByLabelText("Partial output")).toHaveTextContent("line 60000:");
    // The dialog fades in (120 ms, none with reduced motion).
    await waitFor(() => expect(within(dialog).getByText(/characters \(.* lines\) before it are hidden/)).toBeVisible());
    await userEvent.click(within(dialog).getByRole("button", { name: "Copy output" }));
    await expect(args.onCopyOutput).toHaveBeenCalledTimes(1);
    // Confirmed visibly (the button says so for a moment, at the same size) and out loud.
    await expect(await within(dialog).findByRole("button", { name: "Output copied." })).toHaveAttribute("data-state", "done");
    await waitFor(() => expect(within(dialog).getByRole("status")).toHaveTextContent("Output copied."));
    await userEvent.keyboard("{Escape}");
  },
};

/** The run ended without a tool result: Interrupted, not a spinner forever. */
export const Interrupted: Story = {
  loaders: [() => ({ error: toolStuck(300, "partial…") })],
  args: { interrupted: true },
  play: async ({ canvas }) => {
    const region = canvas.getByRole("group", { name: "browser.open was interrupted" });
    await expect(region).toHaveAttribute("data-state", "interrupted");
    await expect(canvas.queryByText(/Running for/)).toBeNull();
    // The run already ended: nothing left to cancel.
    await expect(canvas.queryByRole("button", { name: "Cancel session" })).toBeNull();
  },
};

/** The inspector open, for review: redacted arguments, the output tail, the peers. */
export const InspectorOpen: Story = {
  loaders: [() => ({ error: toolStuck(75, OUTPUT) })],
  args: { cause: "waiting-on-peer", peers: [{ name: "researcher", state: "awaiting_peer" }] },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog", { name: "Tool call: browser.open" });
    await waitFor(() => expect(within(dialog).getByText("Values that look like secrets are hidden.")).toBeVisible());
    // The dialog itself has focus (nothing scrolled); Tab reaches the × in its header first.
    await expect(dialog).toHaveFocus();
    await userEvent.tab();
    const [x, close] = within(dialog).getAllByRole("button", { name: "Close" }) as [HTMLElement, HTMLElement];
    await expect(x).toHaveFocus();
    // The foot, by the contract: one primary (nothing to send, so Close), destructive last.
    await expect(close).toHaveAttribute("data-variant", "primary");
    await expect(within(dialog).getAllByRole("button").filter((button) => button.dataset.variant === "primary")).toEqual([close]);
    await expect(within(dialog).getByRole("button", { name: "Cancel session" })).toHaveAttribute("data-variant", "danger");
    // Close closes, and focus returns to Inspect.
    await userEvent.click(close);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await expect(canvas.getByRole("button", { name: "Inspect" })).toHaveFocus();
  },
};

/**
 * The dialog's foot when a follow-up can be sent: the reply leads (its Send is the one primary),
 * Close follows, and the destructive actions come last, set apart by a rule.
 */
export const InspectorWithFollowUp: Story = {
  loaders: [() => ({ error: toolStuck(75, OUTPUT), onSendFollowUp: fn() })],
  args: { cause: "waiting-on-peer", peers: [{ name: "researcher", state: "awaiting_peer" }], sameFailureCount: 2, onDisableTool: fn() },
  play: async ({ canvas, loaded }) => {
    // The card: Inspect leads, with at most two others in sight; the message is written in the dialog.
    const card = canvas.getByRole("group", { name: "browser.open hasn’t finished" });
    await expect(within(card).queryByRole("textbox")).toBeNull();
    await expect(
      within(card)
        .getAllByRole("button")
        .filter((button) => button.dataset.slot !== "copy-details")
        .map((button) => button.dataset.action),
    ).toEqual(["inspect", "cancelSession", "disableTool"]);
    await userEvent.click(canvas.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog", { name: "Tool call: browser.open" });
    const footer = within(dialog).getByRole("textbox", { name: "Message to researcher" }).closest<HTMLElement>("[data-slot=dialog-actions]")!;
    const buttons = within(footer).getAllByRole("button");
    await expect(buttons.map((button) => [button.dataset.action, button.dataset.variant])).toEqual([
      ["sendFollowUp", "primary"],
      ["close", "secondary"],
      ["cancelSession", "danger"],
      ["disableTool", "danger"],
    ]);
    // Keyboard: from the message, Tab goes to Send, Close, then the destructive ones.
    await userEvent.type(within(footer).getByRole("textbox"), "Still there?");
    await userEvent.tab();
    await expect(buttons[0]).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(loaded.onSendFollowUp).toHaveBeenCalledWith("Still there?", expect.objectContaining({ tool: "browser.open" }));
    await userEvent.tab();
    await expect(buttons[1]).toHaveFocus();
    await userEvent.tab();
    await expect(buttons[2]).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  },
};

/**
 * On a phone (390 × 844) the dialog is a full-screen sheet that fits the screen, its header and
 * its foot in view: Close on a row of its own, the destructive actions on the row under a rule.
 */
export const InspectorOnAPhone: Story = {
  ...InspectorOpen,
  args: { ...InspectorOpen.args, sameFailureCount: 2, onDisableTool: fn() },
  parameters: {
    viewport: { options: { phone: { name: "Phone (390 × 844)", styles: { width: "390px", height: "844px" }, type: "mobile" } } },
  },
  globals: { viewport: { value: "phone" } },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog", { name: "Tool call: browser.open" });
    await expect(window.innerWidth).toBe(390);
    const box = dialog.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(0);
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth + 0.5);
    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight + 0.5);
    // The foot stays in view at the bottom of the sheet; Close is above the destructive row.
    const close = within(dialog).getAllByRole("button", { name: "Close" })[1]!;
    const cancel = within(dialog).getByRole("button", { name: "Cancel session" });
    const disable = within(dialog).getByRole("button", { name: "Disable tool" });
    await waitFor(() => expect(cancel).toBeVisible());
    await expect(cancel.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight + 0.5);
    await expect(close.getBoundingClientRect().bottom).toBeLessThan(cancel.getBoundingClientRect().top);
    await expect(cancel.getBoundingClientRect().top).toBe(disable.getBoundingClientRect().top);
  },
};

/**
 * In a host whose page body is set in a serif and whose app is not, the dialog (portalled to
 * the body) is set in the card's font; and the card's actions are at its foot, so the user
 * can act where they diagnose.
 */
export const DialogKeepsTheCardsFontAndActions: Story = {
  loaders: [() => ({ error: toolStuck(75, OUTPUT) })],
  args: { cause: "malformed-retry", attempts: 2, sameFailureCount: 2, onDisableTool: fn() },
  decorators: [
    (Story) => {
      document.body.style.fontFamily = "'Times New Roman', serif";
      return (
        <div style={{ fontFamily: "Arial, Helvetica, sans-serif" }}>
          <Story />
        </div>
      );
    },
  ],
  play: async ({ canvas, args }) => {
    const card = canvas.getByRole("group", { name: "browser.open hasn’t finished" });
    await userEvent.click(canvas.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog", { name: "Tool call: browser.open" });
    await expect(getComputedStyle(dialog).fontFamily).toBe(getComputedStyle(card).fontFamily);
    await expect(getComputedStyle(dialog).fontFamily).not.toMatch(/Times/);
    const footer = within(dialog).getByRole("button", { name: "Disable tool" });
    await userEvent.click(footer);
    await expect(args.onDisableTool).toHaveBeenCalledTimes(1);
    // Polled: the dialog fades in (120 ms), and at its first frame its opacity is 0.
    await waitFor(() => expect(within(dialog).getByRole("button", { name: "Cancel session" })).toBeVisible());
    await userEvent.keyboard("{Escape}");
    document.body.style.fontFamily = "";
  },
};
