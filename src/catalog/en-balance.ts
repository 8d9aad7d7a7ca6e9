import type { BalanceMessages } from "./types.js";

// English strings for one namespace; each component imports only its own, so a host that
// uses one component does not ship every other component's wording.
export const enBalance: BalanceMessages = {
  emptyTitle: "Your balance is empty",
  emptyBody: "Add funds to your billing balance before running paid models.",
  emptyWhy: "The agent ran a paid model and the org’s balance is at zero. Only paid providers draw on the balance.",
  quotaTitle: "You’ve used up your quota",
  quotaBody: "This request needs more quota than your plan has left. Add funds or upgrade your plan, then try again.",
  emptyUnwired: "Your billing balance needs funds before paid models can run.",
  quotaNext: (funds, plan) =>
    funds && plan ? "Add funds or upgrade your plan, then try again." : funds ? "Add funds, then try again." : plan ? "Upgrade your plan, then try again." : "Try again once your plan has more quota.",
  creditsNext: (credits, plan) =>
    `${credits && plan ? "Top up credits or upgrade your plan, then pick" : credits ? "Top up credits, then pick" : plan ? "Upgrade your plan, then pick" : "Once you have credits again, pick"} up exactly where you left off.`,
  topUpPendingUnwired: "Checkout went through, but the balance still shows the old amount. The payment confirmation may not have landed yet, or the page needs refreshing.",
  quotaResets: (duration) => `Or wait: it resets in ${duration}.`,
  creditsTitle: "Insufficient credits",
  creditsBody:
    "Your session stays open and all progress is saved. Top up credits or upgrade your plan, then continue exactly where you left off.",
  addFunds: "Add funds",
  addByokKey: "Add a BYOK key",
  byokHint: "With your own key for that provider, requests stop drawing from the balance.",
  chooseFreeModel: "Choose a free model",
  freeModelHint: "Free providers such as Groq and NVIDIA don’t draw on the balance: pick one of their models in the agent settings.",
  topUpCredits: "Top up credits",
  upgradePlan: "Upgrade plan",
  continueSession: "Continue where you left off",
  topUpPendingTitle: "Your top-up hasn’t arrived yet",
  topUpPendingBody:
    "Checkout went through, but the balance still shows the old amount. The payment confirmation may not have landed yet, or the page didn’t reload: reload the balance.",
  reloadBalance: "Reload balance",
  topUpStillOld: "If it’s still old after a minute",
  topUpCheckActivity: (place) =>
    `The payment confirmation probably failed: confirm the deposit’s status in ${place ?? "recent billing activity"}. Its retry usually lands within a few minutes and the deposit reconciles.`,
  topUpDelayedTitle: "Your top-up is taking longer than usual",
  topUpDelayedBody: (waited) =>
    `The balance is still old after ${waited}, so the payment confirmation probably failed. Check the deposit’s status in recent billing activity: retries usually land within a few minutes and the deposit reconciles.`,
  topUpDelayedSupport: "If it hasn’t arrived within an hour, contact support with the checkout session ID.",
  // Alumia's page (shared/seeds 001) names the ID support asks for by its payment provider.
  platformSupport: { alumia: "If it hasn’t arrived within an hour, contact support with the Stripe checkout session ID." },
  recentActivity: "Open recent activity",
  contactSupport: "Contact support",
  checkoutSessionId: "Checkout session ID",
  // As each platform's troubleshooting page names them (shared/seeds 001 and 000).
  places: {
    alumia: { empty: "/<orgSlug>/billing", topUpPending: "/<orgSlug>/billing", topUpDelayed: "Settings → Billing → recent activity" },
    credits: { credits: "/profile → Billing" },
  },
};
