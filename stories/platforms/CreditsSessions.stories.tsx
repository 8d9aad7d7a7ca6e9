import type { Meta, StoryObj } from "@storybook/react-vite";
import { entryStory } from "./entry-story";

/** The credits-metered sessions platform (sessions, synths, rounds, credits, action items, MCP keys, webhooks). One story per entry of shared/seeds/000_b5adb040b97f4435.txt, in the page's order. */
const meta = {
  title: "Platforms/Credits sessions",
  tags: ["!autodocs"],
} satisfies Meta;

export default meta;

export const SessionStuckOnRunning: StoryObj = { ...entryStory("credits", "SessionStuckOnRunning"), name: "Session stuck on 'running' for too long" };
export const SynthResponseIncomplete: StoryObj = { ...entryStory("credits", "SynthResponseIncomplete"), name: "A synth's response looks incomplete or stopped mid-stream" };
export const InsufficientCreditsMidSession: StoryObj = { ...entryStory("credits", "InsufficientCreditsMidSession"), name: "'Insufficient credits' mid-session" };
export const ProviderNotConnected: StoryObj = { ...entryStory("credits", "ProviderNotConnected"), name: "Tool execution says 'provider not connected'" };
export const OAuthCallbackLandsOnIntegrations: StoryObj = { ...entryStory("credits", "OAuthCallbackLandsOnIntegrations"), name: "OAuth callback lands on /settings/integrations instead of returning to the session" };
export const McpKeyNotInChatGPT: StoryObj = { ...entryStory("credits", "McpKeyNotInChatGPT"), name: "MCP key works in Claude Desktop but not ChatGPT" };
export const WebhookDeliveriesNotArriving: StoryObj = { ...entryStory("credits", "WebhookDeliveriesNotArriving"), name: "Webhook deliveries not arriving" };
export const SessionMissingFromDashboard: StoryObj = { ...entryStory("credits", "SessionMissingFromDashboard"), name: "Session is missing from my dashboard" };
