import { act, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import type { RecoveryError } from "../src";

/** Narrows a parsed error to the kind a test needs, and fails loudly if the parser disagrees. */
export function as<K extends RecoveryError["kind"]>(kind: K, error: RecoveryError): Extract<RecoveryError, { kind: K }> {
  if (error.kind !== kind) throw new Error(`expected ${kind}, got ${error.kind}`);
  return error as Extract<RecoveryError, { kind: K }>;
}

/**
 * Waits until `seen()` equals `expected` (events arrive once their module has loaded, which
 * takes a while on a cold, busy machine), then a moment longer: nothing more may follow.
 */
export async function heard(seen: () => readonly string[], expected: readonly string[]): Promise<void> {
  await waitFor(() => expect(seen()).toEqual(expected), { timeout: 5000 });
  await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 50))));
  expect(seen()).toEqual(expected);
}
