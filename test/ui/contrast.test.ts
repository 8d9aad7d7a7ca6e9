/**
 * The tokens page's contrast table (stories/foundation/Contract.mdx) as a test: every
 * text/background pair the components draw, in light and dark, from the stylesheet's own
 * defaults, meets WCAG AA (4.5:1 for text, 3:1 for focus rings and icons).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colorTokens, contrast, derivedTokens, drawnColors, fallbackTokens, measure, mixSrgb, PAIRS, pillTint, scale } from "../../stories/foundation/contrast";

// Read here, not through the module's `?raw` import: Vitest hands CSS modules to tests as empty
// strings unless its `css` option includes them (Vitest runs from the repository root); the module parses whatever source it is given.
const source = readFileSync(join(process.cwd(), "src/styles/recovery-kit.css"), "utf8");

describe("contrast of the default tokens", () => {
  it("computes WCAG ratios as the specification's examples give them", () => {
    // Black on white is the maximum; a colour against itself the minimum; #767676 on white is
    // the well-known lightest grey that passes 4.5:1 (4.54), #777777 the first that fails.
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#fff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrast("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("reads every public colour token's light and dark default from the stylesheet", () => {
    const names = colorTokens(source).map((token) => token.name);
    // Every token a pair names has a default (a renamed or rewritten default would leave the
    // page with nothing to measure), and the list is the README's whole colour table.
    const derived = derivedTokens(colorTokens(source), source).map((token) => token.name);
    for (const pair of PAIRS) expect([...names, ...derived]).toEqual(expect.arrayContaining([pair.fg, pair.bg]));
    expect(names).toHaveLength(29);
  });

  it("gives browsers without light-dark() the light defaults", () => {
    const fallback = fallbackTokens(source);
    const light = Object.fromEntries(colorTokens(source).map((token) => [token.name, token.light]));
    // Every colour needs its fallback: a private token left as light-dark() there is invalid in
    // those browsers, and what reads it (the Inspect dialog's background) becomes transparent.
    expect(Object.keys(fallback).sort()).toEqual(Object.keys(light).sort());
    for (const [name, value] of Object.entries(fallback)) expect({ name, value }).toEqual({ name, value: light[name] });
  });

  it("declares three type sizes and the radius scale", () => {
    expect(scale("text", source).map((step) => step.token)).toEqual(["--_rk-text-title", "--_rk-text", "--_rk-text-small"]);
    expect(scale("radius", source).map((step) => step.token)).toEqual(["--_rk-radius", "--_rk-radius-lg", "--_rk-radius-md", "--_rk-radius-sm", "--_rk-radius-full"]);
  });

  it("measures every colour the stylesheet draws with", () => {
    const drawn = drawnColors(source);
    // A sample of what must be found, so an empty parse cannot pass.
    expect(drawn.fg).toEqual(expect.arrayContaining(["fg", "fg-muted", "focus", "primary-fg", "danger-fg", "warning-accent"]));
    expect(drawn.bg).toEqual(expect.arrayContaining(["page", "raised", "primary-bg", "button-hover", "danger-bg"]));
    expect(drawn.fg.filter((name) => !PAIRS.some((pair) => pair.fg === name))).toEqual([]);
    expect(drawn.bg.filter((name) => !PAIRS.some((pair) => pair.bg === name))).toEqual([]);
  });

  it("meets its threshold for every pair the components draw, in light and dark", () => {
    const measured = measure(colorTokens(source), source);
    expect(measured).toHaveLength(PAIRS.length * 2);
    const failing = measured.filter((pair) => !pair.pass).map((p) => `${p.theme}: --rk-${p.fg} ${p.fgColor} on --rk-${p.bg} ${p.bgColor} = ${p.ratio} < ${p.min} (${p.use})`);
    expect(failing).toEqual([]);
  });

  it("fails a pair below its threshold", () => {
    // The same measurement over a grey that is too light: the check above can fail.
    const tokens = colorTokens(source).map((token) => (token.name === "fg-muted" ? { ...token, light: "#8c959f" } : token));
    const muted = measure(tokens, source).filter((pair) => pair.theme === "light" && pair.fg === "fg-muted");
    expect(muted.every((pair) => !pair.pass)).toBe(true);
  });

  it("measures each pill on its own tint: the page colour in light, its accent mixed into the surface in dark", () => {
    // color-mix(in srgb) mixes the written channels: half of black and white is #808080.
    expect(mixSrgb("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mixSrgb("#ff0000", "#0000ff", 0.16)).toBe("#2900d6");
    const tint = pillTint(source);
    expect(tint).toBeGreaterThan(0);
    const tokens = colorTokens(source);
    const byName = Object.fromEntries(tokens.map((token) => [token.name, token]));
    for (const pill of derivedTokens(tokens, source)) {
      const tone = pill.name.replace(/-pill$/, "");
      expect(pill.light).toBe(byName.page!.light);
      // Not the page colour in dark (a hole in the card), and lighter than the card it sits on.
      expect(pill.dark).not.toBe(byName.page!.dark);
      expect(pill.dark).toBe(mixSrgb(byName[`${tone}-accent`]!.dark, byName[`${tone}-bg`]!.dark, tint));
      expect(contrast(pill.dark, "#000000")).toBeGreaterThan(contrast(byName[`${tone}-bg`]!.dark, "#000000"));
    }
    const pills = measure(tokens, source).filter((pair) => pair.bg.endsWith("-pill"));
    expect(pills).toHaveLength(10);
    expect(pills.filter((pair) => !pair.pass)).toEqual([]);
    // A tint too strong for the accent to read on fails.
    const strong = measure(tokens, source.replace(/(var\(--_rk-accent\) )\d+%/, "$170%")).filter((pair) => pair.bg.endsWith("-pill") && pair.theme === "dark");
    expect(strong.some((pair) => !pair.pass)).toBe(true);
  });
});
