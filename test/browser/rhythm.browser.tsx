/**
 * Type and rhythm (issue 18, item 4), measured on every seed state in headless Chromium with the
 * fonts pinned: a surface uses at most three type sizes, sub-heads are not smaller than body
 * text, every radius is one of the scale's, and on a phone (390 px screen, 16 px page margins)
 * the title, the body and the primary action sit inside the first 640 px of the card.
 */
import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "../../src/styles/recovery-kit.css";
import { render, waitFor } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import type * as AllStates from "../../stories/platforms/all-states";

let states: typeof AllStates.UNIQUE_STATES;
let SeedState: typeof AllStates.SeedState;

beforeAll(async () => {
  ({ UNIQUE_STATES: states, SeedState } = await import("../../stories/platforms/all-states"));
  // ErrorRecovery loads each kind's card with import(): measure the full cards, not the short state.
  const { preloadRecovery } = await import("../../src");
  expect(await preloadRecovery()).toBe(true);
  const style = document.createElement("style");
  style.textContent = `.phone { --rk-font: "Inter", sans-serif; width: 358px; }`;
  document.head.append(style);
  await document.fonts.load('16px "Inter"');
  await document.fonts.load('600 16px "Inter"');
});

/** Elements that show text of their own (a non-blank text node as a direct child), and are visible. */
function textElements(root: HTMLElement): HTMLElement[] {
  return [root, ...root.querySelectorAll<HTMLElement>("*")].filter((element) => {
    if (element.closest("[aria-hidden=true], .rk-visually-hidden, [hidden]")) return false;
    if (!element.checkVisibility?.()) return false;
    return [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== "");
  });
}

const px = (value: string) => Number.parseFloat(value);

async function renderStates() {
  const { container } = render(
    <div className="rk-theme phone">
      {states.map(({ platform, entry }) => (
        <div key={`${platform.id}-${entry.id}`} data-state-id={`${platform.id}-${entry.id}`} style={{ marginBottom: 8 }}>
          <SeedState platform={platform} entry={entry} />
        </div>
      ))}
    </div>,
  );
  const cells = [...container.querySelectorAll<HTMLElement>("[data-state-id]")];
  await waitFor(() => expect(cells.every((cell) => cell.querySelector("[data-slot=surface]:not([data-short])"))).toBe(true), { timeout: 10_000 });
  await document.fonts.ready;
  return cells.map((cell) => ({ id: cell.dataset.stateId!, surface: cell.querySelector<HTMLElement>("[data-slot=surface]")! }));
}

describe("type and rhythm on every seed state, at a phone's width", () => {
  it("at most three type sizes per surface, and sub-heads not smaller than body text", async () => {
    const problems: string[] = [];
    for (const { id, surface } of await renderStates()) {
      // Open every disclosure: what is one click away is part of the surface.
      for (const details of surface.querySelectorAll("details")) details.open = true;
      const sizes = new Set(textElements(surface).map((element) => getComputedStyle(element).fontSize));
      if (sizes.size > 3) problems.push(`${id}: ${sizes.size} sizes (${[...sizes].join(", ")})`);
      const body = surface.querySelector<HTMLElement>("[data-slot=body] p");
      if (!body) continue;
      const bodySize = px(getComputedStyle(body).fontSize);
      for (const head of surface.querySelectorAll<HTMLElement>("summary, .rk-checklist__heading, h3, h4")) {
        const size = px(getComputedStyle(head).fontSize);
        if (size < bodySize) problems.push(`${id}: sub-head "${head.textContent}" ${size}px < body ${bodySize}px`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("one radius scale: every corner is a surface's, a control's, a chip's, a pill's or none", async () => {
    const problems: string[] = [];
    const surfaces = await renderStates();
    // The scale's used values, read once from probes inside a surface (the tokens themselves
    // hold calc() text, and every surface resolves them from the same --rk-radius).
    const scale = new Set<string>(["0px", "50%"]);
    for (const name of ["--_rk-radius-lg", "--_rk-radius-md", "--_rk-radius-sm", "--_rk-radius-full"]) {
      const probe = document.createElement("div");
      probe.style.borderRadius = `var(${name})`;
      surfaces[0]!.surface.append(probe);
      scale.add(getComputedStyle(probe).borderTopLeftRadius);
      probe.remove();
    }
    expect(scale.size).toBe(6);
    for (const { id, surface } of surfaces) {
      for (const element of [surface, ...surface.querySelectorAll<HTMLElement>("*")]) {
        const radius = getComputedStyle(element).borderTopLeftRadius;
        if (!scale.has(radius)) problems.push(`${id}: ${element.className || element.tagName} ${radius}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("code never breaks inside itself: a chip stays on one line, a command is one block", async () => {
    const problems: string[] = [];
    let commands = 0;
    for (const { id, surface } of await renderStates()) {
      for (const code of surface.querySelectorAll<HTMLElement>("code")) {
        if (!code.checkVisibility?.()) continue;
        // One line box: a chip split at a hyphen (X-/Alumia-Org) or a command over three lines has several.
        if (code.getClientRects().length !== 1) problems.push(`${id}: \`${code.textContent}\` spans ${code.getClientRects().length} boxes`);
        if (code.classList.contains("rk-command")) {
          commands++;
          if (getComputedStyle(code).display !== "block" || code.getBoundingClientRect().height > 2 * px(getComputedStyle(code).fontSize) + 12) problems.push(`${id}: the command \`${code.textContent}\` is not one scrolling line`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The seed's curl commands (RunAgents' build and run failures) are among them.
    expect(commands).toBeGreaterThanOrEqual(2);
  });

  it("on a phone, the title, body and primary action fit in the card's first 640 px", async () => {
    const problems: string[] = [];
    for (const { id, surface } of await renderStates()) {
      const top = surface.getBoundingClientRect().top;
      const primary = surface.querySelector<HTMLElement>("[data-variant=primary]");
      const title = surface.querySelector<HTMLElement>("[data-slot=title]")!;
      const body = surface.querySelector<HTMLElement>("[data-slot=body]");
      const bottoms = [title, body, primary].filter((element): element is HTMLElement => !!element).map((element) => element.getBoundingClientRect().bottom - top);
      const reach = Math.max(...bottoms);
      if (reach > 640) problems.push(`${id}: ${Math.round(reach)} px`);
    }
    expect(problems).toEqual([]);
  });
});
