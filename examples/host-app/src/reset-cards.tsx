/**
 * The cards the Tailwind page (tailwind.html: preflight, the shadcn/ui theme) and its twin
 * without any reset (no-reset.html) both render, so e2e/tailwind.spec.ts can compare them:
 * ordered steps, a bulleted list, a "Why this happens" disclosure and the Inspect dialog.
 */
import { ErrorRecovery, StuckToolInspector } from "recovery-kit";
import { parseRecoveryError, type ToolStuckError } from "recovery-kit/model";

// A 401 with the server's own words: numbered steps, and "Why this happens" holding two
// paragraphs (the cause, then what the server said).
const unauthorized = parseRecoveryError({ error: { type: "authentication_error", message: "invalid x-api-key" } }, { status: 401 });
const stuck: ToolStuckError = {
  kind: "tool-stuck",
  message: "",
  retryable: false,
  toolCall: {
    name: "browser.open",
    args: { url: "https://example.com/pricing", wait: "networkidle" },
    partialOutput: Array.from({ length: 12 }, (_, i) => `[browser] waiting for networkidle… ${i + 1}s`).join("\n"),
    startedAt: Date.now() - 95_000,
  },
};
// Peers: a bulleted list on the card and in the dialog.
const peers = [
  { name: "planner", state: "awaiting_peer" },
  { name: "researcher", state: "idle" },
];
const ok = () => undefined;

/** `cardClassName` is how the Tailwind page puts a host utility on a card's root. */
export function ResetCards({ cardClassName }: { cardClassName?: string }) {
  return (
    <>
      <ErrorRecovery headingLevel={2} error={unauthorized} variant="alumia" className={cardClassName} actions={{ retry: ok, openApiKeys: ok }} />
      <StuckToolInspector headingLevel={2} error={stuck} cause="slow-tool" peers={peers} onSendFollowUp={ok} onCancelSession={ok} />
    </>
  );
}
