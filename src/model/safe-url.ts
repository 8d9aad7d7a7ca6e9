/**
 * URL checks. A server (or a host) can hand us any string; only a few are safe to link.
 */

const MAX_URL_LENGTH = 4096;

// Browsers strip ASCII tab/newline from URLs and ignore leading C0 controls and spaces,
// which is how "java\tscript:" slips past naive checks. We refuse such strings outright.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u2028\u2029\ufeff]/;

/**
 * Returns the URL normalised if it is an absolute `https:` URL with a host and no
 * credentials, else `undefined`. Used for authorization URLs, where http is not good enough.
 */
export function toSafeHttpsUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > MAX_URL_LENGTH || CONTROL_OR_SPACE.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || url.hostname === "" || url.username !== "" || url.password !== "") {
    return undefined;
  }
  return url.href;
}

/**
 * Whether a string is safe to put in an `href`: an absolute `https:`/`http:` URL with a host
 * and no credentials, or a same-origin relative reference (`/billing`, `settings`,
 * `?tab=keys`, `#top`). Protocol-relative (`//host`) and backslash tricks (`/\host`) are refused.
 *
 * An allowlist of shapes rather than a parse: every shape it accepts, the URL parser reads
 * the same way (a property test checks it is never more permissive than parsing), and it
 * is a fraction of the bytes every card ships.
 */
export function isSafeHref(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const trimmed = value.trim();
  return (
    trimmed.length <= MAX_URL_LENGTH &&
    !CONTROL_OR_SPACE.test(trimmed) &&
    !trimmed.includes("\\") &&
    // https://host… with no "@" before the path; or a path, query or fragment that cannot be
    // read as a scheme ("a:b") or a host ("//b").
    /^(?:https?:\/\/[^/?#@]+(?:[/?#]|$)|\/(?!\/)|[?#]|[^:/?#]+(?:[/?#]|$))/i.test(trimmed)
  );
}

/**
 * Whether a string may be put in an `href` we render: a safe URL (isSafeHref), or a `mailto:`
 * link to one plain address (no spaces, controls, markup, and no headers: `?`, `&`).
 */
export function isSafeLink(href: unknown): href is string {
  return isSafeHref(href) || (typeof href === "string" && /^mailto:[\w.+-]+@[\w.-]+$/.test(href.trim()));
}

/** The host of a URL for display ("accounts.google.com"), or undefined. */
export function hostOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).host || undefined;
  } catch {
    return undefined;
  }
}
