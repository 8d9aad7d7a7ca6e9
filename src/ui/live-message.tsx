"use client";
/**
 * The one live region of a surface (or dialog). It is in the tree, empty, before any text
 * arrives, which is what makes screen readers announce it; text is set after mount, so
 * server and client HTML match. Each message is spoken once and then cleared, so a screen
 * reader reading the page later never finds yesterday's news ("retry in 12 seconds" at 0:02).
 */
import { useEffect, useState } from "react";

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
