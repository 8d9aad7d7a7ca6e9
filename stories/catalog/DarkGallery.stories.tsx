import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { AllStates, UNIQUE_STATES } from "../platforms/all-states";

const Gallery = AllStates;

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
    await expect(surfaces.length).toBe(UNIQUE_STATES.length);
    await expect(getComputedStyle(surfaces[0]!).colorScheme).toBe("dark");
  },
};
