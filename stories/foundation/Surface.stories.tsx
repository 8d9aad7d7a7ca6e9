import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ActionButton, ActionLink, RecoverySurface } from "../../src";

/**
 * The layout every recovery component stands on. Tone says how serious; layout says how
 * much room it takes; `announce` says how its one live region speaks (the surface itself is
 * never a live region, and a landmark only when `landmark` asks for one).
 */
const meta = {
  title: "Foundation/Surface",
  component: RecoverySurface,
  args: {
    title: "Your balance is empty",
    children: "Add funds to your billing balance before running paid models.",
    tone: "warning",
    layout: "card",
    announce: "polite",
    headingLevel: 3,
  },
  argTypes: {
    tone: { control: "inline-radio", options: ["info", "warning", "danger", "success", "neutral"] },
    layout: { control: "inline-radio", options: ["card", "banner", "inline"] },
    announce: { control: "inline-radio", options: ["polite", "assertive", "off"] },
    landmark: { control: "boolean" },
    headingLevel: { control: "select", options: [2, 3, 4, 5, 6] },
    actions: { control: false },
    details: { control: false },
    icon: { control: false },
  },
} satisfies Meta<typeof RecoverySurface>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  args: {
    actions: (
      <>
        <ActionButton variant="primary" onAction={() => undefined}>
          Add funds
        </ActionButton>
        <ActionLink href="/acme/billing">Open billing</ActionLink>
      </>
    ),
  },
  play: async ({ canvas }) => {
    const region = canvas.getByRole("group", { name: "Your balance is empty" });
    await expect(region).toHaveAttribute("data-tone", "warning");
    await expect(within(region).getByRole("heading", { level: 3, name: "Your balance is empty" })).toBeVisible();
    await expect(within(region).getByRole("link", { name: "Open billing" })).toHaveAttribute("href", "/acme/billing");
  },
};

export const Info: Story = {
  args: { tone: "info", title: "Approval requested", children: "An admin must approve this tool call on the Approvals page." },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Approval requested" })).toHaveAttribute("data-tone", "info");
  },
};

export const Danger: Story = {
  args: { tone: "danger", title: "The API key was revoked", children: "Every call fails until a new key is in place. Create one in Settings → API keys." },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "The API key was revoked" })).toHaveAttribute("data-tone", "danger");
  },
};

export const Success: Story = {
  args: { tone: "success", title: "Connected", children: "The next tool call will use the fresh connection." },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Connected" })).toHaveAttribute("data-tone", "success");
  },
};

export const Neutral: Story = {
  args: { tone: "neutral", title: "Something went wrong", children: "Try again in a moment." },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Something went wrong" })).toHaveAttribute("data-tone", "neutral");
  },
};

export const Banner: Story = {
  args: {
    layout: "banner",
    tone: "warning",
    title: "Too many requests",
    children: "You can retry in 30 seconds.",
    actions: (
      <ActionButton onAction={() => undefined} variant="secondary">
        Retry
      </ActionButton>
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Too many requests" })).toHaveAttribute("data-layout", "banner");
  },
};

export const Inline: Story = {
  args: { layout: "inline", tone: "info", title: "Waiting for approval", children: "The run resumes on its own once approved." },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Waiting for approval" })).toHaveAttribute("data-layout", "inline");
  },
};

/**
 * `announce="assertive"` (the default for `danger`): the title is said at once, through
 * the surface's one live region, which wraps no button or link.
 */
export const AnnouncedAssertively: Story = {
  args: { announce: "assertive", tone: "danger", title: "The run failed" },
  play: async ({ canvas }) => {
    const surface = canvas.getByRole("group", { name: "The run failed" });
    await waitFor(() => expect(within(surface).getByRole("alert")).toHaveTextContent("The run failed"));
  },
};

/** `announce="polite"`: news that must not interrupt, said once. */
export const AnnouncedPolitely: Story = {
  args: { announce: "polite", tone: "success", title: "Balance updated", children: "You can continue where you left off." },
  play: async ({ canvas }) => {
    const surface = canvas.getByRole("group", { name: "Balance updated" });
    await waitFor(() => expect(within(surface).getByRole("status")).toHaveTextContent("Balance updated"));
  },
};

/** `landmark`: a named region, for a host that wants one (one per page: names must differ). */
export const AsLandmark: Story = {
  args: { landmark: true, tone: "info", title: "Waiting for approval" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("region", { name: "Waiting for approval" })).toBeVisible();
  },
};

/** Technical details stay folded away until asked for, and open from the keyboard. */
export const WithDetails: Story = {
  args: {
    tone: "warning",
    title: "Gmail was disconnected",
    children: "OAuth refresh failed for Gmail.",
    meta: "Request ID req_8f2c1",
    details: (
      <ul>
        <li>You revoked access in the provider’s account settings</li>
        <li>Your password changed</li>
        <li>The refresh token expired</li>
      </ul>
    ),
    detailsLabel: "Why this happens",
  },
  play: async ({ canvas }) => {
    const summary = canvas.getByText("Why this happens");
    await expect(canvas.getByText("Your password changed")).not.toBeVisible();
    // The summary is reachable by Tab (user-event cannot press a native <summary>, so the
    // toggle itself is a click).
    await userEvent.tab();
    await expect(summary).toHaveFocus();
    await userEvent.click(summary);
    await waitFor(() => expect(canvas.getByText("Your password changed")).toBeVisible());
  },
};

/** At 320 px the icon moves above the text and the actions stack. */
export const Narrow: Story = {
  args: {
    title: "Your balance is empty",
    actions: (
      <>
        <ActionButton variant="primary" onAction={() => undefined}>
          Add funds
        </ActionButton>
        <ActionButton onAction={() => undefined}>Add a BYOK key</ActionButton>
        <ActionButton variant="ghost" onAction={() => undefined}>
          Choose a free model
        </ActionButton>
      </>
    ),
  },
  decorators: [
    (Story) => (
      <div style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    const region = canvas.getByRole("group", { name: "Your balance is empty" });
    await expect(region.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    // Nothing spills sideways.
    await expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth);
  },
};

export const DarkTheme: Story = {
  globals: { theme: "dark" },
  args: { tone: "warning" },
  play: async ({ canvas }) => {
    const region = canvas.getByRole("group", { name: "Your balance is empty" });
    await expect(getComputedStyle(region).colorScheme).toBe("dark");
  },
};
