import type { StuckToolCardMessages, StuckToolInspectKey, StuckToolMessages } from "./types.js";

// The English of StuckToolInspector's Inspect only: its dialog and the call as text. Imported by
// those views (tool-call-text.tsx, which the dialog imports too), so it loads with them and
// not in the card's first load; en.ts joins it to the card's strings (en-stuck-tool.ts).
export const enStuckToolInspect: Pick<StuckToolMessages, StuckToolInspectKey> = {
  inspectTitle: (tool) => `Tool call: ${tool}`,
  inspectDescription: "The arguments as sent and the output so far.",
  inspectUnavailable: "The full view couldn’t be loaded (the connection may be down), so the call is shown here as text. Reload the page for the full view.",
  arguments: "Arguments",
  noArguments: "No arguments.",
  redactedNote: "Values that look like secrets are hidden.",
  partialOutput: "Partial output",
  noOutput: "No output yet.",
  hiddenOutput: (chars, lines) => `Showing the end. ${chars} characters (${lines} lines) before it are hidden.`,
  copyOutput: "Copy output",
  copied: "Output copied.",
  followUpSent: "Follow-up sent.",
};

/**
 * The inspector's strings completed for Inspect: what the card has (a provider's catalog, or
 * the card's English, with the host's `messages` on top) wins over this English, so a host's
 * or a locale's Inspect strings reach the dialog and the text view.
 */
export function inspectMessages(messages: StuckToolCardMessages): StuckToolMessages {
  return { ...enStuckToolInspect, ...messages };
}
