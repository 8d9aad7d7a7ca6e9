"use client";
// A client page: actions wired through RecoveryProvider (callbacks cannot cross from the server).
import { useState } from "react";
import { ErrorRecovery, RecoveryProvider, de, parseRecoveryError } from "recovery-kit";

const failure = parseRecoveryError({ type: "error", error: { type: "api_error", message: "Internal server error" } }, { status: 500 });

export default function ClientPage() {
  const [retries, setRetries] = useState(0);
  const [german, setGerman] = useState(false);
  return (
    <RecoveryProvider {...(german ? { catalog: de } : {})}>
      <h1>Client page</h1>
      <p role="status">Retries: {retries}</p>
      <button type="button" onClick={() => setGerman((value) => !value)}>
        {german ? "English" : "Deutsch"}
      </button>
      <ErrorRecovery error={failure} actions={{ retry: () => setRetries((n) => n + 1) }} />
    </RecoveryProvider>
  );
}
