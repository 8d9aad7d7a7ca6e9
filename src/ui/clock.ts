"use client";
/**
 * One clock for the page. Every countdown and elapsed-time display reads it, so a page
 * with ten banners runs one timer, and none once the last one unmounts. Ticks land on
 * whole seconds; when a hidden tab becomes visible again the clock catches up at once
 * (browsers throttle timers in background tabs, and displays are computed from deadlines,
 * so the first tick back is already right).
 */
import { useEffect, useSyncExternalStore } from "react";

type Listener = () => void;

const listeners = new Set<Listener>();
// Deadlines components asked to be woken at (a countdown reaching zero), so "ready" does
// not wait for the next whole-second tick. Still one timer: it fires at whichever is first.
const wakeAt = new Map<number, number>();
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;
// While nobody listens, a render may still ask for the time; refresh it at most once per
// task so two reads in one render agree (React checks that they do).
let refreshedThisTask = false;

function emit(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

function schedule(): void {
  clearTimeout(timer);
  const current = Date.now();
  let delay = 1000 - (current % 1000) + 5;
  for (const deadline of wakeAt.keys()) {
    if (deadline > current) delay = Math.min(delay, deadline - current + 1);
  }
  timer = setTimeout(() => {
    timer = undefined;
    emit();
    if (listeners.size > 0) schedule();
  }, delay);
}

function onVisibility(): void {
  if (typeof document !== "undefined" && document.visibilityState === "visible") emit();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    schedule();
    if (typeof document !== "undefined") document.addEventListener("visibilitychange", onVisibility);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearTimeout(timer);
      timer = undefined;
      if (typeof document !== "undefined") document.removeEventListener("visibilitychange", onVisibility);
    }
  };
}

function getSnapshot(): number {
  if (listeners.size === 0 && !refreshedThisTask) {
    now = Date.now();
    refreshedThisTask = true;
    queueMicrotask(() => {
      refreshedThisTask = false;
    });
  }
  return now;
}

// On the server and during hydration there is no "now": components render their static
// text (the wait as the server said it), so server and client HTML match.
function getServerSnapshot(): null {
  return null;
}

/**
 * The page clock's current reading, without subscribing: lets a component decide whether it
 * still needs ticks (a countdown that has reached zero does not).
 */
export function readNow(): number {
  return getSnapshot();
}

/**
 * Asks the page clock to tick at `deadline` (as well as on whole seconds) while the
 * calling component is mounted.
 */
export function useWakeAt(deadline: number | undefined): void {
  useEffect(() => {
    if (deadline === undefined || !Number.isFinite(deadline)) return;
    wakeAt.set(deadline, (wakeAt.get(deadline) ?? 0) + 1);
    if (listeners.size > 0) schedule();
    return () => {
      const count = (wakeAt.get(deadline) ?? 1) - 1;
      if (count <= 0) wakeAt.delete(deadline);
      else wakeAt.set(deadline, count);
    };
  }, [deadline]);
}

function subscribeNothing(): () => void {
  return () => undefined;
}

/**
 * What a component makes of the page clock (`select(now)`), re-rendering it only when that
 * changes — a banner's phase (counting down, ready) rather than every second, so only the
 * ticking text re-renders each tick. Compared with `Object.is`: return a string or number.
 * `null` on the server and during hydration. With `active` false the component does not
 * keep the clock running (it still reads the time when it renders for other reasons).
 */
export function useClock<T>(select: (now: number) => T, active = true): T | null {
  return useSyncExternalStore(active ? subscribe : subscribeNothing, () => select(getSnapshot()), getServerSnapshot);
}

/** The page clock in epoch ms, ticking each second while any component uses it (see `useClock`). */
export function useNow(active = true): number | null {
  return useClock((now) => now, active);
}

/** For tests and diagnostics: how many components are listening, and whether a timer runs. */
export const pageClock = {
  get listeners(): number {
    return listeners.size;
  },
  get running(): boolean {
    return timer !== undefined;
  },
};
