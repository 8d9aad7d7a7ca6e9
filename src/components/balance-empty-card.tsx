"use client";
/**
 * BalanceEmptyCard — `balance-empty`: the org balance is empty, credits ran out
 * mid-session, a quota is spent, or a top-up has not shown up yet.
 */
import { forwardRef, useEffect, useState, type ReactNode } from "react";
import type { BalanceEmptyError } from "../model/types.js";
import { formatDuration } from "../catalog/format.js";
import { useCommon, useLocale, useMessages } from "../catalog/context.js";
import { enBalance } from "../catalog/en-balance.js";
import type { BalanceMessages } from "../catalog/types.js";
import { ActionButton, ActionLink } from "../ui/action-button.js";
import { RecoverySurface, type RecoverySurfaceProps } from "../ui/surface.js";

/* ------------------------------------------------------------------ types */

/** What the host's callbacks receive. */
export interface BalanceActionContext {
  error: BalanceEmptyError;
}

type Callback = (context: BalanceActionContext) => unknown;

/** A top-up the user has paid for that the balance does not show yet. */
export interface PendingTopUp {
  /** When checkout completed (epoch ms). @default when the card mounted */
  completedAt?: number;
  /** Stripe's checkout session id, for support. */
  checkoutSessionId?: string;
}

export type BalanceEmptyVariant = "balance-empty" | "insufficient-credits" | "quota-exceeded" | "top-up-pending";

export interface BalanceEmptyCardProps
  extends Omit<RecoverySurfaceProps, "title" | "children" | "actions" | "details" | "tone" | "onError" | "support"> {
  /** The model value (`kind: "balance-empty"`). */
  error: BalanceEmptyError;
  /** Which wording to use. @default from `error.reason`, or `top-up-pending` when `topUp` is set */
  variant?: BalanceEmptyVariant;
  /** Add funds to the balance (Alumia). */
  onAddFunds?: Callback;
  addFundsHref?: string;
  /** Add a bring-your-own-key for the provider, so requests stop drawing on the balance. */
  onAddByokKey?: Callback;
  byokHref?: string;
  /** Switch the agent to a free provider's model. */
  onChooseFreeModel?: Callback;
  /** Top up credits (credits platforms). */
  onTopUp?: Callback;
  topUpHref?: string;
  /** Upgrade the plan. */
  onUpgradePlan?: Callback;
  upgradeHref?: string;
  /** Continue the session where it stopped, once funds are in. */
  onContinue?: Callback;
  /** Set after checkout completed: the card waits for the balance to catch up. */
  topUp?: PendingTopUp;
  /** Re-read the balance. */
  onReloadBalance?: Callback;
  /** How long to wait for a top-up before pointing to billing activity and support. @default 60000 */
  topUpWaitMs?: number;
  /** Recent billing activity, where the deposit's status shows. */
  billingActivityHref?: string;
  /** Where to contact support. */
  supportHref?: string;
  /** Strings for this card only. */
  messages?: Partial<BalanceMessages>;
}

/* ------------------------------------------------------------------ component */

/** Actions whose id is the catalog key of their label. */
type LabelledId = "reloadBalance" | "contactSupport" | "addFunds" | "addByokKey" | "chooseFreeModel" | "upgradePlan";

function variantOf(error: BalanceEmptyError, topUp: PendingTopUp | undefined): BalanceEmptyVariant {
  if (topUp) return "top-up-pending";
  return error.reason ?? "balance-empty";
}

export const BalanceEmptyCard = /* @__PURE__ */ forwardRef<HTMLElement, BalanceEmptyCardProps>(function BalanceEmptyCard(
  {
    error,
    variant,
    onAddFunds,
    addFundsHref,
    onAddByokKey,
    byokHref,
    onChooseFreeModel,
    onTopUp,
    topUpHref,
    onUpgradePlan,
    upgradeHref,
    onContinue,
    topUp,
    onReloadBalance,
    topUpWaitMs = 60_000,
    billingActivityHref,
    supportHref,
    messages,
    ...rest
  },
  ref,
) {
  const t = useMessages("balance", enBalance, messages);
  const common = useCommon();
  const locale = useLocale();
  const shown = variant ?? variantOf(error, topUp);
  const context: BalanceActionContext = { error };
  const call = (callback: Callback | undefined) => (callback ? () => callback(context) : undefined);
  const waited = useTopUpWaited(shown === "top-up-pending" ? topUp : undefined, topUpWaitMs);

  // `id` is the action's id (describeBalance's, and the host's events'). Most ids are also
  // the catalog key of the label; the others pass their label.
  const button = (
    id: LabelledId | "billingActivity" | "topUp" | "continue",
    callback: Callback | undefined,
    href: string | undefined,
    variantName: "primary" | "secondary" | "ghost",
    label = t[id as LabelledId],
  ) =>
    callback ? (
      <ActionButton key={id} action={id} variant={variantName} onAction={call(callback)!}>
        {label}
      </ActionButton>
    ) : href ? (
      <ActionLink key={id} action={id} variant={variantName} href={href}>
        {label}
      </ActionLink>
    ) : null;

  // One surface; each variant decides its tone, announcement, words and actions.
  let view: Pick<RecoverySurfaceProps, "tone" | "title" | "actions" | "details"> & { body: ReactNode; state?: string };
  if (shown === "top-up-pending") {
    view = {
      tone: "info",
      state: waited ? "delayed" : "waiting",
      title: waited ? t.topUpDelayedTitle : t.topUpPendingTitle,
      body: waited ? (
        <>
          <p>{t.topUpDelayedBody(formatDuration(topUpWaitMs, locale))}</p>
          <p>{t.topUpDelayedSupport}</p>
          {topUp?.checkoutSessionId && (
            <p className="rk-muted" data-slot="checkout-session">
              {t.checkoutSessionId}: <code>{topUp.checkoutSessionId}</code>
            </p>
          )}
        </>
      ) : (
        <p>{t.topUpPendingBody}</p>
      ),
      actions: (
        <>
          {button("reloadBalance", onReloadBalance, undefined, "primary")}
          {waited && button("billingActivity", undefined, billingActivityHref, "secondary", t.recentActivity)}
          {waited && button("contactSupport", undefined, supportHref, "ghost")}
        </>
      ),
    };
  } else if (shown === "insufficient-credits") {
    view = {
      // Paused, not lost: the session stays open and its progress is saved.
      tone: "warning",
      title: t.creditsTitle,
      body: <p>{t.creditsBody}</p>,
      actions: (
        <>
          {button(onTopUp || topUpHref ? "topUp" : "addFunds", onTopUp ?? onAddFunds, topUpHref ?? addFundsHref, "primary", t.topUpCredits)}
          {button("upgradePlan", onUpgradePlan, upgradeHref, "secondary")}
          {button("continue", onContinue, undefined, "ghost", t.continueSession)}
        </>
      ),
    };
  } else {
    const quota = shown === "quota-exceeded";
    view = {
      // A quota comes back by itself (a warning); an empty balance does not (danger).
      tone: quota ? "warning" : "danger",
      title: quota ? t.quotaTitle : t.emptyTitle,
      body: (
        <>
          <p>{quota ? t.quotaBody : t.emptyBody}</p>
          {/* A duration fixed when the error was parsed, not a clock: the server and the browser say the same. */}
          {quota && error.retryAfterMs !== undefined && <p data-slot="quota-reset">{t.quotaResets(formatDuration(error.retryAfterMs, locale))}</p>}
        </>
      ),
      details: quota ? undefined : (
        <>
          <p>{t.emptyWhy}</p>
          {(onAddByokKey || byokHref) && <p>{t.byokHint}</p>}
          {onChooseFreeModel && <p>{t.freeModelHint}</p>}
        </>
      ),
      actions: (
        <>
          {button("addFunds", onAddFunds, addFundsHref, "primary")}
          {button("addByokKey", onAddByokKey, byokHref, "secondary")}
          {button("chooseFreeModel", onChooseFreeModel, undefined, "secondary")}
          {button("upgradePlan", onUpgradePlan, upgradeHref, "secondary")}
          {button("continue", onContinue, undefined, "ghost", t.continueSession)}
        </>
      ),
    };
  }

  return (
    <RecoverySurface
      ref={ref}
      support={error}
      tone={view.tone}
      title={view.title}
      data-kind="balance-empty"
      data-variant={shown}
      data-state={view.state}
      details={view.details}
      detailsLabel={common.whyThisHappens}
      actions={view.actions}
      {...rest}
    >
      {view.body}
    </RecoverySurface>
  );
});

/**
 * Whether a pending top-up has been waiting longer than `waitMs`: one timer for the one
 * moment that matters, not a ticking clock. Nothing changes on the server or in hydration.
 */
function useTopUpWaited(topUp: PendingTopUp | undefined, waitMs: number): boolean {
  const [mountedAt] = useState(() => Date.now());
  const [waitedFor, setWaitedFor] = useState<PendingTopUp>();
  useEffect(() => {
    if (!topUp) return;
    const id = setTimeout(() => setWaitedFor(topUp), Math.max(0, (topUp.completedAt ?? mountedAt) + waitMs - Date.now()));
    return () => clearTimeout(id);
  }, [topUp, waitMs, mountedAt]);
  return topUp !== undefined && waitedFor === topUp;
}
