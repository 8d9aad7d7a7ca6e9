"use client";
/**
 * A card's way into the catalog: a module apart from context.tsx, which ErrorRecovery's first
 * load needs for its short state, while only the cards (loaded with `import()` there) read
 * this; bundlers keep a module's exports that any chunk uses in the chunk that loads first.
 */
import type { RecoveryMessages, StuckToolCardMessages } from "./types.js";
import type { DedicatedInput, DescribeState } from "../describe/dedicated.js";
import { useCommon, useLocale, useMessages, useWording } from "./context.js";

/**
 * What a card's describer needs (DedicatedInput, describe/dedicated.ts): its namespace of the
 * catalog in effect (with local overrides) and the shared strings, the locale, the platform,
 * what the host wired — `true` for a callback, the URL for a link — the page clock and the
 * card's live state. Only the card's own namespace is read, so a card ships one namespace.
 */
export function useDedicatedInput<N extends "balance" | "connector" | "rateLimit" | "approval" | "stuckTool">(
  namespace: N,
  // StuckToolInspector's English is the card's half (Inspect's views complete it): its
  // describer reads only the card's keys.
  fallback: N extends "stuckTool" ? StuckToolCardMessages : RecoveryMessages[N],
  local: Partial<RecoveryMessages[N]> | undefined,
  callbacks: Partial<Record<string, unknown>>,
  links: Partial<Record<string, string | undefined>>,
  now: number | null,
  state: DescribeState,
  variant?: string,
): DedicatedInput {
  const strings = useMessages(namespace, fallback as RecoveryMessages[N], local);
  const common = useCommon();
  const locale = useLocale();
  const { platform } = useWording();
  const wired: Partial<Record<string, string | true>> = {};
  for (const [id, href] of Object.entries(links)) if (typeof href === "string") wired[id] = href;
  for (const [id, callback] of Object.entries(callbacks)) if (typeof callback === "function") wired[id] = true;
  return { catalog: { [namespace]: strings, common } as unknown as RecoveryMessages, locale, wired, now, state, platform, variant };
}
