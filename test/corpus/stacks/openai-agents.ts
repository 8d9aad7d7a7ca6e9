/**
 * The OpenAI Agents SDK (`@openai/agents` 0.20): `run()` against the corpus server, with the
 * agent's model a Chat Completions model whose client points at it. Each row gets from
 * `run()` what a host really gets: the SDK's own errors (max turns, a model that misbehaves,
 * a refusal, a guardrail that trips) and the provider's failures, which the SDK passes
 * through unwrapped as openai-node's `APIError`.
 *
 * The SDK depends on openai v7, which npm nests under it here (the repo's own `openai` is v6,
 * for the provider corpus); a host installing the SDK gets v7, so the client is built from the
 * copy `@openai/agents-openai` itself imports. It runs on Node 20 although v7 asks for 22.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import {
  Agent,
  OpenAIChatCompletionsModel,
  run,
  setTracingDisabled,
  tool,
  type AgentOutputType,
  type InputGuardrail,
  type OpenAIClient,
  type OutputGuardrail,
} from "@openai/agents";
import { z } from "zod";
import { caught } from "../clients";
import { answerOf, openaiHeaders } from "../scenarios";
import type { Behaviour } from "../server";
import type { Stack, StackCase, StackContext } from "./types";

const KEY = "sk-test-corpus-0000000000000000";

type OpenAIv7 = new (options: { apiKey: string; baseURL: string; maxRetries: number; timeout: number }) => OpenAIClient;
let openaiV7: Promise<OpenAIv7> | undefined;

/** openai v7's client class, the ESM build `@openai/agents-openai` resolves (its `OpenAIProvider` builds the same). */
function loadOpenAIv7(): Promise<OpenAIv7> {
  openaiV7 ??= (async () => {
    const fromAgentsOpenAI = createRequire(createRequire(import.meta.url).resolve("@openai/agents-openai"));
    const esm = new URL("index.mjs", pathToFileURL(fromAgentsOpenAI.resolve("openai")));
    const module = (await import(/* @vite-ignore */ esm.href)) as { default: OpenAIv7 };
    return module.default;
  })();
  return openaiV7;
}

/** A Chat Completions model on the corpus server; no retries, so each row is one request. */
async function model(ctx: StackContext): Promise<OpenAIChatCompletionsModel> {
  const OpenAI = await loadOpenAIv7();
  return new OpenAIChatCompletionsModel(new OpenAI({ apiKey: KEY, baseURL: `${ctx.url}/v1`, maxRetries: 0, timeout: 5000 }), "gpt-4o");
}


interface AgentOptions {
  tools?: ReturnType<typeof tool>[];
  outputType?: AgentOutputType;
  inputGuardrails?: InputGuardrail[];
  outputGuardrails?: OutputGuardrail<AgentOutputType>[];
  maxTurns?: number;
  input?: string;
  /** A streamed run: the host reads the events, then awaits `completed`. */
  stream?: boolean;
}

function runAgent(options: AgentOptions = {}) {
  return async (ctx: StackContext) => {
    const agent = new Agent({
      name: "Support assistant",
      instructions: "Answer the customer's question.",
      model: await model(ctx),
      tools: options.tools ?? [],
      ...(options.outputType ? { outputType: options.outputType } : {}),
      inputGuardrails: options.inputGuardrails ?? [],
      outputGuardrails: options.outputGuardrails ?? [],
    });
    const input = options.input ?? "Where is my order #1042?";
    const maxTurns = options.maxTurns ?? 10;
    if (!options.stream) return caught(() => run(agent, input, { maxTurns }));
    return caught(async () => {
      const result = await run(agent, input, { maxTurns, stream: true });
      for await (const event of result) void event;
      await result.completed;
      return result.finalOutput;
    });
  };
}

/** A documented Chat Completions answer (platform.openai.com/docs/api-reference/chat/object). */
function completion(message: Record<string, unknown>, finishReason: string, extra: Record<string, unknown> = {}): Behaviour {
  return {
    status: 200,
    headers: { "x-request-id": "req_agents_ok" },
    body: {
      id: "chatcmpl-corpus0001",
      object: "chat.completion",
      created: 1_767_225_600,
      model: "gpt-4o-2024-08-06",
      choices: [{ index: 0, message: { role: "assistant", refusal: null, ...message }, logprobs: null, finish_reason: finishReason, ...extra }],
      usage: { prompt_tokens: 42, completion_tokens: 9, total_tokens: 51 },
    },
  };
}

const lookupOrder = tool({
  name: "lookup_order",
  description: "Look up an order by its number.",
  parameters: z.object({ orderNumber: z.string() }),
  execute: async ({ orderNumber }) => `Order ${orderNumber} shipped yesterday.`,
});

function toolCall(name: string): Behaviour {
  return completion(
    { content: null, tool_calls: [{ id: "call_corpus0001", type: "function", function: { name, arguments: JSON.stringify({ orderNumber: "1042" }) } }] },
    "tool_calls",
  );
}


const cases: StackCase[] = [
  // ------------------------------------------------------------ the SDK's own errors
  {
    name: "MaxTurnsExceededError: the model asks for a tool every turn, maxTurns 1",
    answer: toolCall("lookup_order"),
    run: runAgent({ tools: [lookupOrder], maxTurns: 1 }),
    expected: { kind: "run-failed", variant: "max-turns", retryable: false, message: "library" },
    note: "Only the SDK's sentence \"Max turns (1) exceeded\" and a RunState reach the host.",
  },
  {
    name: "ModelBehaviorError: the model calls a tool the agent does not have",
    answer: toolCall("refund_order"),
    run: runAgent({ tools: [lookupOrder] }),
    expected: { kind: "output-invalid", retryable: false, message: "library" },
    note: "\"Tool refund_order not found in agent Support assistant.\" is the SDK's sentence, not the server's.",
  },
  {
    name: "ModelBehaviorError: the final output is not JSON for the agent's outputType",
    answer: completion({ content: "Your order shipped yesterday." }, "stop"),
    run: runAgent({ outputType: z.object({ status: z.enum(["shipped", "pending"]), eta: z.string() }) }),
    expected: { kind: "output-invalid", retryable: false, message: "library" },
  },
  {
    name: "ModelRefusalError: finish_reason content_filter with no output (Azure's filtered completion)",
    answer: {
      ...completion({ content: null }, "content_filter", {
        content_filter_results: {
          hate: { filtered: false, severity: "safe" },
          self_harm: { filtered: false, severity: "safe" },
          sexual: { filtered: false, severity: "safe" },
          violence: { filtered: true, severity: "high" },
        },
      }),
      headers: { "x-ms-region": "Sweden Central", "x-request-id": "a1b2c3d4-0000-4000-8000-000000000010" },
    },
    run: runAgent(),
    expected: { kind: "blocked", retryable: false, never: ["retry"], first: "editMessage", message: "library" },
    note: "The SDK turns the filtered completion into a refusal (\"Response withheld by the provider's content filter.\") and throws ModelRefusalError; the response and its headers are gone.",
  },
  {
    name: "InputGuardrailTripwireTriggered: a blocking input guardrail trips",
    answer: completion({ content: "Your order shipped yesterday." }, "stop"),
    run: runAgent({
      input: "My card is 4111 1111 1111 1111, where is my order?",
      inputGuardrails: [
        {
          name: "no_card_numbers",
          runInParallel: false,
          execute: async () => ({ tripwireTriggered: true, outputInfo: { reason: "The message contains a card number." } }),
        },
      ],
    }),
    expected: { kind: "blocked", variant: "input", retryable: false, never: ["retry"], first: "editMessage", message: "library" },
    note: "The message is \"Input guardrail triggered: {JSON of outputInfo}\": never shown.",
  },
  {
    name: "OutputGuardrailTripwireTriggered: the answer trips an output guardrail",
    answer: completion({ content: "Order 1042 is being delivered to 221B Baker Street." }, "stop"),
    run: runAgent({
      outputGuardrails: [
        {
          name: "no_addresses",
          execute: async () => ({ tripwireTriggered: true, outputInfo: { reason: "The answer contains a street address." } }),
        },
      ],
    }),
    expected: { kind: "blocked", variant: "output", retryable: false, never: ["retry"], first: "editMessage", message: "library" },
  },

  // ------------------------------------------------------------ provider failures through run()
  {
    name: "OpenAI 429 with retry-after and \"Please try again in 20s\"",
    answer: {
      status: 429,
      headers: {
        ...openaiHeaders,
        "retry-after": "20",
        "x-request-id": "req_agents_429",
        "x-ratelimit-limit-requests": "500",
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-reset-requests": "20s",
      },
      body: {
        error: {
          message:
            "Rate limit reached for gpt-4o in organization org-corpus on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more.",
          type: "requests",
          param: null,
          code: "rate_limit_exceeded",
        },
      },
    },
    run: runAgent(),
    expected: {
      kind: "rate-limited",
      retryable: true,
      wait: 20_000,
      status: 429,
      code: "rate_limit_exceeded",
      requestId: "req_agents_429",
      provider: "openai",
      message: /^Rate limit reached for gpt-4o/,
    },
  },
  {
    name: "OpenAI 429 insufficient_quota: a billing problem, not a wait",
    answer: answerOf("OpenAI 429 insufficient_quota is a billing problem, not a wait", { "x-request-id": "req_agents_quota" }),
    run: runAgent(),
    expected: {
      kind: "balance-empty",
      reason: "quota-exceeded",
      retryable: false,
      status: 429,
      code: "insufficient_quota",
      requestId: "req_agents_quota",
      provider: "openai",
      message: /exceeded your current quota/,
    },
  },
  {
    name: "OpenAI 401 invalid_api_key",
    answer: answerOf("OpenAI 401 invalid_api_key (the key shown masked by the server stays masked)", { "x-request-id": "req_agents_401" }),
    run: runAgent(),
    expected: { kind: "unauthorized", retryable: false, status: 401, code: "invalid_api_key", requestId: "req_agents_401", provider: "openai", message: /^Incorrect API key provided/ },
  },
  {
    name: "OpenAI 500 server_error",
    answer: {
      status: 500,
      headers: { ...openaiHeaders, "x-request-id": "req_agents_500" },
      body: { error: { message: "The server had an error while processing your request. Sorry about that!", type: "server_error", param: null, code: null } },
    },
    run: runAgent(),
    expected: { kind: "upstream-unavailable", variant: "server", retryable: true, status: 500, requestId: "req_agents_500", provider: "openai", message: /The server had an error/ },
  },
  {
    name: "Azure OpenAI 400 content_filter on the prompt",
    answer: {
      status: 400,
      headers: { "x-ms-region": "Sweden Central", "x-request-id": "a1b2c3d4-0000-4000-8000-000000000003" },
      body: {
        error: {
          message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
          type: null,
          param: "prompt",
          code: "content_filter",
          status: 400,
        },
      },
    },
    run: runAgent(),
    expected: {
      kind: "blocked",
      retryable: false,
      never: ["retry"],
      first: "editMessage",
      status: 400,
      code: "content_filter",
      requestId: "a1b2c3d4-0000-4000-8000-000000000003",
      provider: "azure",
      message: /modify your prompt/,
    },
  },
  {
    name: "a streamed run: OpenAI 503 with no body and a Retry-After",
    answer: { status: 503, headers: { ...openaiHeaders, "retry-after": "30", "x-request-id": "req_agents_503" } },
    run: runAgent({ stream: true }),
    expected: { kind: "upstream-unavailable", retryable: true, wait: 30_000, status: 503, requestId: "req_agents_503", provider: "openai", message: "library" },
    note: "openai-node's message is \"503 status code (no body)\": only the status and the headers say anything.",
  },
];

export const openaiAgents: Stack = {
  name: "openai-agents",
  catchPath:
    "Hosts call `fromError` on what `await run(agent, input)` rejects with: the SDK's own `AgentsError` subclasses (MaxTurnsExceededError, ModelBehaviorError, ModelRefusalError, Input/OutputGuardrailTripwireTriggered) carry only the SDK's sentence, their `name` and a live `state` (the RunState, plus `result` for a guardrail and `refusal` for a refusal), while a provider failure comes through unwrapped as openai v7's `APIError` (status, `headers` as a Headers, `requestID`, the body's `error`, code/type/param) whose `name` is plain \"Error\".",
  setup: async () => {
    // Nothing dials out: no traces are exported to api.openai.com.
    setTracingDisabled(true);
  },
  cases,
};
