import type { Meta, StoryObj } from "@storybook/react-vite";
import { entryStory } from "./entry-story";

/** Alumia (lab, org balance, BYOK, connectors, canvas, peers, Stripe top-ups, share links). One story per entry of shared/seeds/001_6da681fa4f526d0e.txt, in the page's order. */
const meta = {
  title: "Platforms/Alumia",
  tags: ["!autodocs"],
} satisfies Meta;

export default meta;

export const PaymentRequired402: StoryObj = { ...entryStory("alumia", "PaymentRequired402"), name: "402 PAYMENT_REQUIRED" };
export const ConnectorAuthFailed: StoryObj = { ...entryStory("alumia", "ConnectorAuthFailed"), name: "Connector auth failed" };
export const TooManyRequests429: StoryObj = { ...entryStory("alumia", "TooManyRequests429"), name: "429 TOO_MANY_REQUESTS" };
export const AgentStuckOnATool: StoryObj = { ...entryStory("alumia", "AgentStuckOnATool"), name: "Agent stuck on a tool" };
export const StripeCheckoutNoBalance: StoryObj = { ...entryStory("alumia", "StripeCheckoutNoBalance"), name: "Stripe checkout did not return a balance" };
export const Unauthorized401: StoryObj = { ...entryStory("alumia", "Unauthorized401"), name: "401 UNAUTHORIZED on the API" };
export const ShareLink404: StoryObj = { ...entryStory("alumia", "ShareLink404"), name: "404 on /share/<token>" };
