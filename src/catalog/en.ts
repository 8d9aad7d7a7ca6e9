import type { RecoveryMessages } from "./types";

/** The default (English) catalog. */
export const en: RecoveryMessages = {
  common: {
    working: "Working…",
    actionFailed: (actionLabel) => `“${actionLabel}” didn’t work. Try again.`,
    details: "Details",
    requestId: "Request ID",
    errorCode: "Error code",
    httpStatus: "HTTP status",
    opensInNewTab: "(opens in a new tab)",
  },
};
