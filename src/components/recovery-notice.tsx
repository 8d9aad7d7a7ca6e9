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
import { wiredFrom } from "../describe/types.js";
import { readNow, useClock, useNow, useWakeAt } from "../ui/clock.js";
import { Countdown } from "../ui/countdown.js";
import { ALL_PARTS } from "../ui/description-parts.js";
import { DescriptionView } from "../ui/description-view.js";
import type { RecoverySurfaceProps } from "../ui/surface.js";

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

export const RecoveryNotice = /* @__PURE__ */ forwardRef<HTMLElement, RecoveryNoticeProps>(function RecoveryNotice(
  { error, variant, actions = {}, messages, ...rest },
  ref,
) {
  const catalog = useNoticeCatalog(EN_NOTICES);
  const common = useCommon();
  const locale = useLocale();
  const wording = useWording();
  // Relative times ("3 minutes ago") need the page clock; only kinds with a time hold it.
  const timed = (error as { run?: { since?: number }; tool?: { lastProbeTime?: number } }).run?.since ?? (error as { tool?: { lastProbeTime?: number } }).tool?.lastProbeTime;
  const now = useNow(timed !== undefined);
  // A wait the server asked for ends at `retryAt`: follow the clock until then, re-rendering only
  // when it ends (the words and Retry change once; the seconds tick in <Countdown> alone).
  const waitEnds = error.retryable && error.retryAfterMs !== undefined ? error.retryAt : undefined;
  useClock((at) => waitEnds !== undefined && at >= waitEnds, waitEnds !== undefined && readNow() < waitEnds);
  useWakeAt(waitEnds);
  const description = describeNotice(error, {
    notices: catalog.notices,
    chrome: catalog.notice,
    common,
    locale,
    candidates: [variant, error.variant, wording.variants?.[error.kind], wording.platform],
    platform: wording.platform,
    ...(messages ? { messages } : {}),
    wired: wiredFrom(actions),
    now,
  });
  return (
    <DescriptionView
      ref={ref}
      support={error}
      description={description}
      parts={ALL_PARTS}
      wait={description.countdown && (
        <>
          {description.countdown.lead} <Countdown deadline={description.countdown.deadline} label={catalog.notice.timerLabel} />
        </>
      )}
      // Until the wait ends, Retry is there but not offered as working (the rate limit's banner does the same).
      actionProps={description.deadline !== undefined ? { retry: { disabled: true } } : undefined}
      onAction={(id) => {
        const action = (actions as Record<string, RecoveryAction | undefined>)[id];
        return typeof action === "function" ? action({ error, action: id }) : undefined;
      }}
      {...rest}
    />
  );
});
