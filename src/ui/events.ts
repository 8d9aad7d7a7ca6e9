/**
 * Recovery events: what happened to a shown state, for a host's analytics — did users get
 * out of the failure, and how. Ids, kinds and timings only: never the message, the
 * arguments, or anything the user typed.
 *
 * This module is loaded on the first event a listener will hear (`import()` from
 * use-events.ts), so a host without `onEvent` ships none of it.
 */
import type { RecoveryError, RecoveryErrorKind } from "../model/types.js";

interface EventBase {
  kind: RecoveryErrorKind;
  /** The wording variant shown (`insufficient-credits`, `auth-failed`, an approval's status), when the component has one. */
  variant?: string;
  /** The request id the error carried, to join with server logs. */
  requestId?: string;
  /** When it happened (epoch ms). */
  at: number;
  /** Milliseconds since this state was first on screen. */
  sinceShownMs: number;
}

/**
 * One thing that happened to a recovery state. Actions are named by the ids
 * `describeRecovery` and ErrorRecovery's `actions` use (`retry`, `addFunds`, `reconnect`,
 * `copyDetails`; the inspector's `inspect`; the banner's automatic retry is `retry`).
 */
export type RecoveryEvent =
  | (EventBase & {
      /**
       * `shown`: first on screen (once, however often it renders or re-mounts). `dismissed`:
       * the × was pressed. `resolved`: left after an action out of it worked.
       */
      type: "shown" | "dismissed" | "resolved";
      // Absent here; declared so `event.action` reads on any event.
      action?: undefined;
      durationMs?: undefined;
      succeeded?: undefined;
    })
  | (EventBase & {
      /** A button was pressed, or a link clicked (a link has no outcome: where it leads is the host's). */
      type: "action-started";
      action: string;
      durationMs?: undefined;
      succeeded?: undefined;
    })
  | (EventBase & {
      /** The action's callback resolved or rejected. */
      type: "action-succeeded" | "action-failed";
      action: string;
      durationMs: number;
      succeeded?: undefined;
    })
  | (EventBase & {
      /** RateLimitBanner's automatic retry settled. */
      type: "auto-retried";
      action: string;
      durationMs: number;
      succeeded: boolean;
    });

export type RecoveryEventType = RecoveryEvent["type"];

export type RecoveryEventHandler = (event: RecoveryEvent) => void;

/**
 * What a surface notes: `shown`, `dismissed`, `gone` (its state was left: unmounted or
 * replaced), `action` and `auto` (the automatic retry), each once when it starts and once
 * with whether it worked, and `link` (a link or the inspector opened: no outcome to wait for).
 */
export type NotedType = "shown" | "dismissed" | "gone" | "action" | "auto" | "link";

/** Whom a surface's moments are about, as its last committed render said: its own handler, the provider's, the error, the variant. */
export type Live = [own: RecoveryEventHandler | undefined, provided: RecoveryEventHandler | undefined, error: RecoveryError | undefined, variant: string | undefined];

/** A moment as a surface noted it: what, which action, whether it worked, when, and whom it is about. */
export type Moment = [type: NotedType, action: string | undefined, worked: boolean | undefined, at: number, ...live: Partial<Live>];

/** A state as events describe it. */
interface About {
  error: RecoveryError;
  variant: string | undefined;
  shownAt: number;
}

/** A left state whose resolution waits for the actions still running out of it. */
interface Leave {
  /** An action out of it had worked before it was left. */
  worked: boolean;
  /** Dismissed, or already reported: nothing more to say. */
  done: boolean;
}

/** An action running out of a state: when it started, the state, and whether that state was left meanwhile. */
interface Running extends About {
  id: string;
  at: number;
  left?: Leave;
}

interface Track extends About {
  key: string;
  worked: boolean;
  dismissed: boolean;
  running: Record<string, Running>;
}

/** A surface's moments, oldest first (what Copy details says was tried), and what events.ts remembers of it. */
export type Log = Moment[] & { track?: Track };

type Send = (event: RecoveryEvent) => void;

/** Actions that help the user report the failure, not leave it: their success resolves nothing. */
const REPORTING = new Set(["copyDetails", "copyOutput"]);

const keyOf = (error: RecoveryError, variant: string | undefined) => `${error.kind}\u0000${variant}\u0000${error.requestId}`;
/**
 * ErrorRecovery's short state (describeShort's variant): what a kind's card says until its code
 * is here. The card that then replaces it shows the same state (reported as `short` to the end).
 */
const SHORT = "short";
/** The same failure again (a retry that came back with a new request id): not a way out of it. */
const sameFailure = (a: About, b: About) => a.error.kind === b.error.kind && (a.variant === b.variant || a.variant === SHORT || b.variant === SHORT);

/**
 * States left in this commit, for a tick: a surface that shows the same state now is the
 * same card moved (another parent, a re-keyed list), not a state left and a new one shown.
 * A list per state: two cards of one state can go away together.
 */
interface Leaving {
  log: Log;
  /** The state as it was left (the surface may show, or adopt, another by the time it is settled). */
  track: Track;
  send: Send;
  at: number;
}
const leaving = new Map<string, Leaving[]>();
/** New states shown in this tick: said after the states left in it are settled (resolved, then shown). */
let showing: Array<() => void> = [];
let tick: ReturnType<typeof setTimeout> | undefined;

function emit(send: Send, type: RecoveryEventType, about: About, at: number, extra: Record<string, unknown> = {}): void {
  const event = { type, kind: about.error.kind, at, sinceShownMs: at - about.shownAt, ...extra } as RecoveryEvent;
  if (about.variant !== undefined) event.variant = about.variant;
  if (about.error.requestId !== undefined) event.requestId = about.error.requestId;
  send(event);
}

/** The end of the tick: what was left and not shown again is left; then the new states are said. */
function settleTick(): void {
  tick = undefined;
  for (const [key, entries] of [...leaving]) for (const entry of [...entries]) finishLeaving(key, entry);
  leaving.clear();
  const said = showing;
  showing = [];
  for (const say of said) say();
}

/** A state was left: resolved if an action out of it worked; decided later if one still runs. */
function finishLeaving(key: string, entry: Leaving, next?: About): void {
  const list = leaving.get(key);
  if (list?.includes(entry)) list.splice(list.indexOf(entry), 1);
  const { track } = entry;
  // Actions started in this state and still running (one from an earlier state keeps its own fate).
  const running = Object.values(track.running).filter((action) => !action.left);
  if (track.dismissed || (next && sameFailure(track, next))) {
    // Dismissed, or the same failure came back: nothing running out of it resolves it, or the state after it.
    for (const action of running) action.left = { worked: false, done: true };
  } else if (running.some((action) => !REPORTING.has(action.id))) {
    // Left while an action ran (a host that removes the card in the callback): its outcome decides.
    const leave: Leave = { worked: track.worked, done: false };
    for (const action of running) action.left = leave;
  } else if (track.worked) {
    emit(entry.send, "resolved", track, entry.at);
  }
  track.worked = false;
}

/** When this state was first on screen: the first of the surface's latest moments about it (a listener may have come later). */
function firstShown(log: Log, key: string, at: number): number {
  let first = at;
  for (let index = log.length - 1; index >= 0; index--) {
    const [type, , , when, , , error, variant] = log[index]!;
    if (!error || keyOf(error, variant) !== key) break;
    if (type === "shown") first = when;
  }
  return first;
}

/**
 * Turns a surface's moment into the host's events, once per transition: `shown` once per
 * state (StrictMode's re-mount and a card moved elsewhere are one showing); `resolved` when
 * a state is left after an action out of it worked (not when the same failure comes back,
 * not after `dismissed`), or left while an action ran that then worked; durations from
 * each action's start.
 */
export function record(log: Log, moment: Moment): void {
  const [type, action, worked, at, own, provided, error, variant] = moment;
  if (!error) return;
  const key = keyOf(error, variant);
  if (type === "shown") {
    // The card that replaced ErrorRecovery's short state of this error in the same commit.
    const pending = leaving.get(key)?.shift() ?? (variant !== SHORT ? leaving.get(keyOf(error, SHORT))?.shift() : undefined);
    if (pending) {
      // StrictMode's second mount, the same card moved, or the full card in its short state's
      // place: still the one showing. Its events keep the variant its `shown` was said with
      // (`short`): a host counts a state by kind, variant and request id, so an action reported
      // in the card's variant would belong to a state it was never told was shown.
      if (pending.log !== log) log.track = pending.track;
      pending.track.key = key;
      return;
    }
  }
  // Nobody listens now (a handler withdrawn): the state goes on, unreported.
  if (!(own || provided)) return;
  if (type !== "shown" && type !== "gone" && tick) {
    // A user's action comes in a later commit than any show or leave pending: settle those first.
    clearTimeout(tick);
    settleTick();
  }
  // Both hear it: a component's own handler and the app's. One that throws stops neither the
  // other nor the UI; its error surfaces on its own.
  const send: Send = (event) => {
    for (const handler of new Set([own, provided])) {
      try {
        handler?.(event);
      } catch (thrown) {
        queueMicrotask(() => {
          throw thrown;
        });
      }
    }
  };
  if (type !== "shown" && !log.track && type !== "gone") {
    // The shown was lost (the events chunk failed to load then): say it now, timed from then.
    record(log, ["shown", undefined, undefined, at, own, provided, error, variant]);
    showing.pop()?.();
  }

  if (type === "shown") {
    if (log.track?.key === key) return;
    const previous = log.track;
    const track: Track = { key, error, variant, shownAt: firstShown(log, key, at), worked: false, dismissed: false, running: previous?.running ?? {} };
    // This surface's previous state, replaced: settled as left before the new one is said.
    const left = previous && leaving.get(previous.key)?.find((entry) => entry.log === log);
    if (left) finishLeaving(previous.key, left, track);
    log.track = track;
    showing.push(() => emit(send, "shown", track, at));
    tick ??= setTimeout(settleTick, 0);
    return;
  }
  const track = log.track;
  if (!track) return;
  if (type === "gone") {
    leaving.set(key, [...(leaving.get(key) ?? []), { log, track, send, at }]);
    tick ??= setTimeout(settleTick, 0);
  } else if (type === "dismissed") {
    // The user closed it: however it ends, it was not left by an action that worked.
    track.dismissed = true;
    track.worked = false;
    for (const id in track.running) track.running[id]!.left = { worked: false, done: true };
    emit(send, "dismissed", track, at);
  } else if (type === "link") {
    emit(send, "action-started", track, at, { action });
  } else if (worked === undefined) {
    track.running[action!] = { id: action!, error: track.error, variant: track.variant, shownAt: track.shownAt, at };
    // The automatic retry is reported once, when it has settled.
    if (type === "action") emit(send, "action-started", track, at, { action });
  } else {
    // The outcome belongs to the state the action started in, even if another is shown now.
    const started = track.running[action!] ?? { id: action!, ...track, at };
    delete track.running[action!];
    const resolves = worked && !REPORTING.has(action!);
    emit(send, type === "auto" ? "auto-retried" : worked ? "action-succeeded" : "action-failed", started, at, {
      action,
      durationMs: at - started.at,
      ...(type === "auto" ? { succeeded: worked } : {}),
    });
    const leave = started.left;
    if (leave && !leave.done && (resolves || leave.worked)) {
      leave.done = true;
      emit(send, "resolved", started, at);
    } else if (!leave && resolves && !track.dismissed) {
      track.worked = true;
    }
  }
}
