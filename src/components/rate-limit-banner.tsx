"use client";
/**
 * RateLimitBanner — `rate-limited`: how long to wait, counting down to a deadline fixed
 * when the error was received, so a throttled background tab still shows the right time.
 * The countdown is a silent `timer`; a polite announcement is made once when the limit is
 * hit and once when retrying is possible.
 */
import { forwardRef, useContext, useEffect, useRef, useState } from "react";
import type { RateLimitedError } from "../model/types.js";
import { useDedicatedInput } from "../catalog/dedicated-input.js";
import { enRateLimit } from "../catalog/en-rate-limit.js";
import type { RateLimitMessages } from "../catalog/types.js";
import { describeRateLimit } from "../describe/rate-limit.js";
import { readNow, useClock, useWakeAt } from "../ui/clock.js";
import { Countdown } from "../ui/countdown.js";
import { DescriptionView } from "../ui/description-view.js";
import { FeedbackContext } from "../ui/feedback.js";
import type { RecoverySurfaceProps } from "../ui/surface.js";
import { backoffDelay } from "./backoff.js";

/* ------------------------------------------------------------------ types */

export interface RateLimitActionContext {
  error: RateLimitedError;
  /** How this retry was triggered. */
  reason: "user" | "auto";
}

export interface RateLimitBannerProps
  extends Omit<RecoverySurfaceProps, "title" | "children" | "actions" | "details" | "tone" | "onError" | "support"> {
  /** The model value (`kind: "rate-limited"`). */
  error: RateLimitedError;
  /** Retry the request. Disabled until the deadline unless `allowEarlyRetry`. */
  onRetry?: (context: RateLimitActionContext) => unknown;
  /** Call `onRetry` once, by itself, when the deadline passes. @default false */
  autoRetry?: boolean;
  /** Let the user retry before the deadline. @default false */
  allowEarlyRetry?: boolean;
  /**
   * How many 429s in a row the host has seen. Without a Retry-After, the wait backs off
   * exponentially with jitter from this. @default 1
   */
  attempt?: number;
  /** Backoff base and cap in ms, when the server gave no Retry-After. @default { baseMs: 1000, maxMs: 60000 } */
  backoff?: { baseMs?: number; maxMs?: number };
  /** Waits longer than this show the clock time instead of a countdown. @default one hour */
  clockTimeAfterMs?: number;
  /** Strings for this banner only. */
  messages?: Partial<RateLimitMessages>;
}

/* ------------------------------------------------------------------ component */

// A wait, a limit and a why: no parts beyond the body and notes.
const PARTS = {};

const HOUR = 3_600_000;

export const RateLimitBanner = /* @__PURE__ */ forwardRef<HTMLElement, RateLimitBannerProps>(function RateLimitBanner(
  { error, onRetry, autoRetry = false, allowEarlyRetry = false, attempt = 1, backoff, clockTimeAfterMs = HOUR, messages, ...rest },
  ref,
) {
  const { deadline, initialWait } = useTiming(error, attempt, backoff);
  // The banner follows the clock only where its words change: counting down, a clock time
  // (on which day), ready. The seconds tick in <Countdown> alone. Once the deadline has
  // passed nothing here changes with time: stop holding the clock.
  const phase = useClock(
    (at) => (at >= deadline ? "ready" : deadline - at > clockTimeAfterMs ? new Date(at).toDateString() : "counting"),
    readNow() < deadline,
  );
  useWakeAt(deadline);
  const now = phase === null ? null : readNow();
  const ready = phase === "ready";
  // One request at a time, whoever asks: a click during an automatic retry sends nothing,
  // and the automatic retry does not fire while the user's is in flight.
  const inFlight = useRef(false);
  const send = (reason: RateLimitActionContext["reason"]): Promise<unknown> | undefined => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    // A callback that throws is a rejection like any other (the button says it failed).
    return new Promise((resolve) => resolve(onRetry?.({ error, reason }))).finally(() => {
      inFlight.current = false;
    });
  };
  const [autoSettled, setAutoSettled] = useState<RateLimitedError>();
  // "Retrying automatically in 0:03", then "Retrying…" until it settles.
  const retrying = autoRetry && ready && autoSettled !== error;
  const input = useDedicatedInput("rateLimit", enRateLimit, messages, { retry: onRetry }, {}, now, {
    rateLimit: { autoRetry, retrying, deadline, clockTimeAfterMs, initialWait },
  });
  const description = describeRateLimit(error, input);
  const t = input.catalog.rateLimit;

  const countdown = description.countdown;
  return (
    <DescriptionView
      ref={ref}
      support={error}
      description={description}
      parts={PARTS}
      layout="banner"
      data-state={retrying ? "retrying" : ready ? "ready" : "waiting"}
      onAction={() => send("user")}
      actionProps={{ retry: { disabled: !ready && !allowEarlyRetry, busy: retrying } }}
      body={
        <p data-slot="wait">
          {countdown && now !== null ? (
            <>
              {countdown.lead}{" "}
              <Countdown deadline={countdown.deadline} label={t.timerLabel} />
            </>
          ) : (
            description.body
          )}
        </p>
      }
      {...rest}
    >
      {autoRetry && ready && <AutoRetry error={error} send={send} settled={setAutoSettled} />}
    </DescriptionView>
  );
});

/**
 * The automatic retry: exactly once per error, when the deadline has passed (it is rendered
 * then). Inside the surface, so it reports to the host's events like the Retry button.
 */
function AutoRetry({ error, send, settled }: { error: RateLimitedError; send: (reason: "auto") => Promise<unknown> | undefined; settled: (error: RateLimitedError) => void }) {
  const feedback = useContext(FeedbackContext);
  const firedFor = useRef<RateLimitedError>(undefined);
  useEffect(() => {
    if (firedFor.current === error) return;
    firedFor.current = error;
    // A microtask later, so state is set in a callback, not in the effect.
    void Promise.resolve()
      .then(() => {
        const sent = send("auto");
        // Nothing went out while the user's own retry is in flight: nothing to report.
        if (sent) feedback?.note("auto", "retry");
        return sent?.then(
          () => feedback?.note("auto", "retry", true),
          () => feedback?.note("auto", "retry", false),
        );
      })
      .finally(() => settled(error));
  }, [error]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}

interface Timing {
  error: RateLimitedError;
  /** When retrying becomes possible (epoch ms). */
  deadline: number;
  /** The wait when the banner first showed this error. */
  initialWait: number;
}

/**
 * The moment retrying becomes possible: the model's `retryAt`, else `retryAfterMs` from
 * when the banner mounted, else exponential backoff with jitter. Fixed once per error.
 * (During hydration the clock reads null, so nothing rendered depends on this yet.)
 */
function computeTiming(error: RateLimitedError, attempt: number, backoff: { baseMs?: number; maxMs?: number } | undefined): Timing {
  const now = Date.now();
  const deadline = error.retryAt ?? now + (error.retryAfterMs ?? backoffDelay(attempt, backoff));
  return { error, deadline, initialWait: Math.max(0, deadline - now) };
}

function useTiming(error: RateLimitedError, attempt: number, backoff: { baseMs?: number; maxMs?: number } | undefined): Timing {
  const [timing, setTiming] = useState(() => computeTiming(error, attempt, backoff));
  if (timing.error !== error) {
    // A new error: new deadline. Setting state while rendering is React's way to derive it.
    const next = computeTiming(error, attempt, backoff);
    setTiming(next);
    return next;
  }
  return timing;
}
