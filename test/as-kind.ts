import type { RecoveryError } from "../src";

/** Narrows a parsed error to the kind a test needs, and fails loudly if the parser disagrees. */
export function as<K extends RecoveryError["kind"]>(kind: K, error: RecoveryError): Extract<RecoveryError, { kind: K }> {
  if (error.kind !== kind) throw new Error(`expected ${kind}, got ${error.kind}`);
  return error as Extract<RecoveryError, { kind: K }>;
}
