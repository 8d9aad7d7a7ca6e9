import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { SeedState, UNIQUE_STATES } from "../platforms/all-states";

/**
 * The review page: every state at once in a grid, each under the seed entry it renders.
 * Use the toolbar to switch theme, locale and the width the page gets (240 px sidebar,
 * 320/390 px phones, 1024 px); the cards lay themselves out by the width they are given.
 */
function Review() {
  return (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 24rem), 1fr))", gap: 16, alignItems: "start" }}>
      {UNIQUE_STATES.map(({ platform, entry }) => (
        <figure key={`${platform.id}-${entry.id}`} style={{ margin: 0, display: "grid", gap: 6, minWidth: 0 }} data-entry={entry.id}>
          <figcaption style={{ font: "12px/1.4 system-ui, sans-serif", opacity: 0.8 }}>
            {platform.name} · “{entry.title}”
          </figcaption>
          <SeedState platform={platform} entry={entry} />
        </figure>
      ))}
    </div>
  );
}

const meta = {
  title: "Catalog/Review: every state",
  component: Review,
  tags: ["!autodocs"],
  parameters: { layout: "padded" },
} satisfies Meta<typeof Review>;

export default meta;

export const EveryState: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const surfaces = [...canvasElement.querySelectorAll<HTMLElement>("[data-slot=surface]")];
    await expect(surfaces.length).toBe(UNIQUE_STATES.length);
    // Nothing spills out of its card at this width.
    for (const surface of surfaces) await expect(surface.scrollWidth).toBeLessThanOrEqual(surface.clientWidth + 1);
  },
};

/** The same grid in a 320 px column: icons fold away, actions stack in even rows. */
export const EveryStateAt320: StoryObj<typeof meta> = {
  globals: { width: "320" },
  play: EveryState.play,
};
