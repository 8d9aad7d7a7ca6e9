/**
 * ErrorRecovery's short state says what happened as its title, in one short line, and what to
 * do in its body, for every kind and variant, in English and German (the copy template: a
 * title says what happened; the body why and what to do). Read from the description, so any
 * renderer gets the same split.
 */
import { describe, expect, it } from "vitest";
import { deShort } from "../../src/catalog/de-short.js";
import { enShort } from "../../src/catalog/en-short.js";
import { describeShort } from "../../src/describe/short.js";
import { RECOVERY_ERROR_KINDS, type RecoveryError } from "../../src/model/types.js";

describe.each([
  ["en", enShort],
  ["de", deShort],
] as const)("the short state's title (%s)", (_, messages) => {
  const states: RecoveryError[] = [
    ...RECOVERY_ERROR_KINDS.map((kind) => ({ kind, message: "x", messageSource: "library" }) as RecoveryError),
    ...Object.keys(messages.variants).map((key) => {
      const [kind, variant] = key.split("/");
      return { kind, variant, message: "x", messageSource: "library" } as RecoveryError;
    }),
  ];

  it.each(states.map((error) => [`${error.kind}/${error.variant ?? "default"}`, error] as const))("%s: one short line; the rest is the body", (_, error) => {
    const d = describeShort(error, { messages, wired: {}, failed: false });
    const sentences = (error.variant && messages.variants[`${error.kind}/${error.variant}`]) || messages.kinds[error.kind];
    // One sentence, no closing full stop (a title, not prose), short enough for one line of a card.
    expect(d.title).not.toMatch(/[.!?](\s|$)/);
    expect(d.title.length).toBeGreaterThan(0);
    expect(d.title.length).toBeLessThanOrEqual(72);
    // Nothing the sentences said is lost, and the body does not repeat the title.
    expect([`${d.title}.`, d.body].filter(Boolean).join(" ")).toBe(sentences);
    expect(d.body).not.toContain(d.title);
  });
});
