import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent } from "storybook/test";
import { ErrorRecovery } from "../../src";
import { parseRecoveryError } from "../../src/model";

/**
 * One line to embed: `<ErrorRecovery error={…} actions={…} />` picks the component for any
 * kind. The platform stories (Platforms/*) show every seed entry through it.
 */
const meta = {
  title: "Components/ErrorRecovery",
  component: ErrorRecovery,
  args: { error: parseRecoveryError("<html><body><h1>500 Internal Server Error</h1></body></html>", { status: 500 }), actions: { retry: fn() } },
} satisfies Meta<typeof ErrorRecovery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An unknown 500 with an HTML body: a generic notice with Retry; no HTML ever reaches the page. */
export const UnknownHtml500: Story = {
  play: async ({ canvas, args }) => {
    const notice = canvas.getByRole("region", { name: "Something went wrong" });
    await expect(notice).toHaveAttribute("data-kind", "unknown");
    await expect(notice.textContent).not.toContain("<h1>");
    await userEvent.click(canvas.getByRole("button", { name: "Retry" }));
    await expect((args.actions as { retry: ReturnType<typeof fn> }).retry).toHaveBeenCalledTimes(1);
  },
};

/** A kind this version doesn't know: the generic notice, never a crash. */
export const UnknownKind: Story = {
  args: { error: { kind: "quantum-flux", message: "A future error kind" } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
  },
};

/** Offline: the fetch never reached a server. */
export const Offline: Story = {
  args: { error: new TypeError("Failed to fetch") },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert", { name: "Can’t reach the server" })).toBeVisible();
  },
};

/** The agent API's four-step debug checklist, as that platform's wording of an unknown error. */
export const DebugChecklist: Story = {
  args: { error: parseRecoveryError({ detail: "Internal error" }, { status: 500 }), variant: "agi" },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("listitem")).toHaveLength(4);
    await expect(canvas.getByText(/Verify authentication/)).toBeVisible();
  },
};
