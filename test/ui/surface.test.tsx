import { render, screen, waitFor, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import userEvent from "@testing-library/user-event";
import { BalanceEmptyCard, parseRecoveryError, RecoverySurface, surfaceVariants, type BalanceEmptyError } from "../../src";

describe("RecoverySurface", () => {
  it("is a region named by its title by default", () => {
    render(<RecoverySurface title="Your balance is empty">Add funds.</RecoverySurface>);
    const region = screen.getByRole("group", { name: "Your balance is empty" });
    expect(within(region).getByRole("heading", { level: 3 })).toHaveTextContent("Your balance is empty");
    expect(region).toHaveAttribute("data-tone", "neutral");
    expect(region).toHaveAttribute("data-layout", "card");
  });

  it.each([
    ["assertive", "alert"],
    ["polite", "status"],
  ] as const)("announce=%s says the title once through one %s region that wraps nothing", async (announce, role) => {
    render(
      <RecoverySurface title="Auth failed" announce={announce} actions={<button type="button">Sign in</button>}>
        <a href="/keys">API keys</a>
      </RecoverySurface>,
    );
    const regions = screen.getAllByRole(role);
    expect(regions).toHaveLength(1);
    await waitFor(() => expect(regions[0]).toHaveTextContent("Auth failed"));
    expect(within(regions[0]!).queryByRole("button")).toBeNull();
    expect(within(regions[0]!).queryByRole("link")).toBeNull();
    expect(screen.getByRole("group", { name: "Auth failed" })).not.toHaveAttribute("aria-live");
  });

  it("danger defaults to assertive, other tones to polite; off says nothing", async () => {
    const { unmount } = render(<RecoverySurface title="Blocked" tone="danger" />);
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Blocked"));
    unmount();
    render(<RecoverySurface title="Quiet" tone="info" announce="off" />);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });

  it("landmark renders a named section", () => {
    render(<RecoverySurface title="Waiting" landmark />);
    expect(screen.getByRole("region", { name: "Waiting" })).toBeInTheDocument();
  });

  it("tone and layout come from the cva table and show as data attributes", () => {
    render(<RecoverySurface title="Too many requests" tone="warning" layout="banner" className="host" />);
    const region = screen.getByRole("group", { name: "Too many requests" });
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

describe("Copy details for support", () => {
  it("copies kind, status, code, request id, time and what was tried, and confirms visibly and out loud", async () => {
    const user = userEvent.setup();
    const error = parseRecoveryError(
      { error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } },
      { status: 402, headers: { "x-request-id": "req_42" } },
    ) as BalanceEmptyError;
    render(<BalanceEmptyCard error={error} onAddFunds={() => Promise.reject(new Error("checkout down"))} />);
    await user.click(screen.getByRole("button", { name: "Add funds" }));
    const copy = screen.getByRole("button", { name: "Copy details" });
    await user.hover(copy);
    await user.click(copy);
    expect(await screen.findByRole("button", { name: "Copied" })).toHaveAttribute("data-state", "done");
    const text = await navigator.clipboard.readText();
    expect(text).toMatch(/^kind: balance-empty$/m);
    expect(text).toMatch(/^status: 402$/m);
    expect(text).toMatch(/^code: PAYMENT_REQUIRED$/m);
    expect(text).toMatch(/^requestId: req_42$/m);
    expect(text).toMatch(/^time: \d{4}-\d\d-\d\dT/m);
    // By action id: it reads the same to support whatever language the screen was in.
    expect(text).toMatch(/^tried: addFunds \(failed\)$/m);
    // The server's words are not part of it; ids are what support searches for.
    expect(text).not.toContain("billing balance");
    // A warning (the 402 is a yellow card) speaks politely.
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Copied"));
  });

  it("a copy that fails says so under the actions", async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) }, configurable: true });
    render(<RecoverySurface title="Something went wrong" support={{ kind: "unknown", message: "", retryable: false }} />);
    await user.click(screen.getByRole("button", { name: "Copy details" }));
    expect(await screen.findByText("“Copy details” didn’t work. Try again.")).toBeInTheDocument();
  });
});
