import type { ReactNode } from "react";
import { codeSegments } from "../describe/types.js";

/**
 * Catalog text with `backticks` around header names, identifiers and formats
 * (`Authorization`, `client_id`, `${timestamp}.${body}`): those parts render as <code>, the
 * backticks themselves never show. Text without backticks comes back as it is. Each is
 * left-to-right whatever the page's direction (an identifier on an Arabic page reads as typed).
 */
export function withCode(text: string): ReactNode {
  if (!text.includes("`")) return text;
  return codeSegments(text).map((part, index) =>
    part.code ? (
      // Longer than a chip fits on a phone's line: a command (`curl …/{build_id}`), shown as a
      // block that scrolls (or wraps, focused) as a whole, not a chip split over three lines.
      <code key={index} dir="ltr" className={part.text.length > 32 ? "rk-command" : undefined}>
        {part.text}
      </code>
    ) : (
      // Plain text needs no key in a list (only elements do), nor a wrapper.
      part.text
    ),
  );
}
