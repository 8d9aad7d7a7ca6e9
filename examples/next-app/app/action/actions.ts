"use server";
import { parseRecoveryError, type RecoveryError } from "recovery-kit/model";

let attempts = 0;

/** A Server Action the recovery UI calls: fails with a 429 the first time, then works. */
export async function runAgain(): Promise<{ ok: true } | { ok: false; error: RecoveryError }> {
  attempts++;
  if (attempts % 2 === 1) return { ok: false, error: parseRecoveryError({ error: { code: "rate_limited", message: "Slow down." } }, { status: 429, headers: { "retry-after": "1" } }) };
  return { ok: true };
}
