"use client";
/**
 * The StuckToolInspector's dialog, in a module of its own: it is loaded with `import()` the
 * first time Inspect is wanted, so a page that never opens it never downloads Radix.
 */
import * as Dialog from "@radix-ui/react-dialog";
import { setNonce } from "get-nonce";
import { useContext, useId, useInsertionEffect, useRef, useState, type RefObject } from "react";
import type { ToolStuckError } from "../model/types.js";
import type { RecoveryDescription } from "../describe/types.js";
import { CatalogContext } from "../catalog/context.js";
import type { StuckToolCardMessages } from "../catalog/types.js";
import { ActionButton } from "../ui/action-button.js";
import { FailureLine, FeedbackContext, LiveMessage, useFeedback } from "../ui/feedback.js";
import { PeerList, type Peer } from "./peer-list.js";
import { inspectMessages, ToolCallText } from "./tool-call-text.js";

export interface InspectDialogProps {
  error: ToolStuckError;
  tool: string;
  peers: Peer[];
  tailChars: number;
  /** Copy the output; defaults to the Clipboard API. (The inspector's `onCopyOutput`.) */
  onCopyOutput?: ((output: string, context: { error: ToolStuckError; tool: string }) => unknown) | undefined;
  /** The card's strings: the dialog completes them with the English of Inspect (the card's win). */
  messages: StuckToolCardMessages;
  /** Formats a count in the card's locale (the hidden output's note). */
  formatCount: (value: number) => string;
  /**
   * The dialog's foot: where the user diagnoses, they can act. The description's `dialog`
   * orders it (its one primary first, Close, destructive ones last); its `reply` is the
   * message to the peer, drawn only with `send` (the card keeps Inspect and at most two
   * others in sight, so the message is written only here).
   */
  footer?: {
    dialog: NonNullable<RecoveryDescription["dialog"]>;
    /** The card's callback for an action of the foot. */
    onAction: (id: string) => unknown;
    /** Sends the message to the peer (the inspector's `onSendFollowUp`). */
    send?: ((message: string) => unknown) | undefined;
  };
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
export default function InspectDialog({ error, tool, peers, tailChars, onCopyOutput, messages, formatCount, footer, font, open, onOpenChange, returnFocusTo }: InspectDialogProps & Controlled) {
  // The dialog is a place of its own (portalled, modal): its failures and confirmations
  // are shown and spoken here, not on the card behind it. Its actions' events are the card's.
  const feedback = useFeedback(undefined, useContext(FeedbackContext)?.note);
  const content = useRef<HTMLDivElement>(null);
  // Radix's scroll lock adds a <style> while the dialog is open (react-style-singleton, in an
  // effect below this one), nonced by get-nonce: a strict style-src allows it with the page's
  // nonce. Set before that effect runs; never unset (a host's own setNonce stays if we have none).
  const nonce = useContext(CatalogContext).nonce;
  useInsertionEffect(() => {
    if (nonce) setNonce(nonce);
  }, [nonce]);
  const output = error.toolCall?.partialOutput ?? "";
  const t = inspectMessages(messages);

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

          <ToolCallText
            error={error}
            tailChars={tailChars}
            messages={t}
            formatCount={formatCount}
            className="rk-dialog__section"
            heading={(id, text) => <h3 id={id}>{text}</h3>}
            outputActions={
              <>
                <ActionButton action="copyOutput" onAction={copy} doneLabel={t.copied}>
                  {t.copyOutput}
                </ActionButton>
                <FailureLine feedback={feedback} near={(action) => action === "copyOutput"} />
              </>
            }
          />

          {peers.length > 0 && (
            <section className="rk-dialog__section">
              <PeerList peers={peers} heading={t.peers} />
            </section>
          )}
          {footer && footer.dialog.actions.length > 0 && (
            <div className="rk-dialog__footer" data-slot="dialog-actions">
              {footer.dialog.actions.map((action) =>
                action.id === "close" ? (
                  <Dialog.Close key="close" className={`rk-action rk-action--${action.kind}`} data-variant={action.kind} data-action="close">
                    {action.label}
                  </Dialog.Close>
                ) : action.id === footer.dialog.reply?.action.id ? (
                  footer.send && (
                    <FollowUp key={action.id} reply={footer.dialog.reply} variant={action.kind === "primary" ? "primary" : "secondary"} sentLabel={t.followUpSent} send={footer.send} />
                  )
                ) : (
                  <ActionButton key={action.id} action={action.id} variant={action.kind === "link" ? "secondary" : action.kind} title={action.hint} onAction={() => footer.onAction(action.id)}>
                    {action.label}
                  </ActionButton>
                ),
              )}
              {/* A failed send, cancel or disable is said in the foot, right under its buttons. */}
              <FailureLine feedback={feedback} near={(action) => action !== "copyOutput"} />
            </div>
          )}
          </FeedbackContext.Provider>
          <LiveMessage message={feedback.said} repeat={feedback.count} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The message to a peer. What was typed stays until a send succeeds: a failure keeps it. */
function FollowUp({ reply, variant, sentLabel, send }: { reply: NonNullable<NonNullable<RecoveryDescription["dialog"]>["reply"]>; variant: "primary" | "secondary"; sentLabel: string; send: (text: string) => unknown }) {
  const [text, setText] = useState("");
  const id = useId();
  return (
    <div className="rk-follow-up" data-slot="follow-up">
      <label htmlFor={id}>{reply.label}</label>
      <textarea id={id} rows={2} value={text} placeholder={reply.placeholder} onChange={(event) => setText(event.target.value)} />
      <ActionButton
        action={reply.action.id}
        variant={variant}
        disabled={text.trim() === ""}
        doneLabel={sentLabel}
        onAction={async () => {
          const message = text.trim();
          if (!message) return;
          await send(message);
          setText("");
        }}
      >
        {reply.action.label}
      </ActionButton>
    </div>
  );
}
