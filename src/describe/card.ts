/**
 * What each dedicated card's describer (balance.ts, connector.ts, rate-limit.ts, approval.ts,
 * stuck-tool.ts) builds its description with: the host's wired actions, the fields every
 * description starts from, and its `where`. Apart from build.ts, which the generic notice's
 * chunk loads too and which has no use for these.
 */
import { isSafeLink } from "../model/safe-url.js";
import { withDestination } from "./build.js";
import type { DedicatedInput } from "./dedicated.js";
import type { DescribedAction, DescribedFact, RecoveryDescription } from "./types.js";

/** The action for `id` if the host wires it: a button for a callback, a link for a safe URL. */
export function action(input: DedicatedInput, id: string, label: string, kind: DescribedAction["kind"], href?: string): DescribedAction[] {
  const how = input.wired[id] ?? href;
  if (how === true) return [{ id, label, kind, needsCallback: true }];
  if (isSafeLink(how)) return [{ id, label, kind, href: how, needsCallback: false }];
  return [];
}

/** What every dedicated card's description starts from: its kind, variant and tone, and the urgency the tone gives it. */
export const base = (kind: RecoveryDescription["kind"], variant: string, tone: RecoveryDescription["tone"]) => ({
  kind,
  variant,
  tone,
  urgency: tone === "danger" ? ("assertive" as const) : ("polite" as const),
  facts: [] as DescribedFact[],
  links: [] as DescribedAction[],
});

export type Describer<E> = (error: E, input: DedicatedInput) => RecoveryDescription;

/**
 * A card's own description before `finished` words its `where`: `place` is where the state's
 * fix is done as the host's platform names it (the catalog's `places`; a consent link's site).
 */
export type Placed = RecoveryDescription & { place?: string | undefined };

/** Every card's description that names a place ends the same way: where its fix is done, in words. */
export const finished =
  <E,>(own: (error: E, input: DedicatedInput) => Placed): Describer<E> =>
  (error, input) => {
    const { place, ...d } = own(error, input);
    return withDestination(d, input.catalog.common, place);
  };
