/**
 * The generic notices (every kind without a dedicated component) as data. RecoveryNotice
 * renders exactly this; hosts render it with their own components (see describeRecovery).
 * React-free: the caller brings the catalog parts and the clock.
 */
import type { RecoveryError, RecoveryErrorKind } from "../model/types.js";
import { isSafeLink } from "../model/safe-url.js";
import { formatClockTime, formatDuration, formatNumber, formatRelativeTime } from "../catalog/format.js";
import type { NoticeActionId, NoticeCatalog, NoticeChrome, NoticeKind, NoticeText } from "../catalog/notice-types.js";
import type { CommonMessages } from "../catalog/types.js";
import { serverSaid } from "./server-said.js";
import { enNotices } from "../catalog/en-notices.js";
import { restatesTitle } from "./restates.js";
import { toneOf } from "./tone.js";
import { factOf, lastSentenceAs, waitLeft, withDestination } from "./build.js";
import type { DescribedAction, DescribedFact, RecoveryDescription } from "./types.js";


// Where the server's words say more than ours, by kind or `kind/variant` (a tool's own error).
const INLINE_SERVER_MESSAGE = new Set<string>(["invalid-request", "forbidden", "unknown", "tool-unavailable/tool-error"]);

/**
 * The catalog key and variant a kind/variant pair resolves to: a platform's own wording of the
 * variant (`model@runagents`) only when the host names that platform, so one platform's words
 * ("registered on the platform", its console's Models page) never reach another's users.
 */
export function resolveNotice(
  notices: NoticeCatalog,
  kind: RecoveryErrorKind,
  candidates: Array<string | undefined>,
  platform?: string,
): { kind: NoticeKind; variant: string; key: string; text: NoticeText } {
  const noticeKind: NoticeKind = kind in notices ? (kind as NoticeKind) : "unknown";
  const variants = notices[noticeKind] as unknown as Record<string, NoticeText>;
  const variant = candidates.find((name): name is string => name !== undefined && Object.hasOwn(variants, name)) ?? "default";
  const own = `${variant}@${platform}`;
  const key = platform && Object.hasOwn(variants, own) ? own : variant;
  return { kind: noticeKind, variant, key, text: variants[key]! };
}

export interface NoticeInput {
  notices: NoticeCatalog;
  chrome: NoticeChrome;
  common: CommonMessages;
  locale: string;
  /** Variant candidates in order: the host's, the error's, the provider's choice, the platform. */
  candidates: Array<string | undefined>;
  /** The host's platform, whose own wording of a variant is preferred (`model@runagents`). */
  platform?: string | undefined;
  /** Text for this notice only, over the catalog's. */
  messages?: Partial<NoticeText>;
  /** What the host wires, by action id: `true` for a callback, a string for a link. */
  wired: Partial<Record<string, string | true>>;
  /** The page clock (epoch ms) for relative times; `null` on the server and in hydration. */
  now: number | null;
}

export function describeNotice(error: RecoveryError, input: NoticeInput): RecoveryDescription {
  const { notices, chrome, common, locale, now } = input;
  const resolved = resolveNotice(notices, error.kind, input.candidates, input.platform);
  const text = input.messages ? { ...resolved.text, ...input.messages } : resolved.text;
  const tone = toneOf(resolved.kind, resolved.variant);

  // A host's own body is theirs to word: neither swapped for the unwired one nor renamed.
  const own = input.messages?.body === undefined;
  // What the error is about, named in the body where the entry has words for it (the model
  // `gpt-9`), then not repeated as a fact.
  const id = own && text.named ? (error as { resource?: { id?: string } }).resource?.id : undefined;
  // A name is code in the sentence: one that is long or would break out of its code mark stays a fact.
  const subject = id && id.length <= 64 && !id.includes("`") ? id : undefined;

  // The server's own words, when they say more than this notice does (the short state reads the same).
  const said = serverSaid(error, [text.title, text.body]);
  // Where the server's words are the most specific thing we have, they go up front.
  const inline = said !== undefined && (INLINE_SERVER_MESSAGE.has(error.kind) || INLINE_SERVER_MESSAGE.has(`${resolved.kind}/${resolved.variant}`));

  // Links the error itself carries are actions too, so a log is offered once ("View build
  // logs"), not as a fact link beside the same action; the host's own wiring wins.
  const carried = error as { build?: { logUrl?: string }; run?: { eventsUrl?: string } };
  const wired: Partial<Record<string, string | true>> = { viewBuildLogs: carried.build?.logUrl, viewEventLog: carried.run?.eventsUrl, ...input.wired };
  const offers: readonly NoticeActionId[] = text.actions ?? [];
  // Only links that are safe to follow are offered at all: a host rendering this with its
  // own components can put every href straight into an <a>.
  const offered = offers.filter((id) => wired[id] === true || isSafeLink(wired[id]));
  // The server named the field it rejected: sending the same again fails the same way, so the
  // body says to correct that field, and that happens outside the card: no button leads (Retry
  // stays, second), as nothing leads while a rate limit's instruction is to wait.
  const fixField = error.kind === "invalid-request" && error.param ? error.param : undefined;
  // A wait the server asked for (a 503's Retry-After), counted down as the rate limit's banner
  // counts: with a clock and the moment it ends (`retryAt`, fixed when the error was parsed).
  // Until then nothing leads and Retry is not the thing to do; once over, the line goes and
  // Retry leads. Without a clock (a server render), the wait in words, as before.
  const asked = error.retryAfterMs !== undefined && error.retryAfterMs >= 1000 && error.retryable === true;
  const left = asked ? waitLeft(error.retryAt, now ?? undefined) : undefined;
  const waiting = left?.remaining !== undefined && left.remaining > 0;
  // The one primary is what the body tells the person to do. Unwired, the first offered stands
  // in, unless the entry names its instruction: then nothing else may lead (a 413's Open docs
  // is no way to shorten the input; Retry is not "contact support").
  const says = text.instruction ?? offers[0];
  const instruction = fixField || waiting ? undefined : says;
  const standIn = text.instruction === undefined ? offered.find((id) => id !== "cancel") : undefined;
  const primary = fixField || waiting ? undefined : instruction !== undefined && offered.includes(instruction) ? instruction : standIn;
  // The body's last sentence names the button its instruction is ("Open models and …"); where
  // the host did not wire it, that sentence gives the same advice in words that promise none.
  const worded = says !== undefined && !offered.includes(says) && own && text.unwired ? lastSentenceAs(text.body, text.unwired) : text.body;
  const body = subject ? worded.replace(/^[^.!?]*[.!?]/, text.named!(subject)) : worded;
  const actions: DescribedAction[] = offered.map((id) => {
    const how = wired[id]!;
    // What cannot be undone looks it, unless it is what the body says to do.
    const kind = id === primary ? "primary" : id === "cancel" ? "danger" : "secondary";
    // An entry names what its act acts on where the shared label would not ("Cancel session").
    const label = text.labels?.[id] ?? chrome.actions[id];
    return how === true ? { id, label, kind, needsCallback: true } : { id, label, kind, href: how, needsCallback: false };
  });
  if (isSafeLink(error.docUrl) && !offered.includes("openDocs")) {
    actions.push({ id: "openDocs", label: chrome.actions.openDocs, kind: "link", href: error.docUrl, external: true, needsCallback: false });
  }

  // Relative times ("3 minutes ago") need the clock; without one, UTC clock time.
  const when = (at: number | undefined) =>
    at === undefined ? undefined : now === null ? `${formatClockTime(at, locale, "UTC")} UTC` : formatRelativeTime(at, now, locale);

  let facts: DescribedFact[] = [];
  const links: DescribedAction[] = [];
  let events: RecoveryDescription["events"];
  switch (error.kind) {
    case "unknown":
      // React hid the real error; its digest is what support needs, so it is in view.
      facts = factOf("digest", common.supportReference, error.digest, true);
      break;
    case "not-found":
      facts = subject ? [] : factOf("resource", chrome.resource, error.resource?.id, true);
      break;
    case "run-stuck":
    case "run-failed": {
      const run = error.run;
      facts = [
        ...factOf("run", run?.subject === "agent" ? chrome.agent : run?.subject === "session" ? chrome.session : chrome.run, run?.id, true),
        // A failed run's state (FAILED) only says the title again; a stuck one's says where it stopped.
        ...(error.kind === "run-failed" ? [] : factOf("state", chrome.state, run?.state, true)),
        ...factOf("since", chrome.since, when(run?.since)),
      ];
      if (run?.errorEvents && run.errorEvents.length > 0) events = { heading: chrome.errorEvents, items: run.errorEvents.map(({ type, message }) => ({ type, message })) };
      if (isSafeLink(run?.eventsUrl) && !offers.includes("viewEventLog")) links.push({ id: "viewEventLog", label: chrome.actions.viewEventLog, kind: "link", href: run.eventsUrl, needsCallback: false });
      break;
    }
    case "build-failed":
      facts = factOf("build", chrome.build, error.build?.id, true);
      if (isSafeLink(error.build?.logUrl) && !offers.includes("viewBuildLogs")) links.push({ id: "viewBuildLogs", label: chrome.buildLog, kind: "link", href: error.build.logUrl, needsCallback: false });
      break;
    case "tool-unavailable":
      facts = [
        ...factOf("tool", chrome.tool, error.tool?.name, true),
        ...factOf("baseUrl", chrome.baseUrl, error.tool?.baseUrl, true),
        ...factOf("lastProbe", chrome.lastProbe, when(error.tool?.lastProbeTime)),
        ...factOf("probeLatency", chrome.probeLatencyLabel, error.tool?.probeLatencyMs !== undefined ? chrome.probeLatency(formatNumber(error.tool.probeLatencyMs, locale)) : undefined),
      ];
      break;
    case "webhook-failing":
      facts = [
        ...factOf("subscription", chrome.subscription, error.webhook?.subscriptionId, true),
        ...factOf("failures", chrome.failures, error.webhook?.failures !== undefined ? formatNumber(error.webhook.failures, locale) : undefined),
        ...factOf("event", chrome.event, error.webhook?.eventId, true),
      ];
      break;
    case "snapshot-failed":
      facts = factOf("snapshot", chrome.snapshot, error.snapshot?.id, true);
      break;
    case "invalid-request":
      // Named in the body when it is what to correct; a fact only when the body does not say it.
      facts = fixField ? [] : factOf("param", chrome.parameter, error.param, true);
      break;
  }

  const technical = [
    ...factOf("requestId", common.requestId, error.requestId, true),
    // An unknown error shows its digest in view; any other kind keeps it here.
    ...(error.kind !== "unknown" ? factOf("digest", common.supportReference, error.digest, true) : []),
  ];
  // A 200 that carried an error in its body is not worth showing as a status.
  const status = error.status !== undefined && error.status >= 400 ? error.status : undefined;
  // A code that only says the title again (`FAILED` beside "The run failed unexpectedly") is
  // left off the meta line; one that adds something (`WEBHOOK_PAUSED`) stays.
  const englishTitle = (enNotices[resolved.kind] as unknown as Record<string, NoticeText | undefined>)[resolved.key]?.title ?? "";
  const code = error.code && !restatesTitle(error.code, [englishTitle, resolved.kind, resolved.variant]) ? error.code : undefined;

  return withDestination({
    kind: error.kind,
    variant: resolved.variant,
    tone,
    urgency: tone === "danger" ? "assertive" : "polite",
    title: text.title,
    body: fixField ? `${body} ${chrome.fixField(fixField)}` : body,
    ...(said !== undefined ? { serverSaid: { text: said, quoted: chrome.serverSaid(said), inline } } : {}),
    // In words for text (the time left, or the duration asked for without a clock); a live UI
    // counts down to `countdown.deadline` ("You can retry in 0:25"), and holds Retry back until `deadline`.
    ...(asked && left?.remaining !== 0 ? { wait: chrome.waitHint(formatDuration(left?.remaining ?? error.retryAfterMs!, locale)) } : {}),
    ...(waiting ? { deadline: error.retryAt! } : {}),
    ...(left?.counting ? { countdown: { lead: chrome.retryIn, deadline: error.retryAt! } } : {}),
    facts,
    ...(events ? { events } : {}),
    ...(instruction ? { instruction } : {}),
    links,
    ...(text.steps && text.steps.length > 0
      ? { steps: { heading: text.stepsKind === "check" ? chrome.whatToCheck : chrome.whatToDo, kind: text.stepsKind ?? "do", items: [...text.steps] } }
      : {}),
    ...(status !== undefined || code ? { meta: { ...(status !== undefined ? { status } : {}), ...(code ? { code } : {}) } } : {}),
    ...(text.why || (said && !inline) || technical.length > 0
      ? {
          details: {
            label: text.why ? common.whyThisHappens : common.details,
            ...(text.why ? { why: text.why } : {}),
            ...(said && !inline ? { serverSaid: chrome.serverSaid(said) } : {}),
            facts: technical,
          },
        }
      : {}),
    actions,
  }, common, text.where);
}
