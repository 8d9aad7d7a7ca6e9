import { act, fireEvent, render, screen } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backoffDelay, pageClock, parseRecoveryError, RateLimitBanner, type RateLimitedError } from "../../src";

const T0 = Date.UTC(2026, 10, 22, 15, 0, 0);

function limited(seconds: number | undefined, now = Date.now()): RateLimitedError {
  const error = parseRecoveryError(
    { error: "Too many requests" },
    { status: 429, headers: seconds === undefined ? {} : { "Retry-After": String(seconds) }, now },
  );
  if (error.kind !== "rate-limited") throw new Error(error.kind);
  return error;
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const announcer = () => document.querySelector("[data-slot=announcer]");

describe("RateLimitBanner countdown", () => {
  it("counts down from the deadline fixed when the error was received", () => {
    const error = limited(30);
    // The banner mounts 10 s later (a slow render, a queued message): 20 s are left, not 30.
    vi.setSystemTime(T0 + 10_000);
    render(<RateLimitBanner error={error} />);
    expect(screen.getByRole("timer")).toHaveTextContent("0:20");
    act(() => vi.advanceTimersByTime(5050));
    expect(screen.getByRole("timer")).toHaveTextContent("0:15");
  });

  it("stays right when the tab's timers were throttled (a jump in time)", () => {
    render(<RateLimitBanner error={limited(120)} />);
    // No ticks for 90 s, as in a background tab, then one.
    vi.setSystemTime(T0 + 90_000);
    act(() => vi.advanceTimersByTime(1100));
    expect(screen.getByRole("timer")).toHaveTextContent("0:29");
  });

  it("disables Retry until the deadline, then enables it", async () => {
    const onRetry = vi.fn();
    render(<RateLimitBanner error={limited(3)} onRetry={onRetry} />);
    const retry = screen.getByRole("button", { name: "Retry" });
    expect(retry).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(retry);
    expect(onRetry).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(3100));
    expect(retry).not.toHaveAttribute("aria-disabled");
    expect(screen.getByText("You can retry now.", { selector: "[data-slot=wait]" })).toBeInTheDocument();
    fireEvent.click(retry);
    expect(onRetry).toHaveBeenCalledWith({ error: expect.objectContaining({ kind: "rate-limited" }), reason: "user" });
  });

  it("allows early retry when the host says so", async () => {
    const onRetry = vi.fn();
    render(<RateLimitBanner error={limited(30)} onRetry={onRetry} allowEarlyRetry />);
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("autoRetry calls onRetry exactly once at the deadline", async () => {
    const onRetry = vi.fn();
    const { rerender } = render(<RateLimitBanner error={limited(2)} onRetry={onRetry} autoRetry />);
    act(() => vi.advanceTimersByTime(1500));
    expect(onRetry).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(1000));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ reason: "auto" }));
    // More ticks and a re-render with a new callback do not fire it again.
    const onRetryAgain = vi.fn();
    rerender(<RateLimitBanner error={limited(2, T0)} onRetry={onRetryAgain} autoRetry />);
    await act(async () => vi.advanceTimersByTime(5000));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("autoRetry: what is shown and said agree, and Retry sends nothing while the automatic retry is in flight", async () => {
    let settle!: () => void;
    const onRetry = vi.fn(() => new Promise<void>((resolve) => (settle = resolve)));
    render(<RateLimitBanner error={limited(3)} onRetry={onRetry} autoRetry />);
    const wait = () => document.querySelector("[data-slot=wait]")!;
    expect(wait()).toHaveTextContent("Retrying automatically in 0:03");
    act(() => vi.advanceTimersByTime(100));
    expect(announcer()).toHaveTextContent("Too many requests. Retrying automatically in 3 seconds.");
    await act(async () => vi.advanceTimersByTime(3000));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(wait()).toHaveTextContent("Retrying…");
    act(() => vi.advanceTimersByTime(100));
    expect(announcer()).toHaveTextContent("Retrying…");
    const retry = screen.getByRole("button", { name: /Retry/ });
    expect(retry).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(retry);
    expect(onRetry).toHaveBeenCalledTimes(1);
    await act(async () => settle());
    expect(wait()).toHaveTextContent("You can retry now.");
    expect(retry).not.toHaveAttribute("aria-disabled");
    fireEvent.click(retry);
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(onRetry).toHaveBeenLastCalledWith(expect.objectContaining({ reason: "user" }));
  });

  it("the automatic retry does not fire while the user's own retry is in flight", async () => {
    let settle!: () => void;
    const onRetry = vi.fn(() => new Promise<void>((resolve) => (settle = resolve)));
    render(<RateLimitBanner error={limited(2)} onRetry={onRetry} autoRetry allowEarlyRetry />);
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await act(async () => vi.advanceTimersByTime(2500));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await act(async () => settle());
  });

  it("a new error gets a new deadline and a new auto-retry", async () => {
    const onRetry = vi.fn();
    const { rerender } = render(<RateLimitBanner error={limited(1)} onRetry={onRetry} autoRetry />);
    await act(async () => vi.advanceTimersByTime(1500));
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<RateLimitBanner error={limited(2)} onRetry={onRetry} autoRetry />);
    // The page clock last ticked on the whole second, so up to a second more may show until the next tick.
    expect(screen.getByRole("timer").textContent).toMatch(/^0:0[23]$/);
    await act(async () => vi.advanceTimersByTime(2500));
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it("waits that end on another day show the date and the time zone", () => {
    // 15:00 UTC plus 20 hours is tomorrow in every time zone from UTC−9 to UTC+14.
    render(<RateLimitBanner error={limited(20 * 3600)} />);
    const at = T0 + 20 * 3600 * 1000;
    expect(new Date(at).toDateString()).not.toBe(new Date(T0).toDateString());
    const expected = new Intl.DateTimeFormat("en", { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(at);
    expect(screen.getByText(`You can retry at ${expected}.`)).toBeInTheDocument();
  });

  it("waits over an hour show the local clock time", () => {
    render(<RateLimitBanner error={limited(2 * 3600)} />);
    expect(screen.queryByRole("timer")).toBeNull();
    const expected = new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit" }).format(T0 + 2 * 3600 * 1000);
    expect(screen.getByText(`You can retry at ${expected}.`)).toBeInTheDocument();
  });

  it("says the limit when the model knows it", () => {
    const error = parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": "5", "ratelimit-policy": "60;w=60" } });
    render(<RateLimitBanner error={error as RateLimitedError} />);
    expect(screen.getByText("The limit is 60 requests per minute.")).toBeInTheDocument();
  });
});

describe("announcements", () => {
  it("speaks once when limited and once when ready, never each second", () => {
    render(<RateLimitBanner error={limited(3)} />);
    const region = announcer()!;
    const heard: string[] = [];
    // Sample what the live region holds every 100 ms for 4 s; keep each change.
    for (let step = 0; step < 40; step++) {
      act(() => vi.advanceTimersByTime(100));
      const text = region.textContent ?? "";
      if (text !== "" && text !== heard.at(-1)) heard.push(text);
    }
    expect(heard).toEqual(["Too many requests. You can retry in 3 seconds.", "You can retry now."]);
  });

  it("a banner past its deadline stops holding the page clock", () => {
    render(<RateLimitBanner error={limited(2)} />);
    // Two per banner while it counts down: the banner's phase and its countdown's text.
    expect(pageClock.listeners).toBe(2);
    act(() => vi.advanceTimersByTime(2500));
    expect(screen.getByText("You can retry now.", { selector: "[data-slot=wait]" })).toBeInTheDocument();
    expect(pageClock.listeners).toBe(0);
    expect(pageClock.running).toBe(false);
  });

  it("autoRetry fires at the deadline itself, not at the next whole-second tick", async () => {
    const onRetry = vi.fn();
    vi.setSystemTime(T0 + 400);
    render(<RateLimitBanner error={limited(2)} onRetry={onRetry} autoRetry />);
    await act(async () => vi.advanceTimersByTime(1990));
    expect(onRetry).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(20));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("the timer is silent", () => {
    render(<RateLimitBanner error={limited(30)} />);
    const timer = screen.getByRole("timer");
    expect(timer).not.toHaveAttribute("aria-live", "polite");
    expect(timer).not.toHaveAttribute("aria-live", "assertive");
  });
});

describe("the page clock", () => {
  it("runs one timer for all banners and stops when none is mounted", () => {
    expect(pageClock.running).toBe(false);
    const error = limited(30);
    const { unmount } = render(
      <>
        <RateLimitBanner error={error} messages={{ title: "A" }} />
        <RateLimitBanner error={error} messages={{ title: "B" }} />
        <RateLimitBanner error={error} messages={{ title: "C" }} />
      </>,
    );
    // Two per banner: the banner's phase and its countdown's text.
    expect(pageClock.listeners).toBe(6);
    expect(pageClock.running).toBe(true);
    // Past the announcers' one-off say-and-clear timers, only the clock's timer is left.
    act(() => vi.advanceTimersByTime(5050));
    expect(vi.getTimerCount()).toBe(1);
    const texts = screen.getAllByRole("timer").map((timer) => timer.textContent);
    expect(new Set(texts)).toEqual(new Set(["0:25"]));
    unmount();
    expect(pageClock.listeners).toBe(0);
    expect(pageClock.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("what re-renders each second", () => {
  it("only the countdown's text: the banner itself renders again when its words change", () => {
    // The describer asks for the announcement's words on each render of the banner.
    let renders = 0;
    const messages = {
      announceLimited: (wait: string) => {
        renders++;
        return `Too many requests. You can retry in ${wait}.`;
      },
    };
    render(<RateLimitBanner error={limited(30)} messages={messages} />);
    const before = renders;
    act(() => vi.advanceTimersByTime(5050));
    expect(screen.getByRole("timer")).toHaveTextContent("0:25");
    expect(renders).toBe(before);
    // At the deadline its words change, and it renders again.
    act(() => vi.advanceTimersByTime(25_000));
    expect(screen.getByText("You can retry now.", { selector: "[data-slot=wait]" })).toBeInTheDocument();
  });

  it("a wait shown as a clock time turns into a countdown when an hour is left", () => {
    render(<RateLimitBanner error={limited(3600 + 3)} />);
    expect(screen.queryByRole("timer")).toBeNull();
    act(() => vi.advanceTimersByTime(4100));
    expect(screen.getByRole("timer")).toHaveTextContent("59:59");
  });
});

describe("backoff without Retry-After", () => {
  it("doubles per attempt with equal jitter, capped", () => {
    expect(backoffDelay(1, {}, () => 0)).toBe(500);
    expect(backoffDelay(1, {}, () => 1)).toBe(1000);
    expect(backoffDelay(3, {}, () => 0)).toBe(2000);
    expect(backoffDelay(3, {}, () => 1)).toBe(4000);
    expect(backoffDelay(20, {}, () => 1)).toBe(60_000);
    expect(backoffDelay(20, { maxMs: 10_000 }, () => 0)).toBe(5000);
    expect(backoffDelay(Number.NaN, {}, () => 1)).toBe(1000);
    expect(backoffDelay(-4, { baseMs: 200 }, () => 1)).toBe(200);
  });

  it("the banner waits the backoff for the host's attempt count", () => {
    vi.spyOn(Math, "random").mockReturnValue(1);
    render(<RateLimitBanner error={limited(undefined)} attempt={4} />);
    expect(screen.getByRole("timer")).toHaveTextContent("0:08");
  });
});

describe("server rendering", () => {
  it("renders the wait as the server said it, and hydrates without a mismatch", async () => {
    vi.useRealTimers();
    const error = limited(30);
    const html = renderToString(<RateLimitBanner error={error} onRetry={() => undefined} />);
    expect(html).toContain("You can retry in 30 seconds.");
    expect(html).not.toContain('role="timer"');
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    // React reports a hydration mismatch through onRecoverableError.
    const recoverable: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, <RateLimitBanner error={error} onRetry={() => undefined} />, { onRecoverableError: (e) => recoverable.push(e) }),
    );
    expect(recoverable).toEqual([]);
    expect(container.querySelector("[role=timer]")).not.toBeNull();
    act(() => root.unmount());
    container.remove();
  });
});
