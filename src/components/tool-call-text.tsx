"use client";
/**
 * What the Inspect dialog shows of a tool call — its arguments, redacted, and the end of its
 * output — as text. A module of its own, imported by the dialog and fetched by the inspector
 * once the page is idle (not in its first load): when the dialog's chunk cannot be loaded
 * (offline, a deploy replaced it), the card shows the same text inline, from code it has.
 */
import { useId, useMemo, type ReactNode } from "react";
import type { ToolStuckError } from "../model/types.js";
import { formatToolArgs } from "../model/redact-args.js";
import { tailOf } from "../model/tail.js";
import { inspectMessages } from "../catalog/en-stuck-tool-inspect.js";
import type { StuckToolCardMessages, StuckToolMessages } from "../catalog/types.js";

// The card says the text view's note out loud once this module is here: it completes its
// strings through this module, so the English of Inspect stays out of its first load.
export { inspectMessages };

/** The newest output is at the end: open the output scrolled there. */
function scrollToEnd(element: HTMLPreElement | null): void {
  if (element) element.scrollTop = element.scrollHeight;
}

export interface ToolCallTextProps {
  error: ToolStuckError;
  /** Characters of output tail to show. */
  tailChars: number;
  messages: StuckToolMessages;
  /**
   * Formats the hidden output's counts in the card's locale. Given, not imported: this module
   * is a chunk of its own, and each module it shares with the card's first load (the catalog's
   * context, its formatters) would be split by esbuild into one more chunk that load fetches.
   */
  formatCount: (value: number) => string;
  /** A part's heading: an h3 in the dialog, a bold line in the card. */
  heading: (id: string, text: string) => ReactNode;
  /** The class of each part (arguments, output). */
  className: string;
  /** Under the output, when there is some (the dialog's Copy output). */
  outputActions?: ReactNode;
}

/** The arguments and the output tail, each under its heading. Mounted only when shown. */
export function ToolCallText({ error, tailChars, messages: t, formatCount, heading, className, outputActions }: ToolCallTextProps) {
  const argsHeading = useId();
  const outputHeading = useId();
  // Once per value, not on every tick of the card's clock (a tail of 50 MB counts its lines).
  const args = useMemo(() => formatToolArgs(error.toolCall?.args), [error.toolCall?.args]);
  const output = error.toolCall?.partialOutput ?? "";
  const omitted = error.toolCall?.outputOmitted;
  const tail = useMemo(() => tailOf(output, tailChars, omitted), [output, tailChars, omitted]);
  return (
    <>
      <section className={className}>
        {heading(argsHeading, t.arguments)}
        {args && args !== "null" ? (
          // A scrolling block must be reachable by keyboard to be scrolled by keyboard. JSON and
          // logs read left to right on any page: never mirrored under dir="rtl".
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <pre className="rk-code" dir="ltr" tabIndex={0} aria-labelledby={argsHeading} data-slot="arguments">
            {args}
          </pre>
        ) : (
          <p>{t.noArguments}</p>
        )}
        <p className="rk-muted">{t.redactedNote}</p>
      </section>

      <section className={className}>
        {heading(outputHeading, t.partialOutput)}
        {tail.totalChars > 0 ? (
          <>
            {tail.hiddenChars > 0 && (
              <p className="rk-muted" data-slot="hidden-output">
                {t.hiddenOutput(formatCount(tail.hiddenChars), formatCount(tail.hiddenLines))}
              </p>
            )}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable, so focusable */}
            <pre className="rk-code" dir="ltr" tabIndex={0} aria-labelledby={outputHeading} data-slot="output" ref={scrollToEnd}>
              {tail.text}
            </pre>
            {outputActions}
          </>
        ) : (
          <p>{t.noOutput}</p>
        )}
      </section>
    </>
  );
}

/**
 * The call as text, in the card, when the dialog could not be loaded (and why it is here).
 * Given the card's strings, it completes them with the English of Inspect (a host's win).
 */
export function InlineToolCall({ messages, ...props }: Pick<ToolCallTextProps, "error" | "tailChars" | "formatCount"> & { messages: StuckToolCardMessages }) {
  const t = inspectMessages(messages);
  return (
    <div className="rk-inspect-inline" data-slot="inspect-inline">
      <p data-slot="inspect-unavailable">{t.inspectUnavailable}</p>
      <ToolCallText
        {...props}
        messages={t}
        className="rk-inspect-inline__part"
        heading={(id, text) => (
          <p id={id} className="rk-checklist__heading">
            {text}
          </p>
        )}
      />
    </div>
  );
}
