import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import type { Decorator } from "@storybook/react-vite";
import { BalanceEmptyCard, RecoveryProvider } from "../../src";
import { balanceEmpty, insufficientCredits, quotaExceeded } from "../fixtures";

/** `balance-empty`: the org balance is empty, credits ran out, a quota is spent, or a top-up is late. */
const meta = {
  title: "Components/BalanceEmptyCard",
  component: BalanceEmptyCard,
  args: {
    error: balanceEmpty(),
    onAddFunds: fn(),
    onAddByokKey: fn(),
    onChooseFreeModel: fn(),
  },
  argTypes: {
    variant: { control: "select", options: [undefined, "balance-empty", "insufficient-credits", "quota-exceeded", "top-up-pending"] },
  },
} satisfies Meta<typeof BalanceEmptyCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The host names its platform, so the card says where that platform's page puts the fix. */
const on = (platform: string): Decorator => (Story) => (
  <RecoveryProvider platform={platform}>
    <Story />
  </RecoveryProvider>
);

/** Alumia's 402 PAYMENT_REQUIRED: the yellow card in the chat panel. */
export const BalanceEmpty: Story = {
  decorators: [on("alumia")],
  play: async ({ canvas, args }) => {
    const card = canvas.getByRole("group", { name: "Your balance is empty" });
    await expect(card).toHaveTextContent("Add funds to your billing balance before running paid models.");
    // Alumia's page: "open /<orgSlug>/billing and add funds there" (no slug wired: the catalog's words for it).
    await expect(canvas.getByText("Where: /your-org/billing")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Add funds" }));
    await expect(args.onAddFunds).toHaveBeenCalledWith({ error: args.error });
    await userEvent.click(canvas.getByRole("button", { name: "Add a BYOK key" }));
    await userEvent.click(canvas.getByRole("button", { name: "Choose a free model" }));
    await expect(args.onAddByokKey).toHaveBeenCalledTimes(1);
    await expect(args.onChooseFreeModel).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByText("Why this happens"));
    await expect(canvas.getByText(/Free providers such as Groq and NVIDIA/)).toBeVisible();
  },
};

/** Hosts that only have pages to link to: Add funds goes to billing. Unsafe hrefs never render. */
export const BalanceEmptyWithLinks: Story = {
  args: { onAddFunds: undefined, onAddByokKey: undefined, onChooseFreeModel: undefined, addFundsHref: "/acme/billing", byokHref: "javascript:alert(1)" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("link", { name: "Add funds" })).toHaveAttribute("href", "/acme/billing");
    await expect(canvas.queryByRole("link", { name: "Add a BYOK key" })).toBeNull();
    // No host callbacks, so no buttons but Copy details (which needs none).
    await expect(canvas.getAllByRole("button").map((button) => button.textContent)).toEqual(["Copy detailsCopied"]);
  },
};

/** The host's callback rejected: the card says so and the button works again. */
export const AddFundsFails: Story = {
  args: { onAddFunds: fn(() => Promise.reject(new Error("card declined"))) },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole("button", { name: "Add funds" });
    await userEvent.click(button);
    await waitFor(() => expect(canvas.getByText("“Add funds” didn’t work. Try again.")).toBeVisible());
    // Right under the actions, before Copy details (which a phone puts on a row of its own).
    const failure = canvas.getByText("“Add funds” didn’t work. Try again.");
    await expect(failure.nextElementSibling).toHaveAttribute("data-slot", "copy-details");
    await userEvent.click(button);
    await expect(args.onAddFunds).toHaveBeenCalledTimes(2);
  },
};

/** The credits platform: 'Insufficient credits' mid-session. Progress is saved. */
export const InsufficientCredits: Story = {
  args: {
    error: insufficientCredits(),
    onAddFunds: undefined,
    onAddByokKey: undefined,
    onChooseFreeModel: undefined,
    onTopUp: fn(),
    upgradeHref: "/profile/billing#plans",
    onContinue: fn(),
  },
  decorators: [on("credits")],
  play: async ({ canvas, args }) => {
    const card = canvas.getByRole("group", { name: "Insufficient credits" });
    await expect(card).toHaveTextContent("Your session stays open and all progress is saved.");
    // The page: "Top up credits from /profile → Billing".
    await expect(canvas.getByText("Where: /profile → Billing")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Top up credits" }));
    await expect(args.onTopUp).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole("link", { name: "Upgrade plan" })).toHaveAttribute("href", "/profile/billing#plans");
    await userEvent.click(canvas.getByRole("button", { name: "Continue where you left off" }));
    await expect(args.onContinue).toHaveBeenCalledTimes(1);
  },
};

/** OpenAI's insufficient_quota arrives as a 429 but is a billing problem. */
export const QuotaExceeded: Story = {
  args: { error: quotaExceeded(), onAddByokKey: undefined, onChooseFreeModel: undefined, upgradeHref: "/settings/plan" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "You’ve used up your quota" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Add funds" })).toBeVisible();
  },
};

/** Alumia's Stripe checkout returned, but the balance pill still shows the old amount. */
export const TopUpPending: Story = {
  args: {
    onAddFunds: undefined,
    onAddByokKey: undefined,
    onChooseFreeModel: undefined,
    topUp: { checkoutSessionId: "cs_live_a1B2c3D4" },
    onReloadBalance: fn(() => new Promise((resolve) => setTimeout(resolve, 200))),
    billingActivityHref: "/acme/settings/billing#activity",
    supportHref: "mailto:support@alumia.example",
  },
  decorators: [on("alumia")],
  play: async ({ canvas, args }) => {
    const card = canvas.getByRole("group", { name: "Your top-up hasn’t arrived yet" });
    await expect(card).toHaveAttribute("data-state", "waiting");
    // Alumia's page: "Reload /<orgSlug>/billing".
    await expect(canvas.getByText("Where: /your-org/billing")).toBeVisible();
    await expect(canvas.queryByRole("link", { name: "Open recent activity" })).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Reload balance" }));
    await expect(args.onReloadBalance).toHaveBeenCalledTimes(1);
  },
};

/** A minute later and still no balance: point to recent activity and support, with the session ID. */
export const TopUpDelayed: Story = {
  args: {
    ...TopUpPending.args,
    topUp: { checkoutSessionId: "cs_live_a1B2c3D4", completedAt: Date.now() - 90_000 },
    supportHref: "https://alumia.example/support",
  },
  decorators: [on("alumia")],
  play: async ({ canvas }) => {
    const card = await canvas.findByRole("group", { name: "Your top-up is taking longer than usual" });
    await expect(card).toHaveAttribute("data-state", "delayed");
    // Alumia's page names the place; the host's link goes elsewhere, so its route is said too.
    await expect(canvas.getByText("Where: Settings → Billing → recent activity (opens /acme/settings/billing)")).toBeVisible();
    await expect(card).toHaveTextContent("after 1 minute");
    await expect(canvas.getByRole("link", { name: "Open recent activity" })).toHaveAttribute("href", "/acme/settings/billing#activity");
    await expect(canvas.getByRole("link", { name: "Contact support" })).toBeVisible();
    await expect(canvas.getByText("cs_live_a1B2c3D4")).toBeVisible();
  },
};
