"use client";
/**
 * StuckToolInspector — `tool-stuck`: an agent waiting on a tool call. A compact summary
 * (tool, live elapsed time, likely cause, peers) with Inspect, which opens a dialog with
 * the redacted arguments and the tail of the partial output.
 */
import { forwardRef, useContext, useId, useRef, useState } from "react";
import type { ToolStuckError } from "../model/types.js";
import { useDedicatedInput } from "../catalog/dedicated-input.js";
import { enStuckTool } from "../catalog/en-stuck-tool.js";
import type { StuckToolMessages } from "../catalog/types.js";
import { describeStuckTool } from "../describe/dedicated.js";
import type { RecoveryDescription } from "../describe/types.js";
import { ActionButton } from "../ui/action-button.js";
import { useNow } from "../ui/clock.js";
import { DetailsListPart, HintsPart } from "../ui/description-parts.js";
import { DescriptionView } from "../ui/description-view.js";
import { FeedbackContext } from "../ui/feedback.js";
import type { RecoverySurfaceProps } from "../ui/surface.js";
import { PeerList, type Peer } from "./peer-list.js";
import { inspectDialogPart } from "./inspect-dialog-part.js";
import type { default as InspectDialogModule, InspectDialogProps } from "./stuck-tool-dialog.js";
import { ToolCallText, type ToolCallTextProps } from "./tool-call-text.js";

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

// The peers, as the dialog lists them too.
const PARTS = {
  hints: HintsPart,
  detailsList: DetailsListPart,
  lists: ({ description }: { description: RecoveryDescription }) =>
    description.lists?.map((list) => <PeerList key={list.id} heading={list.heading} peers={list.items.map((item) => ({ name: item.label, state: item.value }))} />),
};

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
  const startedAt = error.toolCall?.startedAt;
  const now = useNow(startedAt !== undefined && !interrupted);
  const callbacks: Partial<Record<string, Callback>> = { cancelSession: onCancelSession, disableTool: onDisableTool, sendFollowUp: onSendFollowUp && (() => undefined) };
  const input = useDedicatedInput("stuckTool", enStuckTool, messages, callbacks, {}, now, {
    stuckTool: { ...(cause ? { cause } : {}), ...(attempts !== undefined ? { attempts } : {}), peers, interrupted, sameFailureCount },
  });
  const description = describeStuckTool(error, input);
  const t = input.catalog.stuckTool;
  const tool = error.toolCall?.name ?? t.unnamedTool;
  const context: StuckToolActionContext = { error, tool };
  // The dialog's chunk could not be loaded: the call is shown in the card, as text.
  const [inline, setInline] = useState(false);
  return (
    <DescriptionView
      ref={ref}
      support={error}
      description={description}
      data-state={interrupted ? "interrupted" : "running"}
      data-cause={cause}
      onAction={(id) => callbacks[id]?.(context)}
      renderAction={(action) =>
        action.id === "inspect" ? (
          <InspectDialog
            key="inspect"
            label={action.label}
            unavailable={t.inspectUnavailable}
            onLoad={(loaded) => setInline(!loaded)}
            error={error}
            tool={tool}
            peers={peers}
            tailChars={outputTailChars}
            onCopyOutput={onCopyOutput}
            messages={t}
            // Where the user diagnoses, they can act: the card's actions and the follow-up to the
            // peer (only here: the card keeps Inspect and at most two others in sight), in the
            // order (and with the one primary) the description gives the dialog.
            footer={
              description.dialog && {
                actions: description.dialog.actions,
                render: (other) =>
                  other.id === description.dialog?.reply?.action.id ? (
                    description.dialog.reply && onSendFollowUp && <FollowUp key={other.id} reply={description.dialog.reply} variant={other.kind === "primary" ? "primary" : "secondary"} sentLabel={t.followUpSent} send={(text) => onSendFollowUp(text, context)} />
                  ) : (
                    <ActionButton key={other.id} action={other.id} variant={other.kind === "link" ? "secondary" : other.kind} title={other.hint} onAction={() => callbacks[other.id]?.(context)}>
                      {other.label}
                    </ActionButton>
                  ),
              }
            }
          />
        ) : null
      }
      // The elapsed time ticks with the page clock: a spinner dot marks it as live.
      lead={
        <p data-slot="elapsed">
          <span className="rk-spinner-dot" aria-hidden="true" /> {description.lead}
        </p>
      }
      parts={PARTS}
      {...rest}
    >
      {inline && <InlineInspect unavailable={t.inspectUnavailable} error={error} tailChars={outputTailChars} messages={t} />}
    </DescriptionView>
  );
});

/** The message to a peer. What was typed stays until a send succeeds: a failure keeps it. */
function FollowUp({ reply, variant = "secondary", sentLabel, send }: { reply: NonNullable<NonNullable<RecoveryDescription["dialog"]>["reply"]>; variant?: "primary" | "secondary"; sentLabel: string; send: (text: string) => unknown }) {
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

/**
 * The Inspect button. The dialog (and Radix with it, about 15 kB) is loaded the first time
 * it is wanted: on hover or focus of the button (a prefetch), at the latest on the click.
 * Focus goes into the dialog once it has loaded and comes back to this button on close.
 * If it cannot be loaded, the card shows the call as text instead (`onLoad(false)`), and the
 * next press tries again.
 */
function InspectDialog({ label, unavailable, onLoad, ...props }: Omit<InspectDialogProps, "font"> & { label: string; unavailable: string; onLoad: (loaded: boolean) => void }) {
  const [open, setOpen] = useState(false);
  // Mounted (closed) once Inspect is hovered or focused, or on the press, not with the card, even
  // when the dialog's code is already here (prefetched at idle): a closed Radix dialog in every
  // inspector made each mount cost 1.6-2.0x the same DOM by hand, while mounted on intent the
  // press only opens it. Once mounted it stays, so Radix can run its close (focus return included).
  const [Loaded, setLoaded] = useState<typeof InspectDialogModule>();
  const want = () =>
    void inspectDialogPart.preload().then((loaded) => {
      const here = loaded && inspectDialogPart.current()?.default;
      if (here) setLoaded(() => here);
    });
  const trigger = useRef<HTMLButtonElement>(null);
  const feedback = useContext(FeedbackContext);
  // Portalled to the page's body, the dialog would take the body's font: it takes the card's.
  const [font, setFont] = useState<string>();
  const show = () => {
    if (trigger.current) setFont(getComputedStyle(trigger.current).fontFamily);
    // Opening the inspector is a step out of the state (the host's events say how many take it).
    feedback?.note("link", "inspect");
    setOpen(true);
    // Here already (mounted on hover, or prefetched): open now, and in place of a text view
    // left by an earlier failed load.
    const here = Loaded ?? inspectDialogPart.current()?.default;
    if (here) {
      setLoaded(() => here);
      onLoad(true);
      return;
    }
    loadInspectDialog().then(
      (module) => {
        setLoaded(() => module.default);
        onLoad(true);
      },
      () => {
        // Offline, or a deploy removed the chunk: not a dead button. The card shows the call
        // as text and says so (out loud too); pressing again tries the network again.
        setOpen(false);
        onLoad(false);
        feedback?.say(unavailable);
      },
    );
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
        onPointerEnter={want}
        onFocus={want}
        onClick={show}
      >
        {label}
      </button>
      {Loaded && <Loaded {...props} font={font} open={open} onOpenChange={setOpen} returnFocusTo={trigger} />}
    </>
  );
}

/**
 * The dialog's module (inspect-dialog-part.ts): one `import()` in flight at a time (a hover, a
 * focus, a click and ErrorRecovery's idle prefetch share it); after a failure the next call
 * is a new `import()`, so a later press (or hover) asks the network again. Chromium fetches a
 * module again after a failed fetch; a browser that keeps the failure for the page's life
 * keeps the card's text view, which says a reload brings the full one back.
 */
const loadInspectDialog = inspectDialogPart.load;

/** The call as text, in the card, when the dialog could not be loaded. */
function InlineInspect({ unavailable, ...props }: { unavailable: string } & Pick<ToolCallTextProps, "error" | "tailChars" | "messages">) {
  return (
    <div className="rk-inspect-inline" data-slot="inspect-inline">
      <p data-slot="inspect-unavailable">{unavailable}</p>
      <ToolCallText
        {...props}
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
