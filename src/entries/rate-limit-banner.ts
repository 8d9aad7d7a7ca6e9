/**
 * `recovery-kit/rate-limit-banner`: the banner for a rate limit, with its countdown and
 * auto-retry. One entry per component beside the root: see vite.config.ts's build.
 */
export { RateLimitBanner } from "../components/rate-limit-banner.js";
export type { RateLimitBannerProps, RateLimitActionContext } from "../components/rate-limit-banner.js";
export { backoffDelay } from "../components/backoff.js";
