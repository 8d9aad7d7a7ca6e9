"use client";
/**
 * The ticking text of a countdown ("0:25"), on its own: it re-renders each second and the
 * card around it does not (100 banners on a page cost about what 100 hand-written countdowns
 * do). A silent `timer`: the card's live region says the wait once, never each second.
 */
import { formatCountdown } from "../catalog/format.js";
import { useNow } from "./clock.js";

export function Countdown({ deadline, label }: { deadline: number; label: string }) {
  const now = useNow();
  return (
    <span role="timer" aria-label={label} className="rk-countdown" data-slot="countdown">
      {now !== null && formatCountdown(Math.max(0, deadline - now))}
    </span>
  );
}
