/**
 * The tokens page's tables (Contract.mdx), drawn from stories/foundation/contrast.ts: the
 * colours, scales and ratios shown are the ones the stylesheet declares and the contrast test
 * checks, never a copy typed by hand.
 */
import type { CSSProperties, ReactNode } from "react";
import { colorTokens, measure, scale, shownAs, type Measured } from "./contrast";

const swatch: CSSProperties = { display: "inline-block", width: 14, height: 14, borderRadius: 3, border: "1px solid #8c959f", verticalAlign: "-2px", marginInlineEnd: 6 };

const Swatch = ({ color }: { color: string }) => <span aria-hidden="true" style={{ ...swatch, background: color }} />;

/** Every public colour token with its light and dark default. */
export function ColorTokens() {
  return (
    <table>
      <thead>
        <tr>
          <th>token</th>
          <th>light</th>
          <th>dark</th>
        </tr>
      </thead>
      <tbody>
        {colorTokens().map((token) => (
          <tr key={token.name}>
            <td>
              <code>--rk-{token.name}</code>
            </td>
            <td>
              <Swatch color={token.light} />
              <code>{token.light}</code>
            </td>
            <td>
              <Swatch color={token.dark} />
              <code>{token.dark}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const TEXT_USE: Record<string, ReactNode> = {
  "--_rk-text-title": "the title (600) and the Inspect dialog's title",
  "--_rk-text": "body, notes, facts, lists, sub-heads (600, never smaller than the body), actions",
  "--_rk-text-small": "the meta line, code, pills, a failed action's line",
};

/** A scale's tokens, their values, what each is for, and a live sample drawn with the token. */
function ScaleTable({ kind, use, sample }: { kind: "text" | "radius"; use: Record<string, ReactNode>; sample: (token: string) => ReactNode }) {
  return (
    <table className="rk-theme">
      <thead>
        <tr>
          <th>token</th>
          <th>value</th>
          <th>used for</th>
          <th>sample</th>
        </tr>
      </thead>
      <tbody>
        {scale(kind).map(({ token, value }) => (
          <tr key={token}>
            <td>
              <code>{token}</code>
            </td>
            <td>
              <code>{value}</code>
            </td>
            <td>{use[token]}</td>
            <td>{sample(token)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The three type sizes, each as a live sample inside `.rk-theme`, where the private tokens resolve. */
export function TypeScale() {
  return (
    <ScaleTable
      kind="text"
      use={TEXT_USE}
      sample={(token) => <span style={{ fontSize: `var(${token})`, fontWeight: token === "--_rk-text-title" ? 600 : 400, lineHeight: 1.5 }}>Your balance is empty</span>}
    />
  );
}

const RADIUS_USE: Record<string, ReactNode> = {
  "--_rk-radius": <>from the public <code>--rk-radius</code></>,
  "--_rk-radius-lg": "surfaces: cards, banners, the dialog",
  "--_rk-radius-md": "controls: buttons, fields, code blocks",
  "--_rk-radius-sm": "chips: inline code, focus rings",
  "--_rk-radius-full": "pills",
};

/** The radius scale, each step drawn with its own token. */
export function RadiusScale() {
  return (
    <ScaleTable
      kind="radius"
      use={RADIUS_USE}
      sample={(token) => <span aria-hidden="true" style={{ display: "inline-block", width: 64, height: 28, border: "2px solid #8c959f", borderRadius: `var(${token})` }} />}
    />
  );
}

function Ratio({ pair }: { pair: Measured }) {
  return (
    <td style={{ whiteSpace: "nowrap" }}>
      <span
        aria-hidden="true"
        style={{ display: "inline-block", minWidth: 34, padding: "1px 6px", marginInlineEnd: 6, borderRadius: 4, border: "1px solid #8c959f", background: pair.bgColor, color: pair.fgColor, fontWeight: 600, textAlign: "center" }}
      >
        {pair.min === 3 ? "■" : "Aa"}
      </span>
      {pair.ratio.toFixed(2)}:1 <strong>{pair.pass ? "pass" : "FAIL"}</strong>
    </td>
  );
}

/** Every pair the components draw, in light and dark, with its WCAG ratio against its threshold. */
export function ContrastTable() {
  const measured = measure();
  const light = measured.filter((pair) => pair.theme === "light");
  const dark = measured.filter((pair) => pair.theme === "dark");
  return (
    <table>
      <thead>
        <tr>
          <th>colour on background</th>
          <th>where</th>
          <th>needs</th>
          <th>light</th>
          <th>dark</th>
        </tr>
      </thead>
      <tbody>
        {light.map((pair, index) => (
          <tr key={`${pair.fg}/${pair.bg}`}>
            <td>
              <code>--rk-{pair.fg}</code> on <code>{shownAs(pair.bg)}</code>
            </td>
            <td>{pair.use}</td>
            <td>{pair.min}:1</td>
            <Ratio pair={pair} />
            <Ratio pair={dark[index]!} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How many pairs pass, for the sentence above the table. */
export function ContrastSummary() {
  const measured = measure();
  const failing = measured.filter((pair) => !pair.pass);
  const lowest = [...measured].sort((a, b) => a.ratio / a.min - b.ratio / b.min)[0]!;
  return (
    <p>
      {measured.length / 2} pairs in two themes: {failing.length === 0 ? "every one passes" : `${failing.length} fail`}. The closest to its threshold is{" "}
      <code>--rk-{lowest.fg}</code> on <code>{shownAs(lowest.bg)}</code> in {lowest.theme}, {lowest.ratio.toFixed(2)}:1 against {lowest.min}:1.
    </p>
  );
}
