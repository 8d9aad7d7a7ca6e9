/**
 * The end of a long output, fast: the tail of a multi-megabyte string is sliced, not split,
 * so showing it costs the same for 1 KB as for 50 MB (plus one pass to count lines hidden).
 */

export interface OutputTail {
  /** The visible end of the output, starting on a line boundary when one is near. */
  text: string;
  /** Characters before `text` that are not shown. */
  hiddenChars: number;
  /** Lines before `text` that are not shown. */
  hiddenLines: number;
  totalChars: number;
}

/** The last `maxChars` (about) of `output`. @param maxChars default 8,000 */
export function tailOf(output: string, maxChars = 8000): OutputTail {
  if (output.length <= maxChars) return { text: output, hiddenChars: 0, hiddenLines: 0, totalChars: output.length };
  let start = output.length - maxChars;
  // Start on a whole line if there is a newline in the first few hundred characters.
  const newline = output.indexOf("\n", start);
  if (newline !== -1 && newline - start < 400) start = newline + 1;
  let hiddenLines = 0;
  for (let i = output.indexOf("\n"); i !== -1 && i < start; i = output.indexOf("\n", i + 1)) hiddenLines++;
  return { text: output.slice(start), hiddenChars: start, hiddenLines, totalChars: output.length };
}
