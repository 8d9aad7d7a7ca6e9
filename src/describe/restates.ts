/**
 * Whether a server's code only says again what a state's title says: `FAILED` beside "The run
 * failed unexpectedly", `model_not_found` beside "Model not found", `Unavailable` on "This tool
 * isn't responding" (a `tool-unavailable`). Such a code tells the reader nothing the title did
 * not, so the meta line leaves it out (Copy details still carries every code for support).
 *
 * Read against the state's names — its English title and its kind and variant — never the
 * title in the reader's language: codes are English identifiers, and every locale must show
 * the same meta line.
 */

// Words that carry no meaning of their own in a code (`SHARE_NOT_FOUND` is "share found").
const FILLER = new Set(["a", "an", "the", "is", "are", "isn", "aren", "not", "no", "of", "on", "in", "to", "t"]);

/** A word without its inflection, so "failing", "failed" and "fails" are one word. */
const stem = (word: string) => word.replace(/(?:ing|ed|es|s|able)$/, "");

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== "" && !FILLER.has(word))
    .map(stem);

// One stem inside the other counts ("unreach" holds "reach", "shar" is in "share"), only for stems long enough to mean something.
const same = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a)));

/** True when every word of `code` is already a word of one of `names` (a title, a kind, a variant). */
export function restatesTitle(code: string, names: readonly string[]): boolean {
  const said = names.flatMap(wordsOf);
  const words = wordsOf(code);
  return words.length > 0 && words.every((word) => said.some((other) => same(word, other)));
}
