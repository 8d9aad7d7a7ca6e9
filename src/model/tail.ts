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

/**
 * The last `maxChars` (about) of `output`. `omitted` is output before it that was never kept
 * (`ToolCallInfo.outputOmitted`), counted as hidden too. @param maxChars default 8,000
 */
export function tailOf(output: string, maxChars = 8000, omitted?: { chars: number; lines: number }): OutputTail {
  let start = Math.max(0, output.length - maxChars);
  // Start on a whole line if there is a newline in the first few hundred characters.
  const newline = start > 0 ? output.indexOf("\n", start) : -1;
  if (newline !== -1 && newline - start < 400) start = newline + 1;
  let hiddenLines = omitted?.lines ?? 0;
  for (let i = output.indexOf("\n"); i !== -1 && i < start; i = output.indexOf("\n", i + 1)) hiddenLines++;
  const before = omitted?.chars ?? 0;
  return { text: output.slice(start), hiddenChars: before + start, hiddenLines, totalChars: before + output.length };
}
