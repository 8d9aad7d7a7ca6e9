/**
 * A recovery state as plain data: what any UI (our components, a host's own design system, a
 * React Native app, an email, a CLI) needs to say and offer. Serialisable: strings, numbers,
 * booleans, arrays and plain objects only.
 *
 * Text may mark code with backticks (`Authorization`, `client_id`): render those parts as
 * code, or leave the backticks in plain text. `codeSegments()` splits such a string.
 */
import type { RecoveryErrorKind } from "../model/types.js";

export type DescriptionTone = "danger" | "warning" | "info" | "success" | "neutral";

export interface DescribedFact {
  /** Stable id ("requestId", "run", "since"). */
  id: string;
  label: string;
  value: string;
  /** An identifier, shown as code. */
  code: boolean;
  /** Several identifiers (missing scopes), each shown as code; `value` holds them joined by spaces. */
  values?: string[];
}

export interface DescribedAction {
  /** The action id the host wires (`retry`, `openApiKeys`, …). */
  id: string;
  label: string;
  /** One primary per state; `danger` for what cannot be undone; `link` for a lesser way out, never leading (drawn as a secondary). */
  kind: "primary" | "secondary" | "danger" | "link";
  /** Where it goes, when it is a link (already checked safe by the renderer). */
  href?: string;
  /** Opens in a new tab. */
  external?: boolean;
  /** A button that calls the host's callback for `id`. */
  needsCallback: boolean;
  /** What it does, in a sentence, for an action whose effect is not obvious from its label. */
  hint?: string;
}

export interface RecoveryDescription {
  kind: RecoveryErrorKind;
  /** The wording variant used (`default`, a platform's, a sub-situation). */
  variant: string;
  tone: DescriptionTone;
  /** How it is announced: `assertive` when the work stopped (danger), else `polite`. */
  urgency: "assertive" | "polite";
  /** What a screen reader hears for this state, when it is not the title (a rate limit's wait as it began, and the moment it ends). */
  announcement?: string;
  title: string;
  /** A short status beside the title ("Auth failed", "Consent needed"). */
  badge?: string;
  /** A live status line before the body ("Running for 4 minutes"); a UI may mark it as live. */
  lead?: string;
  body: string;
  /**
   * Where the fix is done, in words, right under the body in every card: the place as the
   * platform's own page names it ("Where: /profile → Billing"), with the host's route when
   * that differs; else the host's page the primary link opens ("Where: /settings/keys"), or
   * the site a consent link goes to; never an API or docs route. A link's address alone tells nobody where they'll go.
   */
  where?: string;
  /** Further lines under the body and `where`, quieter (what happens next, when access lapses). */
  notes?: string[];
  /** The server's own words, when they add something; `quoted` as shown; `inline` in the body. */
  serverSaid?: { text: string; quoted: string; inline: boolean };
  /** A wait the server asked for on a generic notice, in words ("Wait 30 seconds before trying again."); a rate limit says its wait in `body`. */
  wait?: string;
  /** Facts in view (ids, states, times). */
  facts: DescribedFact[];
  /** Other headed lists (a stuck tool's peers and their states). */
  lists?: Array<{ id: string; heading: string; items: Array<{ label: string; value: string }> }>;
  /** A headed list of the run's ERROR events, if any. */
  events?: { heading: string; items: Array<{ type: string; message: string }> };
  /** Links the error carries that are not among the actions (an event log, a build log). */
  links: DescribedAction[];
  /** The fix as steps, or the checks to make. */
  steps?: { heading: string; kind: "do" | "check"; items: string[] };
  /** The muted meta line: HTTP status and code. */
  meta?: { status?: number; code?: string };
  /** Folded away: why it happens, the server's words, ids for support. */
  details?: { label: string; why?: string; items?: string[]; /** `items` are steps in order. */ ordered?: boolean; serverSaid?: string; facts: DescribedFact[] };
  /** Actions in order, primary first. */
  actions: DescribedAction[];
  /**
   * What a view the card opens offers at its foot (a stuck tool's Inspect dialog), by the same
   * contract: its one primary first (`instruction`), destructive ones last. `close` is the
   * view's own way back to the card, drawn by the view (no callback, no link). `reply` is a
   * message the user can send from there (a follow-up to the peer): in the view, not on the
   * card, which keeps its primary and at most two others in sight.
   */
  dialog?: { instruction: string; actions: DescribedAction[]; reply?: { label: string; placeholder: string; action: DescribedAction } };
  /**
   * The action the body tells the person to take (its id): the one primary action whenever
   * it is wired. None while the body's instruction is to wait (a rate limit counting down).
   */
  instruction?: string;
  /** When a wait ends (epoch ms). */
  deadline?: number;
  /**
   * A wait short enough to count down live: a UI shows `lead` and the time left to
   * `deadline` ("You can retry in 0:25"); `body` says the same in words for text.
   */
  countdown?: { lead: string; deadline: number };
}

/** What a host wired, by action id: `true` for a callback, the URL for a link (for describeRecovery's `actions`). */
export function wiredFrom(actions: Partial<Record<string, unknown>> | undefined): Partial<Record<string, string | true>> {
  const wired: Partial<Record<string, string | true>> = {};
  for (const [id, action] of Object.entries(actions ?? {})) if (typeof action === "function" || typeof action === "string") wired[id] = typeof action === "string" ? action : true;
  return wired;
}

/** A string with `backtick` code marks, split into text and code parts. */
export function codeSegments(text: string): Array<{ text: string; code: boolean }> {
  return text.split("`").map((part, index) => ({ text: part, code: index % 2 === 1 })).filter((part) => part.text !== "");
}
