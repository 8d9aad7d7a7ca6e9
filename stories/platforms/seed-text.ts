/// <reference types="vite/client" />
/**
 * The seed pages' own words for each entry, so a reviewer sees the specification beside the
 * rendered state. The four pages are copied from shared/seeds/ into ./seeds (the spec is
 * quoted, not paraphrased); an entry's text runs from its heading to the next entry's.
 */
import credits from "./seeds/000_b5adb040b97f4435.txt?raw";
import alumia from "./seeds/001_6da681fa4f526d0e.txt?raw";
import agi from "./seeds/002_21357477f65fe7b4.txt?raw";
import runagents from "./seeds/003_a019a0b625274bb0.txt?raw";
import type { Entry, Platform } from "./entries";

const PAGES: Record<string, string> = {
  "000_b5adb040b97f4435.txt": credits,
  "001_6da681fa4f526d0e.txt": alumia,
  "002_21357477f65fe7b4.txt": agi,
  "003_a019a0b625274bb0.txt": runagents,
};

const heading = (entry: Entry) => (entry.seedHeading ?? entry.title).trim();

// The pages' section headings, which sit between an entry and the next: not the entry's words.
const SECTIONS = /^(?:Common issues#?|Session Issues|Agent Behavior|API & Network|Authentication|Webhooks|Data & Formatting|Debug Checklist|Quick Diagnostic|Tool Issues|Build Issues|Run Issues|Policy Issues|Agent Issues|Permission Errors|OAuth Issues|LLM Gateway Issues|Model Issues|Getting More Help|Still Need Help\?)$/;
// Where a page's inline code lost its spaces when it was copied ("billingand", "incheck_messages").
const JOINED: Array<[RegExp, string]> = [
  [/billingand\b/g, "billing and"],
  [/message_agentand\b/g, "message_agent and"],
  [/\bincheck_messages/g, "in check_messages"],
  [/list_agentsfrom\b/g, "list_agents from"],
  [/\binawaiting_peeroridle\b/g, "in awaiting_peer or idle"],
  [/follow-upmessage_agentif\b/g, "follow-up message_agent if"],
];

/**
 * The agent API page (002) shows its entries as collapsed headings with a one-line summary;
 * their bodies are not on the page. Said beside those stories, so nobody takes our wording
 * for the page's: the steps come from its Quick Diagnostic and Debug Checklist.
 */
export const COLLAPSED_NOTE: Partial<Record<string, string>> = {
  agi:
    "This page lists the entry as a collapsed heading and a one-line summary; its body is not on the page. The card's steps come from the page's Quick Diagnostic and Debug Checklist, the rest is our wording.",
};

/** The entry's passage of its seed page, or undefined when its heading is not found. */
export function seedText(platform: Platform, entry: Entry): string | undefined {
  const lines = (PAGES[platform.seed] ?? "").split("\n");
  const at = (e: Entry, from = 0) => lines.findIndex((line, i) => i >= from && line.trim().startsWith(heading(e)));
  const start = at(entry);
  if (start < 0) return undefined;
  const next = platform.entries[platform.entries.indexOf(entry) + 1];
  const end = next ? at(next, start + 1) : -1;
  const passage = lines.slice(start, end > start ? end : undefined);
  // A section heading (and blank lines) before the next entry belongs to the next section.
  while (passage.length > 1 && (passage[passage.length - 1]!.trim() === "" || SECTIONS.test(passage[passage.length - 1]!.trim()))) passage.pop();
  let text = passage.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  for (const [joined, spaced] of JOINED) text = text.replace(joined, spaced);
  return text;
}
