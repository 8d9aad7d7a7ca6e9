/**
 * What the describers (each dedicated kind's module, notice.ts) build a description with: a
 * fact, and where its primary action leads. Apart from types.ts, whose helpers ErrorRecovery's
 * first load needs (wiredFrom, codeSegments) while these are only the lazily loaded cards' and
 * notice's: bundlers keep a module's exports that any chunk uses in the chunk that loads first.
 */
import type { DescribedFact, RecoveryDescription } from "./types.js";

/** The words `where` is made of: the catalog's label (common) for the state's place. */
export interface WhereWords {
  placeAt?: ((place: string, route?: string) => string) | undefined;
  placeholders?: Record<string, string> | undefined;
}

/**
 * A place with its `<placeholder>` path segments filled in: from the host's route where it has
 * the place's shape ("/<orgSlug>/billing" with /acme/billing says "/acme/billing", the reader's
 * own slug), else with the catalog's words for them ("/your-org/billing"), never the template.
 */
function filledIn(place: string, route: string | undefined, words: Record<string, string> | undefined): string {
  const path = /\/\S*<\w+>\S*/.exec(place)?.[0];
  if (!path) return place;
  const want = path.split("/").slice(1);
  const have = route?.split("/").slice(1) ?? [];
  const fits = have.length >= want.length && want.every((part, i) => /^<\w+>$/.test(part) || part.toLowerCase() === have[i]!.toLowerCase());
  const filled = fits ? `/${have.slice(0, want.length).join("/")}` : path.replace(/<(\w+)>/g, (all, name: string) => words?.[name] ?? all);
  return place.replace(path, filled);
}

/** Whether a route is the place said another way: "/profile/billing" is "/profile → Billing". */
const routeIsPlace = (route: string, place: string) => place.replace(/\s*→\s*/g, "/").toLowerCase().startsWith(route.toLowerCase());

/**
 * Routes that are no place in the product to send a person to: an API endpoint (a build's log
 * at /api/builds/…/logs) and documentation (/docs/mcp). The link still works; its address is
 * not where the fix is done, so it is not said.
 */
const NOT_A_PLACE = /^\/(api|docs?)(\/|$)/i;

/**
 * `where` for a description, decided here for every card and notice, in one form ("Where: …").
 * The place the platform's page names (`place`, from the catalog; a consent link's site) is
 * said whatever the host wired; the host's route is added when the primary is a link to a page
 * of its own that the place does not already say ("Settings → Billing → recent activity
 * (opens /acme/settings/billing)"); a place's placeholders are filled in, from that route where
 * it has the place's shape ("/acme/billing" for "/<orgSlug>/billing"). With no place, that
 * route alone ("Where: /models"). Query and fragment left out; API and docs routes never said.
 */
export function withDestination(d: RecoveryDescription, words: WhereWords, place?: string): RecoveryDescription {
  if (!place) return withRoute(d, words);
  if (d.where !== undefined) return d;
  const route = routeOf(d);
  const at = filledIn(place, route, words.placeholders);
  const extra = route && !routeIsPlace(route, at) ? route : undefined;
  return { ...d, where: words.placeAt ? words.placeAt(at, extra) : at };
}

/**
 * `where` for a state that names no place: the host's page its primary link opens, if any
 * (withDestination without a place). Apart from it so a card whose states name no place (ApprovalPendingNotice)
 * does not load the place wording (filledIn, routeIsPlace) it can never use.
 */
export function withRoute(d: RecoveryDescription, words: WhereWords): RecoveryDescription {
  const route = d.where === undefined ? routeOf(d) : undefined;
  return route ? { ...d, where: words.placeAt ? words.placeAt(route) : route } : d;
}

/** The host's own page the primary link opens, as a route to say: query and fragment left out, API and docs routes never. */
function routeOf(d: RecoveryDescription): string | undefined {
  const primary = d.actions.find((action) => action.kind === "primary");
  const path = primary?.href && /^\/(?!\/)/.test(primary.href) ? primary.href.split(/[?#]/)[0]! : undefined;
  return path && path.length <= 80 && !NOT_A_PLACE.test(path) ? path : undefined;
}

/**
 * A wait the person must honour before retrying, decided once for the rate limit's banner and
 * the generic notices (a 503 with Retry-After): the time left at `now`, and whether a live UI
 * counts it down (`countdown`), which it does up to `clockAfterMs`; a longer wait says a clock
 * time. Without a deadline or a clock (a server render) there is nothing left to count.
 */
export function waitLeft(deadline: number | undefined, now: number | undefined, clockAfterMs = 3_600_000): { remaining: number | undefined; counting: boolean } {
  const remaining = deadline !== undefined && now !== undefined ? Math.max(0, deadline - now) : undefined;
  return { remaining, counting: remaining !== undefined && remaining > 0 && remaining <= clockAfterMs };
}

/**
 * A body with its last sentence said another way: where that sentence names a button the host
 * did not wire, the same advice in words that promise none. Every sentence before it stays.
 */
export const lastSentenceAs = (body: string, sentence: string): string => `${/^.*[.!?]\s+(?=\S)/s.exec(body)?.[0] ?? ""}${sentence}`;

/** A fact, or none when there is no value to state. */
export const factOf = (id: string, label: string, value: string | number | undefined, code = false): DescribedFact[] =>
  value === undefined || value === "" ? [] : [{ id, label, value: String(value), code }];
