/**
 * Turning server text into something fit to show a person: plain, short, never markup.
 */

/** Messages longer than this are cut at a word boundary and end in an ellipsis. */
export const MAX_MESSAGE_LENGTH = 300;
// Work on at most this much of any string: a 5 MB body must not cost 5 MB of regex work.
const MAX_SCAN = 16_384;

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Whether a string looks like an HTML document or fragment rather than prose. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype html") ||
    head.startsWith("<html") ||
    head.startsWith("<?xml") ||
    /<(head|body|title|h1|div|p|center|pre|span|script|style)[\s>]/i.test(head)
  );
}

/** Cuts text to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncate(text: string, max: number = MAX_MESSAGE_LENGTH): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair behind.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(" ");
  if (space > max * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[\s.,;:]+$/, "") + "…";
}

/**
 * Plain text from anything a server said: tags and scripts removed, entities decoded,
 * control characters and runs of whitespace collapsed, cut to a sane length.
 * Returns `undefined` when nothing readable is left.
 */
export function toPlainText(value: unknown, max: number = MAX_MESSAGE_LENGTH): string | undefined {
  if (typeof value !== "string") return undefined;
  let text = value.length > MAX_SCAN ? value.slice(0, MAX_SCAN) : value;
  if (text.includes("<")) {
    text = text
      .replace(/<(script|style|noscript|template)[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/<\/?[a-z!?/][^>]*>/gi, " ")
      // An unclosed tag at the cut-off point.
      .replace(/<[a-z!?/][^>]*$/i, " ");
  }
  text = decodeEntities(text)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // Decoding can produce "<" again ("&lt;script&gt;"); that is text, and React will escape it.
  if (text === "") return undefined;
  return truncate(text, max);
}
