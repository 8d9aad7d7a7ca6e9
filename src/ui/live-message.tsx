/**
 * A polite live region that speaks each distinct message once. The region is in the tree
 * (empty) before any text arrives, which is what makes screen readers announce it; text
 * is set after mount, so server and client HTML match.
 */
import { useEffect, useState } from "react";

export function LiveMessage({ message }: { message: string | undefined }) {
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    // A frame's delay lets the empty region register before it gets its text.
    const id = setTimeout(() => setSpoken(message ?? ""), 50);
    return () => clearTimeout(id);
  }, [message]);
  return (
    <span role="status" aria-live="polite" aria-atomic="true" className="rk-visually-hidden" data-slot="announcer">
      {spoken}
    </span>
  );
}
