"use client";
/**
 * The card side of recovery events: notes each moment as it happens (with its time and whom
 * it is about) in the surface's log, and hands it to events.ts, which is loaded on the first
 * moment someone listens to. Kept small on purpose: every card ships this, and a host
 * without `onEvent` needs none of the rest.
 */
import { useContext, useEffect, useRef, useState } from "react";
import type { RecoveryError } from "../model/types.js";
import { CatalogContext } from "../catalog/context.js";
import type * as Events from "./events.js";

/**
 * Notes a moment. `action` with `worked` undefined is an action starting, true or false its
 * outcome; `auto` is the automatic retry the same way.
 */
export type Note = (type: Events.NotedType, action?: string, worked?: boolean) => void;

// One promise for every surface: moments noted before it resolves are handled in order.
let loaded: Promise<typeof Events> | undefined;

/**
 * Notes `shown` when a state (kind, variant, request id) commits — again when a listener
 * arrives later — and `gone` when it is left; returns `note` for the rest, and the surface's
 * log (what Copy details says was tried). This surface's `onEvent` and the nearest
 * RecoveryProvider's both hear each event.
 */
export function useEvents(
  error: RecoveryError | undefined,
  variant: string | undefined,
  onEvent: Events.RecoveryEventHandler | undefined,
): readonly [Note, Events.Log] {
  const provided = useContext(CatalogContext).onEvent;
  // Whom moments are about: the last committed render's handlers, error and variant.
  const live = useRef<Partial<Events.Live>>([]);
  const [events] = useState(() => {
    const log: Events.Log = [];
    const note: Note = (type, action, worked) => {
      const moment: Events.Moment = [type, action, worked, Date.now(), ...live.current];
      // The recent past is enough (what Copy details says was tried, when a state first showed).
      if (log.push(moment) > 60) log.shift();
      // Sent when someone listens, or listened (events.ts then knows a handler went away).
      if ((moment[4] || moment[5] || log.track) && moment[6])
        (loaded ??= import("./events.js")).then(
          (module) => module.record(log, moment),
          // The chunk did not load (a deploy replaced it, the network dropped): this moment is
          // lost, the next one tries again. Analytics never break the card.
          () => (loaded = undefined),
        );
    };
    return [note, log] as const;
  });
  const [note] = events;
  // Effects run in order: this is current before `shown` below.
  useEffect(() => {
    live.current = [onEvent, provided, error, variant];
  });
  // A listener that arrives later (analytics after consent) still hears `shown`.
  const heard = !!(onEvent || provided);
  useEffect(() => {
    note("shown");
    return () => note("gone");
  }, [note, error?.kind, variant, error?.requestId, heard]);
  return events;
}
