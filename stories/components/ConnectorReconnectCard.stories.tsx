import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import type { Decorator } from "@storybook/react-vite";
import { ConnectorReconnectCard, RecoveryProvider } from "../../src";
import { connectorAuthFailed, connectorMissingScope, consentRequired, oauthCallbackFailed, providerNotConnected } from "../fixtures";

const slow = (ms: number) => () => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `connector-auth`: Reconnect → Connecting… → Connected → Execute again. */
const meta = {
  title: "Components/ConnectorReconnectCard",
  component: ConnectorReconnectCard,
  args: { error: connectorAuthFailed(), onReconnect: fn(slow(300)), onResume: fn() },
  argTypes: {
    reason: { control: "select", options: [undefined, "auth-failed", "missing-scope", "not-connected", "consent-required", "callback-failed"] },
    status: { control: "select", options: [undefined, "disconnected", "connecting", "connected"] },
  },
} satisfies Meta<typeof ConnectorReconnectCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The host names its platform, so the card says where that platform's page puts the fix. */
const on = (platform: string): Decorator => (Story) => (
  <RecoveryProvider platform={platform}>
    <Story />
  </RecoveryProvider>
);

/** Alumia: the connector card shows Auth failed instead of Connected. The story stays in that state. */
export const AuthFailed: Story = {
  decorators: [on("alumia")],
  play: async ({ canvas }) => {
    const card = canvas.getByRole("group", { name: "Gmail was disconnected" });
    await expect(canvas.getByText("Auth failed")).toBeVisible();
    // Alumia's page: "On /<orgSlug>/connectors … Click Reconnect on the connector card".
    await expect(canvas.getByText("Where: the connector card on /your-org/connectors")).toBeVisible();
    await expect(card).toHaveAttribute("data-status", "disconnected");
    await expect(canvas.getByRole("button", { name: "Reconnect" })).toBeEnabled();
  },
};

/** Intermediate: the host says it is connecting (its OAuth window is open). The connect button waits with it; the story stays here for review. */
export const Connecting: Story = {
  args: { status: "connecting" },
  play: async ({ canvas }) => {
    const card = canvas.getByRole("group", { name: "Gmail was disconnected" });
    await expect(card).toHaveAttribute("data-status", "connecting");
    await expect(canvas.getByText("Connecting…", { selector: "[data-slot=status]" })).toBeVisible();
    // aria-disabled, not disabled: it stays focusable and says why it waits.
    await expect(canvas.getByRole("button", { name: "Reconnect" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** Flow: Auth failed → Reconnect → Connecting… → Connected, focus on Execute again. */
export const AuthFailedReconnectFlow: Story = {
  name: "Flow: auth failed → reconnected",
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Reconnect" }));
    await expect(canvas.getByText("Connecting…", { selector: "[data-slot=status]" })).toBeVisible();
    const resume = await canvas.findByRole("button", { name: "Execute again" }, { timeout: 3000 });
    await expect(canvas.getByRole("group", { name: "Gmail is connected" })).toHaveAttribute("data-status", "connected");
    // Focus follows in an effect, after the new button is painted.
    await waitFor(() => expect(resume).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await expect(args.onResume).toHaveBeenCalledWith({ error: args.error, connector: "Gmail" });
    await expect(args.onReconnect).toHaveBeenCalledTimes(1);
  },
};

/** The OAuth flow failed (popup closed, consent refused): say so, and let them try again. */
export const ReconnectFails: Story = {
  args: { onReconnect: fn(() => Promise.reject(new Error("popup closed"))) },
  play: async ({ canvas }) => {
    const button = canvas.getByRole("button", { name: "Reconnect" });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAccessibleDescription("“Reconnect” didn’t work. Try again."));
    await expect(canvas.getByText("Auth failed")).toBeVisible();
  },
};

/** The agent called gmail.send after only read scopes were granted. */
export const MissingScope: Story = {
  args: { error: connectorMissingScope() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Gmail needs more access" })).toBeVisible();
    await expect(canvas.getByText("gmail.send")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Reconnect with broader scope" })).toBeEnabled();
  },
};

/** Flow: missing scope → Reconnect with broader scope → connected. */
export const MissingScopeFlow: Story = {
  name: "Flow: missing scope → reconnected",
  args: { error: connectorMissingScope() },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Reconnect with broader scope" }));
    await expect(args.onReconnect).toHaveBeenCalledTimes(1);
    await canvas.findByRole("button", { name: "Execute again" }, { timeout: 3000 });
  },
};

/** The credits platform's 'provider not connected'; the resume id survives the round trip. */
export const NotConnected: Story = {
  args: { error: providerNotConnected(), onReconnect: undefined, onConnect: fn(slow(200)), resumeActionId: "act_91f2" },
  decorators: [on("credits")],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Linear isn’t connected" })).toBeVisible();
    // The page's place, though the host's connect is a callback, not a link.
    await expect(canvas.getByText("Where: /settings/integrations")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Connect provider" })).toBeEnabled();
  },
};

/** Flow: Connect provider → Execute again, with the resume id passed both ways. */
export const NotConnectedFlow: Story = {
  name: "Flow: not connected → connected → executed again",
  args: { error: providerNotConnected(), onReconnect: undefined, onConnect: fn(slow(200)), resumeActionId: "act_91f2" },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Connect provider" }));
    await expect(args.onConnect).toHaveBeenCalledWith({ error: args.error, connector: "Linear", resumeActionId: "act_91f2" });
    await userEvent.click(await canvas.findByRole("button", { name: "Execute again" }, { timeout: 3000 }));
    await expect(args.onResume).toHaveBeenCalledWith({ error: args.error, connector: "Linear", resumeActionId: "act_91f2" });
  },
};

/** Connecting happens on the integrations page: the link carries resumeActionId there and back. */
export const NotConnectedLink: Story = {
  args: {
    error: providerNotConnected(),
    onReconnect: undefined,
    connectHref: "/settings/integrations?provider=linear",
    resumeActionId: "act_91f2",
  },
  decorators: [on("credits")],
  play: async ({ canvas }) => {
    // The page: "Go to /settings/integrations and connect the provider".
    await expect(canvas.getByText("Where: /settings/integrations")).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Connect provider" })).toHaveAttribute(
      "href",
      "/settings/integrations?provider=linear&resumeActionId=act_91f2",
    );
    await expect(canvas.getByRole("button", { name: "Execute again" })).toBeVisible();
    await expect(canvas.getByText(/If you come back and nothing resumed/)).toBeVisible();
  },
};

/** RunAgents: the response carries an authorization_url. Authorize opens it; then retry. */
export const ConsentRequired: Story = {
  args: { error: consentRequired(), onReconnect: undefined, onRetry: fn() },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole("group", { name: "Google needs your permission" })).toBeVisible();
    const link = canvas.getByRole("link", { name: "Authorize (opens in a new tab)" });
    await expect(link).toHaveAttribute("href", "https://accounts.google.com/o/oauth2/v2/auth?client_id=runagents&scope=gmail.send");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(canvas.getByText("Where: accounts.google.com")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Retry" }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/**
 * The server sent a javascript: URL: no link, and the card says why. A retry would bring the
 * same link back, so none is offered even with `onRetry`: the fix is an admin's.
 */
export const ConsentUrlUnsafe: Story = {
  args: { error: consentRequired("javascript:alert(document.cookie)"), onReconnect: undefined, onRetry: fn() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Couldn’t open Google’s sign-in" })).toBeVisible();
    await expect(canvas.queryByRole("link")).toBeNull();
    await expect(canvas.queryByRole("button", { name: "Retry" })).toBeNull();
    await expect(canvas.getByText(/wasn’t a secure https address/)).toBeVisible();
  },
};

/** A host-built error whose URL is unsafe is checked again at render. */
export const ConsentUrlUnsafeFromHost: Story = {
  args: {
    error: { kind: "connector-auth", message: "Consent required", reason: "consent-required", connector: { name: "Slack", authorizationUrl: "data:text/html,<script>alert(1)</script>" } },
    onReconnect: undefined,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Couldn’t open Slack’s sign-in" })).toBeVisible();
    await expect(canvas.queryByRole("link")).toBeNull();
    await expect(canvas.getByText(/wasn’t a secure https address/)).toBeVisible();
  },
};

/** No link at all: retrying the request gets a new one, so Retry leads. */
export const ConsentUrlMissing: Story = {
  args: { error: { kind: "connector-auth", message: "Consent required", reason: "consent-required", connector: { name: "Slack" } }, onReconnect: undefined, onRetry: fn() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Couldn’t open Slack’s sign-in" })).toBeVisible();
    await expect(canvas.queryByRole("link")).toBeNull();
    await expect(canvas.getByText(/didn’t include an authorization link/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Retry" })).toHaveAttribute("data-variant", "primary");
  },
};

/** RunAgents: the OAuth callback failed. The four causes, as a checklist. */
export const CallbackFailed: Story = {
  args: { error: oauthCallbackFailed() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Signing in didn’t finish" })).toBeVisible();
    for (const cause of ["Callback URL not configured", "Redirect URI not whitelisted", "Invalid client credentials", "State signature mismatch"]) {
      await expect(canvas.getByText(new RegExp(cause))).toBeVisible();
    }
    await expect(canvas.getByRole("button", { name: "Reconnect" })).toBeVisible();
  },
};

/** The host tracks the connection itself and says it is connected. */
export const Connected: Story = {
  args: { status: "connected" },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole("group", { name: "Gmail is connected" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Execute again" }));
    await expect(args.onResume).toHaveBeenCalledTimes(1);
  },
};
