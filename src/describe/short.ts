/**
 * The short state: what ErrorRecovery says from code already loaded while a kind's card is
 * on its way, or when it cannot be loaded (offline before the idle prefetch, a deploy that
 * removed the chunk). Small on purpose — it is in the first load of every host: the model's
 * sentence for the kind (the parser's own fallback, so no new words ship), the server's words
 * where it said some, and one action, the host's primary for the kind or its retry. Its
 * titles are the catalog's `short` sentences: in English the model's own (en-short.ts).
 */
import { DEFAULT_MESSAGES, VARIANT_MESSAGES } from "../model/default-messages.js";
import type { RecoveryError, RecoveryErrorKind } from "../model/types.js";
import type { ShortActionId, ShortMessages } from "../catalog/types.js";
import { toneOf } from "./tone.js";
import type { DescribedAction, RecoveryDescription } from "./types.js";

/** The kind's primary actions, in the order its card offers them; retry comes after. */
const PRIMARY: Partial<Record<RecoveryErrorKind, readonly ShortActionId[]>> = {
  "balance-empty": ["addFunds", "topUp", "upgradePlan"],
  "connector-auth": ["reconnect", "connect", "authorize"],
  "approval-pending": ["viewApprovals", "openApprovals", "checkStatus"],
  "tool-stuck": ["cancelSession", "cancel"],
  unauthorized: ["signIn", "openApiKeys"],
};

export interface ShortInput {
  messages: ShortMessages;
  /** What the host wired, by action id: `true` for a callback, the URL for a link. */
  wired: Partial<Record<string, string | true>>;
  /** The card could not be loaded (said under the title), rather than being on its way. */
  failed: boolean;
}

export function describeShort(error: RecoveryError, { messages: t, wired, failed }: ShortInput): RecoveryDescription {
  const variant = `${error.kind}/${error.variant}`;
  const title = t.variants[variant] ?? t.kinds[error.kind] ?? t.kinds.unknown;
  // Only the server's own words (the parser redacted them), not the model's sentence again; a
  // hand-built value may not say where its message came from, as describeNotice reads it.
  const model = VARIANT_MESSAGES[variant] ?? DEFAULT_MESSAGES[error.kind];
  const fromServer = error.messageSource ? error.messageSource === "server" : error.message !== model;
  const said = fromServer && error.message && error.message !== model ? error.message : undefined;
  const id = [...(PRIMARY[error.kind] ?? []), "retry" as const, "contactSupport" as const].find((candidate) => wired[candidate] !== undefined);
  const target = id && wired[id];
  const action: DescribedAction[] = id
    ? [{ id, label: t.actions[id], kind: "primary", needsCallback: target === true, ...(typeof target === "string" ? { href: target } : {}) }]
    : [];
  // The card's weight before the card is here: a revoked key is red in its short state too.
  const tone = toneOf(error.kind, error.variant);
  return {
    kind: error.kind,
    variant: "short",
    tone,
    urgency: tone === "danger" ? "assertive" : "polite",
    title,
    body: said ? t.serverSaid(said) : "",
    ...(failed ? { notes: [t.unavailable] } : {}),
    facts: [],
    links: [],
    actions: action,
    ...(id ? { instruction: id } : {}),
  };
}
