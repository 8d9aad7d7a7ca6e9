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

/** The entry's passage of its seed page, or undefined when its heading is not found. */
export function seedText(platform: Platform, entry: Entry): string | undefined {
  const lines = (PAGES[platform.seed] ?? "").split("\n");
  const at = (e: Entry, from = 0) => lines.findIndex((line, i) => i >= from && line.trim().startsWith(heading(e)));
  const start = at(entry);
  if (start < 0) return undefined;
  const next = platform.entries[platform.entries.indexOf(entry) + 1];
  const end = next ? at(next, start + 1) : -1;
  return lines
    .slice(start, end > start ? end : undefined)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
