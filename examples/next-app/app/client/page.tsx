"use client";
// A client page: actions and recovery events wired through RecoveryProvider (callbacks cannot
// cross from the server). The events' code is a chunk of its own, loaded on the first event.
import { useState } from "react";
import { ErrorRecovery, RecoveryProvider, de, parseRecoveryError, type RecoveryEvent } from "recovery-kit";

const failure = parseRecoveryError({ type: "error", error: { type: "api_error", message: "Internal server error" } }, { status: 500 });

export default function ClientPage() {
  const [retries, setRetries] = useState(0);
  const [german, setGerman] = useState(false);
  const [events, setEvents] = useState<string[]>([]);
  const onEvent = (event: RecoveryEvent) => setEvents((current) => [...current, `${event.type}${event.action ? `:${event.action}` : ""}`]);
  return (
    <RecoveryProvider onEvent={onEvent} {...(german ? { catalog: de } : {})}>
      <h1>Client page</h1>
      <p role="status">Retries: {retries}</p>
      <button type="button" onClick={() => setGerman((value) => !value)}>
        {german ? "English" : "Deutsch"}
      </button>
      <ErrorRecovery error={failure} actions={{ retry: () => setRetries((n) => n + 1) }} />
      <p data-testid="events">Events: {events.join(" ")}</p>
    </RecoveryProvider>
  );
}
