"use client";
/**
 * The state of one user action whose callback may return a Promise: idle → pending →
 * idle (resolved) or error (rejected). Repeat triggers while pending are ignored, so a
 * double click never pays twice.
 */
import { useCallback, useEffect, useRef, useState } from "react";

export type AsyncActionState = "idle" | "pending" | "error";

export interface AsyncAction<Args extends unknown[]> {
  state: AsyncActionState;
  /** The rejection reason of the last run, while `state` is `error`. */
  error: unknown;
  /**
   * Runs the action unless it is already running. Resolves when it settles, to whether it
   * succeeded (`false` also when it did not run); never rejects.
   */
  run: (...args: Args) => Promise<boolean>;
}

export function useAsyncAction<Args extends unknown[]>(
  action: ((...args: Args) => unknown) | undefined,
): AsyncAction<Args> {
  const [state, setState] = useState<AsyncActionState>("idle");
  const [error, setError] = useState<unknown>(undefined);
  // A ref, not state: two clicks in one frame both see the state from before either ran.
  const inFlight = useRef(false);
  // The newest callback, so `run` can stay stable across renders.
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  }, [action]);

  // A callback that returns no Promise settles at once (no pending flash); one that throws
  // fails like one that rejects. Setting state after unmount is a no-op in React 18+.
  const run = useCallback(async (...args: Args) => {
    const current = latest.current;
    if (!current || inFlight.current) return false;
    inFlight.current = true;
    setError(undefined);
    try {
      const result = current(...args);
      if (isThenable(result)) {
        setState("pending");
        await result;
      }
      setState("idle");
      return true;
    } catch (thrown) {
      setError(thrown);
      setState("error");
      return false;
    } finally {
      inFlight.current = false;
    }
  }, []);

  return { state, error, run };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value != null && typeof (value as { then?: unknown }).then === "function";
}
