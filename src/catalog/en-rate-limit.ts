import type { RateLimitMessages } from "./types.js";

// English strings for one namespace; each component imports only its own, so a host that
// uses one component does not ship every other component's wording.
export const enRateLimit: RateLimitMessages = {
  title: "Too many requests",
  retryIn: "You can retry in",
  retryAt: (clockTime) => `You can retry at ${clockTime}.`,
  retryNow: "You can retry now.",
  autoRetryIn: "Retrying automatically in",
  autoRetrying: "Retrying…",
  retryShortly: "You can retry in a moment.",
  limitIs: (max, window) => `The limit is ${max} requests per ${window}.`,
  why: "The service takes only so many requests in a window, to stay fast for everyone.",
  platformWhy: {
    alumia: "The chat endpoint takes 60 requests per minute per user or IP address; other endpoints have their own limits.",
  },
  tip: "Sending many requests at once? Spread them out, and wait for the time above before retrying.",
  platformTips: {
    alumia: "Hitting the chat limit at scale? Consolidate calls onto a single session — replays of the same conversation cost one request, not many.",
  },
  retry: "Retry",
  announceLimited: (wait) => `Too many requests. You can retry in ${wait}.`,
  announceAutoRetry: (wait) => `Too many requests. Retrying automatically in ${wait}.`,
  announceReady: "You can retry now.",
  timerLabel: "Time until you can retry",
};
