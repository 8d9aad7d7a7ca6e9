import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ActionButton, ActionLink, RecoverySurface } from "../../src";

function deferred() {
  let resolve!: () => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("ActionButton", () => {
  it("calls a synchronous callback and stays idle", async () => {
    const onAction = vi.fn();
    render(<ActionButton onAction={onAction}>Retry</ActionButton>);
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Retry" })).toHaveAttribute("data-state", "idle");
  });

  it("shows pending while a Promise runs and ignores repeat clicks", async () => {
    const pending = deferred();
    const onAction = vi.fn(() => pending.promise);
    render(
      <ActionButton onAction={onAction} pendingLabel="Adding funds…">
        Add funds
      </ActionButton>,
    );
    const button = screen.getByRole("button", { name: "Add funds" });
    await userEvent.click(button);
    expect(button).toHaveAttribute("data-state", "pending");
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveTextContent("Adding funds…");
    expect(button).toHaveAccessibleName("Adding funds… Working…");
    await userEvent.click(button);
    await userEvent.keyboard("{Enter}");
    expect(onAction).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve());
    expect(button).toHaveAttribute("data-state", "idle");
    expect(button).not.toHaveAttribute("aria-disabled");
  });

  it("two clicks in the same tick still run once", async () => {
    const pending = deferred();
    const onAction = vi.fn(() => pending.promise);
    render(<ActionButton onAction={onAction}>Pay</ActionButton>);
    const button = screen.getByRole("button", { name: "Pay" });
    act(() => {
      button.click();
      button.click();
    });
    expect(onAction).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve());
  });

  it("on rejection says so inline and becomes usable again", async () => {
    const first = deferred();
    const onAction = vi.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(Promise.resolve());
    render(<ActionButton onAction={onAction}>Reconnect</ActionButton>);
    const button = screen.getByRole("button", { name: "Reconnect" });
    await userEvent.click(button);
    await act(async () => first.reject(new Error("popup blocked")));
    expect(button).toHaveAttribute("data-state", "error");
    expect(screen.getByRole("alert")).toHaveTextContent("“Reconnect” didn’t work. Try again.");
    expect(button).toHaveAccessibleDescription("“Reconnect” didn’t work. Try again.");
    await userEvent.click(button);
    expect(onAction).toHaveBeenCalledTimes(2);
    expect(button).toHaveAttribute("data-state", "idle");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("inside a surface the failure is a line under the actions, said by the surface's one live region", async () => {
    const onAction = vi.fn().mockRejectedValueOnce(new Error("nope")).mockResolvedValueOnce(undefined);
    render(
      <RecoverySurface title="Reconnect GitHub" tone="info" actions={<><ActionButton onAction={onAction}>Reconnect</ActionButton><ActionButton onAction={() => undefined}>Later</ActionButton></>} />,
    );
    const surface = screen.getByRole("group", { name: "Reconnect GitHub" });
    const button = screen.getByRole("button", { name: "Reconnect" });
    // No status region rides along with each button.
    expect(screen.getAllByRole("status")).toHaveLength(1);
    await userEvent.click(button);
    // The rejection settles after the click: wait for the line rather than race it.
    await waitFor(() => expect(surface.querySelector('[data-slot="failure"]')).toHaveTextContent("“Reconnect” didn’t work. Try again."));
    const line = surface.querySelector('[data-slot="failure"]')!;
    // In the action row, right after the last action (before Copy details, which a phone puts on a row of its own).
    expect(line.parentElement).toHaveAttribute("data-slot", "actions");
    expect(line.previousElementSibling).toHaveTextContent("Later");
    expect(button).toHaveAccessibleDescription("“Reconnect” didn’t work. Try again.");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("“Reconnect” didn’t work. Try again."));
    expect(screen.queryByRole("alert")).toBeNull();
    await userEvent.click(button);
    await waitFor(() => expect(surface.querySelector('[data-slot="failure"]')).toBeNull());
    expect(button).not.toHaveAccessibleDescription();
  });

  it("doneLabel confirms visibly and out loud, without changing the button's name for good", async () => {
    render(<RecoverySurface title="Output" actions={<ActionButton onAction={() => Promise.resolve()} doneLabel="Copied">Copy output</ActionButton>} />);
    await userEvent.click(screen.getByRole("button", { name: "Copy output" }));
    const button = await screen.findByRole("button", { name: "Copied" });
    expect(button).toHaveAttribute("data-state", "done");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Copied"));
    await waitFor(() => expect(screen.getByRole("button", { name: "Copy output" })).toBeInTheDocument(), { timeout: 3000 });
  });

  it("busy shows pending and ignores clicks", async () => {
    const onAction = vi.fn();
    render(<ActionButton onAction={onAction} busy>Retry</ActionButton>);
    const button = screen.getByRole("button", { name: /Retry/ });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(button);
    expect(onAction).not.toHaveBeenCalled();
  });

  it("a callback that throws synchronously is a failure too", async () => {
    render(
      <ActionButton
        onAction={() => {
          throw new Error("nope");
        }}
        failureMessage={(label) => `${label} failed`}
      >
        Retry
      </ActionButton>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Retry failed");
  });

  it("keeps what the user typed when the action fails", async () => {
    function Form() {
      const [text, setText] = useState("");
      return (
        <>
          <label>
            Message
            <input value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <ActionButton onAction={() => Promise.reject(new Error("offline"))}>Send follow-up</ActionButton>
        </>
      );
    }
    render(<Form />);
    await userEvent.type(screen.getByRole("textbox", { name: "Message" }), "hello peer");
    await userEvent.click(screen.getByRole("button", { name: "Send follow-up" }));
    expect(await screen.findByText("“Send follow-up” didn’t work. Try again.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Message" })).toHaveValue("hello peer");
  });

  it("works from the keyboard", async () => {
    const onAction = vi.fn();
    render(<ActionButton onAction={onAction}>Retry</ActionButton>);
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "Retry" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    expect(onAction).toHaveBeenCalledTimes(2);
  });

  it("a disabled action stays focusable and does nothing", async () => {
    const onAction = vi.fn();
    render(
      <ActionButton onAction={onAction} disabled>
        Retry
      </ActionButton>,
    );
    const button = screen.getByRole("button", { name: "Retry" });
    await userEvent.click(button);
    expect(onAction).not.toHaveBeenCalled();
    expect(button).toHaveAttribute("aria-disabled", "true");
    button.blur();
    await userEvent.tab();
    expect(button).toHaveFocus();
  });

  it("does not update state after unmount", async () => {
    const pending = deferred();
    const { unmount } = render(<ActionButton onAction={() => pending.promise}>Pay</ActionButton>);
    await userEvent.click(screen.getByRole("button", { name: "Pay" }));
    unmount();
    await act(async () => pending.reject(new Error("late")));
  });

  it("passes className through and merges it last", () => {
    render(
      <ActionButton onAction={() => undefined} className="host-btn" variant="primary">
        Go
      </ActionButton>,
    );
    expect(screen.getByRole("button", { name: "Go" })).toHaveClass("rk-action", "rk-action--primary", "host-btn");
  });
});

describe("ActionLink", () => {
  it.each(["javascript:alert(1)", "data:text/html,x", "//evil.example", " java\tscript:x", "vbscript:x", undefined])(
    "renders nothing for %j",
    (href) => {
      const { container } = render(<ActionLink href={href}>Open</ActionLink>);
      expect(container).toBeEmptyDOMElement();
    },
  );

  it.each(["https://example.com/billing", "http://localhost/billing", "/acme/billing", "?tab=keys"])("links %s", (href) => {
    render(<ActionLink href={href}>Open</ActionLink>);
    expect(screen.getByRole("link", { name: "Open" })).toHaveAttribute("href", href);
  });

  it("external links open safely in a new tab and say so", () => {
    render(
      <ActionLink href="https://docs.example.com" external>
        Docs
      </ActionLink>,
    );
    const link = screen.getByRole("link", { name: "Docs (opens in a new tab)" });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });
});

describe("ActionLink and mailto", () => {
  it("links a support address, and refuses tricks", () => {
    const { rerender } = render(<ActionLink href="mailto:support@example.com">Contact support</ActionLink>);
    expect(screen.getByRole("link", { name: "Contact support" })).toHaveAttribute("href", "mailto:support@example.com");
    for (const href of ["mailto:a@b.com%0ABcc:evil@x.com", "mailto:javascript:alert(1)", "mailto:<script>@x.com", "mailto:a@b.com&body=x"]) {
      rerender(<ActionLink href={href}>Contact support</ActionLink>);
      expect(screen.queryByRole("link")).toBeNull();
    }
  });
});
