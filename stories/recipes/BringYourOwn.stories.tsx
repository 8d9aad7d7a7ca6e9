import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties, ReactNode } from "react";
import { expect, fn, userEvent } from "storybook/test";
import { codeSegments, describeRecovery, descriptionToText, type RecoveryDescription } from "../../src/describe";
import { parseFixture, PLATFORMS } from "../platforms/entries";

/**
 * Recipe: render a description with the host's own components (here a small shadcn-like
 * Card, Badge and Button of the host's, with its own styles — none of recovery-kit's).
 * Whatever our cards say, this says too: the words, the steps, the actions and their order
 * all come from `describeRecovery`.
 */

const TONE: Record<RecoveryDescription["tone"], string> = { danger: "#b42318", warning: "#8a5a00", info: "#0b5cd5", success: "#17693a", neutral: "#4b5563" };

function Card({ tone, children }: { tone: RecoveryDescription["tone"]; children: ReactNode }) {
  return <div style={{ border: "1px solid #e4e4e7", borderTop: `3px solid ${TONE[tone]}`, borderRadius: 8, padding: 16, background: "#fff", color: "#09090b", font: "14px/1.5 system-ui, sans-serif", display: "grid", gap: 8 }}>{children}</div>;
}
function Button({ variant, children, ...rest }: { variant: "default" | "outline" | "destructive" | "link"; children: ReactNode } & ({ onClick: () => void } | { href: string })) {
  const style: CSSProperties = {
    padding: "6px 12px",
    borderRadius: 6,
    font: "inherit",
    fontWeight: 500,
    cursor: "pointer",
    textDecoration: variant === "link" ? "underline" : "none",
    border: variant === "outline" ? "1px solid #71717a" : variant === "destructive" ? "1px solid #b42318" : "1px solid transparent",
    background: variant === "default" ? "#18181b" : "transparent",
    color: variant === "default" ? "#fafafa" : variant === "destructive" ? "#b42318" : "#18181b",
  };
  return "href" in rest ? <a href={rest.href} style={style}>{children}</a> : <button type="button" onClick={rest.onClick} style={style}>{children}</button>;
}
/** Backtick-marked code from the catalog, as <code>. */
const Text = ({ children }: { children: string }) => (
  <>{codeSegments(children).map((part, index) => (part.code ? <code key={index}>{part.text}</code> : <span key={index}>{part.text}</span>))}</>
);

const VARIANT = { primary: "default", secondary: "outline", danger: "destructive", link: "link" } as const;

/** The host's own rendering of any description. */
function HostNotice({ d, on }: { d: RecoveryDescription; on: (id: string) => void }) {
  return (
    <Card tone={d.tone}>
      <h3 style={{ margin: 0, fontSize: 16 }}>
        <Text>{d.title}</Text> {d.badge && <span style={{ fontSize: 12, border: "1px solid", borderRadius: 999, padding: "0 8px" }}>{d.badge}</span>}
      </h3>
      <p style={{ margin: 0 }}><Text>{d.body}</Text></p>
      {d.where && <p style={{ margin: 0, color: "#52525b" }}><Text>{d.where}</Text></p>}
      {d.notes?.map((note) => <p key={note} style={{ margin: 0, color: "#52525b" }}><Text>{note}</Text></p>)}
      {d.facts.length > 0 && (
        <dl style={{ margin: 0, display: "flex", gap: 12, flexWrap: "wrap" }}>
          {d.facts.map((fact) => (
            <div key={fact.id} style={{ display: "flex", gap: 4 }}>
              <dt style={{ color: "#52525b" }}>{fact.label}:</dt>
              <dd style={{ margin: 0 }}>{fact.code ? <code>{fact.value}</code> : fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {d.steps && (
        <div>
          <strong>{d.steps.heading}</strong>
          <ol style={{ margin: 0 }}>{d.steps.items.map((item) => <li key={item}><Text>{item}</Text></li>)}</ol>
        </div>
      )}
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        {d.actions.map((action) =>
          action.href ? (
            <Button key={action.id} variant={VARIANT[action.kind]} href={action.href}>{action.label}</Button>
          ) : (
            <Button key={action.id} variant={VARIANT[action.kind]} onClick={() => on(action.id)}>{action.label}</Button>
          ),
        )}
      </div>
    </Card>
  );
}

const agi = PLATFORMS.find((platform) => platform.id === "agi")!;
const creation = agi.entries.find((entry) => entry.id === "SessionCreationFails")!;

function Recipe({ onAction }: { onAction: (id: string) => void }) {
  const d = describeRecovery(parseFixture(creation.fixture), { platform: agi.platform, variant: creation.variant, actions: { retry: true, openApiKeys: "/settings#api-keys" } });
  return <HostNotice d={d} on={onAction} />;
}

const meta = {
  title: "Recipes/Bring your own components",
  component: Recipe,
  args: { onAction: fn() },
  tags: ["!autodocs"],
} satisfies Meta<typeof Recipe>;

export default meta;

export const HostDesignSystem: StoryObj<typeof meta> = {
  play: async ({ canvas, args }) => {
    const d = describeRecovery(parseFixture(creation.fixture), { platform: agi.platform, variant: creation.variant, actions: { retry: true, openApiKeys: "/settings#api-keys" } });
    await expect(canvas.getByRole("heading", { level: 3 })).toHaveTextContent(d.title);
    const labels = [...canvas.getAllByRole("button"), ...canvas.getAllByRole("link")].map((element) => element.textContent);
    await expect(labels.sort()).toEqual(d.actions.map((action) => action.label).sort());
    await userEvent.click(canvas.getByRole("button", { name: "Retry" }));
    await expect(args.onAction).toHaveBeenCalledWith("retry");
  },
};

/** Recipe: the same description as plain text, for a log line, an email or a CLI. */
export const PlainText: StoryObj<typeof meta> = {
  render: () => {
    const d = describeRecovery(parseFixture(creation.fixture), { platform: agi.platform, variant: creation.variant, actions: { retry: true, openApiKeys: "/settings#api-keys" } });
    return <pre style={{ font: "13px/1.5 ui-monospace, monospace", whiteSpace: "pre-wrap" }}>{descriptionToText(d)}</pre>;
  },
  play: async ({ canvasElement }) => {
    const text = canvasElement.querySelector("pre")!.textContent!;
    await expect(text.split("\n")[0]).toBe("Couldn’t create the session");
    await expect(text).toContain("→ Open API keys: /settings#api-keys");
  },
};
