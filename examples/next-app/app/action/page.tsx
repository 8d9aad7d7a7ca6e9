"use client";
// Server Actions as the recovery's actions.
import { useState } from "react";
import { ErrorRecovery, parseRecoveryError, type RecoveryError } from "recovery-kit";
import { runAgain } from "./actions";

const first = parseRecoveryError({ error: { code: "provider_unreachable", message: "The model provider is not responding." } }, { status: 502 });

export default function ActionPage() {
  const [error, setError] = useState<RecoveryError | undefined>(first);
  const [done, setDone] = useState(false);
  async function retry() {
    const result = await runAgain();
    if (result.ok) {
      setError(undefined);
      setDone(true);
    } else setError(result.error);
  }
  return (
    <>
      <h1>Server Actions</h1>
      {done && <p role="status">The run went through.</p>}
      <ErrorRecovery error={error} actions={{ retry }} />
    </>
  );
}
