/** RateLimitBanner's states as data: counting down, a clock time for a long wait, ready, retrying by itself (dedicated.ts). */
import type { RateLimitedError } from "../model/types.js";
import { formatDuration, formatResetTime, formatWindow } from "../catalog/format.js";
import { waitLeft } from "./build.js";
import { action, base } from "./card.js";
import type { DedicatedInput } from "./dedicated.js";
import type { RecoveryDescription } from "./types.js";

const finite = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/**
 * Not `finished`: a rate limit names no place, and RateLimitBanner wires Retry as a callback
 * only, so the banner's description never has a `where` and its first load skips the place
 * wording (withDestination, ~0.3 kB gzip). describeRecovery, where a host may wire Retry as a
 * link to a page of its own, adds that route there (index.ts).
 */
export function describeRateLimit(error: RateLimitedError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.rateLimit;
  const { locale } = input;
  const state = input.state.rateLimit ?? {};
  const now = finite(input.now);
  const wait = finite(error.retryAfterMs);
  const deadline = finite(state.deadline) ?? finite(error.retryAt) ?? (wait !== undefined && now !== undefined ? now + wait : undefined);
  const auto = state.autoRetry === true;
  const clockAfter = finite(state.clockTimeAfterMs) ?? 3_600_000;
  const { remaining, counting } = waitLeft(deadline, now, clockAfter);
  const lead = auto ? t.autoRetryIn : t.retryIn;
  // In words for logs and emails ("You can retry in 25 seconds."); a live UI counts down
  // to `countdown.deadline` itself, as the banner does ("You can retry in 0:25").
  const body =
    remaining === 0
      ? auto && (state.retrying ?? true)
        ? t.autoRetrying
        : t.retryNow
      : remaining !== undefined && remaining > clockAfter
        ? t.retryAt(formatResetTime(deadline!, now!, locale))
        : remaining !== undefined || wait !== undefined
          ? `${lead} ${formatDuration(remaining ?? wait!, locale)}.`
          : t.retryShortly;
  // Spoken once when the banner appears (the wait as it was then), once at the deadline; not
  // without a clock (a server render has no time to speak of).
  const initial = finite(state.initialWait) ?? remaining ?? 0;
  const initialWords = initial > clockAfter && deadline !== undefined && now !== undefined ? formatResetTime(deadline, now, locale) : formatDuration(initial, locale);
  const announcement =
    now === undefined ? undefined : remaining === 0 ? (auto ? t.autoRetrying : t.announceReady) : auto ? t.announceAutoRetry(initialWords) : t.announceLimited(initialWords);
  const limit = error.limit;
  return {
    ...base(error.kind, "default", "warning"),
    ...(announcement ? { announcement } : {}),
    title: t.title,
    body,
    ...(limit?.max !== undefined && limit.windowMs !== undefined ? { notes: [t.limitIs(limit.max, formatWindow(limit.windowMs, locale))] } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...(counting ? { countdown: { lead, deadline: deadline! } } : {}),
    // A platform's own limit and advice only where the host set that platform: no bleed.
    details: { label: input.catalog.common.whyThisHappens, why: `${t.platformWhy?.[input.platform ?? ""] ?? t.why} ${t.platformTips?.[input.platform ?? ""] ?? t.tip}`, facts: [] },
    // While it counts down the instruction is to wait: Retry is there, not yet the thing to do.
    ...(remaining === 0 ? { instruction: "retry" } : {}),
    actions: action(input, "retry", t.retry, remaining === 0 ? "primary" : "secondary"),
  };
}
