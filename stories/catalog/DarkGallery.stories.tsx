import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ErrorRecovery, RecoveryProvider } from "../../src";
import { parseFixture, PLATFORMS } from "../platforms/entries";

// One of each title: two landmarks with the same role and name would be an axe violation
// that no real page (one state at a time) has.
const seen = new Set<string>();
const unique = PLATFORMS.flatMap((platform) =>
  platform.entries.filter((entry) => !seen.has(entry.expect.name) && seen.add(entry.expect.name)).map((entry) => ({ platform, entry })),
);

function Gallery() {
  return (
    <div style={{ display: "grid", gap: 12 }}>
      {unique.map(({ platform, entry }) => (
        <RecoveryProvider key={`${platform.id}-${entry.id}`} platform={platform.platform}>
          <ErrorRecovery
            error={parseFixture(entry.fixture)}
            actions={Object.fromEntries(Object.entries(entry.actions).map(([id, value]) => [id, value === true ? () => undefined : value]))}
            variant={entry.variant}
            options={entry.options}
          />
        </RecoveryProvider>
      ))}
    </div>
  );
}

/**
 * Every distinct seed state at once in the dark theme, so axe checks dark contrast for all
 * of them (each platform story checks the light theme).
 */
const meta = {
  title: "Catalog/Dark theme gallery",
  component: Gallery,
  globals: { theme: "dark" },
  tags: ["!autodocs"],
} satisfies Meta<typeof Gallery>;

export default meta;

export const AllStatesDark: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const surfaces = canvasElement.querySelectorAll("[data-slot=surface]");
    await expect(surfaces.length).toBe(unique.length);
    await expect(getComputedStyle(surfaces[0]!).colorScheme).toBe("dark");
  },
};
