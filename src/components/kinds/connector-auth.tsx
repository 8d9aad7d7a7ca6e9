"use client";
/** ErrorRecovery's part for `connector-auth`: ConnectorReconnectCard, with the host's actions wired (loaded with `import()`). */
import type { ConnectorAuthError } from "../../model/types.js";
import { ConnectorReconnectCard } from "../connector-reconnect-card.js";
import { wire, type Resolved } from "./wire.js";

export function Card(props: Resolved) {
  const { on, href, common } = wire(props);
  // This part is loaded for this kind only (recovery-parts.ts), so the error is of it.
  const error = props.error as ConnectorAuthError;
  return (
    <ConnectorReconnectCard
      error={error}
      onReconnect={on("reconnect")}
      onConnect={on("connect")}
      connectHref={href("connect") ?? href("openIntegrations")}
      onAuthorize={on("authorize")}
      onRetry={on("retry")}
      onResume={on("resume")}
      sessionHref={href("returnToSession")}
      {...common}
      {...props.options.connector}
    />
  );
}
