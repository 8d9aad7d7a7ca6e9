"use client";
/**
 * The StuckToolInspector's dialog, in a module of its own: it is loaded with `import()` the
 * first time Inspect is wanted, so a page that never opens it never downloads Radix.
 */
import * as Dialog from "@radix-ui/react-dialog";
import { useContext, useId, useMemo, useRef, type ReactNode, type RefObject } from "react";
import type { ToolStuckError } from "../model/types.js";
import { formatToolArgs } from "../model/redact.js";
import { tailOf } from "../model/tail.js";
import { formatNumber } from "../catalog/format.js";
import { useLocale } from "../catalog/context.js";
import type { StuckToolMessages } from "../catalog/types.js";
import { ActionButton } from "../ui/action-button.js";
import { FailureLine, FeedbackContext, useFeedback } from "../ui/feedback.js";
import { LiveMessage } from "../ui/live-message.js";
import { PeerList, type Peer } from "./peer-list.js";

/** The newest output is at the end: open the output scrolled there. */
function scrollToEnd(element: HTMLPreElement | null): void {
  if (element) element.scrollTop = element.scrollHeight;
}

export interface InspectDialogProps {
  error: ToolStuckError;
  tool: string;
  peers: Peer[];
  tailChars: number;
  /** Copy the output; defaults to the Clipboard API. (The inspector's `onCopyOutput`.) */
  onCopyOutput?: ((output: string, context: { error: ToolStuckError; tool: string }) => unknown) | undefined;
  messages: StuckToolMessages;
  /** The card's actions (cancel, disable the tool) and its reply form, at the dialog's foot. */
  footer?: ReactNode;
  /** The card's font family: portalled to the body, the dialog would otherwise take the page's. */
  font?: string | undefined;
}

interface Controlled {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The Inspect button: focus returns there on close (there is no Radix trigger). */
  returnFocusTo: RefObject<HTMLButtonElement | null>;
}

/** The inspector's dialog. Radix moves focus in and traps it; focus returns to Inspect on close. */
export default function InspectDialog({ error, tool, peers, tailChars, onCopyOutput, messages: t, footer, font, open, onOpenChange, returnFocusTo }: InspectDialogProps & Controlled) {
  // The dialog is a place of its own (portalled, modal): its failures and confirmations
  // are shown and spoken here, not on the card behind it. Its actions' events are the card's.
  const feedback = useFeedback(undefined, useContext(FeedbackContext)?.note);
  const content = useRef<HTMLDivElement>(null);
  const locale = useLocale();
  const argsHeading = useId();
  const outputHeading = useId();
  const output = error.toolCall?.partialOutput ?? "";
  // Formatting and slicing wait until the dialog opens; the summary stays cheap.
  const args = useMemo(() => (open ? formatToolArgs(error.toolCall?.args) : ""), [open, error.toolCall?.args]);
  const tail = useMemo(() => (open ? tailOf(output, tailChars) : undefined), [open, output, tailChars]);

  const copy = async () => {
    if (onCopyOutput) await onCopyOutput(output, { error, tool });
    else await navigator.clipboard.writeText(output);
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="rk-dialog-overlay" />
        <Dialog.Content
          ref={content}
          className="rk-dialog rk-theme"
          data-slot="inspector"
          // Set through the DOM (not markup), so a strict style-src CSP allows it.
          style={font ? { fontFamily: font } : undefined}
          // Focus the dialog itself, not its first focusable (the arguments block), so nothing
          // scrolls and a screen reader starts at the title.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            content.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocusTo.current?.focus();
          }}
        >
          <FeedbackContext.Provider value={feedback.value}>
          <div className="rk-dialog__header" data-slot="header">
            <Dialog.Title className="rk-dialog__title">{t.inspectTitle(tool)}</Dialog.Title>
            <Dialog.Close className="rk-dialog__x" aria-label={t.close}>
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          <Dialog.Description className="rk-muted">{t.inspectDescription}</Dialog.Description>

          <section className="rk-dialog__section">
            <h3 id={argsHeading}>{t.arguments}</h3>
            {args && args !== "null" ? (
              // A scrolling block must be reachable by keyboard to be scrolled by keyboard.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              <pre className="rk-code" tabIndex={0} aria-labelledby={argsHeading} data-slot="arguments">
                {args}
              </pre>
            ) : (
              <p>{t.noArguments}</p>
            )}
            <p className="rk-muted">{t.redactedNote}</p>
          </section>

          <section className="rk-dialog__section">
            <h3 id={outputHeading}>{t.partialOutput}</h3>
            {tail && tail.totalChars > 0 ? (
              <>
                {tail.hiddenChars > 0 && (
                  <p className="rk-muted" data-slot="hidden-output">
                    {t.hiddenOutput(formatNumber(tail.hiddenChars, locale), formatNumber(tail.hiddenLines, locale))}
                  </p>
                )}
                {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable, so focusable */}
                <pre className="rk-code" tabIndex={0} aria-labelledby={outputHeading} data-slot="output" ref={scrollToEnd}>
                  {tail.text}
                </pre>
                <ActionButton action="copyOutput" onAction={copy} doneLabel={t.copied}>
                  {t.copyOutput}
                </ActionButton>
                <FailureLine feedback={feedback} />
              </>
            ) : (
              <p>{t.noOutput}</p>
            )}
          </section>

          {peers.length > 0 && (
            <section className="rk-dialog__section">
              <PeerList peers={peers} heading={t.peers} />
            </section>
          )}
          {footer && (
            <div className="rk-dialog__footer" data-slot="dialog-actions">
              {footer}
            </div>
          )}
          </FeedbackContext.Provider>
          <LiveMessage message={feedback.said} repeat={feedback.count} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
