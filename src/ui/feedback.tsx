"use client";
/**
 * What actions say back, gathered in one place per surface (or dialog): the failure line
 * under the actions, and the one live region every announcement goes through. Buttons
 * report here instead of each carrying a status region of their own, so no live region
 * wraps a button and a failure never changes a button's size.
 */
import { createContext, useId, useMemo, useState } from "react";

export interface Feedback {
  /** The id of the failure line, for `aria-describedby` of the action that failed. */
  id: string;
  /** An action's failure text (shown and announced), or `undefined` when it is over. */
  fail: (action: string, text?: string) => void;
  /** Announce a short confirmation ("Copied"). */
  say: (text: string) => void;
  /** Note an action that ran and whether it worked, for the support details. */
  tried: (label: string, worked: boolean) => void;
}

export const FeedbackContext = createContext<Feedback | null>(null);

export interface FeedbackState {
  value: Feedback;
  /** The failure to show under the actions. */
  failure: string | undefined;
  /** What the live region says, and how many times something was said (for repeats). */
  said: string | undefined;
  count: number;
  /** What was tried in this surface, oldest first (the last ten). */
  tried: Array<[label: string, worked: boolean]>;
}

/** `announcement` is the state's short message: said once on mount and once per change. */
export function useFeedback(announcement: string | undefined): FeedbackState {
  const id = useId();
  const [tried] = useState<Array<[string, boolean]>>(() => []);
  const [failure, setFailure] = useState<[action: string, text: string]>();
  const [said, setSaid] = useState<[text: string | undefined, count: number]>([undefined, 0]);
  // A new announcement replaces what was said (derived while rendering, React's way).
  const [heard, setHeard] = useState<string>();
  if (announcement && announcement !== heard) {
    setHeard(announcement);
    setSaid(([, count]) => [announcement, count]);
  }
  const value = useMemo<Feedback>(() => {
    const say = (text: string) => setSaid(([, count]) => [text, count + 1]);
    return {
      id,
      say,
      tried: (label, worked) => {
        tried.push([label, worked]);
        if (tried.length > 10) tried.shift();
      },
      fail: (action, text) => {
        setFailure((current) => (text ? [action, text] : current?.[0] === action ? undefined : current));
        if (text) say(text);
      },
    };
  }, [id, tried]);
  return { value, failure: failure?.[1], said: said[0], count: said[1], tried };
}
