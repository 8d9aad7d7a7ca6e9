/// <reference types="vite/client" />
/**
 * The stylesheet's default colours, type scale and radius scale, read from the CSS source
 * itself, and the WCAG contrast of every text/background pair the components draw. One
 * module for the tokens page (Contract.mdx) and its test (test/ui/contrast.test.ts), so the
 * page cannot show a ratio the test did not check, and neither can drift from the CSS.
 */
import css from "../../src/styles/recovery-kit.css?raw";

export type Theme = "light" | "dark";

export interface ColorToken {
  /** The public token's name without `--rk-` ("fg", "info-bg"). */
  name: string;
  light: string;
  dark: string;
}

/**
 * Every `--_rk-x: var(--rk-x, light-dark(#light, #dark))` default, in the stylesheet's order.
 * Only hex defaults are read: a default written another way is reported by the test, which
 * expects every public colour token here.
 */
export function colorTokens(source: string = css): ColorToken[] {
  const pattern = /--_rk-([a-z-]+):\s*var\(--rk-\1,\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)\s*\)/gi;
  return [...source.matchAll(pattern)].map((match) => ({ name: match[1]!, light: match[2]!.toLowerCase(), dark: match[3]!.toLowerCase() }));
}

/**
 * The light values of the `@supports not (color: light-dark(…))` block: what browsers without
 * light-dark() get. They must be the light defaults, or those browsers show other colours.
 */
export function fallbackTokens(source: string = css): Record<string, string> {
  const start = source.indexOf("@supports not (color: light-dark(");
  const block = start < 0 ? "" : source.slice(start, source.indexOf("\n}\n", start));
  const pattern = /--_rk-([a-z-]+):\s*var\(--rk-\1,\s*(#[0-9a-f]{3,8})\s*\)/gi;
  return Object.fromEntries([...block.matchAll(pattern)].map((match) => [match[1]!, match[2]!.toLowerCase()]));
}

/** A private scale (`--_rk-text-*`, `--_rk-radius-*`) as declared: name and value as written. */
export function scale(prefix: "text" | "radius", source: string = css): Array<{ token: string; value: string }> {
  const pattern = new RegExp(`(--_rk-${prefix}(?:-[a-z]+)?):\\s*([^;]+);`, "g");
  const seen = new Set<string>();
  const out: Array<{ token: string; value: string }> = [];
  for (const match of source.matchAll(pattern)) {
    // The first declaration is the scale; later ones (none today) would be overrides.
    if (seen.has(match[1]!)) continue;
    seen.add(match[1]!);
    out.push({ token: match[1]!, value: match[2]!.trim() });
  }
  return out;
}

/* ------------------------------------------------------------------ WCAG 2.x */

function channels(hex: string): [number, number, number] {
  let h = hex.replace("#", "");
  if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join("");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** Relative luminance (WCAG 2.2, the sRGB formula with the 0.04045 threshold). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `color-mix(in srgb, a p, b)` for opaque colours: each channel mixed as written (gamma-encoded). */
export function mixSrgb(a: string, b: string, p: number): string {
  const [x, y] = [channels(a), channels(b)];
  return `#${x.map((c, i) => Math.round((c * p + y[i]! * (1 - p)) * 255).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * How much of its tone's accent a pill's dark background mixes into the surface's
 * (`color-mix(in srgb, var(--_rk-accent) N%, var(--_rk-bg))`), read from the stylesheet.
 */
export function pillTint(source: string = css): number {
  const match = /color-mix\(in srgb, var\(--_rk-accent\) (\d+(?:\.\d+)?)%, var\(--_rk-bg\)\)/.exec(source);
  if (!match) throw new Error("No pill tint (color-mix of --_rk-accent into --_rk-bg) in the stylesheet");
  return Number(match[1]) / 100;
}

/**
 * Colours drawn from the tokens rather than set by one: each tone's pill background, the page
 * colour in light and, in dark, the accent mixed into the surface (`<tone>-pill`).
 */
export function derivedTokens(tokens: ColorToken[], source: string = css): ColorToken[] {
  const byName = new Map(tokens.map((token) => [token.name, token]));
  const tint = pillTint(source);
  return TONES.flatMap((tone) => {
    const [page, accent, bg] = [byName.get("page"), byName.get(`${tone}-accent`), byName.get(`${tone}-bg`)];
    return page && accent && bg ? [{ name: `${tone}-pill`, light: page.light, dark: mixSrgb(accent.dark, bg.dark, tint) }] : [];
  });
}

/** How the tokens page names a colour: its public token, or what a derived one is made of. */
export function shownAs(name: string): string {
  const pill = /^(.+)-pill$/.exec(name);
  return pill ? `--rk-page (light), --rk-${pill[1]}-accent mixed into --rk-${pill[1]}-bg (dark)` : `--rk-${name}`;
}

/** The contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/* ------------------------------------------------------------------ the pairs drawn */

export interface Pair {
  /** Token names without `--rk-`. */
  fg: string;
  bg: string;
  /** Where the components draw it. */
  use: string;
  /** 4.5 for text (WCAG 1.4.3 AA), 3 for a focus ring or an icon (1.4.11). */
  min: 4.5 | 3;
}

export const TONES = ["neutral", "info", "warning", "danger", "success"] as const;

/**
 * Every text/background pair the stylesheet draws (src/styles/recovery-kit.css), and the
 * non-text ones that must be seen. A card's text sits on its tone's background; the pill is
 * the accent on its own tint (derivedTokens); the Inspect dialog is text on the raised surface.
 */
export const PAIRS: Pair[] = [
  { fg: "fg", bg: "page", use: "text on the page", min: 4.5 },
  { fg: "fg-muted", bg: "page", use: "muted text on the page", min: 4.5 },
  { fg: "fg", bg: "raised", use: "the Inspect dialog's text", min: 4.5 },
  { fg: "fg-muted", bg: "raised", use: "the Inspect dialog's muted text", min: 4.5 },
  ...TONES.flatMap((tone): Pair[] => {
    const a = tone === "info" ? "an" : "a";
    return [
      { fg: "fg", bg: `${tone}-bg`, use: `title and body of ${a} ${tone} surface`, min: 4.5 },
      { fg: "fg-muted", bg: `${tone}-bg`, use: `meta line, notes, details of ${a} ${tone} surface`, min: 4.5 },
      { fg: `${tone}-accent`, bg: `${tone}-bg`, use: `the ${tone} icon (non-text)`, min: 3 },
      { fg: `${tone}-accent`, bg: `${tone}-pill`, use: `${a} ${tone} pill's text and dot (on the page colour in light, the accent mixed into the surface in dark)`, min: 4.5 },
      { fg: "danger-fg", bg: `${tone}-bg`, use: `a failed action's line in ${a} ${tone} surface`, min: 4.5 },
    ];
  }),
  { fg: "primary-fg", bg: "primary-bg", use: "the primary action", min: 4.5 },
  { fg: "primary-fg", bg: "primary-hover", use: "the primary action, hovered", min: 4.5 },
  { fg: "button-fg", bg: "button-bg", use: "a secondary action", min: 4.5 },
  { fg: "button-fg", bg: "button-hover", use: "a secondary or quiet action, hovered", min: 4.5 },
  { fg: "fg", bg: "button-hover", use: "the dismiss × and the dialog's close, hovered", min: 4.5 },
  { fg: "fg", bg: "button-bg", use: "the follow-up message field", min: 4.5 },
  { fg: "danger-fg", bg: "button-bg", use: "a destructive action", min: 4.5 },
  { fg: "danger-fg", bg: "page", use: "error text on the page", min: 4.5 },
  { fg: "button-border", bg: "button-bg", use: "a secondary action's outline (non-text)", min: 3 },
  { fg: "focus", bg: "page", use: "the focus ring on the page (non-text)", min: 3 },
  { fg: "focus", bg: "raised", use: "the focus ring in the Inspect dialog (non-text)", min: 3 },
  ...TONES.map((tone): Pair => ({ fg: "focus", bg: `${tone}-bg`, use: `the focus ring on ${tone === "info" ? "an" : "a"} ${tone} surface (non-text)`, min: 3 })),
];

/**
 * The colours the stylesheet draws with, as `--_rk-*` names: `color`, `outline` and the
 * accent's dots as foregrounds, other `background`s as backgrounds. A tone's `--_rk-accent`
 * and `--_rk-bg` stand for every tone's. The test checks each is in a pair above, so a colour
 * the components start drawing with cannot go unmeasured.
 */
export function drawnColors(source: string = css): { fg: string[]; bg: string[] } {
  const tones = (name: string) => (name === "accent" || name === "bg" ? TONES.map((tone) => `${tone}-${name}`) : [name]);
  const fg = new Set<string>();
  const bg = new Set<string>();
  for (const match of source.matchAll(/(?:^|[\s;{])(color|outline|background(?:-color)?):[^;{}]*?var\(--_rk-([a-z-]+)\)/g)) {
    const [, property, name] = match as unknown as [string, string, string];
    const target = property.startsWith("background") && name !== "accent" ? bg : fg;
    for (const token of tones(name)) target.add(token);
  }
  return { fg: [...fg].sort(), bg: [...bg].sort() };
}

export interface Measured extends Pair {
  theme: Theme;
  fgColor: string;
  bgColor: string;
  ratio: number;
  pass: boolean;
}

/** Every pair in both themes, measured from the stylesheet's defaults (and what is derived from them). */
export function measure(tokens: ColorToken[] = colorTokens(), source: string = css): Measured[] {
  const byName = new Map([...tokens, ...derivedTokens(tokens, source)].map((token) => [token.name, token]));
  return (["light", "dark"] as const).flatMap((theme) =>
    PAIRS.map((pair) => {
      const fg = byName.get(pair.fg);
      const bg = byName.get(pair.bg);
      if (!fg || !bg) throw new Error(`No default for --rk-${fg ? pair.bg : pair.fg} in the stylesheet`);
      const ratio = contrast(fg[theme], bg[theme]);
      // Rounded down to two places before the comparison, as the page shows it: 4.499 is no pass.
      const shown = Math.floor(ratio * 100) / 100;
      return { ...pair, theme, fgColor: fg[theme], bgColor: bg[theme], ratio: shown, pass: shown >= pair.min };
    }),
  );
}
