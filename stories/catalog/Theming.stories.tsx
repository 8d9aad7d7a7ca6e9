import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, type ReactNode } from "react";
import { expect } from "storybook/test";
import { ErrorRecovery } from "../../src";
import { parseRecoveryError } from "../../src/model";
import { AllStates } from "../platforms/all-states";

/**
 * Theming from a host page, the way hosts do it: tokens overridden in the host's own CSS on
 * `:root` or a wrapper (never through a prop of ours), and dark mode by `class="dark"`.
 * The tokens are listed in the README.
 */

/** CSS the host page owns, added to <head> while the story is shown. */
function HostCss({ css, children }: { css: string; children: ReactNode }) {
  useEffect(() => {
    const style = document.createElement("style");
    style.dataset.host = "";
    style.textContent = css;
    document.head.append(style);
    return () => style.remove();
  }, [css]);
  return <>{children}</>;
}

const BRAND = `
.acme {
  --rk-font: Georgia, "Times New Roman", serif;
  --rk-radius: 2px;
  --rk-primary-bg: #5b21b6;
  --rk-primary-fg: #ffffff;
  --rk-primary-hover: #4c1d95;
  --rk-focus: #7c3aed;
  --rk-warning-bg: #faf5ff;
  --rk-warning-border: #c4b5fd;
  --rk-warning-accent: #6d28d9;
}`;

const States = AllStates;

const meta = {
  title: "Catalog/Theming",
  component: States,
  tags: ["!autodocs"],
} satisfies Meta<typeof States>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every state under a host's brand, set on a wrapper of its own: font, radius, primary and warning colours. */
export const EveryStateRebranded: Story = {
  render: () => (
    <HostCss css={BRAND}>
      <div className="acme">
        <States />
      </div>
    </HostCss>
  ),
  play: async ({ canvasElement }) => {
    const surface = canvasElement.querySelector<HTMLElement>("[data-slot=surface][data-tone=warning]")!;
    await expect(getComputedStyle(surface).borderTopLeftRadius).toBe("2px");
    await expect(getComputedStyle(surface).fontFamily).toMatch(/Georgia/);
    await expect(getComputedStyle(surface).backgroundColor).toBe("rgb(250, 245, 255)");
    const primary = canvasElement.querySelector<HTMLElement>(".rk-action--primary")!;
    await expect(getComputedStyle(primary).backgroundColor).toBe("rgb(91, 33, 182)");
  },
};

/** Tokens on `:root`, as most hosts set design tokens, reach every component. */
export const TokensOnRoot: Story = {
  render: () => (
    <HostCss css=":root { --rk-danger-accent: #0f766e; --rk-danger-border: #0f766e; }">
      <ErrorRecovery error={parseRecoveryError({ error: { code: "invalid_api_key", message: "Invalid API key." } }, { status: 401 })} />
    </HostCss>
  ),
  play: async ({ canvasElement }) => {
    const surface = canvasElement.querySelector<HTMLElement>("[data-slot=surface]")!;
    await expect(getComputedStyle(surface).borderTopColor).toBe("rgb(15, 118, 110)");
  },
};

/** Tailwind / next-themes: `class="dark"` on an ancestor; the nearest `light` or `data-theme` inside it wins. */
export const DarkByClass: Story = {
  render: () => (
    <div className="dark">
      <ErrorRecovery error={parseRecoveryError("", { status: 503 })} />
      <div data-theme="light">
        <ErrorRecovery error={parseRecoveryError("", { status: 504 })} />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const [dark, light] = Array.from(canvasElement.querySelectorAll<HTMLElement>("[data-slot=surface]"));
    await expect(getComputedStyle(dark!).colorScheme).toBe("dark");
    await expect(getComputedStyle(light!).colorScheme).toBe("light");
    await expect(getComputedStyle(dark!).backgroundColor).not.toBe(getComputedStyle(light!).backgroundColor);
  },
};
