"use client";
/**
 * RecoveryNotice — every kind without a dedicated component (401s, 403 policy denials,
 * 404s, time-outs, stuck or failed runs, stream and JSON failures, webhooks, snapshots,
 * builds, unavailable tools…). It renders `describeNotice`'s description and nothing else, so
 * a host rendering `describeRecovery` with its own components says exactly the same.
 */
import { forwardRef } from "react";
import type { RecoveryError } from "../model/types.js";
import { useCommon, useLocale, useNoticeCatalog, useWording } from "../catalog/context.js";
import { enNoticeChrome, enNotices } from "../catalog/en-notices.js";
import type { NoticeActionId, NoticeText } from "../catalog/notice-types.js";
import { describeNotice } from "../describe/notice.js";
import { wiredFrom, type DescribedFact } from "../describe/types.js";
import { ActionButton, ActionLink } from "../ui/action-button.js";
import { useNow } from "../ui/clock.js";
import { Checklist } from "../ui/checklist.js";
import { withCode } from "../ui/inline-code.js";
import { Facts } from "../ui/facts.js";
import { RecoverySurface, type RecoverySurfaceProps } from "../ui/surface.js";

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

const EN_NOTICES = { notices: enNotices, notice: enNoticeChrome };

/** Facts as the Facts list takes them: identifiers as code. */
const factItems = (facts: DescribedFact[]): Array<[string, React.ReactNode]> =>
  facts.map(({ label, value, code }) => [label, code ? <code key={label}>{value}</code> : value]);

export const RecoveryNotice = /* @__PURE__ */ forwardRef<HTMLElement, RecoveryNoticeProps>(function RecoveryNotice(
  { error, variant, actions = {}, messages, headingLevel, ...rest },
  ref,
) {
  const catalog = useNoticeCatalog(EN_NOTICES);
  const common = useCommon();
  const locale = useLocale();
  const wording = useWording();
  // Relative times ("3 minutes ago") need the page clock; only kinds with a time hold it.
  const timed = (error as { run?: { since?: number }; tool?: { lastProbeTime?: number } }).run?.since ?? (error as { tool?: { lastProbeTime?: number } }).tool?.lastProbeTime;
  const now = useNow(timed !== undefined);
  const d = describeNotice(error, {
    notices: catalog.notices,
    chrome: catalog.notice,
    common,
    locale,
    candidates: [variant, error.variant, wording.variants?.[error.kind], wording.platform],
    ...(messages ? { messages } : {}),
    wired: wiredFrom(actions),
    now,
  });

  const actionNodes = d.actions.map(({ id, label, kind, href, external }) => {
    const action = (actions as Record<string, RecoveryAction | undefined>)[id];
    return typeof action === "function" ? (
      <ActionButton key={id} action={id} variant={kind === "link" ? "ghost" : kind} onAction={() => action({ error, action: id })}>
        {label}
      </ActionButton>
    ) : (
      <ActionLink key={id} action={id} variant={kind === "link" ? "ghost" : kind} href={href} external={external}>
        {label}
      </ActionLink>
    );
  });

  return (
    <RecoverySurface
      ref={ref}
      support={error}
      tone={d.tone}
      announce={d.urgency}
      headingLevel={headingLevel}
      title={d.title}
      meta={
        d.meta && (
          <>
            {d.meta.status !== undefined && `HTTP ${d.meta.status}`}
            {/* The separator stays with the code: a narrow line never ends in "·". */}
            {d.meta.code && (
              <>
                {d.meta.status !== undefined && " "}
                <span className="rk-nowrap">
                  {d.meta.status !== undefined && "· "}
                  <code>{d.meta.code}</code>
                </span>
              </>
            )}
          </>
        )
      }
      data-kind={error.kind}
      data-variant={d.variant}
      details={
        d.details && (
          <>
            {d.details.why && <p>{withCode(d.details.why)}</p>}
            {d.details.serverSaid && <p>{d.details.serverSaid}</p>}
            <Facts items={factItems(d.details.facts)} />
          </>
        )
      }
      detailsLabel={d.details?.label}
      actions={actionNodes.length > 0 ? actionNodes : null}
      {...rest}
    >
      <p>{withCode(d.body)}</p>
      {d.wait && <p data-slot="wait">{d.wait}</p>}
      {d.serverSaid?.inline && <p data-slot="server-message">{d.serverSaid.quoted}</p>}
      <Facts items={factItems(d.facts)} />
      {d.events && (
        <Checklist
          slot="error-events"
          heading={d.events.heading}
          items={d.events.items.map((event) => (
            <>
              <code>{event.type}</code> {event.message}
            </>
          ))}
        />
      )}
      {d.links.map(({ id, label, href }) => (
        <ActionLink key={id} action={id} href={href} variant="ghost">
          {label}
        </ActionLink>
      ))}
      {d.steps && <Checklist slot="steps" heading={d.steps.heading} items={d.steps.items} ordered={d.steps.kind !== "check"} />}
    </RecoverySurface>
  );
});
