/**
 * ErrorRecovery's lazily loaded cards as a host meets them (e2e/lazy-recovery.spec.ts): the
 * page mounts ErrorRecovery with no error (so its idle prefetch runs), and shows one error of
 * every kind when "Show every kind" is pressed — or, with `?kind=…`, one error at load between
 * a heading and a composer, for measuring layout shift when the card replaces the short state.
 */
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { ErrorRecovery } from "recovery-kit";
import { RECOVERY_ERROR_KINDS, type RecoveryError, type RecoveryErrorKind } from "recovery-kit/model";
import "recovery-kit/styles.css";
import "./app.css";

declare global {
  interface Window {
    /** The host actions pressed, as `kind:action` (read by the spec). */
    pressed: string[];
  }
}
window.pressed = [];

// A model value of each kind, as the parser gives it (a message is required); one carries the
// server's own words.
const errorOf = (kind: RecoveryErrorKind): RecoveryError =>
  ({
    kind,
    ...(kind === "upstream-unavailable" ? { message: "The model provider is overloaded.", messageSource: "server" } : { message: `A ${kind} error.`, messageSource: "library" }),
    retryable: true,
    ...(kind === "tool-stuck" ? { toolCall: { name: "browser.open" } } : {}),
  }) as RecoveryError;

const actionsFor = (kind: RecoveryErrorKind) =>
  Object.fromEntries(["retry", "addFunds", "reconnect", "viewApprovals", "cancelSession", "signIn"].map((id) => [id, () => void window.pressed.push(`${kind}:${id}`)]));

function Page() {
  const only = new URLSearchParams(location.search).get("kind") as RecoveryErrorKind | null;
  const [all, setAll] = useState(false);
  if (only)
    return (
      <>
        <h1>Agent console</h1>
        <p>The run stopped.</p>
        <ErrorRecovery error={errorOf(only)} actions={actionsFor(only)} />
        <form className="composer" onSubmit={(event) => event.preventDefault()}>
          <label>
            Message <textarea rows={4} />
          </label>
          <button type="submit">Send</button>
        </form>
      </>
    );
  return (
    <>
      <h1>Every kind, loaded when needed</h1>
      <button type="button" onClick={() => setAll(true)}>
        Show every kind
      </button>
      <ErrorRecovery error={null} />
      {all && RECOVERY_ERROR_KINDS.map((kind) => <ErrorRecovery key={kind} error={errorOf(kind)} actions={actionsFor(kind)} showCancelled />)}
    </>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
