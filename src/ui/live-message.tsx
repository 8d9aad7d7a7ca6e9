"use client";
/**
 * A polite live region that speaks each distinct message once. The region is in the tree
 * (empty) before any text arrives, which is what makes screen readers announce it; text
 * is set after mount, so server and client HTML match.
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
}

export function LiveMessage({ message, repeat = 0 }: LiveMessageProps) {
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const text = message === undefined ? "" : `${message}${"\u200b".repeat(Math.max(0, repeat))}`;
    // A frame's delay lets the empty region register before it gets its text.
    const id = setTimeout(() => setSpoken(text), 50);
    return () => clearTimeout(id);
  }, [message, repeat]);
  return (
    <span role="status" aria-live="polite" aria-atomic="true" className="rk-visually-hidden" data-slot="announcer">
      {spoken}
    </span>
  );
}
