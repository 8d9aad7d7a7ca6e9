"use client";
/**
 * StuckToolInspector — `tool-stuck`: an agent waiting on a tool call. A compact summary
 * (tool, live elapsed time, likely cause, peers) with Inspect, which opens a dialog with
 * the redacted arguments and the tail of the partial output.
 */
import * as Dialog from "@radix-ui/react-dialog";
import { forwardRef, useId, useMemo, useState } from "react";
import type { ToolStuckError } from "../model/types.js";
import { formatToolArgs } from "../model/redact.js";
import { tailOf } from "../model/tail.js";
import { formatDuration, formatNumber } from "../catalog/format.js";
import { useLocale, useMessages } from "../catalog/context.js";
import { enStuckTool } from "../catalog/en-stuck-tool.js";
import type { StuckToolMessages } from "../catalog/types.js";
import { ActionButton } from "../ui/action-button.js";
import { useNow } from "../ui/clock.js";
import { LiveMessage } from "../ui/live-message.js";
import { RecoverySurface, type RecoverySurfaceProps } from "../ui/surface.js";

/* ------------------------------------------------------------------ types */

/** Why the tool call is likely stuck (Alumia's three causes). */
export type StuckCause = "slow-tool" | "waiting-on-peer" | "malformed-retry";

export interface Peer {
  name: string;
  /** As the platform reports it: `awaiting_peer`, `idle`, `running`… */
  state: string;
}

export interface StuckToolActionContext {
  error: ToolStuckError;
  /** The tool's name. */
  tool: string;
}

type Callback = (context: StuckToolActionContext) => unknown;

export interface StuckToolInspectorProps
  extends Omit<RecoverySurfaceProps, "title" | "children" | "actions" | "details" | "tone" | "onError"> {
  /** The model value (`kind: "tool-stuck"`). */
  error: ToolStuckError;
  /** The likely cause, when the host knows it. */
  cause?: StuckCause;
  /** The agent's peers and their states (from `list_agents`). */
  peers?: Peer[];
  /** For `malformed-retry`: the runtime's attempt count. */
  attempts?: number;
  /** The run ended without a tool result: say Interrupted instead of spinning. @default false */
  interrupted?: boolean;
  /** How many times this tool has failed the same way; Disable tool is offered from 2. @default 0 */
  sameFailureCount?: number;
  /** Send a message to the peer. The text survives a failed send. */
  onSendFollowUp?: (message: string, context: StuckToolActionContext) => unknown;
  /** Cancel the session; unused credits return. */
  onCancelSession?: Callback;
  /** Disable the tool on the agent. */
  onDisableTool?: Callback;
  /** Copy the output; defaults to the Clipboard API. */
  onCopyOutput?: (output: string, context: StuckToolActionContext) => unknown;
  /** Characters of output tail to show. @default 8000 */
  outputTailChars?: number;
  /** Strings for this inspector only. */
  messages?: Partial<StuckToolMessages>;
}

/* ------------------------------------------------------------------ component */

export const StuckToolInspector = forwardRef<HTMLElement, StuckToolInspectorProps>(function StuckToolInspector(
  {
    error,
    cause,
    peers = [],
    attempts,
    interrupted = false,
    sameFailureCount = 0,
    onSendFollowUp,
    onCancelSession,
    onDisableTool,
    onCopyOutput,
    outputTailChars = 8000,
    messages,
    ...rest
  },
  ref,
) {
  const t = useMessages("stuckTool", enStuckTool, messages);
  const locale = useLocale();
  const tool = error.toolCall?.name ?? t.unnamedTool;
  const context: StuckToolActionContext = { error, tool };
  const startedAt = error.toolCall?.startedAt;
  const now = useNow(startedAt !== undefined && !interrupted);
  const elapsed = startedAt !== undefined && now !== null ? Math.max(0, now - startedAt) : undefined;
  const [followUp, setFollowUp] = useState("");
  const [sent, setSent] = useState(0);
  const followUpId = useId();
  const peerName = peers.find((peer) => peer.state !== "idle")?.name ?? peers[0]?.name ?? t.unnamedPeer;

  const causeText =
    cause === "slow-tool"
      ? t.causeSlow
      : cause === "waiting-on-peer"
        ? t.causePeer
        : cause === "malformed-retry"
          ? t.causeMalformed(attempts ?? 2)
          : t.causeUnknown;

  const sendFollowUp = onSendFollowUp
    ? async () => {
        const text = followUp.trim();
        if (!text) return;
        await onSendFollowUp(text, context);
        // Cleared only once the send succeeded: a failure keeps what was typed.
        setFollowUp("");
        setSent((count) => count + 1);
      }
    : undefined;

  return (
    <RecoverySurface
      ref={ref}
      tone={interrupted ? "danger" : "warning"}
      announce="region"
      title={interrupted ? t.interruptedTitle(tool) : t.title(tool)}
      data-kind="tool-stuck"
      data-state={interrupted ? "interrupted" : "running"}
      data-cause={cause}
      actions={
        <>
          <InspectDialog error={error} tool={tool} peers={peers} tailChars={outputTailChars} onCopyOutput={onCopyOutput} messages={t} />
          {onCancelSession && (
            <ActionButton variant="secondary" onAction={() => onCancelSession(context)} title={t.cancelSessionHint}>
              {t.cancelSession}
            </ActionButton>
          )}
          {onDisableTool && sameFailureCount >= 2 && (
            <ActionButton variant="ghost" onAction={() => onDisableTool(context)}>
              {t.disableTool}
            </ActionButton>
          )}
        </>
      }
      {...rest}
    >
      {interrupted ? (
        <p>{t.interruptedBody}</p>
      ) : (
        elapsed !== undefined && (
          <p data-slot="elapsed">
            <span className="rk-spinner-dot" aria-hidden="true" /> {t.runningFor(formatDuration(elapsed, locale))}
          </p>
        )
      )}
      <p>
        <strong>{t.causeLabel}:</strong> {causeText}
      </p>
      {peers.length > 0 && <PeerList peers={peers} heading={t.peers} />}
      {sendFollowUp && !interrupted && (
        <div className="rk-follow-up" data-slot="follow-up">
          <label htmlFor={followUpId}>{t.followUpLabel(peerName)}</label>
          <textarea
            id={followUpId}
            rows={2}
            value={followUp}
            placeholder={t.followUpPlaceholder}
            onChange={(event) => setFollowUp(event.target.value)}
          />
          <ActionButton variant="secondary" onAction={sendFollowUp} disabled={followUp.trim() === ""}>
            {t.sendFollowUp}
          </ActionButton>
        </div>
      )}
      {onCancelSession && <p className="rk-muted">{t.cancelSessionHint}</p>}
      {onDisableTool && sameFailureCount >= 2 && <p className="rk-muted">{t.disableToolHint}</p>}
      <LiveMessage message={sent > 0 ? t.followUpSent : undefined} repeat={sent - 1} />
    </RecoverySurface>
  );
});

/** The newest output is at the end: open the output scrolled there. */
function scrollToEnd(element: HTMLPreElement | null): void {
  if (element) element.scrollTop = element.scrollHeight;
}

function PeerList({ peers, heading }: { peers: Peer[]; heading: string }) {
  return (
    <div className="rk-peers" data-slot="peers">
      <p className="rk-checklist__heading">{heading}</p>
      <ul>
        {peers.map((peer) => (
          <li key={peer.name} data-peer-state={peer.state}>
            <span>{peer.name}</span> <code>{peer.state}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface InspectDialogProps {
  error: ToolStuckError;
  tool: string;
  peers: Peer[];
  tailChars: number;
  onCopyOutput: StuckToolInspectorProps["onCopyOutput"];
  messages: StuckToolMessages;
}

/** The Inspect button and its dialog. Radix moves focus in, traps it, and returns it on close. */
function InspectDialog({ error, tool, peers, tailChars, onCopyOutput, messages: t }: InspectDialogProps) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(0);
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
    setCopied((count) => count + 1);
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="rk-action rk-action--primary" data-variant="primary">
          {t.inspect}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="rk-dialog-overlay" />
        <Dialog.Content className="rk-dialog rk-theme" data-slot="inspector">
          <Dialog.Title className="rk-dialog__title">{t.inspectTitle(tool)}</Dialog.Title>
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
                <ActionButton onAction={copy}>{t.copyOutput}</ActionButton>
                <LiveMessage message={copied > 0 ? t.copied : undefined} repeat={copied - 1} />
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

          <Dialog.Close asChild>
            <button type="button" className="rk-action rk-dialog__close">
              {t.close}
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
