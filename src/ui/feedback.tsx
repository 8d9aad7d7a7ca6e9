"use client";
/**
 * What actions say back, gathered in one place per surface (or dialog): the failure line
 * under the actions, and the one live region every announcement goes through. Buttons
 * report here instead of each carrying a status region of their own, so no live region
 * wraps a button and a failure never changes a button's size.
 */
import { createContext, useId, useMemo, useState } from "react";
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
  /** The failure to show under the actions, and the action that failed. */
  failure: string | undefined;
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
