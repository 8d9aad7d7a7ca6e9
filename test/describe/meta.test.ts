/**
 * The meta line (copy template): codes go there, but never a code that only says the title
 * again — `FAILED` beside "The run failed unexpectedly", `Unavailable` on a tool that isn't
 * responding. Checked for every seed state and every generic wording, in English and German
 * alike (codes are English identifiers, so both locales show the same meta line).
 */
import { describe, expect, it } from "vitest";
import { de, en, type RecoveryMessages } from "../../src";
import { describeRecovery, type RecoveryDescription } from "../../src/describe";
import type { RecoveryError } from "../../src/model";
import { parseFixture, PLATFORMS } from "../../stories/platforms/entries";
import { describeEntry } from "../helpers";

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);

// This test's own reading of "says the title again", kept simpler than the describer's: every
// word of the code (less "not") shares its first four letters with a word of the English title,
// the kind or the variant.
const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter((word) => word.length > 1 && word !== "not");
function restates(code: string, names: string[]): boolean {
  const said = names.flatMap(words);
  return words(code).every((word) => said.some((other) => other.slice(0, 4) === word.slice(0, 4)));
}

const CATALOGS: Array<[string, RecoveryMessages]> = [
  ["en", en],
  ["de", de],
];

describe.each(CATALOGS)("no meta code restates its title (%s)", (_, catalog) => {
  const rows = PLATFORMS.flatMap((platform) => platform.entries.map((entry) => ({ platform, entry })));
  it.each(rows.map((row) => [`${row.platform.id} · ${row.entry.title}`, row] as const))("seed state %s", (_name, { platform, entry }) => {
    const error = parseFixture(entry.fixture);
    const describeIn = (messages: RecoveryMessages): RecoveryDescription => describeEntry(platform, entry, error, { catalog: messages, now: T0 });
    const d = describeIn(catalog);
    const english = describeIn(en);
    if (d.meta?.code) expect(restates(d.meta.code, [english.title, d.kind, d.variant]), `${d.meta.code} beside “${english.title}”`).toBe(false);
    // The same meta line in every language.
    expect(d.meta).toEqual(english.meta);
  });

  // Every generic wording, with a code made of its own title, and of its kind.
  const variants = (Object.keys(en.notices) as Array<keyof typeof en.notices>).flatMap((kind) => Object.keys(en.notices[kind]).map((variant) => [kind, variant] as const));
  it.each(variants)("%s/%s: a code made of its title or its kind is left off, another code stays", (kind, variant) => {
    const title = (en.notices[kind] as Record<string, { title: string }>)[variant]!.title;
    const meta = (code: string) => describeRecovery({ kind, message: "x", retryable: false, status: 400, code } as RecoveryError, { catalog, variant }).meta;
    const asCode = (text: string) => text.replace(/[^A-Za-z]+/g, "_").replace(/^_|_$/g, "").toUpperCase();
    expect(meta(asCode(title)), asCode(title)).toEqual({ status: 400 });
    expect(meta(asCode(kind))).toEqual({ status: 400 });
    expect(meta("QUOTA_SHARD_MIGRATING")).toEqual({ status: 400, code: "QUOTA_SHARD_MIGRATING" });
  });
});

describe("the cases the design review found", () => {
  const failed = parseFixture(PLATFORMS.find((p) => p.id === "runagents")!.entries.find((e) => e.id === "RunFailedUnexpectedly")!.fixture);
  it("a failed run: FAILED is not shown beside “The run failed unexpectedly”", () => {
    expect(failed.code).toBe("FAILED");
    expect(describeRecovery(failed).meta).toBeUndefined();
    expect(describeRecovery(failed, { catalog: de }).meta).toBeUndefined();
  });

  it("a tool whose status is Unavailable: the status word is not shown beside “This tool isn’t responding”", () => {
    const d = describeRecovery({ kind: "tool-unavailable", message: "x", code: "Unavailable", status: 503 } as RecoveryError);
    expect(d.meta).toEqual({ status: 503 });
  });

  it("a code that says more than the title stays: WEBHOOK_PAUSED on deliveries that aren't arriving", () => {
    const d = describeRecovery({ kind: "webhook-failing", message: "x", code: "WEBHOOK_PAUSED" } as RecoveryError, { variant: "not-arriving" });
    expect(d.meta).toEqual({ code: "WEBHOOK_PAUSED" });
  });
});
