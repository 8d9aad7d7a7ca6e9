// @vitest-environment node
/**
 * The agent stacks that run in a server or a worker: an MCP client over Streamable HTTP,
 * the OpenAI Agents SDK's `run()`, and LangChain's chat models, each against a local server.
 * The React hooks and routers are in stacks-react.test.tsx (they need a DOM).
 */
import { runStacks } from "./stacks/check";
import { mcp } from "./stacks/mcp";
import { openaiAgents } from "./stacks/openai-agents";
import { langchain } from "./stacks/langchain";

runStacks([mcp, openaiAgents, langchain]);
