/**
 * The connector situation a value words. A module of its own, not in types.ts: only the
 * connector's describer uses it, and types.ts is in every first load that checks a value
 * (ErrorRecovery's isRecoveryError). Shared with a chunk loaded later, types.ts sat in a chunk
 * of its own, where esbuild put it, and its 25 kind names could not share the gzip window of
 * the entry that already has them.
 */
import type { ConnectorAuthError, ConnectorReason } from "./types.js";

/**
 * The connector situation to word: the parsed reason, else a missing scope when the value
 * lists scopes (a hand-built value reads the same as a parsed one), else a failed auth.
 */
export function connectorReasonOf(error: ConnectorAuthError): ConnectorReason {
  return error.reason ?? (error.connector?.missingScopes?.length ? "missing-scope" : "auth-failed");
}
