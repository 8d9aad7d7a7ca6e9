import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { ErrorRecovery } from "../../src";
import { parseRecoveryError } from "../../src/model";

/**
 * One line to embed: `<ErrorRecovery error={…} actions={…} />` picks the component for any
 * kind. The platform stories (Platforms/*) show every seed entry through it.
 */
const meta = {
  title: "Components/ErrorRecovery",
  component: ErrorRecovery,
  args: { error: parseRecoveryError("<html><body><h1>500 Internal Server Error</h1></body></html>", { status: 500 }), actions: { retry: fn() } },
} satisfies Meta<typeof ErrorRecovery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 500 with an HTML body: the service's own failure, with Retry; no HTML ever reaches the page. */
export const ServerError500Html: Story = {
  play: async ({ canvas, args }) => {
    const notice = canvas.getByRole("group", { name: "The service hit an error" });
    await expect(notice).toHaveAttribute("data-kind", "upstream-unavailable");
    await expect(notice).toHaveAttribute("data-variant", "server");
    await expect(notice.textContent).not.toContain("<h1>");
    await userEvent.click(canvas.getByRole("button", { name: "Retry" }));
    await expect((args.actions as { retry: ReturnType<typeof fn> }).retry).toHaveBeenCalledTimes(1);
  },
};

/**
 * A 413 (Anthropic's `request_too_large`): what to change, no Retry of the same request. The
 * fix is editing the input, outside the card: nothing leads, the docs are a secondary.
 */
export const RequestTooLarge: Story = {
  args: {
    error: parseRecoveryError(
      { type: "error", error: { type: "request_too_large", message: "Request exceeds the maximum allowed number of bytes." } },
      { status: 413, headers: { "request-id": "req_011CTooLarge" } },
    ),
    actions: { retry: fn(), openDocs: "https://docs.example.com/limits" },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "The request is too large" })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Retry" })).toBeNull();
    const docs = canvas.getByRole("link", { name: /^Open docs/ });
    await expect(docs).toHaveAttribute("data-variant", "secondary");
    await expect(canvas.getAllByRole("link").filter((link) => link.dataset.variant === "primary")).toEqual([]);
  },
};

/**
 * What Next.js hands `error.tsx` in production: React's stand-in message and a digest.
 * Our wording, never React's, and the digest offered as the support reference.
 */
export const HiddenByReact: Story = {
  args: {
    error: Object.assign(
      new Error("An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details."),
      { digest: "2873469120" },
    ),
    actions: { retry: fn(), contactSupport: "mailto:support@example.com" },
  },
  play: async ({ canvas }) => {
    const notice = canvas.getByRole("group", { name: "The service hit an error" });
    await expect(notice).not.toHaveTextContent(/Server Components|omitted/);
    await expect(notice).toHaveTextContent("2873469120");
  },
};

/** A server that echoes a key and an internal address: both are gone before anything is shown. */
export const SecretsInServerMessage: Story = {
  args: {
    error: parseRecoveryError(
      { error: { message: "Upstream https://user:hunter2@10.0.3.7:8443/v1?key=AIzaSyLeakedLeakedLeakedLeakedLeaked00 refused Bearer sk-proj-LeakedLeakedLeakedLeaked0000" } },
      { status: 502 },
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).not.toMatch(/hunter2|10\.0\.3\.7|AIza|sk-proj|8443/);
  },
};

/**
 * A 503 with Retry-After (RFC 9110's main use of it): the wait counts down as the rate limit's
 * banner does, and Retry is held back until it ends.
 */
export const UnavailableWithRetryAfter: Story = {
  args: { error: parseRecoveryError("", { status: 503, headers: { "retry-after": "30", "x-request-id": "req_503" } }), actions: { retry: fn() } },
  play: async ({ canvas, args }) => {
    const notice = canvas.getByRole("group", { name: "Service temporarily unavailable" });
    await expect(within(notice).getByRole("timer", { name: "Time until you can retry" })).toBeVisible();
    await expect(notice).toHaveTextContent(/You can retry in 0:[0-3]\d/);
    const retry = within(notice).getByRole("button", { name: "Retry" });
    await expect(retry).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(retry);
    await expect(args.actions!.retry).not.toHaveBeenCalled();
  },
};

/** A 429 asking for two days: a spent quota, with how to get more and when it resets. */
export const QuotaWithReset: Story = {
  args: {
    error: parseRecoveryError({ error: { code: "rate_limited", message: "Daily limit reached." } }, { status: 429, headers: { "retry-after": "172800" } }),
    actions: { addFunds: "/billing" },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "You’ve used up your quota" })).toBeVisible();
    await expect(canvas.getByText("Or wait: it resets in 2 days.")).toBeVisible();
  },
};

/** Any state with `onDismiss` shows a × in its corner, named "Dismiss", last in keyboard order. */
export const Dismissible: Story = {
  args: { error: parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": "45" } }), onDismiss: fn() },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Dismiss" }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

/** A request the user cancelled: nothing by default, a quiet notice when the host asks. */
export const Cancelled: Story = {
  args: { error: new DOMException("The operation was aborted.", "AbortError"), showCancelled: true },
  play: async ({ canvas }) => {
    const notice = canvas.getByRole("group", { name: "Request cancelled" });
    await expect(notice).toHaveAttribute("data-tone", "neutral");
  },
};

/** The default for a cancellation: `ErrorRecovery` renders nothing. */
export const CancelledRendersNothing: Story = {
  args: { error: new DOMException("The operation was aborted.", "AbortError") },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[data-slot=surface]")).toBeNull();
  },
};

/** A kind this version doesn't know: the generic notice, never a crash. */
export const UnknownKind: Story = {
  args: { error: { kind: "quantum-flux", message: "A future error kind" } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
  },
};

/** Offline: the fetch never reached a server. */
export const Offline: Story = {
  args: { error: new TypeError("Failed to fetch") },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Can’t reach the server" })).toBeVisible();
  },
};

/**
 * The agent API's four-step debug checklist, as that platform's wording of an unknown error.
 * The checklist is read, not pressed: the body ends at "contact support", which leads.
 */
export const DebugChecklist: Story = {
  args: {
    error: parseRecoveryError({ error: { message: "The agent did something unexpected." } }),
    variant: "agi",
    actions: { retry: fn(), contactSupport: "mailto:support@example.com" },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("listitem")).toHaveLength(4);
    await expect(canvas.getByText(/Verify authentication/)).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Contact support" })).toHaveAttribute("data-variant", "primary");
    await expect(canvas.getByRole("button", { name: "Retry" })).toHaveAttribute("data-variant", "secondary");
  },
};

/**
 * OpenAI's 404 for a model (`model_not_found`), on a host that names no platform and wired
 * Retry and a billing link: words for any provider, the model named, no Retry (it would ask for
 * the same model) and no body promising a button the card lacks; Copy details stays.
 */
export const ModelNotFound: Story = {
  args: {
    error: parseRecoveryError(
      { error: { message: "The model `gpt-9` does not exist or you do not have access to it.", type: "invalid_request_error", param: null, code: "model_not_found" } },
      { status: 404, headers: { "x-request-id": "req_model_05" } },
    ),
    actions: { retry: fn(), addFunds: "/acme/billing" },
  },
  play: async ({ canvas }) => {
    const notice = canvas.getByRole("group", { name: "Model not available" });
    await expect(notice).toHaveAttribute("data-variant", "model");
    await expect(notice).toHaveTextContent("The model gpt-9 doesn’t exist, or this API key has no access to it. Check the model’s name and the key’s access, or use another model.");
    await expect(notice).not.toHaveTextContent(/registered on the platform|Open models|Go to Models/);
    await expect(canvas.queryByRole("button", { name: "Retry" })).toBeNull();
    await expect(canvas.queryByRole("link")).toBeNull();
    await expect(canvas.getByRole("button", { name: "Copy details" })).toBeVisible();
  },
};
