import { render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RecoverySurface, surfaceVariants } from "../../src";

describe("RecoverySurface", () => {
  it("is a region named by its title by default", () => {
    render(<RecoverySurface title="Your balance is empty">Add funds.</RecoverySurface>);
    const region = screen.getByRole("region", { name: "Your balance is empty" });
    expect(within(region).getByRole("heading", { level: 3 })).toHaveTextContent("Your balance is empty");
    expect(region).toHaveAttribute("data-tone", "neutral");
    expect(region).toHaveAttribute("data-layout", "card");
  });

  it.each([
    ["alert", "alert"],
    ["status", "status"],
  ] as const)("announce=%s gives role %s", (announce, role) => {
    render(<RecoverySurface title="Auth failed" announce={announce} />);
    expect(screen.getByRole(role, { name: "Auth failed" })).toBeInTheDocument();
  });

  it("tone and layout come from the cva table and show as data attributes", () => {
    render(<RecoverySurface title="Too many requests" tone="warning" layout="banner" className="host" />);
    const region = screen.getByRole("region", { name: "Too many requests" });
    expect(region).toHaveClass(surfaceVariants({ tone: "warning", layout: "banner" }).split(" ")[0]!, "rk-surface--warning", "rk-surface--banner", "host");
    expect(region.className.endsWith("host")).toBe(true);
    expect(region).toHaveAttribute("data-tone", "warning");
    expect(region).toHaveAttribute("data-layout", "banner");
  });

  it("renders only the parts it is given, each with a data-slot", () => {
    const { container } = render(<RecoverySurface title="Connected" icon={false} />);
    expect(container.querySelector('[data-slot="body"]')).toBeNull();
    expect(container.querySelector('[data-slot="actions"]')).toBeNull();
    expect(container.querySelector('[data-slot="details"]')).toBeNull();
    expect(container.querySelector('[data-slot="icon"]')).toBeNull();
    expect(container.querySelector('[data-slot="title"]')).toHaveTextContent("Connected");
  });

  it("details are a native disclosure", () => {
    render(<RecoverySurface title="Build failed" details={<p>Missing dependencies</p>} detailsLabel="Causes" />);
    expect(screen.getByText("Causes").tagName).toBe("SUMMARY");
  });

  it("server text is text, never markup", () => {
    const { container } = render(<RecoverySurface title={"<img src=x onerror=alert(1)>"}>{"<b>bold</b>"}</RecoverySurface>);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(screen.getByText("<b>bold</b>")).toBeInTheDocument();
  });

  it("forwards its ref and passes other props through", () => {
    const ref = createRef<HTMLElement>();
    render(<RecoverySurface ref={ref} title="x" data-testid="s" id="custom" />);
    expect(ref.current).toBe(screen.getByTestId("s"));
    expect(ref.current).toHaveAttribute("id", "custom");
  });

  it("renders on the server and the title stays linked to its region", () => {
    const html = renderToString(<RecoverySurface title="Your balance is empty">Add funds.</RecoverySurface>);
    const id = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`id="${id}"`);
  });
});
