"use client";
import { ErrorRecovery } from "recovery-kit";

export default function BoomError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorRecovery error={error} actions={{ retry: reset, contactSupport: "mailto:support@example.com" }} />;
}
