"use client";
/**
 * StuckToolInspector — `tool-stuck`: an agent waiting on a tool call. A compact summary
 * (tool, live elapsed time, likely cause, peers) with Inspect, which opens a dialog with
 * the redacted arguments and the tail of the partial output.
 */
import { Component, forwardRef, lazy, Suspense, useContext, useId, useRef, useState, type ReactNode } from "react";
import type { ToolStuckError } from "../model/types.js";
import { formatDuration } from "../catalog/format.js";
import { useLocale, useMessages } from "../catalog/context.js";
import { enStuckTool } from "../catalog/en-stuck-tool.js";
import type { StuckToolMessages } from "../catalog/types.js";
import { ActionButton } from "../ui/action-button.js";
import { useNow } from "../ui/clock.js";
import { FeedbackContext } from "../ui/feedback.js";
import { PeerList, type Peer } from "./peer-list.js";
import type { InspectDialogProps } from "./stuck-tool-dialog.js";
import { RecoverySurface, type RecoverySurfaceProps } from "../ui/surface.js";

/* ------------------------------------------------------------------ types */

/** Why the tool call is likely stuck (Alumia's three causes). */
export type StuckCause = "slow-tool" | "waiting-on-peer" | "malformed-retry";

export type { Peer } from "./peer-list.js";

export interface StuckToolActionContext {
  error: ToolStuckError;
  /** The tool's name. */
  tool: string;
}

type Callback = (context: StuckToolActionContext) => unknown;

export interface StuckToolInspectorProps
  extends Omit<RecoverySurfaceProps, "title" | "children" | "actions" | "details" | "tone" | "onError" | "support"> {
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

export const StuckToolInspector = /* @__PURE__ */ forwardRef<HTMLElement, StuckToolInspectorProps>(function StuckToolInspector(
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
  const followUpId = useId();
  const peerName = peers.find((peer) => peer.state !== "idle")?.name ?? peers[0]?.name ?? t.unnamedPeer;

  const causeText = cause === "slow-tool" ? t.causeSlow : cause === "waiting-on-peer" ? t.causePeer : t.causeMalformed(attempts ?? 2);

  const sendFollowUp = onSendFollowUp
    ? async () => {
        const text = followUp.trim();
        if (!text) return;
        await onSendFollowUp(text, context);
        // Cleared only once the send succeeded: a failure keeps what was typed.
        setFollowUp("");
      }
    : undefined;

  return (
    <RecoverySurface
      ref={ref}
      support={error}
      tone={interrupted ? "danger" : "warning"}
      title={interrupted ? t.interruptedTitle(tool) : t.title(tool)}
      data-kind="tool-stuck"
      data-state={interrupted ? "interrupted" : "running"}
      data-cause={cause}
      actions={
        <>
          <InspectDialog error={error} tool={tool} peers={peers} tailChars={outputTailChars} onCopyOutput={onCopyOutput} messages={t} />
          {onCancelSession && (
            <ActionButton action="cancelSession" variant="danger" onAction={() => onCancelSession(context)} title={t.cancelSessionHint}>
              {t.cancelSession}
            </ActionButton>
          )}
          {onDisableTool && sameFailureCount >= 2 && (
            <ActionButton action="disableTool" variant="danger" onAction={() => onDisableTool(context)}>
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
      {/* A cause is named only when one is known, and not once the run has ended (a slow
          tool is no explanation for an interrupted one). */}
      {!interrupted && (
        <p data-slot="cause">
          {cause ? (
            <>
              <strong>{t.causeLabel}:</strong> {causeText}
            </>
          ) : (
            t.causeUnknown
          )}
        </p>
      )}
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
          <ActionButton action="sendFollowUp" variant="secondary" onAction={sendFollowUp} disabled={followUp.trim() === ""} doneLabel={t.followUpSent}>
            {t.sendFollowUp}
          </ActionButton>
        </div>
      )}
      {onCancelSession && <p className="rk-muted">{t.cancelSessionHint}</p>}
      {onDisableTool && sameFailureCount >= 2 && <p className="rk-muted">{t.disableToolHint}</p>}
    </RecoverySurface>
  );
});

/**
 * The Inspect button. The dialog (and Radix with it, about 15 kB) is loaded the first time
 * it is wanted: on hover or focus of the button (a prefetch), at the latest on the click.
 * Focus goes into the dialog once it has loaded and comes back to this button on close.
 */
function InspectDialog(props: InspectDialogProps) {
  const [open, setOpen] = useState(false);
  // Once loaded, the dialog stays mounted so Radix can run its close (focus return included).
  const [wanted, setWanted] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const feedback = useContext(FeedbackContext);
  const show = () => {
    // Opening the inspector is a step out of the state (the host's events say how many take it).
    feedback?.note("link", "inspect");
    setWanted(true);
    setOpen(true);
  };
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="rk-action rk-action--primary"
        data-variant="primary"
        data-action="inspect"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={show}
      >
        {props.messages.inspect}
      </button>
      {wanted && (
        <DialogLoadBoundary onFail={() => setOpen(false)}>
          <Suspense fallback={null}>
            <LazyInspectDialog {...props} open={open} onOpenChange={setOpen} returnFocusTo={trigger} />
          </Suspense>
        </DialogLoadBoundary>
      )}
    </>
  );
}

const loadInspectDialog = () => import("./stuck-tool-dialog.js");
const LazyInspectDialog = lazy(loadInspectDialog);
// A prefetch that fails (offline) is not an error yet; the click will try again and say so.
const prefetch = () => void loadInspectDialog().catch(() => undefined);

/**
 * If the dialog's module cannot be loaded (offline, a deploy removed the chunk), the
 * inspector stays up: the dialog is not shown and Inspect stays usable, instead of the
 * failure taking the host's page down.
 */
class DialogLoadBoundary extends Component<{ onFail: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onFail();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
