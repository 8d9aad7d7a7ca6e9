import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen, userEvent, within } from "storybook/test";
import {
  ApprovalPendingNotice,
  BalanceEmptyCard,
  ConnectorReconnectCard,
  ErrorRecovery,
  StuckToolInspector,
  type ApprovalPendingError,
  type BalanceEmptyError,
  type ConnectorAuthError,
  type RecoveryError,
  type ToolStuckError,
} from "../../src";

/**
 * Strings nobody designs for: edit them in the controls. Every card must keep its text
 * inside its border (long names and ids wrap), read right to left, and survive invisible
 * characters and a huge argument object in the inspector.
 */
interface StressArgs {
  /** A connector, tool, agent or provider name. */
  name: string;
  /** A request, run or checkout session id. */
  id: string;
  /** Text direction of the page around the cards. */
  dir: "ltr" | "rtl";
  /** Size of the stuck tool call's arguments, in kB. */
  argumentsKb: number;
}

function hugeArguments(kb: number): unknown {
  const rows = Math.max(1, Math.round((kb * 1024) / 64));
  return { query: "pricing", api_key: "sk-live-0123456789abcdefghijklmnop", rows: Array.from({ length: rows }, (_, i) => ({ i, text: "x".repeat(48) })) };
}

// Fixed when the stories load: the render stays pure.
const STARTED = Date.now() - 95_000;

function Stress({ name, id, dir, argumentsKb }: StressArgs) {
  const base = { message: "", retryable: false } as const;
  const connector: ConnectorAuthError = { ...base, kind: "connector-auth", reason: "missing-scope", connector: { name, missingScopes: [`${name}.write`, "read:org"] } };
  const stuck: ToolStuckError = {
    ...base,
    kind: "tool-stuck",
    toolCall: { name, args: hugeArguments(argumentsKb), partialOutput: `fetching ${name}…`, startedAt: STARTED },
  };
  const approval: ApprovalPendingError = { ...base, kind: "approval-pending", approval: { tool: name, method: "DELETE", agent: name, runId: id, requestId: id } };
  const balance: BalanceEmptyError = { ...base, kind: "balance-empty", requestId: id };
  const run: RecoveryError = { ...base, kind: "run-failed", status: 500, code: id, requestId: id, run: { subject: "run", id, state: "FAILED", errorEvents: [{ type: "TOOL_ERROR", message: `${name} returned 500` }] } };
  return (
    <div dir={dir} style={{ display: "grid", gap: 12 }}>
      <ConnectorReconnectCard error={connector} onReconnect={() => undefined} />
      <StuckToolInspector error={stuck} onCancelSession={() => undefined} />
      <ApprovalPendingNotice error={approval} approvalsHref="/approvals" onCheckStatus={() => undefined} />
      <BalanceEmptyCard error={balance} topUp={{ checkoutSessionId: id }} onReloadBalance={() => undefined} />
      <ErrorRecovery error={run} actions={{ rerun: () => undefined }} />
    </div>
  );
}

const meta = {
  title: "Catalog/Stress",
  component: Stress,
  tags: ["!autodocs"],
  args: { name: "github", id: "req_7f3a9c", dir: "ltr", argumentsKb: 2 },
  argTypes: {
    name: { control: "text" },
    id: { control: "text" },
    dir: { control: "inline-radio", options: ["ltr", "rtl"] },
    argumentsKb: { control: { type: "range", min: 1, max: 2048, step: 1 } },
  },
} satisfies Meta<typeof Stress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing spills out of any card. */
async function fitsItsCards(canvasElement: HTMLElement) {
  for (const surface of canvasElement.querySelectorAll<HTMLElement>("[data-slot=surface]")) {
    await expect(surface.scrollWidth).toBeLessThanOrEqual(surface.clientWidth + 1);
  }
}

export const LongNames: Story = {
  args: { name: "google-workspace-enterprise-administration-directory-and-calendar-connector" },
  play: async ({ canvasElement }) => fitsItsCards(canvasElement),
};

export const LongIds: Story = {
  args: { id: "req_01HZX9Y3K7Q8W2E5R6T4Y1U0I9O8P7A6S5D4F3G2H1J0K9L8Z7X6C5V4B3N2M1" },
  play: async ({ canvasElement }) => fitsItsCards(canvasElement),
};

export const RightToLeft: Story = {
  args: { dir: "rtl", name: "جيميل", id: "طلب_٧٣٩" },
  play: async ({ canvasElement, canvas }) => {
    await expect(canvas.getByRole("group", { name: "جيميل needs more access" })).toBeVisible();
    await fitsItsCards(canvasElement);
  },
};

export const ZeroWidthCharacters: Story = {
  args: { name: "git\u200bhub\u200d\u2060tool", id: "req\u200b_\u200b42\ufeff" },
  play: async ({ canvasElement }) => fitsItsCards(canvasElement),
};

/** A megabyte of arguments: the inspector opens, shows them scrollable, and hides the key. */
export const HugeArguments: Story = {
  args: { argumentsKb: 1024 },
  play: async ({ canvasElement, canvas }) => {
    await fitsItsCards(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog");
    const args = within(dialog).getByLabelText("Arguments");
    await expect(args.scrollHeight).toBeGreaterThan(args.clientHeight);
    await expect(args).not.toHaveTextContent("sk-live-0123456789abcdefghijklmnop");
    await userEvent.keyboard("{Escape}");
  },
};
