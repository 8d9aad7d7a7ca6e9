/**
 * The agent stacks' corpus: what hosts hold when a failure reaches them through the layer
 * above the provider SDKs — MCP clients, agent frameworks, chat hooks and routers — driven
 * for real against a local server. Each row's input is thrown or returned by the real
 * package; no row builds the error object itself.
 */
import type { RecoveryErrorKind } from "../../../src/model";
import type { Expected } from "../scenarios";
import type { Behaviour, CorpusServer } from "../server";

export type StackName = "mcp" | "openai-agents" | "langchain" | "ai-sdk-use-chat" | "react-router" | "tanstack-query";

/** What the person who hit the error must be told, beyond the provider corpus's `Expected`. */
export interface StackExpected extends Omit<Expected, "kind"> {
  // "blocked" is the kind this issue adds (a policy or guardrail stopped the message).
  kind: RecoveryErrorKind | "blocked";
  /** The connector to name and where to authorize, when the failure says; `null`: must be absent (an unsafe URL dropped). */
  connector?: { name?: string | RegExp | null; authorizationUrl?: string | RegExp | null };
  /** The tool the failure is about, when it says. */
  toolName?: string | RegExp;
  status?: number;
  code?: string | RegExp;
  /** Action ids the description must never offer, with every action wired (Retry for a blocked prompt). */
  never?: string[];
  /** The action the description must lead with, with every action wired. */
  first?: string;
}

export interface StackContext {
  /** The corpus server, answering as the provider would (`server.answer(...)` is done for you from `answer`). */
  server: CorpusServer;
  url: string;
  port: number;
}

export interface StackCase {
  name: string;
  /** What the local provider or API server answers, set before `run`. */
  answer?: Behaviour;
  /** Drives the real package; resolves with what the host holds (the thrown value, the hook's `error`, a returned `CallToolResult`). */
  run: (ctx: StackContext) => Promise<unknown>;
  expected: StackExpected;
  /** Why the expectation is what it is, when it is not obvious (what the framework drops). */
  note?: string;
}

export interface Stack {
  name: StackName;
  /** The recommended catch path, as the README tells hosts. */
  catchPath: string;
  /** Servers of its own (an MCP server, a chat route), started once. */
  setup?: (ctx: StackContext) => Promise<void>;
  teardown?: () => Promise<void>;
  cases: StackCase[];
}
