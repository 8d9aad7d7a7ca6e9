/**
 * Three layout faults a design review found, measured in headless Chromium with the fonts pinned:
 * a failed action's line on a wide banner reads as one line; a destructive action that starts a
 * line of the action row leaves no rule or indent at the row's edge; the Inspect dialog's foot on
 * a phone is compact, its buttons 44 px targets, its order kept.
 */
import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "../../src/styles/recovery-kit.css";
import { render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { ApprovalPendingNotice, RateLimitBanner, RecoveryProvider, StuckToolInspector, de } from "../../src";
import { approvalRequired, rateLimited, toolStuck } from "../../stories/fixtures";

beforeAll(async () => {
  const style = document.createElement("style");
  style.textContent = `body { margin: 0; } .rk-theme { --rk-font: "Inter", sans-serif; font-family: "Inter", sans-serif; padding: 8px; }`;
  document.head.append(style);
  await document.fonts.load('16px "Inter"');
  await document.fonts.load('500 16px "Inter"');
  await document.fonts.load('600 16px "Inter"');
});

const clipboard = Object.getOwnPropertyDescriptor(navigator, "clipboard");
afterEach(() => {
  if (clipboard) Object.defineProperty(navigator, "clipboard", clipboard);
  else Reflect.deleteProperty(navigator, "clipboard");
});

const box = (element: Element) => element.getBoundingClientRect();

describe("a failed action on a wide banner", () => {
  // English and German, the failed action Retry or Copy details (the longest line): each fitted
  // the strip at 1000 px and wrapped under the buttons, which kept it out of their column's width.
  it.each([
    ["en", "Retry", "Copy details"],
    ["de", "Erneut versuchen", "Details kopieren"],
  ] as const)("says so on one line under the buttons, none of which moves (%s)", async (locale, retryName, copyName) => {
    await page.viewport(1040, 400);
    render(
      <RecoveryProvider catalog={locale === "de" ? de : undefined}>
        <div className="rk-theme" style={{ width: 1000 }}>
          <RateLimitBanner error={rateLimited(0)} onRetry={() => Promise.reject(new Error("still limited"))} />
        </div>
      </RecoveryProvider>,
    );
    for (const name of [retryName, copyName]) {
      if (name === copyName) Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: () => Promise.reject(new Error("denied")) } });
      const pressed = screen.getByRole("button", { name });
      await waitFor(() => expect(pressed).not.toHaveAttribute("aria-disabled"));
      const buttons = screen.getAllByRole("button");
      const before = buttons.map((button) => box(button).left);
      await userEvent.click(pressed);
      const line = await screen.findByText(new RegExp(`^[“„]${name}[”“] `), { selector: "[data-slot=failure]" });
      await waitFor(() => expect(pressed).toHaveAccessibleDescription(line.textContent!));
      const lineHeight = Number.parseFloat(getComputedStyle(line).lineHeight);
      expect(box(line).height).toBeLessThan(lineHeight * 1.5);
      // Under the buttons, inside the banner.
      expect(box(line).top).toBeGreaterThanOrEqual(Math.max(...buttons.map((button) => box(button).bottom)));
      expect(box(line).right).toBeLessThanOrEqual(box(screen.getByRole("group", { name: locale === "de" ? "Zu viele Anfragen" : "Too many requests" })).right);
      expect(buttons.map((button) => box(button).left)).toEqual(before);
    }
  });
});

/** The PNG of an element, as pixels to read. */
async function pixels(element: HTMLElement) {
  const base64 = await page.screenshot({ element, save: false });
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("2d")!;
  context.drawImage(bitmap, 0, 0);
  const scale = bitmap.width / box(element).width;
  const origin = box(element);
  return (x: number, y: number) => [...context.getImageData(Math.round((x - origin.left) * scale), Math.round((y - origin.top) * scale), 1, 1).data.slice(0, 3)];
}

/** Whether anything but the card's background is drawn in the strip [from, to) beside `button`. */
async function drawnBeside(surface: HTMLElement, button: HTMLElement, from: number, to: number) {
  const at = await pixels(surface);
  const { top, bottom } = box(button);
  // The card's own background, read in its padding at the same height.
  const background = at(box(surface).left + 6, (top + bottom) / 2);
  for (let x = Math.ceil(from); x < to; x++) {
    for (let y = Math.ceil(top + 6); y < bottom - 6; y += 2) {
      if (at(x, y).some((channel, i) => Math.abs(channel - background[i]!) > 16)) return true;
    }
  }
  return false;
}

describe("a destructive action that wraps on a wide card", () => {
  it("starts its line at the row's edge with no rule before it; on the line of the others, the rule sets it apart", async () => {
    await page.viewport(900, 700);
    const { rerender } = render(<></>);
    const notice = (width: number) => (
      <RecoveryProvider catalog={de}>
        <div className="rk-theme" style={{ width }}>
          <ApprovalPendingNotice error={approvalRequired()} approvalsHref="/approvals" onCheckStatus={() => {}} onCancelRun={() => {}} />
        </div>
      </RecoveryProvider>
    );
    // From a width where the row is one line down to a card still too wide for the narrow layout
    // (which puts destructive actions on a row of their own by design), find where Cancel run is
    // the first on its line.
    let wrapped: number | undefined;
    let unwrapped: number | undefined;
    for (let width = 800; width >= 440; width -= 4) {
      rerender(notice(width));
      const cancel = screen.getByRole("button", { name: "Lauf abbrechen" });
      const previous = screen.getByRole("link", { name: "Freigaben öffnen" });
      // The narrow layout draws no rule before it: only the wide one is under test.
      if (getComputedStyle(cancel, "::before").content === "none") break;
      if (box(cancel).top >= box(previous).bottom) wrapped ??= width;
      else unwrapped ??= width;
    }
    expect(unwrapped, "a width with Cancel run beside the others").toBeDefined();
    expect(wrapped, "a wide card's width with Cancel run wrapped").toBeDefined();

    rerender(notice(unwrapped!));
    let cancel = screen.getByRole("button", { name: "Lauf abbrechen" });
    let surface = screen.getByRole("group", { name: "Wartet auf Freigabe" });
    // The rule is there, in the gap before it (so the check below can see one).
    expect(await drawnBeside(surface, cancel, box(cancel).left - 14, box(cancel).left)).toBe(true);

    rerender(notice(wrapped!));
    cancel = screen.getByRole("button", { name: "Lauf abbrechen" });
    surface = screen.getByRole("group", { name: "Wartet auf Freigabe" });
    const row = cancel.parentElement!;
    expect(await drawnBeside(surface, cancel, box(row).left - 14, box(cancel).left)).toBe(false);
    expect(box(cancel).left).toBeCloseTo(box(row).left, 0);
  });

  it("does the same right to left", async () => {
    await page.viewport(900, 700);
    const { rerender } = render(<></>);
    const notice = (width: number) => (
      <RecoveryProvider catalog={de}>
        <div className="rk-theme" dir="rtl" style={{ width }}>
          <ApprovalPendingNotice error={approvalRequired()} approvalsHref="/approvals" onCheckStatus={() => {}} onCancelRun={() => {}} />
        </div>
      </RecoveryProvider>
    );
    let wrapped: number | undefined;
    for (let width = 800; width >= 440 && wrapped === undefined; width -= 4) {
      rerender(notice(width));
      const cancel = screen.getByRole("button", { name: "Lauf abbrechen" });
      if (getComputedStyle(cancel, "::before").content === "none") break;
      if (box(cancel).top >= box(screen.getByRole("link", { name: "Freigaben öffnen" })).bottom) wrapped = width;
    }
    expect(wrapped).toBeDefined();
    const cancel = screen.getByRole("button", { name: "Lauf abbrechen" });
    const row = cancel.parentElement!;
    expect(await drawnBeside(screen.getByRole("group", { name: "Wartet auf Freigabe" }), cancel, box(cancel).right, box(row).right + 14)).toBe(false);
    expect(box(cancel).right).toBeCloseTo(box(row).right, 0);
  });
});

describe("the Inspect dialog's foot on a phone", () => {
  const OUTPUT = Array.from({ length: 40 }, (_, i) => `[browser] waiting for networkidle… ${i + 1}s`).join("\n");

  it.each([
    [375, 667],
    [320, 568],
  ])("is compact at %i × %i: Send follow-up beside Close, the destructive pair under a rule, 44 px targets", async (width, height) => {
    await page.viewport(width, height);
    render(
      <StuckToolInspector
        error={toolStuck(75, OUTPUT)}
        cause="waiting-on-peer"
        peers={[{ name: "researcher", state: "awaiting_peer" }]}
        sameFailureCount={2}
        onCancelSession={() => {}}
        onDisableTool={() => {}}
        onSendFollowUp={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Inspect" }));
    const dialog = await screen.findByRole("dialog", { name: "Tool call: browser.open" });
    const message = within(dialog).getByRole("textbox", { name: "Message to researcher" });
    const send = within(dialog).getByRole("button", { name: "Send follow-up" });
    const close = within(dialog).getAllByRole("button", { name: "Close" }).at(-1)!;
    const cancel = within(dialog).getByRole("button", { name: "Cancel session" });
    const disable = within(dialog).getByRole("button", { name: "Disable tool" });
    const foot = message.closest<HTMLElement>("[data-slot=dialog-actions]")!;
    await waitFor(() => expect(box(disable).bottom).toBeLessThanOrEqual(innerHeight + 0.5));

    // It was 259 px, stacked row under row (the call had 351 of 667 px beside header and foot).
    expect(box(foot).height).toBeLessThanOrEqual(210);
    // The order: the reply, Send follow-up (the one primary) first with Close beside it, then the
    // destructive pair on a row of its own.
    expect(send).toHaveAttribute("data-variant", "primary");
    expect(box(send).top).toBe(box(close).top);
    expect(box(send).left).toBeLessThan(box(close).left);
    expect(box(message).bottom).toBeLessThanOrEqual(box(send).top);
    expect(box(cancel).top).toBeGreaterThan(box(close).bottom);
    expect(box(cancel).top).toBe(box(disable).top);
    expect(box(cancel).left).toBeLessThan(box(disable).left);
    for (const button of [send, close, cancel, disable]) expect(box(button).height).toBeGreaterThanOrEqual(44);
    // The box: one 44 px line to start, 16 px text (no zoom on focus), growing with what is typed.
    expect(box(message).height).toBeGreaterThanOrEqual(44);
    expect(getComputedStyle(message).fontSize).toBe("16px");
    const empty = box(message).height;
    await userEvent.type(message, "Are you still there? The tool has been waiting for a while; answer or give up so the run can go on.");
    await waitFor(() => expect(box(message).height).toBeGreaterThan(empty));
    expect(box(disable).bottom).toBeLessThanOrEqual(innerHeight + 0.5);
  });
});
