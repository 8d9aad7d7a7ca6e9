import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent } from "storybook/test";
import { ErrorRecovery } from "../../src";

/**
 * What hosts hold when a failure comes through the layer above the provider SDKs — an MCP
 * client, an agent framework, a chat hook — handed to `ErrorRecovery` as it was caught.
 * Each error below has the shape the real package gives (test/corpus/stacks drives those
 * packages for real against a local server; these stories show the states they lead to).
 */
const meta = {
  title: "Recipes/Agent stacks",
  component: ErrorRecovery,
  args: { error: new Error("Unauthorized") },
} satisfies Meta<typeof ErrorRecovery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** @modelcontextprotocol/sdk's `McpError` as its client rebuilds it from a JSON-RPC error. */
const mcpError = (code: number, message: string, data?: unknown) => Object.assign(new Error(`MCP error ${code}: ${message}`), { name: "McpError", code, data });

/**
 * An MCP tool that needs the person to authorize another service (JSON-RPC -32042, URL
 * elicitation): the connector is named by the page's host, and Authorize opens that page.
 */
export const McpAuthorizeAService: Story = {
  args: {
    error: mcpError(-32042, "MCP error -32042: Authorize access to your GitHub repositories to continue.", {
      elicitations: [{ mode: "url", url: "https://github.com/login/oauth/authorize?client_id=Iv1.corpus&state=af0ifjsldkj", message: "Authorize GitHub", elicitationId: "el_1" }],
    }),
    actions: { retry: fn() },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "github.com needs your permission" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: /Authorize/ })).toHaveAttribute("href", "https://github.com/login/oauth/authorize?client_id=Iv1.corpus&state=af0ifjsldkj");
  },
};

/** An MCP server answering 401 (the SDK's `StreamableHTTPError`, code 401): the connector's grant, not the person's sign-in. */
export const McpServerSignedOut: Story = {
  args: {
    error: Object.assign(
      new Error('Streamable HTTP error: Error POSTing to endpoint: {"error":"invalid_token","error_description":"Missing or invalid access token"}'),
      { code: 401 },
    ),
    actions: { reconnect: fn() },
  },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole("group", { name: "A connector was disconnected" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Reconnect" }));
    await expect((args.actions as { reconnect: ReturnType<typeof fn> }).reconnect).toHaveBeenCalledTimes(1);
  },
};

/** The agent called a tool the MCP server doesn't have ("Tool … not found", -32602): pick another, no Retry. */
export const McpUnknownTool: Story = {
  args: {
    error: { content: [{ type: "text", text: "MCP error -32602: Tool delete_repository not found" }], isError: true },
    actions: { retry: fn(), openToolDetails: "/connectors/github", openIntegrations: "/integrations" },
  },
  play: async ({ canvas }) => {
    const notice = canvas.getByRole("group", { name: "This tool isn’t available" });
    await expect(notice).toHaveTextContent("delete_repository");
    await expect(canvas.queryByRole("button", { name: "Retry" })).toBeNull();
  },
};

/** A `CallToolResult` with `isError: true`: the tool's own words (a key in them redacted), and Retry. */
export const McpToolReportedAnError: Story = {
  args: {
    error: { content: [{ type: "text", text: "Search failed while reading page 3 of results: upstream refused key sk-live-0123456789abcdefghij." }], isError: true },
    actions: { retry: fn(), openToolDetails: "/connectors/search" },
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole("group", { name: "The tool reported an error" })).toBeVisible();
    await expect(canvasElement.textContent).not.toContain("sk-live-0123456789");
    await expect(canvas.getByRole("button", { name: "Retry" })).toBeVisible();
  },
};

/** A provider's content filter (OpenAI/Azure `content_filter`): edit the message; Retry would send the same text again. */
export const BlockedByContentPolicy: Story = {
  args: {
    error: {
      error: {
        message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
        code: "content_filter",
        param: "prompt",
        status: 400,
      },
    },
    actions: { retry: fn(), editMessage: fn(), contactSupport: "mailto:support@example.com" },
  },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole("group", { name: "Message blocked by a content policy" })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Retry" })).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Edit message" }));
    await expect((args.actions as { editMessage: ReturnType<typeof fn> }).editMessage).toHaveBeenCalledTimes(1);
  },
};

/** The OpenAI Agents SDK's `InputGuardrailTripwireTriggered`: the guardrail's JSON is never shown. */
export const BlockedByInputGuardrail: Story = {
  args: {
    error: Object.assign(new Error('Input guardrail triggered: {"tripwireTriggered":true,"outputInfo":{"reason":"off-topic"}}'), { name: "InputGuardrailTripwireTriggered" }),
    actions: { retry: fn(), editMessage: fn() },
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole("group", { name: "Message blocked by a guardrail" })).toBeVisible();
    await expect(canvasElement.textContent).not.toMatch(/tripwire|Input guardrail triggered/i);
    await expect(canvas.queryByRole("button", { name: "Retry" })).toBeNull();
  },
};

/** `OutputGuardrailTripwireTriggered`: the answer was withheld; rephrase the request. */
export const AnswerWithheldByGuardrail: Story = {
  args: {
    error: Object.assign(new Error("Output guardrail triggered: {}"), { name: "OutputGuardrailTripwireTriggered" }),
    actions: { editMessage: fn() },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Answer withheld by a guardrail" })).toBeVisible();
  },
};

/** `MaxTurnsExceededError`: the run stopped before it finished; Continue or start again. */
export const AgentRanOutOfTurns: Story = {
  args: {
    error: Object.assign(new Error("Max turns (10) exceeded"), { name: "MaxTurnsExceededError" }),
    actions: { continue: fn(), rerun: fn() },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "The agent stopped before it finished" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Continue" })).toBeVisible();
    await expect(canvas.queryByText(/Max turns/)).toBeNull();
  },
};

/** A 401 whose server says the session expired: sign in again — nothing about API keys. */
export const SessionExpired: Story = {
  args: {
    // useChat hands over the route's body as the message.
    error: new Error('{"error":{"code":"session_expired","message":"Your session expired. Please sign in again."}}'),
    actions: { signIn: fn(), retry: fn(), openApiKeys: "/settings/keys" },
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole("group", { name: "Your session expired" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Sign in again" })).toBeVisible();
    await expect(canvasElement.textContent).not.toMatch(/API key/i);
  },
};

/** useChat's `Error(text)` after a 429: the headers are gone, the wait in the words is not — a countdown, not "in a moment". */
export const ChatHookWaitInWords: Story = {
  args: {
    error: new Error("Rate limit reached for gpt-4o in organization org-corpus on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s."),
    actions: { retry: fn() },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Too many requests" })).toBeVisible();
    await expect(canvas.getByRole("timer", { name: "Time until you can retry" })).toBeVisible();
    await expect(canvas.queryByText("You can retry in a moment.")).toBeNull();
  },
};

/** Anthropic's spent balance arrives as a 400 `invalid_request_error`: add credits, not "invalid request". */
export const CreditBalanceTooLow: Story = {
  args: {
    error: {
      type: "error",
      error: { type: "invalid_request_error", message: "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits." },
    },
    actions: { addFunds: "https://console.anthropic.com/settings/billing" },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "Your balance is empty" })).toBeVisible();
  },
};
