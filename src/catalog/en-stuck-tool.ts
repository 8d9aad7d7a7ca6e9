import type { StuckToolCardKey, StuckToolMessages } from "./types.js";

// English strings for one namespace; each component imports only its own, so a host that
// uses one component does not ship every other component's wording.
// Inspect's own strings (its dialog, the call as text) are in en-stuck-tool-inspect.ts: they load
// with those views, not in the card's first load.
export const enStuckTool: Pick<StuckToolMessages, StuckToolCardKey> = {
  unnamedTool: "The tool",
  unnamedPeer: "the peer",
  title: (tool) => `${tool} hasn’t finished`,
  interruptedTitle: (tool) => `${tool} was interrupted`,
  interruptedBody: "The run ended without a result from this tool call.",
  runningFor: (elapsed) => `Running for ${elapsed}`,
  causeLabel: "Likely cause",
  causeSlow: "The tool itself is slow: a page load, a long sandbox command, or an upstream timeout.",
  causePeer: "The agent is waiting on a peer that may itself be busy or stalled.",
  causeMalformed: (attempts) =>
    `The model returned a tool call that didn’t match the tool’s schema, and the runtime is retrying (attempt ${attempts}).`,
  inspectCall: "Inspect the call: read its arguments and output so far.",
  causeUnknown: "Why isn’t known yet: inspect the call to read its arguments and the output so far.",
  peers: "Peers",
  whatToDo: "What to do",
  fixSteps: [
    "Inspect the call: read its arguments and the output so far. If it calls an external service, look at that connector’s status",
    "Waiting on a peer? List the participants with `list_agents` and check whether the peer is `awaiting_peer` or `idle`; send it a follow-up (`message_agent`) if needed",
    "Still stuck? Cancel the session and restart with a tighter prompt. If the same tool fails the same way twice, disable it on the agent until the integration is fixed",
  ],
  inspect: "Inspect",
  close: "Close",
  followUpLabel: (peer) => `Message to ${peer}`,
  followUpPlaceholder: "Ask the peer where it’s at…",
  sendFollowUp: "Send follow-up",
  cancelSession: "Cancel session",
  disableTool: "Disable tool",
  disableToolHint: "This tool failed the same way twice; it is likely broken. Disable it on the agent until the integration is fixed.",
};
