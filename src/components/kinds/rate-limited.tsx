"use client";
/** ErrorRecovery's part for `rate-limited`: RateLimitBanner, with the host's actions wired (loaded with `import()`). */
import type { RateLimitedError } from "../../model/types.js";
import { RateLimitBanner } from "../rate-limit-banner.js";
import { wire, type Resolved } from "./wire.js";

export function Card(props: Resolved) {
  const { on, common } = wire(props);
  // This part is loaded for this kind only (recovery-parts.ts), so the error is of it.
  const error = props.error as RateLimitedError;

  return <RateLimitBanner error={error} onRetry={on("retry")} {...common} {...props.options.rateLimit} />;
}
