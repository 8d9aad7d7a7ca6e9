import type { Meta, StoryObj } from "@storybook/react-vite";
import { entryStory } from "./entry-story";

/** RunAgents (agents, tools, policies, approvals, OAuth, LLM gateway, builds, runs). One story per entry of shared/seeds/003_a019a0b625274bb0.txt, in the page's order. */
const meta = {
  title: "Platforms/RunAgents",
  tags: ["!autodocs"],
} satisfies Meta;

export default meta;

export const AgentStuckPending: StoryObj = { ...entryStory("runagents", "AgentStuckPending"), name: "Agent stuck in \"Pending\" status" };
export const Forbidden403OnToolCalls: StoryObj = { ...entryStory("runagents", "Forbidden403OnToolCalls"), name: "403 Forbidden on tool calls" };
export const ApprovalRequiredResponse: StoryObj = { ...entryStory("runagents", "ApprovalRequiredResponse"), name: "APPROVAL_REQUIRED response" };
export const OAuthConsentRequired: StoryObj = { ...entryStory("runagents", "OAuthConsentRequired"), name: "OAuth Issues: the end user has not authorized access yet" };
export const OAuthCallbackFails: StoryObj = { ...entryStory("runagents", "OAuthCallbackFails"), name: "OAuth callback fails" };
export const LLMGateway404ModelNotFound: StoryObj = { ...entryStory("runagents", "LLMGateway404ModelNotFound"), name: "LLM Gateway returns 404 / model not found" };
export const LLMGateway502ProviderUnreachable: StoryObj = { ...entryStory("runagents", "LLMGateway502ProviderUnreachable"), name: "LLM Gateway returns 502 / provider unreachable" };
export const ToolStatusUnavailable: StoryObj = { ...entryStory("runagents", "ToolStatusUnavailable"), name: "Tool status shows \"Unavailable\"" };
export const BuildFails: StoryObj = { ...entryStory("runagents", "BuildFails"), name: "Build fails" };
export const RunStuckInPausedApproval: StoryObj = { ...entryStory("runagents", "RunStuckInPausedApproval"), name: "Run stuck in PAUSED_APPROVAL" };
export const RunFailedUnexpectedly: StoryObj = { ...entryStory("runagents", "RunFailedUnexpectedly"), name: "Run failed unexpectedly" };
