/**
 * A page of the host's own, with the host's CSS, for the design checks a team makes before
 * adopting recovery-kit (e2e/design.spec.ts): tokens set on :root, `class="dark"` on <html>,
 * two identical cards, a banner that retries by itself, an action that fails, the inspector.
 */
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { BalanceEmptyCard, RateLimitBanner, StuckToolInspector } from "recovery-kit";
import { parseRecoveryError, type BalanceEmptyError, type RateLimitedError, type ToolStuckError } from "recovery-kit/model";
import "recovery-kit/styles.css";
import "./app.css";

const balance = parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: "Add funds." } }, { status: 402 }) as BalanceEmptyError;
const stuck: ToolStuckError = {
  kind: "tool-stuck",
  message: "",
  retryable: false,
  toolCall: {
    name: "browser.open_and_wait_for_network_idle_on_a_very_long_tool_name",
    args: { url: "https://example.com/pricing", api_key: "sk-live-0123456789abcdefghijklmnop", steps: Array.from({ length: 40 }, (_, i) => `step ${i}`) },
    partialOutput: Array.from({ length: 200 }, (_, i) => `[browser] waiting ${i}s`).join("\n"),
    startedAt: Date.now() - 95_000,
  },
};

declare global {
  interface Window {
    /** How many retries reached the "server", read by the spec. */
    retries: number;
  }
}
window.retries = 0;

function Design() {
  // A fresh 429 with a 2 s wait, created when the page loads.
  const [limited] = useState(() => parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": "2" } }) as RateLimitedError);
  return (
    <div className="app" style={{ display: "grid", gap: 16 }}>
      {/* Under the page's h1, the cards' titles are h2s: the host sets the level that fits. */}
      <h1>Design check</h1>
      <section aria-label="Two identical cards" style={{ display: "grid", gap: 12 }}>
        <BalanceEmptyCard headingLevel={2} error={balance} onAddFunds={() => new Promise((_, reject) => setTimeout(() => reject(new Error("checkout down")), 100))} onUpgradePlan={() => undefined} />
        <BalanceEmptyCard headingLevel={2} error={balance} onAddFunds={() => undefined} onUpgradePlan={() => undefined} />
      </section>
      <RateLimitBanner
        headingLevel={2}
        error={limited}
        autoRetry
        onRetry={() => {
          window.retries += 1;
          // The retried request takes a while: long enough to click Retry meanwhile.
          return new Promise((resolve) => setTimeout(resolve, 1500));
        }}
        onDismiss={() => undefined}
      />
      <StuckToolInspector headingLevel={2} error={stuck} cause="slow-tool" onCancelSession={() => undefined} />
    </div>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Design />
  </StrictMode>,
);
