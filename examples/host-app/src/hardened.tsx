/**
 * A page as demanding hosts run it (e2e/hardened.spec.ts): a strict Content-Security-Policy
 * whose nonce the server puts in a `<meta property="csp-nonce">` (read here and handed to
 * RecoveryProvider), chunks that cannot be loaded, forced colors, WCAG text spacing at 320 px,
 * a right-to-left page. Every kind of action is on it: primary, secondary, danger, ghost and
 * disabled, a status pill, tone icons, and an identifier too long for a phone's line.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApprovalPendingNotice, ConnectorReconnectCard, RateLimitBanner, RecoveryProvider, StuckToolInspector } from "recovery-kit";
import { parseRecoveryError, type ApprovalPendingError, type ConnectorAuthError, type RateLimitedError, type ToolStuckError } from "recovery-kit/model";
import "recovery-kit/styles.css";
import "./app.css";

// The nonce the server generated for this response (a browser hides it from getAttribute).
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

const connector: ConnectorAuthError = {
  kind: "connector-auth",
  message: "",
  retryable: false,
  // Auth failed: the one connector state whose card shows a status pill (its dot is checked under forced colors).
  reason: "auth-failed",
  connector: { name: "GitHub" },
};
const approval: ApprovalPendingError = {
  kind: "approval-pending",
  message: "",
  retryable: false,
  approval: { tool: "github.repos.delete_repository", method: "DELETE", agent: "release-bot", runId: "run_01JZ8Q4V7K3M2N5P6R8S9T0W1X" },
};
// A long wait: Retry stays disabled while the page is looked at.
const limited = parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": "3600" } }) as RateLimitedError;
const stuck: ToolStuckError = {
  kind: "tool-stuck",
  message: "",
  retryable: false,
  toolCall: {
    name: "browser.open",
    args: { url: "https://example.com/pricing", api_key: "sk-live-0123456789abcdefghijklmnop", wait: "networkidle" },
    partialOutput: Array.from({ length: 120 }, (_, i) => `[browser] waiting for networkidle… ${i + 1}s`).join("\n"),
    startedAt: Date.now() - 95_000,
  },
};

const ok = () => undefined;

declare global {
  interface Window {
    /** The recovery events heard, by type (read by the spec: they survive a blocked chunk). */
    recoveryEvents: string[];
  }
}
window.recoveryEvents = [];

function Hardened() {
  return (
    <RecoveryProvider nonce={nonce} onEvent={(event) => window.recoveryEvents.push(event.type)}>
      <div className="app" style={{ display: "grid", gap: 16 }}>
        <h1>Hardened host</h1>
        <ConnectorReconnectCard headingLevel={2} error={connector} onReconnect={ok} />
        <ApprovalPendingNotice headingLevel={2} error={approval} isAdmin onApprove={ok} onReject={ok} />
        <RateLimitBanner headingLevel={2} error={limited} onRetry={ok} />
        <StuckToolInspector headingLevel={2} error={stuck} cause="slow-tool" onCancelSession={ok} />
      </div>
    </RecoveryProvider>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Hardened />
  </StrictMode>,
);
