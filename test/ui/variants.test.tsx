/**
 * The components read the cva tables directly (no cva runtime in a card's first load); the
 * exported cva functions are what hosts call. Both must give the same classes, always.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ActionButton, ActionLink, actionVariants, RecoverySurface, surfaceVariants, type ActionVariants, type SurfaceVariants } from "../../src";

const TONES: SurfaceVariants["tone"][] = [undefined, null, "info", "warning", "danger", "success", "neutral"];
const LAYOUTS: SurfaceVariants["layout"][] = [undefined, null, "card", "banner", "inline"];
const VARIANTS: ActionVariants["variant"][] = [undefined, null, "primary", "secondary", "danger", "ghost"];

describe("classes equal the exported cva functions'", () => {
  it.each(TONES.flatMap((tone) => LAYOUTS.map((layout) => [String(tone), String(layout), tone, layout] as const)))(
    "RecoverySurface tone=%s layout=%s",
    (_tone, _layout, tone, layout) => {
      render(<RecoverySurface title="State" tone={tone} layout={layout} className="host" />);
      expect(screen.getByRole("group", { name: "State" }).className).toBe(`${surfaceVariants({ tone, layout })} host`);
    },
  );

  it.each(VARIANTS.map((variant) => [String(variant), variant] as const))("ActionButton and ActionLink variant=%s", (_name, variant) => {
    render(
      <>
        <ActionButton variant={variant} onAction={() => undefined} className="host">
          Retry
        </ActionButton>
        <ActionLink variant={variant} href="/billing" className="host">
          Billing
        </ActionLink>
      </>,
    );
    expect(screen.getByRole("button", { name: "Retry" }).className).toBe(`${actionVariants({ variant })} host`);
    expect(screen.getByRole("link", { name: "Billing" }).className).toBe(`${actionVariants({ variant })} host`);
  });
});
