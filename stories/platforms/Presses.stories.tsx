import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ErrorRecovery, RecoveryProvider, type RecoveryActions } from "../../src";
import { parseFixture, PLATFORMS } from "./entries";

/**
 * The seed entries whose action moves the card on to another state (a connector that
 * reconnects): pressed here, so their own stories stay in the state they are named after.
 * A test, not a page for review: hidden from the sidebar.
 */
const MOVING = PLATFORMS.flatMap((platform) =>
  platform.entries.filter((entry) => entry.press && entry.component === "ConnectorReconnectCard").map((entry) => ({ platform, entry })),
);

const mocks = new Map<string, ReturnType<typeof fn>>();

function Presses() {
  return (
    <div style={{ display: "grid", gap: 12 }}>
      {MOVING.map(({ platform, entry }) => {
        const actions: Record<string, unknown> = {};
        for (const [id, value] of Object.entries(entry.actions)) {
          const mock = fn().mockName(`${entry.id}.${id}`);
          if (value === true) mocks.set(`${entry.id}.${id}`, mock);
          actions[id] = value === true ? mock : value;
        }
        return (
          <div key={`${platform.id}-${entry.id}`} data-entry={entry.id}>
            <RecoveryProvider platform={platform.platform}>
              <ErrorRecovery error={parseFixture(entry.fixture)} actions={actions as RecoveryActions} variant={entry.variant} options={entry.options} />
            </RecoveryProvider>
          </div>
        );
      })}
    </div>
  );
}

const meta = {
  title: "Platforms/Presses",
  component: Presses,
  tags: ["!dev", "!autodocs"],
} satisfies Meta<typeof Presses>;

export default meta;

export const EveryMovingPress: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    await expect(MOVING.length).toBeGreaterThan(0);
    for (const { entry } of MOVING) {
      const cell = within(canvasElement.querySelector<HTMLElement>(`[data-entry="${entry.id}"]`)!);
      await expect(cell.getByRole("group", { name: entry.expect.name })).toBeVisible();
      await userEvent.click(cell.getByRole("button", { name: entry.press!.button }));
      const action = mocks.get(`${entry.id}.${entry.press!.action}`)!;
      await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    }
  },
};
