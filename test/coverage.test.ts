/**
 * docs/coverage.md, stories/platforms/entries.ts and the Platforms/* story files must agree:
 * 42 entries (8, 7, 16 and 11 per page), every row with a kind, a component and a story.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RECOVERY_ERROR_KINDS } from "../src/model";
import { PLATFORMS } from "../stories/platforms/entries";

// Vitest runs from the repository root.
const at = (path: string) => join(process.cwd(), path);
const table = readFileSync(at("docs/coverage.md"), "utf8")
  .split("\n")
  .filter((line) => /^\| \d+ \|/.test(line))
  .map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\) \| /)
      .map((cell) => cell.trim().replace(/\\\|/g, "|").replace(/^`|`$/g, "")),
  );
const FILES = { credits: "CreditsSessions", alumia: "Alumia", agi: "AgiApi", runagents: "RunAgents" } as const;

describe("seed coverage", () => {
  it("has the pages' entry counts", () => {
    expect(PLATFORMS.map((p) => p.entries.length)).toEqual([8, 7, 16, 11]);
    expect(table).toHaveLength(42);
  });

  const rows = PLATFORMS.flatMap((platform) => platform.entries.map((entry) => ({ platform, entry })));
  it.each(rows.map((row, index) => [index + 1, row.entry.title, row] as const))("row %i: %s", (index, _title, { platform, entry }) => {
    const row = table[index - 1]!;
    expect(row[0]).toBe(String(index));
    expect(row[1]).toContain(platform.seed);
    expect(row[2]).toBe(entry.title);
    expect(RECOVERY_ERROR_KINDS).toContain(row[3]);
    expect(row[3]).toBe(entry.kind);
    expect(row[4]).toBe(entry.component);
    expect(row[5]).toBe(`Platforms/${platform.name}/${entry.title}`);
    const stories = readFileSync(at(`stories/platforms/${FILES[platform.id]}.stories.tsx`), "utf8");
    expect(stories).toContain(`export const ${entry.id}: StoryObj = { ...entryStory("${platform.id}", "${entry.id}"), name: ${JSON.stringify(entry.title)} };`);
  });

  it("every entry title appears on its seed page (where the seeds are checked out beside the repo)", () => {
    let checked = 0;
    for (const platform of PLATFORMS) {
      let page: string;
      try {
        page = readFileSync(at(`../shared/seeds/${platform.seed}`), "utf8");
      } catch {
        continue;
      }
      for (const entry of platform.entries) {
        // Our titles keep the page's words; the RunAgents OAuth entry adds the sentence that names it.
        const head = entry.title.split(":")[0]!;
        expect(page).toContain(head);
        checked++;
      }
    }
    expect(checked === 0 || checked === 42).toBe(true);
  });
});
