/**
 * The agent stacks that live in a React app: `useChat` from @ai-sdk/react against a real
 * `streamText` route, React Router's route `ErrorBoundary`, and TanStack Query, each driven
 * for real (renderHook, RouterProvider) against a local server.
 */
import { describe, expect, it } from "vitest";
import { runStacks } from "./stacks/check";
import { useChatStack } from "./stacks/use-chat";
import { reactRouter } from "./stacks/react-router";
import { tanstackQuery } from "./stacks/tanstack-query";
import { mcp } from "./stacks/mcp";
import { openaiAgents } from "./stacks/openai-agents";
import { langchain } from "./stacks/langchain";

runStacks([useChatStack, reactRouter, tanstackQuery]);

describe("the agent stacks' corpus", () => {
  it("has at least 40 cases across at least 6 stacks", () => {
    const stacks = [mcp, openaiAgents, langchain, useChatStack, reactRouter, tanstackQuery];
    expect(stacks.filter((stack) => stack.cases.length > 0).length).toBeGreaterThanOrEqual(6);
    expect(stacks.reduce((sum, stack) => sum + stack.cases.length, 0)).toBeGreaterThanOrEqual(40);
  });
});
