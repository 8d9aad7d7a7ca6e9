"use client";
/**
 * RecoveryNotice — every kind without a dedicated component (401s, 403 policy denials,
 * 404s, time-outs, stuck or failed runs, stream and JSON failures, webhooks, snapshots,
 * builds, unavailable tools…). The wording is the catalog's, chosen by kind and variant.
 */
import { forwardRef, type ReactNode } from "react";
import type { RecoveryError, RecoveryErrorKind } from "../model/types.js";
import { DEFAULT_MESSAGES } from "../model/default-messages.js";
import { formatDuration, formatNumber, formatRelativeTime, formatClockTime } from "../catalog/format.js";
import { useCommon, useLocale, useNoticeCatalog, useWording } from "../catalog/context.js";
import { enNoticeChrome, enNotices } from "../catalog/en-notices.js";
import type { NoticeActionId, NoticeCatalog, NoticeKind, NoticeText } from "../catalog/notice-types.js";
import { ActionButton, ActionLink } from "../ui/action-button.js";
import { useNow } from "../ui/clock.js";
import { Checklist } from "../ui/checklist.js";
import { withCode } from "../ui/inline-code.js";
import { Facts } from "../ui/facts.js";
import { RecoverySurface, type RecoverySurfaceProps } from "../ui/surface.js";
import type { Tone } from "../ui/icons.js";

/* ------------------------------------------------------------------ types */

/** What an action callback receives. */
export interface RecoveryActionContext {
  error: RecoveryError;
  /** Which action this is. */
  action: string;
}

/** A host action: a callback (button; may return a Promise) or a URL (link). */
export type RecoveryAction = ((context: RecoveryActionContext) => unknown) | string;

export interface RecoveryNoticeProps
  extends Omit<RecoverySurfaceProps, "title" | "children" | "actions" | "details" | "tone" | "onError" | "support"> {
  /** Any model value; kinds without wording of their own use `unknown`'s. */
  error: RecoveryError;
  /** Which wording of the kind to use. @default `error.variant`, then the provider's choice, then `default` */
  variant?: string;
  /** Actions by id; each appears only if the wording offers it and the host wires it. */
  actions?: Partial<Record<NoticeActionId, RecoveryAction>>;
  /** Text for this notice only, over the catalog's. */
  messages?: Partial<NoticeText>;
}

/* ------------------------------------------------------------------ component */

/**
 * How serious each state is; the announcement follows (danger is said assertively).
 * danger: the work stopped and someone must act. warning: it stopped, and waiting or a
 * second try usually gets through. info: news, or waiting on something. neutral: nothing
 * is broken (a cancelled request, a model name that does not exist).
 */
const TONE: Partial<Record<RecoveryErrorKind, Tone>> = {
  unauthorized: "danger",
  forbidden: "danger",
  "run-failed": "danger",
  "build-failed": "danger",
  "snapshot-failed": "danger",
  "auth-method-unsupported": "danger",
  unknown: "danger",
  "invalid-request": "danger",
  "not-found": "neutral",
  cancelled: "neutral",
};
/** Variants whose weight differs from their kind's. */
const VARIANT_TONE: Record<string, Tone> = {
  "not-found/session": "warning",
  "not-found/archived": "info",
  "webhook-failing/duplicate": "info",
  // The run finished; what came back is short of what was asked: news, not a stop.
  "incomplete-response/results": "info",
  "output-invalid/incorrect": "info",
  "webhook-failing/paused": "danger",
};

const EN_NOTICES = { notices: enNotices, notice: enNoticeChrome };

const INLINE_SERVER_MESSAGE = new Set<RecoveryErrorKind>(["invalid-request", "forbidden", "unknown"]);

/** The catalog key and variant a kind/variant pair resolves to. */
export function resolveNotice(
  notices: NoticeCatalog,
  kind: RecoveryErrorKind,
  candidates: Array<string | undefined>,
): { kind: NoticeKind; variant: string; text: NoticeText } {
  const noticeKind: NoticeKind = kind in notices ? (kind as NoticeKind) : "unknown";
  const variants = notices[noticeKind] as unknown as Record<string, NoticeText>;
  const variant = candidates.find((name): name is string => name !== undefined && Object.hasOwn(variants, name)) ?? "default";
  return { kind: noticeKind, variant, text: variants[variant]! };
}

export const RecoveryNotice = /* @__PURE__ */ forwardRef<HTMLElement, RecoveryNoticeProps>(function RecoveryNotice(
  { error, variant, actions = {}, messages, headingLevel, ...rest },
  ref,
) {
  const catalog = useNoticeCatalog(EN_NOTICES);
  const common = useCommon();
  const locale = useLocale();
  const wording = useWording();
  const chrome = catalog.notice;
  const resolved = resolveNotice(catalog.notices, error.kind, [variant, error.variant, wording.variants?.[error.kind], wording.platform]);
  const text = messages ? { ...resolved.text, ...messages } : resolved.text;
  const facts = useFacts(error, text.actions ?? []);
  // The parser says where the message came from; a hand-built model value may not, so
  // then anything but the default sentence counts as the server's.
  const fromServer = error.messageSource ? error.messageSource === "server" : error.message !== DEFAULT_MESSAGES[error.kind];
  const serverSaid = error.message && fromServer && error.message !== text.body ? error.message : undefined;
  // Where the server's words are the most specific thing we have, show them up front.
  const serverSaidInline = serverSaid !== undefined && INLINE_SERVER_MESSAGE.has(error.kind);

  // Links the error itself carries are actions too, so a log is offered once ("View build
  // logs"), not as a fact link beside the same action; the host's own wiring wins.
  const carried = error as { build?: { logUrl?: string }; run?: { eventsUrl?: string } };
  const wired: typeof actions = { viewBuildLogs: carried.build?.logUrl, viewEventLog: carried.run?.eventsUrl, ...actions };
  const offered = (text.actions ?? []).filter((id) => wired[id] !== undefined);
  const actionNodes = offered.map((id, index) => {
    const action = wired[id]!;
    const label = chrome.actions[id];
    // One primary; what cannot be undone looks it.
    const look = id === "cancel" ? "danger" : index === 0 ? "primary" : "secondary";
    return typeof action === "function" ? (
      <ActionButton key={id} variant={look} onAction={() => action({ error, action: id })}>
        {label}
      </ActionButton>
    ) : (
      <ActionLink key={id} variant={look} href={action}>
        {label}
      </ActionLink>
    );
  });
  if (error.docUrl && !offered.includes("openDocs")) {
    actionNodes.push(
      <ActionLink key="doc" variant="ghost" href={error.docUrl} external>
        {chrome.actions.openDocs}
      </ActionLink>,
    );
  }

  // The status and code in a muted line of their own, never in the title ("HTTP 401 · UNAUTHORIZED").
  // A 200 that carried an error in its body is not worth showing as a status.
  const status = error.status !== undefined && error.status >= 400 ? `HTTP ${error.status}` : undefined;
  const meta =
    status || error.code ? (
      <>
        {status}
        {status && error.code && " · "}
        {error.code && <code>{error.code}</code>}
      </>
    ) : undefined;
  const technical: Array<[string, ReactNode | undefined]> = [
    [common.requestId, error.requestId && <code>{error.requestId}</code>],
    // An unknown error shows its digest in view (see useFacts); any other kind keeps it here.
    [common.supportReference, error.kind !== "unknown" && error.digest && <code>{error.digest}</code>],
  ];
  const hasTechnical = technical.some(([, value]) => value !== undefined && value !== null && value !== "");
  const details =
    text.why || (serverSaid && !serverSaidInline) || hasTechnical ? (
      <>
        {text.why && <p>{withCode(text.why)}</p>}
        {serverSaid && !serverSaidInline && <p>{chrome.serverSaid(serverSaid)}</p>}
        <Facts items={technical} />
      </>
    ) : undefined;

  return (
    <RecoverySurface
      ref={ref}
      support={error}
      tone={VARIANT_TONE[`${resolved.kind}/${resolved.variant}`] ?? TONE[resolved.kind] ?? "warning"}
      headingLevel={headingLevel}
      title={text.title}
      meta={meta}
      data-kind={error.kind}
      data-variant={resolved.variant}
      details={details}
      detailsLabel={text.why ? common.whyThisHappens : common.details}
      actions={actionNodes.length > 0 ? actionNodes : null}
      {...rest}
    >
      <p>{withCode(text.body)}</p>
      {/* A duration fixed when the error was parsed, not a live countdown: said once, the same on server and client. */}
      {error.retryAfterMs !== undefined && error.retryAfterMs >= 1000 && error.retryable && (
        <p data-slot="wait">{chrome.waitHint(formatDuration(error.retryAfterMs, locale))}</p>
      )}
      {serverSaidInline && <p data-slot="server-message">{chrome.serverSaid(serverSaid!)}</p>}
      {facts}
      {text.steps && text.steps.length > 0 && (
        <Checklist
          slot="steps"
          heading={text.stepsKind === "check" ? chrome.whatToCheck : chrome.whatToDo}
          items={text.steps}
          ordered={text.stepsKind !== "check"}
        />
      )}
    </RecoverySurface>
  );
});

/** The data each kind carries, as labelled facts (ids, probe times, ERROR events…). */
function useFacts(error: RecoveryError, offers: readonly NoticeActionId[]): ReactNode {
  const chrome = useNoticeCatalog(EN_NOTICES).notice;
  const common = useCommon();
  const locale = useLocale();
  // Relative times ("3 minutes ago") need the clock; the server render shows UTC clock time.
  const since =
    error.kind === "run-stuck" || error.kind === "run-failed"
      ? error.run?.since
      : error.kind === "tool-unavailable"
        ? error.tool?.lastProbeTime
        : undefined;
  const now = useNow(since !== undefined);
  const when = (at: number | undefined) =>
    at === undefined ? undefined : now === null ? `${formatClockTime(at, locale, "UTC")} UTC` : formatRelativeTime(at, now, locale);

  switch (error.kind) {
    case "unknown":
      // React hid the real error; its digest is what support needs, so it is in view, not folded away.
      return <Facts items={[[common.supportReference, error.digest && <code>{error.digest}</code>]]} />;
    case "not-found":
      return <Facts items={[[chrome.resource, error.resource?.id && <code>{error.resource.id}</code>]]} />;
    case "run-stuck":
    case "run-failed": {
      const run = error.run;
      return (
        <>
          <Facts
            items={[
              [run?.subject === "agent" ? chrome.agent : run?.subject === "session" ? chrome.session : chrome.run, run?.id && <code>{run.id}</code>],
              [chrome.state, run?.state && <code>{run.state}</code>],
              [chrome.since, when(run?.since)],
            ]}
          />
          {run?.errorEvents && run.errorEvents.length > 0 && (
            <Checklist
              slot="error-events"
              heading={chrome.errorEvents}
              items={run.errorEvents.map((event) => (
                <>
                  <code>{event.type}</code> {event.message}
                </>
              ))}
            />
          )}
          {run?.eventsUrl && !offers.includes("viewEventLog") && (
            <ActionLink href={run.eventsUrl} variant="ghost">
              {chrome.actions.viewEventLog}
            </ActionLink>
          )}
        </>
      );
    }
    case "build-failed":
      return (
        <>
          <Facts items={[[chrome.build, error.build?.id && <code>{error.build.id}</code>]]} />
          {error.build?.logUrl && !offers.includes("viewBuildLogs") && (
            <ActionLink href={error.build.logUrl} variant="ghost">
              {chrome.buildLog}
            </ActionLink>
          )}
        </>
      );
    case "tool-unavailable":
      return (
        <Facts
          items={[
            [chrome.tool, error.tool?.name && <code>{error.tool.name}</code>],
            [chrome.baseUrl, error.tool?.baseUrl && <code>{error.tool.baseUrl}</code>],
            [chrome.lastProbe, when(error.tool?.lastProbeTime)],
            [chrome.probeLatencyLabel, error.tool?.probeLatencyMs !== undefined ? chrome.probeLatency(formatNumber(error.tool.probeLatencyMs, locale)) : undefined],
          ]}
        />
      );
    case "webhook-failing":
      return (
        <Facts
          items={[
            [chrome.subscription, error.webhook?.subscriptionId && <code>{error.webhook.subscriptionId}</code>],
            [chrome.failures, error.webhook?.failures !== undefined ? formatNumber(error.webhook.failures, locale) : undefined],
            [chrome.event, error.webhook?.eventId && <code>{error.webhook.eventId}</code>],
          ]}
        />
      );
    case "snapshot-failed":
      return <Facts items={[[chrome.snapshot, error.snapshot?.id && <code>{error.snapshot.id}</code>]]} />;
    case "invalid-request":
      return <Facts items={[[chrome.parameter, error.param && <code>{error.param}</code>]]} />;
    default:
      return null;
  }
}
