/**
 * The short state: what ErrorRecovery says from code already loaded while a kind's card is
 * on its way, or when it cannot be loaded (offline before the idle prefetch, a deploy that
 * removed the chunk). Small on purpose — it is in the first load of every host: the model's
 * sentences for the kind (the parser's own fallback, so no new words ship) — the first one,
 * what happened, as the title, the rest, what to do, as the body — the server's words where
 * it said some, and one action, the host's primary for the kind or its retry. The sentences
 * are the catalog's `short` ones: in English the model's own (en-short.ts).
 */
import type { RecoveryError, RecoveryErrorKind } from "../model/types.js";
import type { ShortActionId, ShortMessages } from "../catalog/types.js";
import { serverSaid } from "./server-said.js";
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
  const [title, body] = titleAndBody(t.variants[variant] ?? t.kinds[error.kind] ?? t.kinds.unknown);
  // The server's own words, read as the generic notice reads them.
  const said = serverSaid(error);
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
    body,
    ...(said ? { serverSaid: { text: said, quoted: t.serverSaid(said), inline: true } } : {}),
    ...(failed ? { notes: [t.unavailable] } : {}),
    facts: [],
    links: [],
    actions: action,
    ...(id ? { instruction: id } : {}),
  };
}

/**
 * A title says what happened in one short line; the kind's sentences say that first and what
 * to do after ("Your balance is empty. Add funds to keep running paid models."). Split where
 * the first sentence ends, for every kind and language alike; a lone sentence is all title.
 */
function titleAndBody(sentences: string): [title: string, body: string] {
  const end = /[.!?](?:\s+|$)/.exec(sentences);
  if (!end) return [sentences.trim(), ""];
  return [sentences.slice(0, end.index).trim(), sentences.slice(end.index + end[0].length).trim()];
}
