/// <reference types="vite/client" />
/**
 * The seed pages' own words for each entry, so a reviewer sees the specification beside the
 * rendered state, and a note per entry saying which of the card's steps come from the page and
 * which are our own advice. The four pages are copied from shared/seeds/ into ./seeds (the spec
 * is quoted, not paraphrased); an entry's text runs from its heading to the next heading of any
 * kind on its page: another entry's, a section's, or the page's closing help.
 */
import credits from "./seeds/000_b5adb040b97f4435.txt?raw";
import alumia from "./seeds/001_6da681fa4f526d0e.txt?raw";
import agi from "./seeds/002_21357477f65fe7b4.txt?raw";
import runagents from "./seeds/003_a019a0b625274bb0.txt?raw";
import type { Entry, Platform, PlatformId } from "./entries";

const PAGES: Record<string, string> = {
  "000_b5adb040b97f4435.txt": credits,
  "001_6da681fa4f526d0e.txt": alumia,
  "002_21357477f65fe7b4.txt": agi,
  "003_a019a0b625274bb0.txt": runagents,
};

/** The line an entry starts at on its page. */
export const seedHeading = (entry: Entry) => (entry.seedHeading ?? entry.title).trim();

/**
 * Headings on the pages that are no entry's: section headings and the pages' closing help. An
 * entry's passage ends at the first of these or of its page's entry headings. (The callouts
 * inside an entry, "Check the event log first" or "Probes are non-intrusive", are its own.)
 */
export const SECTION_HEADINGS = [
  "Common issues#",
  "Common Issues",
  "Quick Diagnostic",
  "Session Issues",
  "Agent Behavior",
  "API & Network",
  "Authentication",
  "Webhooks",
  "Data & Formatting",
  "Debug Checklist",
  "Still Need Help?",
  "Agent Issues",
  "Permission Errors",
  "OAuth Issues",
  "LLM Gateway Issues",
  "Tool Issues",
  "Build Issues",
  "Run Issues",
  "Getting More Help",
];

// Where a page's inline code lost its spaces when it was copied ("billingand", "incheck_messages").
// Each only adds spaces, so the quote stays the page's characters (test/seed-text.test.ts checks).
const JOINED: Array<[RegExp, string]> = [
  [/billingand\b/g, "billing and"],
  [/message_agentand\b/g, "message_agent and"],
  [/\bincheck_messages/g, "in check_messages"],
  [/list_agentsfrom\b/g, "list_agents from"],
  [/\binawaiting_peeroridle\b/g, "in awaiting_peer or idle"],
  [/follow-upmessage_agentif\b/g, "follow-up message_agent if"],
];

/**
 * The Alumia page's copy lost its list structure around inline code: a bullet breaks before the
 * code ("- Click Add funds on the card, or open" / "/<orgSlug>/billingand add funds…") and the
 * next bullet runs on after a sentence ("…stalled. - The model returned…"). Each bullet is put
 * back on a line of its own, whole.
 */
function relist(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    // A bullet that stops mid-sentence continues on the next line, unless that line is a bullet.
    if (previous !== undefined && /^\s*- /.test(previous) && !/[.:!?]$/.test(previous.trim()) && line.trim() !== "" && !/^\s*- /.test(line)) {
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    } else out.push(line);
  }
  return out.flatMap((line) => line.split(/(?<=[.!?]) (?=- [A-Z])/));
}

/** The entry's passage of its seed page, or undefined when its heading is not found. */
export function seedText(platform: Platform, entry: Entry): string | undefined {
  const lines = (PAGES[platform.seed] ?? "").split("\n").map((line) => line.trimEnd());
  const start = lines.findIndex((line) => line.trim() === seedHeading(entry));
  if (start < 0) return undefined;
  const stops = new Set([...SECTION_HEADINGS, ...platform.entries.map(seedHeading)]);
  const end = lines.findIndex((line, i) => i > start && stops.has(line.trim()));
  let text = relist(lines.slice(start, end < 0 ? undefined : end))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  for (const [joined, spaced] of JOINED) text = text.replace(joined, spaced);
  return text;
}

/**
 * The agent API page (002) shows each entry as a collapsed heading and a one-line summary:
 * the bodies are not in the seed, so nothing on those cards may pass for the page's wording.
 */
export const COLLAPSED: Partial<Record<PlatformId, string>> = {
  agi: "The page shows this entry collapsed, as a heading and a one-line summary; its body is not in the seed.",
};

/**
 * Per entry: which of the card's steps, causes and places come from the page (and from which
 * part of it), and which are our own advice. Kept true to the entry: where the page gives
 * nothing, this says so.
 */
export const SOURCE_NOTES: Record<PlatformId, Record<string, string>> = {
  credits: {
    SessionStuckOnRunning: "The fix (open the session and cancel it; unused credits return) and the time ceiling under “Why this happens” are this entry’s words, shortened. Nothing is added.",
    SynthResponseIncomplete: "The cause and both steps (continue the session; if it persists, cancel and re-run with the same configuration) are this entry’s. Nothing is added.",
    InsufficientCreditsMidSession: "The body, the place (/profile → Billing) and the three ways on (top up, upgrade the plan, continue) are this entry’s. Nothing is added.",
    ProviderNotConnected: "Connecting at /settings/integrations, reopening the session and executing the action item again are this entry’s. The line about clicking Execute again if nothing resumed comes from the page’s next entry (the OAuth callback).",
    OAuthCallbackLandsOnIntegrations: "Everything on the card (the just-in-time OAuth flow, the kept session context, returning to the session tab to click Execute again) is this entry’s. Nothing is added.",
    McpKeyNotInChatGPT: "Why the key fails and what to use instead (the OAuth connector inside ChatGPT; Bearer keys in claude.ai or Claude Desktop) are this entry’s. The entry names no page for it: the docs links are the host’s.",
    WebhookDeliveriesNotArriving: "The place (/mcp/console → Webhooks → subscription details), the automatic pause and re-enabling, and the signature check with its verify code in /docs/webhooks are this entry’s. Nothing is added.",
    SessionMissingFromDashboard: "Why sessions are kept, that only drafts can be deleted, and the fix (flip the dashboard filter to Archived) are this entry’s. Nothing is added.",
  },
  alumia: {
    PaymentRequired402: "The title and body are what the page says the card shows; the place (/<orgSlug>/billing), the cause and the three fixes (add funds, a BYOK key, a free provider’s model) are this entry’s Why and Fix.",
    ConnectorAuthFailed: "The place, Reconnect, the consent flow in a new tab and the three causes are this entry’s What you see, Why and Fix. Its missing-scope fix is the card’s state for a response that names a missing scope (Components/ConnectorReconnectCard), not this one.",
    TooManyRequests429: "The wait (Retry-After), the limit of 60 requests per minute per user or IP and consolidating calls onto one session are this entry’s. Its advice to back off exponentially in code is for developers and is not on the card.",
    AgentStuckOnATool: "The likely cause and the three steps (read the call and the connector’s status; list_agents and a follow-up message_agent for a stuck peer; cancel, restart with a tighter prompt, disable a tool that fails twice) are this entry’s Why and Fix. The peers and their states come from the response.",
    StripeCheckoutNoBalance: "The causes and the steps (reload the balance; after a minute, recent activity; support with the Stripe checkout session ID) are this entry’s Why and Fix. Nothing is added.",
    Unauthorized401: "The three steps, the place (/<orgSlug>/settings → API keys), both headers and the causes are this entry’s Why and Fix. Nothing is added.",
    ShareLink404: "Both steps (re-enable sharing on /<orgSlug>/lab/<projectId>, share the new URL) and the three causes are this entry’s. Nothing is added.",
  },
  agi: {
    SessionCreationFails: "The checks (API key, rate limits, agent name) are the page’s Quick Diagnostic for “Can’t create a session?”. The rest is our wording; the field to correct comes from the response.",
    SessionNotFound404: "The causes (deleted, expired, wrong ID) are the Quick Diagnostic for “Session not found?”; the checks are the Debug Checklist’s step 2 (Check Session State). The rest is our wording.",
    SessionStuckInitializing: "Checking the session’s status is the Debug Checklist’s step 2. Cancelling it and creating a new one is our own advice.",
    AgentNotCompletingTasks: "The causes are the Quick Diagnostic for “Agent stuck or not responding?”; the steps are the Debug Checklist’s steps 2–4 (session state, a simple message, clear instructions). The rest is our wording.",
    IncompleteResults: "Specifying the output format and covering edge cases are the Debug Checklist’s step 4 (Review Task Instructions). Asking for the missing part in a follow-up message is our own advice.",
    AgentMakesErrors: "The checks are the Debug Checklist’s step 4 (Review Task Instructions). Re-running after tightening them is our own advice.",
    ConnectionTimeouts: "The causes are the Quick Diagnostic for “Getting timeout errors?”; checking the API status is from “Still Need Help?”. Retrying with a longer client timeout and sending fewer requests at once are our own advice.",
    RateLimiting429: "The page gives nothing beyond the summary: the wait is the response’s Retry-After, and spreading requests out is our own advice.",
    MessagesNotAppearing: "Checking that the session is ‘ready’ or ‘running’ and sending a simple “Hello” are the Debug Checklist’s steps 2 and 3. Reconnecting to the event stream is our own advice.",
    SSEParsingIssues: "The page gives no steps for it: how to read the stream (split on blank lines, join multi-line data, skip comment lines) is our own advice, after the Server-Sent Events format. The examples link is the page’s “View Examples”.",
    Unauthorized401: "The checks (a correct, active key; the Bearer format) are the Debug Checklist’s step 1 (Verify Authentication). The rest is our wording.",
    AuthNotPreserved: "The page gives no steps for it: signing in again and taking a new snapshot afterwards are our own advice.",
    SnapshotRestorationFails: "The page gives no steps for it: checking the snapshot ID, restoring again and snapshotting a fresh session are our own advice; contacting support is from “Still Need Help?”.",
    WebhooksNotReceived: "The page gives no steps for it: the checks (a reachable endpoint answering 2xx quickly, an active subscription, a signature check that accepts valid deliveries) are our own advice.",
    DuplicateEvents: "The page gives no steps or causes for it: handling each event once by its ID, acknowledging quickly, and that senders deliver again when unsure, are our own advice, not this platform’s stated behaviour.",
    JSONParsingErrors: "Specifying the output format is the Debug Checklist’s step 4. Asking for JSON only and validating before parsing are our own advice; the examples link is the page’s “View Examples”.",
  },
  runagents: {
    AgentStuckPending: "The four causes, the build status under Agents → your agent → Overview, and checking the event log first are this entry’s. Nothing is added.",
    Forbidden403OnToolCalls: "The four checks are this entry’s “How to diagnose” (with its PolicyBinding detail), the causes its “Possible causes”. Nothing is added.",
    ApprovalRequiredResponse: "The four steps and that approved access is time-limited are this entry’s “What to do” and its note “Approvals are policy-driven”. Nothing is added.",
    OAuthConsentRequired: "The consent flow and retrying the original request afterwards are this section’s four steps. Nothing is added.",
    OAuthCallbackFails: "The four causes and their fixes are this entry’s. Reconnecting once the cause is fixed is our own advice.",
    LLMGateway404ModelNotFound: "The four steps are this entry’s “What to do”. Nothing is added.",
    LLMGateway502ProviderUnreachable: "The three causes are this entry’s; it gives no fix. Retrying is our own advice.",
    ToolStatusUnavailable: "The three checks, and that “Unavailable” need not mean the tool is down, are this entry’s. Retrying is our own advice.",
    BuildFails: "The curl command and the four common issues are this entry’s “How to diagnose”. Fixing them and building again is our own advice.",
    RunStuckInPausedApproval: "Approving or rejecting on the Approvals page and the run resuming within seconds are this entry’s; that approved access is time-limited comes from the page’s APPROVAL_REQUIRED entry. What rejecting means for the run is our wording.",
    RunFailedUnexpectedly: "Both ways to the event log (the run’s timeline in the console, the curl command) and looking for ERROR events are this entry’s. The events listed come from the response.",
  },
};

/** What the note under an entry's quote says: the page's shape, where it hides bodies, then the entry's own note. */
export function sourceNote(platform: Platform, entry: Entry): string | undefined {
  const note = SOURCE_NOTES[platform.id]?.[entry.id];
  if (note === undefined) return undefined;
  return [COLLAPSED[platform.id], note].filter(Boolean).join(" ");
}
