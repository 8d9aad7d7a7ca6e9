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

/** Whether a string is an HTML (or XML) page rather than prose with a tag or two in it. */
export function looksLikeHtmlPage(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype") ||
    head.startsWith("<html") ||
    head.startsWith("<?xml") ||
    /<(?:head|body|title)[\s>]/.test(head)
  );
}

/** Whether a whole body is markup: a page, or a fragment that starts with a block tag. */
export function looksLikeHtml(text: string): boolean {
  return looksLikeHtmlPage(text) || /^\s*<(?:div|p|h[1-6]|center|pre|span|table|section|main|article)[\s>]/i.test(text.slice(0, 256));
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

// Attribute runs are bounded so that "<a<a<a…" costs linear time, not quadratic.
function stripTagsOnce(text: string): string {
  return (
    text
      .replace(/<(script|style|noscript|template)\b[^>]{0,1000}>[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/<\/?[a-z!?/][^<>]{0,1000}>/gi, " ")
      // An unclosed tag at the cut-off point.
      .replace(/<[a-z!?/][^<>]{0,1000}$/i, " ")
  );
}

function stripTags(text: string): string {
  // Removing one tag can join two halves into another ("<<b>i>"), so repeat a few times,
  // then drop the "<" of anything still shaped like a tag.
  for (let pass = 0; pass < 3 && text.includes("<"); pass++) {
    const next = stripTagsOnce(text);
    if (next === text) break;
    text = next;
  }
  return text.includes("<") ? text.replace(/<(?=[a-z!?/][^<>]*>)/gi, "") : text;
}

/**
 * Plain text from anything a server said: tags and scripts removed, entities decoded,
 * control characters and runs of whitespace collapsed, cut to a sane length.
 * Returns `undefined` when nothing readable is left.
 */
export function toPlainText(value: unknown, max: number = MAX_MESSAGE_LENGTH): string | undefined {
  if (typeof value !== "string") return undefined;
  let text = value.length > MAX_SCAN ? value.slice(0, MAX_SCAN) : value;
  text = decodeEntities(stripTags(text));
  // Decoding can make markup again ("&lt;script&gt;"); it is only text, but a message that
  // reads like markup is not fit to show, so strip once more.
  text = stripTags(text)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return undefined;
  return truncate(text, max);
}
