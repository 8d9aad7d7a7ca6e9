"use client";
/**
 * What actions say back, gathered in one place per surface (or dialog): the failure line
 * under the actions, and the one live region every announcement goes through. Buttons
 * report here instead of each carrying a status region of their own, so no live region
 * wraps a button and a failure never changes a button's size.
 */
import { createContext, useEffect, useId, useMemo, useState } from "react";
import type { Note } from "./use-events.js";

export interface Feedback {
  /** The id of the failure line, for `aria-describedby` of the action that failed. */
  id: string;
  /** An action's failure text (shown and announced), or `undefined` when it is over. */
  fail: (action: string, text?: string) => void;
  /** Announce a short confirmation ("Copied"). */
  say: (text: string) => void;
  /** Notes a moment: for the host's events and what Copy details says was tried (use-events.ts). */
  note: Note;
}

export const FeedbackContext = createContext<Feedback | null>(null);

export interface FeedbackState {
  value: Feedback;
  /** The failure to show under the actions. */
  failure: string | undefined;
  /** The action whose failure that is (FailureLine's `near` picks by it). */
  failed: string | undefined;
  /** What the live region says, and how many times something was said (for repeats). */
  said: string | undefined;
  count: number;
}

const quiet: Note = () => undefined;

/**
 * `announcement` is the state's short message: said once on mount and once per change.
 * `note` takes the events of the actions inside.
 */
export function useFeedback(announcement: string | undefined, note: Note = quiet): FeedbackState {
  const id = useId();
  const [failure, setFailure] = useState<[action: string, text: string]>();
  // What is said, how many times, and the last announcement heard.
  const [said, setSaid] = useState<[text: string | undefined, count: number, heard?: string]>([undefined, 0]);
  // A new announcement replaces what was said (derived while rendering, React's way).
  if (announcement && announcement !== said[2]) setSaid([announcement, said[1], announcement]);
  const value = useMemo<Feedback>(() => {
    const say = (text: string) => setSaid(([, count, heard]) => [text, count + 1, heard]);
    return {
      id,
      say,
      note,
      fail: (action, text) => {
        setFailure((current) => (text ? [action, text] : current?.[0] === action ? undefined : current));
        if (text) say(text);
      },
    };
  }, [id, note]);
  return { value, failure: failure?.[1], failed: failure?.[0], said: said[0], count: said[1] };
}

/**
 * The failure line under a place's actions; its id describes the action that failed. `near`
 * picks the failures of the actions it sits under, where a place has two rows of them (the
 * Inspect dialog's Copy output and its foot), so each is said next to its button.
 */
export function FailureLine({ feedback, near }: { feedback: FeedbackState; near?: (action: string) => boolean }) {
  return feedback.failure && (!near || near(feedback.failed!)) ? (
    <p id={feedback.value.id} className="rk-surface__failure" data-slot="failure">
      {feedback.failure}
    </p>
  ) : null;
}

/**
 * The one live region of a surface (or dialog). It is in the tree, empty, before any text
 * arrives, which is what makes screen readers announce it; text is set after mount, so
 * server and client HTML match. Each message is spoken once and then cleared, so a screen
 * reader reading the page later never finds yesterday's news ("retry in 12 seconds" at 0:02).
 */
export interface LiveMessageProps {
  message: string | undefined;
  /**
   * Bump to say the same message again ("Output copied." on a second copy). Screen readers
   * skip an unchanged text, so each repeat differs by an invisible zero-width space.
   * @default 0
   */
  repeat?: number;
  /** `assertive` for what blocks the user now; anything else is polite. @default "polite" */
  politeness?: string;
}

/** Long enough for a screen reader to have picked the text up; short enough not to go stale. */
const CLEAR_AFTER_MS = 5000;

export function LiveMessage({ message, repeat = 0, politeness = "polite" }: LiveMessageProps) {
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const text = message === undefined ? "" : `${message}${"\u200b".repeat(repeat)}`;
    // A frame's delay lets the empty region register before it gets its text.
    const say = setTimeout(() => setSpoken(text), 50);
    const clear = setTimeout(() => setSpoken(""), CLEAR_AFTER_MS);
    return () => {
      clearTimeout(say);
      clearTimeout(clear);
    };
  }, [message, repeat]);
  return (
    // The roles imply aria-live (assertive for alert, polite for status) and aria-atomic.
    <span role={politeness === "assertive" ? "alert" : "status"} className="rk-visually-hidden" data-slot="announcer">
      {spoken}
    </span>
  );
}
