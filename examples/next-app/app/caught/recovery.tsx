"use client";
import { ErrorRecovery, type RecoveryError } from "recovery-kit";

export function Recovery({ error }: { error: RecoveryError }) {
  return <ErrorRecovery error={error} actions={{ retry: () => window.location.reload() }} />;
}
