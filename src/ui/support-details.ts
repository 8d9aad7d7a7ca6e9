/**
 * The plain text a user pastes into a support request: what kind of failure, the status
 * and codes, the ids support looks up, when, and what was tried. Keys are the model's
 * field names, read by support staff rather than shown on screen; the
 * server's message is left out, since ids are what support can search and the message
 * may say more than the user should paste.
 */
import type { RecoveryError } from "../model/types.js";
import type { Moment } from "./events.js";

export interface SupportDetailsOptions {
  /** The actions tried in this state, oldest first, and whether each worked. */
  tried?: ReadonlyArray<readonly [action: string, worked: boolean]>;
  /** When (epoch ms). @default now */
  at?: number;
}

/** The model's own field names are the keys: `requestId: req_123` is what support searches for. */
const FIELDS = ["kind", "variant", "status", "code", "clientCode", "provider", "requestId", "digest"] as const;

export function supportDetails(error: RecoveryError, { tried = [], at = Date.now() }: SupportDetailsOptions = {}): string {
  const lines = FIELDS.filter((key) => error[key] !== undefined && error[key] !== "").map((key) => `${key}: ${error[key]}`);
  lines.push(`time: ${new Date(at).toISOString()}`);
  if (tried.length > 0) lines.push(`tried: ${tried.map(([label, worked]) => `${label} (${worked ? "done" : "failed"})`).join(", ")}`);
  return lines.join("\n");
}

/**
 * What a surface's actions did, from its log (use-events.ts), by action id: ids read the same
 * to support whatever language the user's screen was in. Copying the details is not news.
 */
export function triedIn(log: readonly Moment[]): Array<[action: string, worked: boolean]> {
  return log
    .filter(([type, action, worked]) => type === "action" && worked !== undefined && action !== "copyDetails")
    .slice(-10)
    .map(([, action, worked]) => [action!, worked!]);
}
