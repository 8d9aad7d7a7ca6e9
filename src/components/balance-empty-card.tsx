"use client";
/**
 * BalanceEmptyCard — `balance-empty`: the org balance is empty, credits ran out
 * mid-session, a quota is spent, or a top-up has not shown up yet.
 */
import { forwardRef, useEffect, useState } from "react";
import type { BalanceEmptyError } from "../model/types.js";
import { useDedicatedInput } from "../catalog/dedicated-input.js";
import { enBalance } from "../catalog/en-balance.js";
import type { BalanceMessages } from "../catalog/types.js";
import { describeBalance } from "../describe/balance.js";
import { DetailsListPart, FactsPart } from "../ui/description-parts.js";
import { ActionLinkPart, DescriptionView } from "../ui/description-view.js";

// A late top-up's checkout session is a fact; a pending one's fallback is steps in its disclosure;
// the pages a host passes as hrefs are links in the action row.
const PARTS = { facts: FactsPart, detailsList: DetailsListPart, actionLink: ActionLinkPart };
import type { RecoverySurfaceProps } from "../ui/surface.js";

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
  const pending = (variant ?? (topUp ? "top-up-pending" : undefined)) === "top-up-pending";
  const delayed = useTopUpWaited(pending ? topUp : undefined, topUpWaitMs);
  const callbacks: Partial<Record<string, Callback>> = {
    addFunds: onAddFunds,
    addByokKey: onAddByokKey,
    chooseFreeModel: onChooseFreeModel,
    topUp: onTopUp,
    upgradePlan: onUpgradePlan,
    continue: onContinue,
    reloadBalance: onReloadBalance,
  };
  const links = { addFunds: addFundsHref, addByokKey: byokHref, topUp: topUpHref, upgradePlan: upgradeHref, billingActivity: billingActivityHref, contactSupport: supportHref };
  const input = useDedicatedInput("balance", enBalance, messages, callbacks, links, null, {
    // The describer reads the top-up's checkout session id and nothing else of it.
    balance: { topUp, topUpDelayed: delayed, topUpWaitMs },
  }, variant);
  const description = describeBalance(error, input);
  return (
    <DescriptionView
      ref={ref}
      support={error}
      description={description}
      parts={PARTS}
      data-state={pending ? (delayed ? "delayed" : "waiting") : undefined}
      onAction={(id) => callbacks[id]?.({ error })}
      {...rest}
    />
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
