/** StuckToolInspector's states as data: running (slow, waiting on a peer, a malformed retry) or interrupted, and its Inspect dialog's foot (dedicated.ts). */
import type { ToolStuckError } from "../model/types.js";
import { formatDuration } from "../catalog/format.js";
import { action, base } from "./card.js";
import type { DedicatedInput } from "./dedicated.js";
import type { DescribedAction, RecoveryDescription } from "./types.js";

/** Not `finished`: Inspect, its primary, is the card's own dialog (no link), and no place is named, so it never has a `where`. */
export function describeStuckTool(error: ToolStuckError, input: DedicatedInput): RecoveryDescription {
  const t = input.catalog.stuckTool;
  const { cause, attempts, peers = [], interrupted = false, sameFailureCount = 0 } = input.state.stuckTool ?? {};
  const tool = error.toolCall?.name ?? t.unnamedTool;
  const startedAt = error.toolCall?.startedAt;
  const disable = sameFailureCount >= 2 ? action(input, "disableTool", t.disableTool, "danger").map((disable) => ({ ...disable, hint: t.disableToolHint })) : [];
  // Restarting after a cancel is the third fix step ("What to do"), not a line under the card.
  const cancel = action(input, "cancelSession", t.cancelSession, "danger");
  // Inspect opens the component's own dialog: no host callback, no link.
  const inspect: DescribedAction = { id: "inspect", label: t.inspect, kind: "primary", needsCallback: false };
  // In the dialog the call has been inspected. What leads there is the next step the fix
  // steps give that is no loss: a follow-up to the peer, when one can be sent; else Close, back
  // to the card while the run goes on. Cancel and Disable tool end work: last, never leading.
  const dialog = (reply: NonNullable<RecoveryDescription["dialog"]>["reply"], danger: DescribedAction[]): RecoveryDescription["dialog"] => ({
    instruction: reply ? reply.action.id : "close",
    actions: [
      ...(reply ? [{ ...reply.action, kind: "primary" as const }] : []),
      { id: "close", label: t.close, kind: reply ? "secondary" : "primary", needsCallback: false },
      ...danger,
    ],
    ...(reply ? { reply } : {}),
  });
  if (interrupted) {
    // The run ended: no cause (a slow tool is no explanation for an ended run), nothing to send.
    return {
      ...base(error.kind, "interrupted", "danger"),
      title: t.interruptedTitle(tool),
      body: `${t.interruptedBody} ${t.inspectCall}`,
      ...(peers.length > 0 ? { lists: [{ id: "peers", heading: t.peers, items: peers.map((peer) => ({ label: peer.name, value: peer.state })) }] } : {}),
      instruction: "inspect",
      // Nothing left to cancel: the run already ended.
      actions: [inspect, ...disable],
      dialog: dialog(undefined, disable),
    };
  }
  const causeText = cause === "slow-tool" ? t.causeSlow : cause === "waiting-on-peer" ? t.causePeer : cause ? t.causeMalformed(attempts ?? 2) : undefined;
  const reply: NonNullable<RecoveryDescription["dialog"]>["reply"] =
    input.wired.sendFollowUp === true
      ? {
          label: t.followUpLabel(peers.find((peer) => peer.state !== "idle")?.name ?? peers[0]?.name ?? t.unnamedPeer),
          placeholder: t.followUpPlaceholder,
          action: { id: "sendFollowUp", label: t.sendFollowUp, kind: "secondary", needsCallback: true },
        }
      : undefined;
  const elapsed = startedAt !== undefined && input.now !== null ? t.runningFor(formatDuration(Math.max(0, input.now - startedAt), input.locale)) : undefined;
  return {
    ...base(error.kind, "running", "warning"),
    title: t.title(tool),
    // How long it has run (live, once there is a clock); then the likely cause, when known.
    ...(elapsed ? { lead: elapsed } : {}),
    // Why, then what to do: Inspect leads, so the body says what it is for.
    body: causeText ? `${t.causeLabel}: ${causeText} ${t.inspectCall}` : t.causeUnknown,
    ...(peers.length > 0 ? { lists: [{ id: "peers", heading: t.peers, items: peers.map((peer) => ({ label: peer.name, value: peer.state })) }] } : {}),
    // The seed's fixes, in order, one disclosure away: the first screen stays short.
    details: { label: t.whatToDo, items: [...t.fixSteps], ordered: true, facts: [] },
    instruction: "inspect",
    actions: [inspect, ...cancel, ...disable],
    dialog: dialog(reply, [...cancel, ...disable]),
  };
}
