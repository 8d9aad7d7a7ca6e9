import type { StuckToolMessages } from "./types.js";

// English strings for one namespace; each component imports only its own, so a host that
// uses one component does not ship every other component's wording.
export const enStuckTool: StuckToolMessages = {
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
  causeUnknown: "Why isn’t known yet: inspect the call to read its arguments and the output so far.",
  peers: "Peers",
  inspect: "Inspect",
  inspectTitle: (tool) => `Tool call: ${tool}`,
  inspectDescription: "The arguments as sent and the output so far.",
  arguments: "Arguments",
  noArguments: "No arguments.",
  redactedNote: "Values that look like secrets are hidden.",
  partialOutput: "Partial output",
  noOutput: "No output yet.",
  hiddenOutput: (chars, lines) => `Showing the end. ${chars} characters (${lines} lines) before it are hidden.`,
  copyOutput: "Copy output",
  copied: "Output copied.",
  close: "Close",
  followUpLabel: (peer) => `Message to ${peer}`,
  followUpPlaceholder: "Ask the peer where it’s at…",
  sendFollowUp: "Send follow-up",
  followUpSent: "Follow-up sent.",
  cancelSession: "Cancel session",
  cancelSessionHint: "Stops the session and everything it is waiting on.",
  disableTool: "Disable tool",
  disableToolHint: "This tool failed the same way twice; it is likely broken. Disable it on the agent until the integration is fixed.",
};
