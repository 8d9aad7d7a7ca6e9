"use client";
/** ErrorRecovery's part for `tool-stuck`: StuckToolInspector, with the host's actions wired (loaded with `import()`). */
import type { ToolStuckError } from "../../model/types.js";
import { StuckToolInspector } from "../stuck-tool-inspector.js";
import { wire, type Resolved } from "./wire.js";

// The Inspect dialog's loader, for ErrorRecovery's idle prefetch (recovery-parts.ts).
export { inspectDialogPart } from "../inspect-dialog-part.js";

export function Card(props: Resolved) {
  const { on, common } = wire(props);
  // This part is loaded for this kind only (recovery-parts.ts), so the error is of it.
  const error = props.error as ToolStuckError;
  const sendFollowUp = props.actions.sendFollowUp;
  const copy = on("copyOutput");
  return (
    <StuckToolInspector
      error={error}
      onSendFollowUp={sendFollowUp ? (message) => sendFollowUp(message, { error }) : undefined}
      onCancelSession={on("cancelSession") ?? on("cancel")}
      onDisableTool={on("disableTool")}
      onCopyOutput={copy ? (output) => copy({ output }) : undefined}
      {...common}
      {...props.options.stuckTool}
    />
  );
}
