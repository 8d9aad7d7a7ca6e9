/** BalanceEmptyCard's states as data: empty, spent credits, a spent quota, a top-up pending or late (dedicated.ts). */
import type { BalanceEmptyError } from "../model/types.js";
import { formatDuration } from "../catalog/format.js";
import { factOf, lastSentenceAs } from "./build.js";
import { action, base, finished, type Placed } from "./card.js";
import type { DedicatedInput } from "./dedicated.js";

function describeBalanceOwn(error: BalanceEmptyError, input: DedicatedInput): Placed {
  const t = input.catalog.balance;
  const state = input.state.balance ?? {};
  const variant = input.variant ?? (state.topUp ? "top-up-pending" : (error.reason ?? "balance-empty"));
  const places = t.places?.[input.platform ?? ""];
  if (variant === "top-up-pending") {
    // Support's step in the platform's own words where its page has them (no bleed elsewhere).
    const support = t.platformSupport?.[input.platform ?? ""] ?? t.topUpDelayedSupport;
    // The id support asks for: in view once the wait is up, beside the fallback's steps before.
    const session = factOf("checkoutSession", t.checkoutSessionId, state.topUp?.checkoutSessionId, true);
    // Checkout went through; the balance has not caught up yet. Past the wait, say where to look.
    if (state.topUpDelayed) {
      return {
        ...base(error.kind, variant, "info"),
        place: places?.topUpDelayed,
        title: t.topUpDelayedTitle,
        body: t.topUpDelayedBody(formatDuration(state.topUpWaitMs ?? 60_000, input.locale)),
        notes: [support],
        facts: session,
        // The body sends them to recent billing activity: that leads; reloading again follows.
        instruction: "billingActivity",
        actions: [
          ...action(input, "billingActivity", t.recentActivity, "primary"),
          ...action(input, "reloadBalance", t.reloadBalance, input.wired.billingActivity !== undefined ? "secondary" : "primary"),
          ...action(input, "contactSupport", t.contactSupport, "link"),
        ],
      };
    }
    const reload = action(input, "reloadBalance", t.reloadBalance, "primary");
    return {
      ...base(error.kind, variant, "info"),
      place: places?.topUpPending,
      title: t.topUpPendingTitle,
      // Without Reload balance on the card, the same news without asking to press it.
      body: reload.length === 0 && t.topUpPendingUnwired ? t.topUpPendingUnwired : t.topUpPendingBody,
      // The page's fallback for when reloading doesn't do it, one disclosure away: its label is
      // the condition ("If it's still old after a minute"), so the first screen says when to
      // open it and stays title, body, Reload. The late state says the same once the wait is up.
      details: {
        label: t.topUpStillOld,
        items: [t.topUpCheckActivity(places?.topUpDelayed), support],
        ordered: true,
        facts: session,
      },
      instruction: "reloadBalance",
      actions: reload,
    };
  }
  if (variant === "insufficient-credits") {
    // Paused, not lost: the session stays open and its progress is saved. Top up credits is the
    // host's topUp where it wired one, else its addFunds.
    const topUp = input.wired.topUp !== undefined ? "topUp" : "addFunds";
    const actions = [
      ...action(input, topUp, t.topUpCredits, "primary"),
      ...action(input, "upgradePlan", t.upgradePlan, "secondary"),
      ...action(input, "continue", t.continueSession, "link"),
    ];
    // The body names Top up credits, Upgrade plan and Continue: with any missing, a last sentence naming only those there.
    const credits = actions.some((a) => a.id === topUp);
    const plan = actions.some((a) => a.id === "upgradePlan");
    return {
      ...base(error.kind, variant, "warning"),
      place: places?.credits,
      title: t.creditsTitle,
      body: actions.length === 3 || !t.creditsNext ? t.creditsBody : lastSentenceAs(t.creditsBody, t.creditsNext(credits, plan)),
      instruction: topUp,
      actions,
    };
  }
  // Work stopped, but adding funds (or waiting out a quota) gets it going again: a warning, the
  // yellow card Alumia's page describes for its 402.
  const quota = variant === "quota-exceeded";
  const hints = [t.emptyWhy, ...(input.wired.addByokKey !== undefined ? [t.byokHint] : []), ...(input.wired.chooseFreeModel !== undefined ? [t.freeModelHint] : [])];
  const actions = [
    ...action(input, "addFunds", t.addFunds, "primary"),
    ...action(input, "addByokKey", t.addByokKey, "secondary"),
    ...action(input, "chooseFreeModel", t.chooseFreeModel, "secondary"),
    ...action(input, "upgradePlan", t.upgradePlan, "secondary"),
    ...action(input, "continue", t.continueSession, "link"),
  ];
  // The body names only the buttons the card has (test/describe/named-actions.test.ts): a host
  // wiring Add funds alone gets no "or upgrade your plan" without an Upgrade plan beside it.
  const funds = actions.some((a) => a.id === "addFunds");
  const plan = actions.some((a) => a.id === "upgradePlan");
  const body = quota
    ? t.quotaNext && !(funds && plan) ? lastSentenceAs(t.quotaBody, t.quotaNext(funds, plan)) : t.quotaBody
    : !funds && t.emptyUnwired ? t.emptyUnwired : t.emptyBody;
  return {
    ...base(error.kind, variant, "warning"),
    place: quota ? undefined : places?.empty,
    title: quota ? t.quotaTitle : t.emptyTitle,
    body,
    instruction: "addFunds",
    // A duration fixed when the error was parsed, not a clock: the server and the browser say the same.
    ...(quota && error.retryAfterMs !== undefined ? { wait: t.quotaResets(formatDuration(error.retryAfterMs, input.locale)) } : {}),
    ...(quota ? {} : { details: { label: input.catalog.common.whyThisHappens, why: hints.join(" "), facts: [] } }),
    actions,
  };
}

export const describeBalance = /* @__PURE__ */ finished(describeBalanceOwn);
