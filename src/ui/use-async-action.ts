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
  const mounted = useRef(true);
  // The newest callback, so `run` can stay stable across renders.
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  }, [action]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: Args) => {
    const current = latest.current;
    if (!current || inFlight.current) return false;
    inFlight.current = true;
    let result: unknown;
    try {
      result = current(...args);
    } catch (thrown) {
      inFlight.current = false;
      setError(thrown);
      setState("error");
      return false;
    }
    if (!isThenable(result)) {
      inFlight.current = false;
      setError(undefined);
      setState("idle");
      return true;
    }
    setError(undefined);
    setState("pending");
    try {
      await result;
      if (mounted.current) setState("idle");
      return true;
    } catch (rejected) {
      if (mounted.current) {
        setError(rejected);
        setState("error");
      }
      return false;
    } finally {
      inFlight.current = false;
    }
  }, []);

  return { state, error, run };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
