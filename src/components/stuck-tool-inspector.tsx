"use client";
/**
 * StuckToolInspector — `tool-stuck`: an agent waiting on a tool call. A compact summary
 * (tool, live elapsed time, likely cause, peers) with Inspect, which opens a dialog with
 * the redacted arguments and the tail of the partial output.
 */
import { forwardRef, useContext, useRef, useState } from "react";
import type { ToolStuckError } from "../model/types.js";
import { useCommon } from "../catalog/context.js";
import { useDedicatedInput } from "../catalog/dedicated-input.js";
import { formatNumber } from "../catalog/format.js";
import { enStuckTool } from "../catalog/en-stuck-tool.js";
import type { StuckToolCardMessages, StuckToolMessages } from "../catalog/types.js";
import { describeStuckTool } from "../describe/stuck-tool.js";
import type { RecoveryDescription } from "../describe/types.js";
import { useNow } from "../ui/clock.js";
import { DetailsListPart, HintsPart } from "../ui/description-parts.js";
import { DescriptionView } from "../ui/description-view.js";
import { FeedbackContext } from "../ui/feedback.js";
import type { RecoverySurfaceProps } from "../ui/surface.js";
import { loadPart } from "../ui/lazy-part.js";
import { PeerList, type Peer } from "./peer-list.js";
import { inspectDialogPart } from "./inspect-dialog-part.js";
import type { default as InspectDialogModule, InspectDialogProps } from "./stuck-tool-dialog.js";
import type { InlineToolCall } from "./tool-call-text.js";

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

/* ------------------------------------------------------------------ the call as text */

/**
 * The call as text (its redaction with it): what the card shows when the dialog's chunk
 * cannot load. Not in the first load, which needs it only once that load has failed; fetched
 * once the page is idle after this code has come, while the network that brought it is most
 * likely still there — a tool that hangs because the connection went is the case it is for.
 * The dialog imports the same module, so once either is here the other needs no request.
 */
const toolCallTextPart = /* @__PURE__ */ loadPart(() => import("./tool-call-text.js"));

if (typeof window !== "undefined") {
  const prefetch = () => void toolCallTextPart.preload();
  const idle = () => (typeof requestIdleCallback === "function" ? requestIdleCallback(prefetch, { timeout: 4000 }) : setTimeout(prefetch, 1));
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
}

/* ------------------------------------------------------------------ component */

// Why Disable tool is worth it, the steps under Details, and the peers (as the dialog lists them too).
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
  // Without a provider, only the card's half of the English (and the host's `messages`): the
  // dialog and the text view complete it with Inspect's English, which loads with them.
  const t: StuckToolCardMessages = input.catalog.stuckTool;
  const tool = error.toolCall?.name ?? t.unnamedTool;
  const context: StuckToolActionContext = { error, tool };
  const formatCount = (value: number) => formatNumber(value, input.locale);
  // The card's actions, on the card and at the dialog's foot alike.
  const act = (id: string) => callbacks[id]?.(context);
  // The dialog's chunk could not be loaded: the call is shown in the card, as text.
  const [Inline, setInline] = useState<typeof InlineToolCall>();
  return (
    <DescriptionView
      ref={ref}
      support={error}
      description={description}
      data-state={interrupted ? "interrupted" : "running"}
      data-cause={cause}
      onAction={act}
      renderAction={(action) =>
        action.id === "inspect" ? (
          <InspectDialog
            key="inspect"
            label={action.label}
            showText={(view) => setInline(() => view)}
            error={error}
            tool={tool}
            peers={peers}
            tailChars={outputTailChars}
            onCopyOutput={onCopyOutput}
            messages={t}
            formatCount={formatCount}
            // Where the user diagnoses, they can act: the card's actions and the follow-up to the peer.
            footer={
              description.dialog && {
                dialog: description.dialog,
                onAction: act,
                send: onSendFollowUp && ((text) => onSendFollowUp(text, context)),
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
      {Inline && <Inline error={error} tailChars={outputTailChars} messages={t} formatCount={formatCount} />}
    </DescriptionView>
  );
});

/**
 * The Inspect button. The dialog (and Radix with it, about 15 kB) is loaded the first time
 * it is wanted: on hover or focus of the button (a prefetch), at the latest on the click.
 * Focus goes into the dialog once it has loaded and comes back to this button on close.
 * If it cannot be loaded, the card shows the call as text instead (`showText`), and the next
 * press tries again; if the text's code could not be loaded either, the press says it did not
 * work, as any action that fails does.
 */
function InspectDialog({ label, showText, ...props }: Omit<InspectDialogProps, "font"> & { label: string; showText: (view: typeof InlineToolCall | undefined) => void }) {
  const [open, setOpen] = useState(false);
  // Mounted (closed) once Inspect is hovered or focused, or on the press, not with the card, even
  // when the dialog's code is already here (prefetched at idle): a closed Radix dialog in every
  // inspector made each mount cost 1.6-2.0x the same DOM by hand, while mounted on intent the
  // press only opens it. Once mounted it stays, so Radix can run its close (focus return included).
  const [Loaded, setLoaded] = useState<typeof InspectDialogModule>();
  const mount = (module: { default: typeof InspectDialogModule }) => setLoaded(() => module.default);
  const want = () => {
    void toolCallTextPart.preload();
    // A failure here (offline) is no error yet: the press asks again.
    loadInspectDialog().then(mount, () => undefined);
  };
  const trigger = useRef<HTMLButtonElement>(null);
  const feedback = useContext(FeedbackContext);
  const common = useCommon();
  // Both loads failed: the failure line under the actions describes the button, as for any action.
  const [failed, setFailed] = useState(false);
  // Portalled to the page's body, the dialog would take the body's font: it takes the card's.
  const [font, setFont] = useState<string>();
  const show = () => {
    if (trigger.current) setFont(getComputedStyle(trigger.current).fontFamily);
    // Opening the inspector is a step out of the state (the host's events say how many take it).
    feedback?.note("link", "inspect");
    feedback?.fail("inspect");
    setFailed(false);
    setOpen(true);
    // Mounted on hover already, the dialog opens now; prefetched, the load resolves at once.
    // Either way it takes the place of a text view left by an earlier failed load.
    loadInspectDialog().then(
      (module) => {
        mount(module);
        showText(undefined);
      },
      () => {
        // Offline, or a deploy removed the chunk: not a dead button. The card shows the call
        // as text and says so (out loud too); pressing again tries the network again.
        setOpen(false);
        toolCallTextPart.load().then(
          (text) => {
            showText(text.InlineToolCall);
            feedback?.say(text.inspectMessages(props.messages).inspectUnavailable);
          },
          // Both loads failed before the page was idle: said under the actions (and out loud).
          () => {
            feedback?.fail("inspect", common.actionFailed(label));
            setFailed(true);
          },
        );
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
        aria-describedby={failed ? feedback?.id : undefined}
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
