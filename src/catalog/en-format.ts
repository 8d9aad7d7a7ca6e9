import type { FormatMessages, CommonMessages } from "./types.js";

// English strings for one namespace; each component imports only its own, so a host that
// uses one component does not ship every other component's wording.
export const enFormat: FormatMessages = {
  locale: "en",
};

export const enCommon: CommonMessages = {
  working: "Working…",
  actionFailed: (actionLabel) => `“${actionLabel}” didn’t work. Try again.`,
  details: "Details",
  requestId: "Request ID",
  supportReference: "Support reference",
  opensInNewTab: "(opens in a new tab)",
  whyThisHappens: "Why this happens",
  placeAt: (place, route) => (route ? `Where: ${place} (opens ${route})` : `Where: ${place}`),
  placeholders: { orgSlug: "your-org", projectId: "your-project" },
  whatToCheck: "What to check",
  dismiss: "Dismiss",
  copyDetails: "Copy details",
  copied: "Copied",
};
