import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { RateLimitBanner, type RateLimitBannerProps } from "../../src";
import { rateLimited, rateLimitedNoRetryAfter } from "../fixtures";

/**
 * `rate-limited`: a countdown to a deadline fixed when the 429 arrived. The countdown is a
 * silent `timer`; a polite announcement is made when the limit is hit and when retry is possible.
 * Fixtures are built in loaders so the deadline starts when the story opens.
 */
const meta = {
  title: "Components/RateLimitBanner",
  component: RateLimitBanner,
  args: { error: rateLimited(30), onRetry: fn() },
  render: (args, { loaded }) => <RateLimitBanner {...args} error={(loaded.error as RateLimitBannerProps["error"]) ?? args.error} />,
} satisfies Meta<typeof RateLimitBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Alumia's 429 with Retry-After: 30. Retry waits for the deadline. */
export const CountingDown: Story = {
  loaders: [() => ({ error: rateLimited(30) })],
  play: async ({ canvas, args }) => {
    const banner = canvas.getByRole("group", { name: "Too many requests" });
    await expect(banner).toHaveAttribute("data-state", "waiting");
    const timer = canvas.getByRole("timer", { name: "Time until you can retry" });
    await expect(timer).toHaveTextContent(/^0:(30|29|28)$/);
    await expect(timer).not.toHaveAttribute("aria-live", "polite");
    const retry = canvas.getByRole("button", { name: "Retry" });
    await expect(retry).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(retry);
    await expect(args.onRetry).not.toHaveBeenCalled();
    // Announced once, politely, by the banner's one live region.
    await waitFor(() =>
      expect(canvas.getByText(/^Too many requests. You can retry in (30|29|28) seconds.$/, { selector: "[data-slot=announcer]" })).toBeInTheDocument(),
    );
  },
};

/** The limit is known (60 requests per minute per user/IP) and said. */
export const WithKnownLimit: Story = {
  loaders: [() => ({ error: rateLimited(42, { "x-ratelimit-limit": "60", "ratelimit-policy": "60;w=60" }) })],
  play: async ({ canvas }) => {
    await expect(canvas.getByText("The limit is 60 requests per minute.")).toBeVisible();
  },
};

/** autoRetry: onRetry runs once, by itself, at the deadline. */
export const AutoRetry: Story = {
  loaders: [() => ({ error: rateLimited(2) })],
  args: { autoRetry: true },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText(/Retrying automatically in/)).toBeVisible();
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1), { timeout: 4000 });
    await expect(args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ reason: "auto" }));
    await expect(canvas.getByRole("group", { name: "Too many requests" })).toHaveAttribute("data-state", "ready");
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Intermediate: an automatic retry is scheduled, 45 seconds away; the story stays here for review. */
export const RetryingIn: Story = {
  name: "Retrying in…",
  loaders: [() => ({ error: rateLimited(45) })],
  args: { autoRetry: true },
  play: async ({ canvas, args }) => {
    const banner = canvas.getByRole("group", { name: "Too many requests" });
    await expect(banner).toHaveAttribute("data-state", "waiting");
    await expect(canvas.getByText(/Retrying automatically in/)).toBeVisible();
    await expect(canvas.getByRole("timer")).toHaveTextContent(/^0:(45|44|43)$/);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** Intermediate: the automatic retry is in flight (the host's onRetry has not settled); nothing can be pressed twice. */
export const Retrying: Story = {
  name: "Retrying (in flight)",
  loaders: [() => ({ error: rateLimited(1) })],
  args: { autoRetry: true, onRetry: fn(() => new Promise<void>(() => undefined)) },
  play: async ({ canvas, args }) => {
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1), { timeout: 3000 });
    await waitFor(() => expect(canvas.getByText("Retrying…")).toBeVisible());
  },
};

/** At the deadline Retry becomes the primary action, and that is announced once. */
export const ReadyToRetry: Story = {
  loaders: [() => ({ error: rateLimited(1) })],
  play: async ({ canvas, args }) => {
    const retry = canvas.getByRole("button", { name: "Retry" });
    await waitFor(() => expect(retry).not.toHaveAttribute("aria-disabled"), { timeout: 3000 });
    await waitFor(() => expect(canvas.getByText("You can retry now.", { selector: "[data-slot=announcer]" })).toBeInTheDocument());
    await expect(canvas.getByText("You can retry now.", { selector: "[data-slot=wait]" })).toBeVisible();
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ reason: "user" }));
  },
};

/** The host allows retrying early. */
export const EarlyRetryAllowed: Story = {
  loaders: [() => ({ error: rateLimited(30) })],
  args: { allowEarlyRetry: true },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Retry" }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Waits over an hour show the local clock time instead of a countdown. */
export const LongWait: Story = {
  loaders: [() => ({ error: rateLimited(3 * 3600) })],
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole("timer")).toBeNull();
    await expect(canvas.getByText(/^You can retry at \d{1,2}:\d{2}/)).toBeVisible();
  },
};

/** Repeated 429s without a Retry-After: exponential backoff with jitter (attempt 3: 2–4 s). */
export const BackoffWithoutRetryAfter: Story = {
  loaders: [() => ({ error: rateLimitedNoRetryAfter() })],
  args: { attempt: 3 },
  play: async ({ canvas }) => {
    const timer = canvas.getByRole("timer");
    await expect(timer.textContent).toMatch(/^0:0[2-4]$/);
  },
};

/** Three banners, one page clock. */
export const SharedClock: Story = {
  loaders: [() => ({ error: rateLimited(20) })],
  render: (args, { loaded }) => (
    <div style={{ display: "grid", gap: 8 }}>
      <RateLimitBanner {...args} error={loaded.error as RateLimitBannerProps["error"]} messages={{ title: "Chat: too many requests" }} />
      <RateLimitBanner {...args} error={loaded.error as RateLimitBannerProps["error"]} messages={{ title: "Search: too many requests" }} />
      <RateLimitBanner {...args} error={loaded.error as RateLimitBannerProps["error"]} messages={{ title: "Files: too many requests" }} />
    </div>
  ),
  play: async ({ canvas }) => {
    const timers = canvas.getAllByRole("timer");
    await expect(timers).toHaveLength(3);
    await waitFor(() => expect(new Set(timers.map((timer) => timer.textContent)).size).toBe(1));
  },
};
