import type { Meta, StoryObj } from "@storybook/react-vite";
import { entryStory } from "./entry-story";

/** The agent API at api.agi.tech (sessions, messages, SSE, snapshots, webhooks). One story per entry of shared/seeds/002_21357477f65fe7b4.txt, in the page's order. */
const meta = {
  title: "Platforms/AGI API",
  tags: ["!autodocs"],
} satisfies Meta;

export default meta;

export const SessionCreationFails: StoryObj = { ...entryStory("agi", "SessionCreationFails"), name: "Session Creation Fails" };
export const SessionNotFound404: StoryObj = { ...entryStory("agi", "SessionNotFound404"), name: "Session Not Found (404)" };
export const SessionStuckInitializing: StoryObj = { ...entryStory("agi", "SessionStuckInitializing"), name: "Session Stuck Initializing" };
export const AgentNotCompletingTasks: StoryObj = { ...entryStory("agi", "AgentNotCompletingTasks"), name: "Agent Not Completing Tasks" };
export const IncompleteResults: StoryObj = { ...entryStory("agi", "IncompleteResults"), name: "Incomplete Results" };
export const AgentMakesErrors: StoryObj = { ...entryStory("agi", "AgentMakesErrors"), name: "Agent Makes Errors" };
export const ConnectionTimeouts: StoryObj = { ...entryStory("agi", "ConnectionTimeouts"), name: "Connection Timeouts" };
export const RateLimiting429: StoryObj = { ...entryStory("agi", "RateLimiting429"), name: "Rate Limiting (429)" };
export const MessagesNotAppearing: StoryObj = { ...entryStory("agi", "MessagesNotAppearing"), name: "Messages Not Appearing" };
export const SSEParsingIssues: StoryObj = { ...entryStory("agi", "SSEParsingIssues"), name: "SSE Parsing Issues" };
export const Unauthorized401: StoryObj = { ...entryStory("agi", "Unauthorized401"), name: "401 Unauthorized" };
export const AuthNotPreserved: StoryObj = { ...entryStory("agi", "AuthNotPreserved"), name: "Auth Not Preserved" };
export const SnapshotRestorationFails: StoryObj = { ...entryStory("agi", "SnapshotRestorationFails"), name: "Snapshot Restoration Fails" };
export const WebhooksNotReceived: StoryObj = { ...entryStory("agi", "WebhooksNotReceived"), name: "Webhooks Not Received" };
export const DuplicateEvents: StoryObj = { ...entryStory("agi", "DuplicateEvents"), name: "Duplicate Events" };
export const JSONParsingErrors: StoryObj = { ...entryStory("agi", "JSONParsingErrors"), name: "JSON Parsing Errors" };
