"use client";
/**
 * `useRecovery(error, options)`: everything a recovery state needs but the markup, for hosts
 * building their own UI with their own components — the description (the same one our
 * cards say), a live countdown, each action's pending/failed state, the failure line, the
 * text to announce, and dismiss. Reads the catalog, platform and locale from RecoveryProvider.
 *
 * @example
 * const r = useRecovery(error, { actions: { retry: () => send(), openApiKeys: "/settings#api-keys" } });
 * <MyCard title={r.description.title}>
 *   {r.description.actions.map((a) => a.href ? <a href={a.href}>{a.label}</a>
 *     : <MyButton disabled={r.status[a.id] === "pending"} onClick={() => r.run(a.id)}>{a.label}</MyButton>)}
 *   {r.failure && <p role="status">{r.failure}</p>}
 * </MyCard>
 */
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { RecoveryError } from "../model/types.js";
import { CatalogContext } from "../catalog/context.js";
import { en } from "../catalog/en.js";
import { describeRecovery, type DescribeOptions } from "../describe/index.js";
import { wiredFrom, type RecoveryDescription } from "../describe/types.js";
import { useNow, useWakeAt } from "./clock.js";
import type { RecoveryEventHandler } from "./events.js";
import { useEvents } from "./use-events.js";

/** A host action: a callback (may return a Promise) or a URL. */
export type UseRecoveryAction = ((context: { error: RecoveryError; action: string }) => unknown) | string;

export interface UseRecoveryOptions extends Pick<DescribeOptions, "variant" | "state" | "messages"> {
  /** The host's actions by id; only the ones the state offers are described. */
  actions?: Partial<Record<string, UseRecoveryAction>>;
  /** Called by `dismiss()`. */
  onDismiss?: () => unknown;
  /**
   * This state's recovery events, as the components report them (`shown`, action events for
   * `run`, `trackLink`, `dismissed` for `dismiss`, `resolved`); RecoveryProvider's `onEvent`
   * hears them too.
   */
  onEvent?: RecoveryEventHandler | undefined;
}

export type ActionStatus = "idle" | "pending" | "failed";

export interface RecoveryState {
  /** What to say and offer: the same description the components render. */
  description: RecoveryDescription;
  /** Runs an action's callback by id; resolves to whether it worked. Repeat calls while it runs are ignored. */
  run: (id: string) => Promise<boolean>;
  /** Each action's state, by id (absent: idle). */
  status: Partial<Record<string, ActionStatus>>;
  /** The failure line for the last action that failed ("“Retry” didn’t work. Try again."). */
  failure: string | undefined;
  /** Milliseconds until `description.deadline`, live; undefined without a deadline or a clock (server). */
  remainingMs: number | undefined;
  /** The short text to announce for this state now (the failure, else the title). */
  announcement: string;
  /** Calls `onDismiss`. */
  dismiss: () => void;
  /**
   * Reports a click on a link action (`action-started`; a link has no outcome), for the
   * host's own `<a onClick={() => r.trackLink(a.id)}>`.
   */
  trackLink: (id: string) => void;
}

/**
 * A wait the error states only as a duration (no `retryAt`) counts from when this error was
 * first shown, not from every render: fixed once per error, as the banner does.
 */
function fixWait(error: RecoveryError): RecoveryError {
  return error.retryAt === undefined && error.retryAfterMs !== undefined ? { ...error, retryAt: Date.now() + error.retryAfterMs } : error;
}
/**
 * Fixed once per error object, without setting state while rendering: a host that parses in
 * render hands a new object each time, and a state update per render would never settle.
 */
function useFixedWait(error: RecoveryError): RecoveryError {
  return useMemo(() => fixWait(error), [error]);
}

const TICKING = new Set(["rate-limited", "run-stuck", "run-failed", "tool-stuck", "tool-unavailable"]);

export function useRecovery(error: RecoveryError, options: UseRecoveryOptions = {}): RecoveryState {
  const { messages, wording } = useContext(CatalogContext);
  const catalog = messages ?? en;
  const [status, setStatus] = useState<Partial<Record<string, ActionStatus>>>({});
  const [failure, setFailure] = useState<string>();
  const running = useRef(new Set<string>());
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const fixed = useFixedWait(error);

  const wired = wiredFrom(options.actions);
  const key = JSON.stringify(wired);
  // The clock runs only for states that count down or say "3 minutes ago".
  const now = useNow(TICKING.has(error.kind));
  useWakeAt(error.kind === "rate-limited" ? fixed.retryAt : undefined);
  const description = useMemo(
    () =>
      describeRecovery(fixed, {
        catalog,
        ...(wording.platform ? { platform: wording.platform } : {}),
        ...(wording.variants ? { variants: wording.variants } : {}),
        ...(options.variant ? { variant: options.variant } : {}),
        ...(options.state ? { state: options.state } : {}),
        ...(options.messages ? { messages: options.messages } : {}),
        actions: wired,
        ...(now !== null ? { now } : {}),
      }),
    // `key` stands for `wired`; the state and messages objects are the host's to keep stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fixed, catalog, wording, options.variant, options.state, options.messages, key, now],
  );

  // The same events as the components: shown once per state, each run, dismiss, resolved.
  const [note] = useEvents(error, description.variant, options.onEvent);

  const run = useCallback(
    async (id: string) => {
      const action = latest.current.actions?.[id];
      if (typeof action !== "function" || running.current.has(id)) return false;
      running.current.add(id);
      note("action", id);
      setStatus((current) => ({ ...current, [id]: "pending" }));
      setFailure(undefined);
      try {
        await action({ error, action: id });
        setStatus((current) => ({ ...current, [id]: "idle" }));
        note("action", id, true);
        return true;
      } catch {
        const label = description.actions.find((described) => described.id === id)?.label ?? id;
        setStatus((current) => ({ ...current, [id]: "failed" }));
        setFailure(catalog.common.actionFailed(label));
        note("action", id, false);
        return false;
      } finally {
        running.current.delete(id);
      }
    },
    [error, description, catalog, note],
  );

  return {
    description,
    run,
    status,
    failure,
    remainingMs: description.deadline !== undefined && now !== null ? Math.max(0, description.deadline - now) : undefined,
    announcement: failure ?? description.title,
    dismiss: () => {
      note("dismissed");
      void latest.current.onDismiss?.();
    },
    trackLink: (id) => note("link", id),
  };
}
