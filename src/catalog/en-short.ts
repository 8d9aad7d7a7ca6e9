import { DEFAULT_MESSAGES, VARIANT_MESSAGES } from "../model/default-messages.js";
import type { ShortMessages } from "./types.js";

/**
 * The short state's English. Its titles are the model's own sentences for each kind, which
 * the first load already carries (the parser falls back to them): the same objects, not
 * copies, so they cost nothing more there.
 */
export const enShort: ShortMessages = {
  kinds: DEFAULT_MESSAGES,
  variants: VARIANT_MESSAGES,
  serverSaid: (message) => `The server said: “${message}”`,
  unavailable: "The full view couldn’t be loaded (the connection may be down). Reload the page for it.",
  actions: {
    retry: "Retry",
    addFunds: "Add funds",
    topUp: "Top up credits",
    upgradePlan: "Upgrade plan",
    reconnect: "Reconnect",
    connect: "Connect provider",
    authorize: "Authorize",
    viewApprovals: "Open approvals",
    openApprovals: "Open approvals",
    checkStatus: "Check status",
    cancelSession: "Cancel session",
    cancel: "Cancel run",
    signIn: "Sign in again",
    openApiKeys: "Open API keys",
    contactSupport: "Contact support",
  },
};
