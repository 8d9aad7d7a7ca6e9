import { act, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import type { RecoveryError } from "../src";
import { describeRecovery, type DescribeOptions, type DescribeState, type RecoveryDescription } from "../src/describe";
import type { Entry, Platform } from "../stories/platforms/entries";

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

/** What a seed entry's host tells its card (ErrorRecovery's `options`), as describeRecovery's `state`. */
export function stateOf(entry: Entry): DescribeState {
  const o = entry.options ?? {};
  return {
    ...(o.balance?.topUp ? { balance: { topUp: o.balance.topUp } } : {}),
    ...(o.connector?.resumeActionId ? { connector: { resumeActionId: o.connector.resumeActionId } } : {}),
    ...(o.rateLimit?.autoRetry ? { rateLimit: { autoRetry: true } } : {}),
    ...(o.approval?.isAdmin ? { approval: { isAdmin: true } } : {}),
    ...(o.stuckTool ? { stuckTool: { ...(o.stuckTool.cause ? { cause: o.stuckTool.cause } : {}), ...(o.stuckTool.peers ? { peers: o.stuckTool.peers } : {}) } } : {}),
  };
}

/**
 * A seed entry's description as its host has it described: the entry's actions and state, its
 * platform and variant where it names them; `options` adds the catalog, the clock or the error
 * (when the test parsed or changed it already).
 */
export function describeEntry(platform: Platform, entry: Entry, error: RecoveryError, options: Omit<DescribeOptions, "actions" | "state" | "platform" | "variant"> = {}): RecoveryDescription {
  return describeRecovery(error, {
    ...options,
    actions: entry.actions,
    state: stateOf(entry),
    ...(platform.platform ? { platform: platform.platform } : {}),
    ...(entry.variant ? { variant: entry.variant } : {}),
  });
}
