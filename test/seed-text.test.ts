/**
 * The seed passage and source note beside each Platforms/* story (stories/platforms/seed-text.ts):
 * each quote is its entry's words and nothing else, a list stays a list, and each note is the
 * entry's own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLATFORMS } from "../stories/platforms/entries";
import { COLLAPSED, SECTION_HEADINGS, seedHeading, seedText, SOURCE_NOTES, sourceNote } from "../stories/platforms/seed-text";

// Vitest runs from the repository root.
const page = (seed: string) => readFileSync(join(process.cwd(), "stories/platforms/seeds", seed), "utf8");
const squeeze = (text: string) => text.replace(/\s+/g, "");
const ENTRIES = PLATFORMS.flatMap((platform) => platform.entries.map((entry) => ({ platform, entry })));
const quoteOf = (platformId: string, entryId: string) => {
  const platform = PLATFORMS.find((p) => p.id === platformId)!;
  return seedText(platform, platform.entries.find((e) => e.id === entryId)!)!;
};

describe("seed quotes", () => {
  it.each(ENTRIES.map(({ platform, entry }) => [`${platform.id}/${entry.id}`, platform, entry] as const))("%s is its entry's words, cut at the next heading", (_, platform, entry) => {
    const quote = seedText(platform, entry);
    expect(quote, "the entry's heading is on its page").toBeDefined();
    const lines = quote!.split("\n");
    expect(lines[0]).toBe(seedHeading(entry));
    // Another entry's heading (on any page) or a section heading means the cut came too late.
    const others = new Set([...SECTION_HEADINGS, ...ENTRIES.filter((e) => e.entry !== entry).map((e) => seedHeading(e.entry))]);
    for (const line of lines.slice(1)) expect(others.has(line.trim()), `“${line.trim()}” is another heading`).toBe(false);
    // A list marker left alone on its line ("1", "2.") belongs to a numbered block that isn't this entry.
    for (const line of lines) expect(line).not.toMatch(/^\s*\d+\.?\s*$/);
    // Bullets run together ("stalled. - The model…") are a list the copy flattened.
    for (const line of lines) expect(line).not.toMatch(/[.!?:] - \S/);
    // Quoted, not paraphrased: only whitespace may differ from the page.
    expect(squeeze(page(platform.seed))).toContain(squeeze(quote!));
  });

  it("cuts the passages the review found running on", () => {
    expect(quoteOf("agi", "JSONParsingErrors")).toBe("JSON Parsing Errors\n\nUnable to parse agent responses as JSON");
    expect(quoteOf("runagents", "RunFailedUnexpectedly")).toMatch(/Look for ERROR events, which include details about what went wrong\.$/);
    expect(quoteOf("runagents", "BuildFails")).toMatch(/Syntax errors -- The code has syntax errors that prevent the build from completing\.$/);
    expect(quoteOf("runagents", "ApprovalRequiredResponse")).toMatch(/Approved access is time-limited and expires automatically\.$/);
    expect(quoteOf("alumia", "ShareLink404")).toMatch(/See Share a canvas\.$/);
  });

  it("keeps each bullet on a line of its own, whole", () => {
    const stuck = quoteOf("alumia", "AgentStuckOnATool").split("\n");
    expect(stuck).toContain("- The tool is waiting on a peer. If the agent called message_agent and is sitting in check_messages, it's waiting for a peer that may itself be busy or stalled.");
    expect(stuck).toContain("- The model returned a malformed tool call that didn't match the tool schema, causing the runtime to retry.");
    expect(stuck).toContain("- For a stuck peer chain, list participants with list_agents from the originator and check whether the peer is in awaiting_peer or idle. Send a follow-up message_agent if needed.");
    expect(stuck).toContain("- Cancel the session from the chat panel and restart with a tighter prompt. If the same tool fails the same way twice, the underlying tool is broken — disable it on the agent until the integration is fixed.");
    const payment = quoteOf("alumia", "PaymentRequired402").split("\n");
    expect(payment).toContain("- Click Add funds on the card, or open /<orgSlug>/billing and add funds there. See Top up your balance.");
    expect(payment).toContain("- Add a BYOK key for that provider so the request stops drawing from the Alumia balance. See BYOK.");
  });
});

describe("source notes", () => {
  it("one per entry, and none for an entry that isn't there", () => {
    for (const platform of PLATFORMS) {
      expect(Object.keys(SOURCE_NOTES[platform.id]).sort()).toEqual(platform.entries.map((e) => e.id).sort());
    }
  });

  it("each entry's note is its own, not one note under many", () => {
    const notes = Object.values(SOURCE_NOTES).flatMap((byEntry) => Object.values(byEntry));
    expect(new Set(notes).size).toBe(notes.length);
  });

  it("says under every agent API entry that the page shows no body for it", () => {
    const agi = PLATFORMS.find((p) => p.id === "agi")!;
    for (const entry of agi.entries) expect(sourceNote(agi, entry)).toMatch(/^The page shows this entry collapsed.*its body is not in the seed\. \S/);
    for (const platform of PLATFORMS.filter((p) => p.id !== "agi")) {
      expect(COLLAPSED[platform.id]).toBeUndefined();
      for (const entry of platform.entries) expect(sourceNote(platform, entry)).not.toMatch(/collapsed/);
    }
  });

  it("names our own advice where the agent API page gives no steps for the entry", () => {
    for (const id of ["DuplicateEvents", "IncompleteResults", "JSONParsingErrors", "SSEParsingIssues"]) expect(SOURCE_NOTES.agi[id]).toMatch(/our own advice/);
  });
});
