import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { ActionButton, ActionLink } from "../../src";

/**
 * Every action in recovery-kit: a host callback that may return a Promise. While it runs
 * the button shows pending and ignores repeat clicks; if it rejects, it says so inline and
 * becomes usable again.
 */
const meta = {
  title: "Foundation/ActionButton",
  component: ActionButton,
  args: { children: "Add funds", variant: "primary", onAction: fn() },
  argTypes: {
    variant: { control: "inline-radio", options: ["primary", "secondary", "ghost"] },
  },
} satisfies Meta<typeof ActionButton>;

export default meta;
type Story = StoryObj<typeof meta>;

function settleAfter(ms: number, outcome: "resolve" | "reject") {
  return () =>
    new Promise<void>((resolve, reject) => {
      setTimeout(() => (outcome === "resolve" ? resolve() : reject(new Error("card declined"))), ms);
    });
}

export const Idle: Story = {
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole("button", { name: "Add funds" });
    await expect(button).toHaveAttribute("data-state", "idle");
    await userEvent.click(button);
    await expect(args.onAction).toHaveBeenCalledTimes(1);
  },
};

export const Variants: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
      <ActionButton {...args} variant="primary">
        Add funds
      </ActionButton>
      <ActionButton {...args} variant="secondary">
        Add a BYOK key
      </ActionButton>
      <ActionButton {...args} variant="ghost">
        Choose a free model
      </ActionButton>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Add a BYOK key" })).toHaveAttribute("data-variant", "secondary");
    await expect(canvas.getByRole("button", { name: "Choose a free model" })).toHaveAttribute("data-variant", "ghost");
  },
};

/** A slow callback: pending while it runs, and a double click pays once. */
export const Pending: Story = {
  args: { onAction: fn(settleAfter(400, "resolve")), pendingLabel: "Adding funds…" },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole("button", { name: "Add funds" });
    await userEvent.dblClick(button);
    await expect(button).toHaveAttribute("data-state", "pending");
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveTextContent("Adding funds…");
    await userEvent.click(button);
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(button).toHaveAttribute("data-state", "idle"));
    await expect(button).toHaveFocus();
  },
};

/** A callback that rejects: an inline message, and the button works again. */
export const Failed: Story = {
  args: { onAction: fn(settleAfter(50, "reject")) },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole("button", { name: "Add funds" });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute("data-state", "error"));
    await expect(canvas.getByRole("alert")).toHaveTextContent("“Add funds” didn’t work. Try again.");
    await expect(button).toHaveAccessibleDescription("“Add funds” didn’t work. Try again.");
    await userEvent.click(button);
    await expect(args.onAction).toHaveBeenCalledTimes(2);
  },
};

/** A failed action keeps what the user typed. */
export const FailedKeepsInput: Story = {
  render: function Render(args) {
    const [note, setNote] = useState("");
    return (
      <div style={{ display: "grid", gap: 8, maxWidth: 360 }}>
        <label htmlFor="follow-up">Follow-up message</label>
        <textarea id="follow-up" value={note} onChange={(event) => setNote(event.target.value)} />
        <ActionButton {...args}>Send follow-up</ActionButton>
      </div>
    );
  },
  args: { children: "Send follow-up", onAction: fn(settleAfter(30, "reject")), variant: "secondary" },
  play: async ({ canvas }) => {
    const field = canvas.getByRole("textbox", { name: "Follow-up message" });
    await userEvent.type(field, "Are you still waiting on the browser?");
    await userEvent.click(canvas.getByRole("button", { name: "Send follow-up" }));
    await waitFor(() => expect(canvas.getByRole("alert")).toHaveTextContent("didn’t work"));
    await expect(field).toHaveValue("Are you still waiting on the browser?");
  },
};

export const Keyboard: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Add funds" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    await expect(args.onAction).toHaveBeenCalledTimes(2);
  },
};

/** Links render only for safe URLs; the unsafe one below renders nothing. */
export const Links: Story = {
  render: () => (
    <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
      <ActionLink href="/acme/billing" variant="primary">
        Open billing
      </ActionLink>
      <ActionLink href="https://docs.example.com/byok" external>
        BYOK guide
      </ActionLink>
      <ActionLink href="javascript:alert(1)">Unsafe link</ActionLink>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("link", { name: "Open billing" })).toHaveAttribute("href", "/acme/billing");
    const external = canvas.getByRole("link", { name: /BYOK guide/ });
    await expect(external).toHaveAttribute("target", "_blank");
    await expect(external).toHaveAttribute("rel", "noopener noreferrer");
    await expect(external).toHaveAccessibleName("BYOK guide (opens in a new tab)");
    await expect(canvas.queryByRole("link", { name: "Unsafe link" })).toBeNull();
  },
};
