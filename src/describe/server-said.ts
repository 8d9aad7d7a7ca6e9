/**
 * What the server said, to quote beside our own words — or nothing. One answer for the generic
 * notice and ErrorRecovery's short state, so both quote the same words under the same rules.
 */
import { DEFAULT_MESSAGES, VARIANT_MESSAGES } from "../model/default-messages.js";
import type { RecoveryError } from "../model/types.js";

/**
 * The error's message when it is the server's own words and says something `ours` (the
 * state's own title and body) does not. The parser says where a message came from and has
 * redacted the server's; a hand-built value may not say, and then its message counts as the
 * server's unless it is the model's sentence for the kind, a thrown `Error`'s prose (an SDK's
 * or a transport's: it can hold keys and internal addresses, and the parser never shows it)
 * or a page of markup.
 */
export function serverSaid(error: RecoveryError, ours: ReadonlyArray<string | undefined> = []): string | undefined {
  const { message, messageSource } = error;
  if (typeof message !== "string" || message === "") return undefined;
  const fromServer = messageSource ? messageSource === "server" : !(error instanceof Error) && !/^\s*</.test(message);
  const model = [DEFAULT_MESSAGES[error.kind], VARIANT_MESSAGES[`${error.kind}/${error.variant}`]];
  return fromServer && ![...model, ...ours].includes(message) ? message : undefined;
}
