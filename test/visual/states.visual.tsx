/**
 * Visual baselines: every seed state, light and dark, screenshotted in headless Chromium and
 * compared with the reference PNGs under __screenshots__/ (pixelmatch, 1% of pixels may
 * differ). A change in how a state looks fails here until a person has looked at the new
 * picture and accepted it: `npm run test:visual -- --update`, then review the PNG diff.
 *
 * What would make pictures differ between machines is pinned: the fonts (Inter and
 * JetBrains Mono from npm, not the system's), the clock (a fixed date), animations (off).
 */
import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "@fontsource/jetbrains-mono/400.css";
import "../../src/styles/recovery-kit.css";
import { render } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { page } from "vitest/browser";
import type * as AllStates from "../../stories/platforms/all-states";

const STYLE = `
  .visual { --rk-font: "Inter", sans-serif; font-family: "Inter", sans-serif; width: 480px; padding: 8px; background: var(--_rk-page); }
  .visual code, .visual .rk-code { font-family: "JetBrains Mono", monospace !important; }
  .visual *, .visual *::before, .visual *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
`;

let states: typeof AllStates.UNIQUE_STATES;
let SeedState: typeof AllStates.SeedState;

beforeAll(async () => {
  // Dates only (timers stay real): "52 minutes ago" and every countdown read the same each run.
  vi.setSystemTime(new Date("2026-11-23T12:00:00Z"));
  // Imported after the clock is fixed: the fixtures compute their times when they load.
  ({ UNIQUE_STATES: states, SeedState } = await import("../../stories/platforms/all-states"));
  // ErrorRecovery loads each kind's card with import(): the pictures are of the full cards.
  const { preloadRecovery } = await import("../../src");
  expect(await preloadRecovery()).toBe(true);
  const style = document.createElement("style");
  style.textContent = STYLE;
  document.head.append(style);
  await document.fonts.load('16px "Inter"');
  await document.fonts.load('600 16px "Inter"');
  await document.fonts.load('13px "JetBrains Mono"');
});

describe.each(["light", "dark"] as const)("every state, %s", (theme) => {
  it("matches its reference picture", async () => {
    const { container } = render(
      <div className="rk-theme visual" data-theme={theme}>
        {states.map(({ platform, entry }) => (
          <div key={`${platform.id}-${entry.id}`} data-state-id={`${platform.id}-${entry.id}`} style={{ marginBottom: 8 }}>
            <SeedState platform={platform} entry={entry} />
          </div>
        ))}
      </div>,
    );
    await document.fonts.ready;
    const cells = [...container.querySelectorAll<HTMLElement>("[data-state-id]")];
    expect(cells.length).toBe(states.length);
    for (const cell of cells) {
      const surface = cell.querySelector<HTMLElement>("[data-slot=surface]")!;
      await expect.element(page.elementLocator(surface)).toMatchScreenshot(`${cell.dataset.stateId}-${theme}`);
    }
  });
});
