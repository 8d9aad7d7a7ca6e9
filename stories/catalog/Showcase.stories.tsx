import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ApprovalPendingNotice, BalanceEmptyCard, ConnectorReconnectCard, RateLimitBanner, StuckToolInspector } from "../../src";
import { approvalRequired, balanceEmpty, connectorAuthFailed, rateLimited, toolStuck } from "../fixtures";

const noop = () => undefined;

function Column({ theme }: { theme: "light" | "dark" }) {
  return (
    <div className="rk-theme" data-theme={theme} style={{ display: "grid", gap: 12, alignContent: "start", padding: 16, background: "var(--_rk-page)", borderRadius: 12 }}>
      <RateLimitBanner error={rateLimited(42)} onRetry={noop} autoRetry />
      <BalanceEmptyCard error={balanceEmpty()} onAddFunds={noop} onAddByokKey={noop} />
      <ConnectorReconnectCard error={connectorAuthFailed()} onReconnect={noop} />
      <ApprovalPendingNotice error={approvalRequired()} approvalsHref="/approvals" onCheckStatus={noop} onCancelRun={noop} />
      <StuckToolInspector error={toolStuck(95, "[browser] waiting for networkidle…")} cause="slow-tool" onCancelSession={noop} />
    </div>
  );
}

/** The five components in light and dark side by side: the picture the README opens with. */
function Showcase() {
  return (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 30rem), 1fr))", gap: 16 }}>
      <Column theme="light" />
      <Column theme="dark" />
    </div>
  );
}

const meta = {
  title: "Catalog/Showcase",
  component: Showcase,
  tags: ["!autodocs"],
  parameters: { layout: "padded" },
} satisfies Meta<typeof Showcase>;

export default meta;

export const LightAndDark: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const surfaces = canvasElement.querySelectorAll("[data-slot=surface]");
    await expect(surfaces.length).toBe(10);
    await expect(getComputedStyle(surfaces[5]!).colorScheme).toBe("dark");
  },
};
