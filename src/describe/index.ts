/**
 * `recovery-kit/describe`: a recovery state as plain data, for any UI — no React. The
 * components render these same descriptions (RecoveryNotice today; the dedicated cards
 * follow), so a host rendering one with its own Card and Button says exactly what ours say.
 *
 * @example
 * const d = describeRecovery(error, { catalog: de, actions: { retry: true, openApiKeys: "/settings/keys" } });
 * d.title; d.steps?.items; d.actions.map((a) => a.label);
 * console.log(descriptionToText(d)); // for a log line, an email or a CLI
 */
import type { RecoveryError } from "../model/types.js";
import { en } from "../catalog/en.js";
import type { NoticeText, RecoveryActionId } from "../catalog/notice-types.js";
import type { RecoveryMessages } from "../catalog/types.js";
import { withRoute } from "./build.js";
import { describeApproval } from "./approval.js";
import { describeBalance } from "./balance.js";
import { describeConnector } from "./connector.js";
import type { DedicatedInput, DescribeState } from "./dedicated.js";
import { describeRateLimit } from "./rate-limit.js";
import { describeStuckTool } from "./stuck-tool.js";
import { describeNotice } from "./notice.js";
import type { RecoveryDescription } from "./types.js";

export type { DescribedAction, DescribedFact, DescriptionTone, RecoveryDescription } from "./types.js";
export type { DescribeState } from "./dedicated.js";
export { codeSegments } from "./types.js";
export type { RecoveryError, RecoveryErrorKind } from "../model/types.js";
export type { ComponentActionId, NoticeActionId, NoticeText, RecoveryActionId } from "../catalog/notice-types.js";
// The plain text a user pastes into a support request (Copy details), for any UI.
export { supportDetails, type SupportDetailsOptions } from "../ui/support-details.js";
// The catalogs are plain data too: describe in German on a server without React.
export { en } from "../catalog/en.js";
export { de } from "../catalog/de.js";
export type { RecoveryMessages } from "../catalog/types.js";

export interface DescribeOptions {
  /** A whole catalog (a translation such as `de`). @default English */
  catalog?: RecoveryMessages;
  /** BCP 47 locale for numbers, durations and times. @default the catalog's */
  locale?: string;
  /** A platform whose variants to prefer (`"alumia"`, `"agi"`). */
  platform?: string;
  /** A variant per kind, over `platform` (`{ unauthorized: "agi" }`). */
  variants?: Partial<Record<string, string>>;
  /** The variant for this error, over everything else. */
  variant?: string;
  /**
   * What the host wires, by action id: `true` for a callback, a URL for a link. Only the
   * actions the wording offers and the host wires are described; unsafe URLs never are.
   */
  actions?: Partial<Record<RecoveryActionId | "sendFollowUp", string | true>>;
  /** The clock (epoch ms) for relative times ("3 minutes ago"). @default clock times in UTC */
  now?: number;
  /** Text for this state only, over the catalog's (generic notices). */
  messages?: Partial<NoticeText>;
  /** What the host tells a dedicated card beyond the error (a pending top-up, an admin viewer…). */
  state?: DescribeState;
}

const UNKNOWN: RecoveryError = { kind: "unknown", message: "", retryable: false };

/**
 * A plain, serialisable description of what to say and offer for `error`. Never throws:
 * an unknown locale falls back to English formats, input that is not a model value or a
 * broken catalog to the generic description.
 */
export function describeRecovery(error: RecoveryError, options: DescribeOptions = {}): RecoveryDescription {
  const usable = typeof error === "object" && error !== null && typeof error.kind === "string" ? error : UNKNOWN;
  // Each fallback drops what may have broken the one before: the locale, then the error's
  // own shape, then the host's catalog.
  for (const [input, opts] of [
    [usable, options],
    [usable, { ...options, locale: "en" }],
    [UNKNOWN, { ...options, locale: "en" }],
  ] as const) {
    try {
      return describe(input, opts);
    } catch {
      // the next fallback
    }
  }
  return describe(UNKNOWN, {});
}

function describe(error: RecoveryError, options: DescribeOptions): RecoveryDescription {
  const catalog = options.catalog ?? en;
  const locale = options.locale ?? catalog.format.locale;
  const input: DedicatedInput = { catalog, locale, wired: options.actions ?? {}, now: options.now ?? null, state: options.state ?? {}, platform: options.platform, variant: options.variant };
  switch (error.kind) {
    case "balance-empty":
      return describeBalance(error, input);
    case "connector-auth":
      return describeConnector(error, input);
    case "rate-limited":
      // The banner cannot wire Retry as a link; a host's description can (rate-limit.ts).
      return withRoute(describeRateLimit(error, input), catalog.common);
    case "approval-pending":
      return describeApproval(error, input);
    case "tool-stuck":
      return describeStuckTool(error, input);
  }
  return describeNotice(error, {
    notices: catalog.notices,
    chrome: catalog.notice,
    common: catalog.common,
    locale,
    candidates: [options.variant, error.variant, options.variants?.[error.kind], options.platform],
    platform: options.platform,
    ...(options.messages ? { messages: options.messages } : {}),
    wired: options.actions ?? {},
    now: options.now ?? null,
  });
}

/**
 * A description as plain text, in the order the components show it: for logs, emails and
 * CLIs. Code marks (backticks) are kept; links are written out after their labels.
 */
export function descriptionToText(d: RecoveryDescription): string {
  // Tolerant of a partial object (a description that went through storage or a queue).
  d = { ...d, facts: d.facts ?? [], links: d.links ?? [], actions: d.actions ?? [] };
  const lines: string[] = [d.badge ? `${d.title ?? ""} [${d.badge}]` : (d.title ?? ""), "", ...(d.lead ? [d.lead] : []), d.body ?? "", ...(d.where ? [d.where] : []), ...(d.notes ?? [])];
  if (d.wait) lines.push(d.wait);
  if (d.serverSaid?.inline) lines.push(d.serverSaid.quoted);
  for (const fact of d.facts) lines.push(`${fact.label}: ${fact.value}`);
  for (const list of d.lists ?? []) lines.push("", list.heading, ...list.items.map((item) => `- ${item.label} ${item.value}`));
  if (d.events) lines.push("", d.events.heading, ...d.events.items.map((event) => `- ${event.type} ${event.message}`));
  for (const link of d.links) lines.push(`${link.label}: ${link.href}`);
  if (d.steps) lines.push("", d.steps.heading, ...d.steps.items.map((item, index) => (d.steps!.kind === "do" ? `${index + 1}. ${item}` : `- ${item}`)));
  if (d.meta) lines.push("", [d.meta.status !== undefined ? `HTTP ${d.meta.status}` : undefined, d.meta.code].filter(Boolean).join(" · "));
  if (d.details) {
    lines.push("", `${d.details.label}:`);
    if (d.details.why) lines.push(d.details.why);
    for (const item of d.details.items ?? []) lines.push(`- ${item}`);
    if (d.details.serverSaid) lines.push(d.details.serverSaid);
    for (const fact of d.details.facts) lines.push(`${fact.label}: ${fact.value}`);
  }
  if (d.actions.length > 0) {
    lines.push("", ...d.actions.map((action) => `→ ${action.label}${action.href ? `: ${action.href}` : ""}${action.hint ? ` (${action.hint})` : ""}`));
  }
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
