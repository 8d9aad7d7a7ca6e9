/**
 * Recovery events: what happened to a shown state, for a host's analytics — did users get
 * out of the failure, and how. Ids, kinds and timings only: never the message, the
 * arguments, or anything the user typed.
 *
 * This module is loaded on the first event a listener will hear (`import()` from
 * use-events.ts), so a host without `onEvent` ships none of it.
 */
import type { RecoveryError, RecoveryErrorKind } from "../model/types.js";

export type RecoveryEventType =
  | "shown"
  | "action-started"
  | "action-succeeded"
  | "action-failed"
  | "auto-retried"
  | "dismissed"
  | "resolved";

export interface RecoveryEvent {
  type: RecoveryEventType;
  kind: RecoveryErrorKind;
  /** The wording variant shown (`insufficient-credits`, `auth-failed`), when the component has one. */
  variant?: string;
  /**
   * The action, for action events: the same ids `describeRecovery` and ErrorRecovery's
   * `actions` use (`retry`, `addFunds`, `reconnect`, `copyDetails`). A link's click is
   * `action-started` only: where it leads is the host's.
   */
  action?: string;
  /** The request id the error carried, to join with server logs. */
  requestId?: string;
  /** When it happened (epoch ms). */
  at: number;
  /** Milliseconds since this state was shown. */
  sinceShownMs: number;
  /** How long the action (or the automatic retry) ran: `action-succeeded`, `action-failed`, `auto-retried`. */
  durationMs?: number;
  /** Whether the automatic retry's request went through (`auto-retried`). */
  succeeded?: boolean;
}

export type RecoveryEventHandler = (event: RecoveryEvent) => void;

/**
 * What a surface notes: `shown`, `dismissed`, `gone` (its state was left: unmounted or
 * replaced), and `action` and `auto` (the automatic retry), each once when it starts and
 * once with whether it worked.
 */
export type NotedType = "shown" | "dismissed" | "gone" | "action" | "auto";

/** A moment as a surface noted it: what, which action, whether it worked, when, and whom it is about. */
export type Moment = [
  type: NotedType,
  action: string | undefined,
  worked: boolean | undefined,
  at: number,
  send?: RecoveryEventHandler,
  error?: RecoveryError,
  variant?: string,
];

/** Whom a surface's moments are about, as its last committed render said. */
export type Live = [send: RecoveryEventHandler | undefined, error: RecoveryError | undefined, variant: string | undefined];

/** An action running out of a state: when it started, and the state it started in. */
interface Running {
  at: number;
  error: RecoveryError;
  variant: string | undefined;
  shownAt: number;
  /** The state was left (the host removed or replaced it) while this ran: its success resolves that state. */
  left?: boolean;
}

/** A surface's moments, oldest first. */
export type Log = Moment[] & {
  /** events.ts's memory of this surface: the state shown, since when, whether an action out of it worked, running actions. */
  track?: { shown?: string; shownAt: number; worked: boolean; running: Record<string, Running> };
};

/** Actions that help the user report the failure, not leave it: their success resolves nothing. */
const REPORTING = new Set(["copyDetails", "copyOutput"]);

/**
 * Turns a surface's moment into the host's events, once per transition: `shown` once per
 * state (StrictMode's mount, unmount, mount is one showing), `resolved` when a state is left
 * after an action out of it worked — or left while that action ran and it then worked (a
 * host that removes the card inside the callback) — durations from each action's start.
 */
export function record(log: Log, [type, action, worked, at, send, error, variant]: Moment): void {
  if (!send || !error) return;
  const emit = (event: RecoveryEventType, about: { error: RecoveryError; variant: string | undefined; shownAt: number }, extra?: Partial<RecoveryEvent>) => {
    const sent: RecoveryEvent = { type: event, kind: about.error.kind, at, sinceShownMs: at - about.shownAt };
    if (about.variant !== undefined) sent.variant = about.variant;
    if (action !== undefined && event !== "shown" && event !== "dismissed" && event !== "resolved") sent.action = action;
    if (about.error.requestId !== undefined) sent.requestId = about.error.requestId;
    // Called outside React's render and commit: a handler that throws surfaces as an
    // unhandled rejection and breaks nothing on screen.
    send({ ...sent, ...extra });
  };
  // One `shown` per state, however often it renders or re-mounts.
  const key = `${error.kind} ${variant} ${error.requestId}`;
  const track = (log.track ??= { shownAt: at, worked: false, running: {} });
  const current = { error, variant, shownAt: track.shownAt };
  if (type === "shown") {
    if (track.shown === key) return;
    Object.assign(track, { shown: key, shownAt: at, worked: false });
    emit("shown", { error, variant, shownAt: at });
  } else if (type === "gone") {
    // Left after an action worked: resolved. Left while one runs: decided when it settles.
    // Left with nothing working (the host moved on, or StrictMode's re-mount): nothing.
    if (track.worked) emit("resolved", current);
    else for (const id in track.running) if (!REPORTING.has(id)) track.running[id]!.left = true;
    track.worked = false;
  } else if (type === "dismissed") {
    // The user closed it: however it ends, it was not left by an action that worked.
    track.worked = false;
    emit("dismissed", current);
  } else if (worked === undefined) {
    track.running[action!] = { at, error, variant, shownAt: track.shownAt };
    // The automatic retry is reported once, when it has settled.
    if (type === "action") emit("action-started", current);
  } else {
    // The outcome belongs to the state the action started in, even if another is shown now.
    const started = track.running[action!] ?? { ...current, at };
    delete track.running[action!];
    const resolves = worked && !REPORTING.has(action!);
    if (resolves && !started.left) track.worked = true;
    emit(type === "auto" ? "auto-retried" : worked ? "action-succeeded" : "action-failed", started, {
      durationMs: at - started.at,
      ...(type === "auto" ? { succeeded: worked } : {}),
    });
    if (resolves && started.left) emit("resolved", started);
  }
}
