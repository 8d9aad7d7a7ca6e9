/**
 * ErrorRecovery's cards come with `import()`: here each card's module is gated, as a network
 * that is down, slow or back. Before a card is here — or when it cannot come — the short state
 * says the kind in the model's words (the server's too) and offers the host's action; nothing is
 * raised (Vitest fails a run on an unhandled rejection, test/setup.ts on any console error); a
 * later attempt (the connection back, a new error) brings the full card. After the idle
 * prefetch, a cut network changes nothing. In Chromium over the packed package:
 * examples/host-app/e2e/lazy-recovery.spec.ts.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { PassThrough } from "node:stream";
import { hydrateRoot } from "react-dom/client";
import { renderToPipeableStream } from "react-dom/server";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_MESSAGES } from "../../src/model/default-messages.js";
import { RECOVERY_ERROR_KINDS, type RecoveryError, type RecoveryErrorKind } from "../../src/model/types.js";
import type { RecoveryEvent } from "../../src/ui/events.js";
import { describeRecovery } from "../../src/describe";

type Gate = "online" | "offline" | Promise<void>;
const network = vi.hoisted(() => ({ gate: "online" as unknown, loads: [] as string[], asked: new Set<string>() }));
async function through<M>(name: string, importOriginal: () => Promise<M>): Promise<M> {
  network.asked.add(name);
  const gate = network.gate as Gate;
  if (gate === "offline") throw new TypeError(`Failed to fetch dynamically imported module: ${name}`);
  if (gate !== "online") await gate;
  // Counted once the module is here, not when it is asked for: "every card prefetched" means
  // loaded. Under load (npm test's workers) a module still being evaluated made a test that
  // cut the network right after find a card mid-load, in its short state.
  const module = await importOriginal();
  network.loads.push(name);
  return module;
}
/**
 * A page that has loaded none of the cards yet: a fresh module graph, each kind's part (the
 * module ErrorRecovery imports, with its card) behind the gate again (registered anew, so no
 * card a test before loaded is kept).
 */
async function freshPage() {
  // A load a test before left in flight (its idle prefetch) settles in its own page, not this one.
  await new Promise((resolve) => setTimeout(resolve, 50));
  vi.resetModules();
  vi.doMock("../../src/components/kinds/balance-empty.js", (original) => through("balance", original));
  vi.doMock("../../src/components/kinds/connector-auth.js", (original) => through("connector", original));
  vi.doMock("../../src/components/kinds/rate-limited.js", (original) => through("rate-limit", original));
  vi.doMock("../../src/components/kinds/approval-pending.js", (original) => through("approval", original));
  vi.doMock("../../src/components/kinds/tool-stuck.js", (original) => through("stuck-tool", original));
  vi.doMock("../../src/components/kinds/notice.js", (original) => through("notice", original));
  network.loads = [];
  network.asked = new Set();
  return import("../../src/components/error-recovery.js");
}

beforeEach(() => {
  network.gate = "online";
});

/** What a streaming server render sends (it waits for the card by itself). */
function serverHtml(element: React.ReactElement): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const sink = new PassThrough();
    let out = "";
    sink.on("data", (chunk: Buffer) => (out += chunk.toString()));
    sink.on("end", () => resolve(out));
    const stream = renderToPipeableStream(element, { onAllReady: () => stream.pipe(sink), onError: reject });
  });
}

// The host's action the short state offers for each kind, with everything below wired.
const PRIMARY: Partial<Record<RecoveryErrorKind, [id: string, label: string]>> = {
  "balance-empty": ["addFunds", "Add funds"],
  "connector-auth": ["reconnect", "Reconnect"],
  "approval-pending": ["viewApprovals", "Open approvals"],
  "tool-stuck": ["cancelSession", "Cancel session"],
  unauthorized: ["signIn", "Sign in again"],
};
const wired = () => Object.fromEntries(["retry", "addFunds", "reconnect", "viewApprovals", "cancelSession", "signIn"].map((id) => [id, vi.fn(() => undefined)]));
const minimal = (kind: RecoveryErrorKind) => ({ kind, message: DEFAULT_MESSAGES[kind], messageSource: "library" }) as RecoveryError;
// The model's first sentence for the kind, what happened, is the short state's title; the rest, what to do, its body.
const [title, rest] = [(kind: RecoveryErrorKind) => DEFAULT_MESSAGES[kind].split(". ")[0]!.replace(/\.$/, ""), (kind: RecoveryErrorKind) => DEFAULT_MESSAGES[kind].split(". ").slice(1).join(". ")];

describe("ErrorRecovery's cards, loaded with import()", () => {
  it("cut before the prefetch: every kind shows its short state, with a working primary action and nothing raised", async () => {
    const { ErrorRecovery } = await freshPage();
    network.gate = "offline";
    const user = userEvent.setup();
    for (const kind of RECOVERY_ERROR_KINDS) {
      const actions = wired();
      const { unmount } = render(<ErrorRecovery error={minimal(kind)} actions={actions} showCancelled />);
      const surface = await waitFor(() => {
        const found = document.querySelector<HTMLElement>("[data-short=failed]");
        expect(found).not.toBeNull();
        return found!;
      });
      expect(surface).toHaveAttribute("data-kind", kind);
      // The kind in the model's words, named by what happened; what to do under it; and why the rest is missing.
      expect(within(surface).getByRole("heading")).toHaveTextContent(new RegExp(`^${title(kind)}$`));
      expect(surface).toHaveAccessibleName(title(kind));
      if (rest(kind)) expect(surface).toHaveTextContent(rest(kind));
      expect(surface).toHaveTextContent("The full view couldn’t be loaded (the connection may be down). Reload the page for it.");
      // The card's weight before the card is here: a revoked key is red in its short state too.
      expect(surface).toHaveAttribute("data-tone", describeRecovery(minimal(kind)).tone);
      const [id, label] = PRIMARY[kind] ?? ["retry", "Retry"];
      const buttons = within(surface).getAllByRole("button");
      expect(buttons.map((button) => button.textContent)).toEqual([label]);
      await user.click(buttons[0]!);
      expect(actions[id]).toHaveBeenCalledTimes(1);
      expect(actions[id]).toHaveBeenCalledWith(expect.objectContaining({ error: expect.objectContaining({ kind }), action: id }));
      unmount();
    }
  });

  it("the short state says the server's own words, and offers a link where the host gave one", async () => {
    const { ErrorRecovery } = await freshPage();
    network.gate = "offline";
    const error: RecoveryError = { kind: "balance-empty", message: "Your org is out of credits.", messageSource: "server" };
    render(<ErrorRecovery error={error} actions={{ addFunds: "/billing" }} />);
    const surface = await screen.findByRole("group", { name: "Your balance is empty" });
    await waitFor(() => expect(surface).toHaveAttribute("data-short", "failed"));
    expect(surface).toHaveTextContent("The server said: “Your org is out of credits.”");
    expect(within(surface).getByRole("link", { name: "Add funds" })).toHaveAttribute("href", "/billing");
  });

  it("while the card is on its way: the short state, then the full card in its place", async () => {
    const { ErrorRecovery } = await freshPage();
    let arrive!: () => void;
    network.gate = new Promise<void>((resolve) => (arrive = resolve));
    const error: RecoveryError = { kind: "rate-limited", message: DEFAULT_MESSAGES["rate-limited"], messageSource: "library", retryAfterMs: 20_000, retryAt: Date.now() + 20_000 };
    render(<ErrorRecovery error={error} actions={{ retry: vi.fn(() => undefined) }} />);
    const short = screen.getByRole("group", { name: "Too many requests" });
    expect(short).toHaveAttribute("data-short", "loading");
    // On its way is no failure: nothing says it could not load.
    expect(short).not.toHaveTextContent("couldn’t be loaded");
    await act(async () => arrive());
    // The banner says what happened as the short state did: the same name, now the full card.
    await waitFor(() => expect(screen.getByRole("group", { name: "Too many requests" })).not.toHaveAttribute("data-short"));
    expect(document.querySelectorAll("[data-slot=surface]")).toHaveLength(1);
    // And once idle, the rest.
    await waitFor(() => expect(network.loads).toHaveLength(6));
  });

  it("a Retry pressed on the short state reports the card's action events, says when it failed and keeps working; the card in its place is the same showing", async () => {
    const { ErrorRecovery } = await freshPage();
    let arrive!: () => void;
    network.gate = new Promise<void>((resolve) => (arrive = resolve));
    const events: RecoveryEvent[] = [];
    let attempts = 0;
    // The host's retry: the first one fails, the second goes through.
    const retry = vi.fn(() => (++attempts === 1 ? Promise.reject(new Error("still down")) : Promise.resolve()));
    const error: RecoveryError = { kind: "upstream-unavailable", message: DEFAULT_MESSAGES["upstream-unavailable"], messageSource: "library", requestId: "req_7" };
    const user = userEvent.setup();
    render(<ErrorRecovery error={error} actions={{ retry }} onEvent={(event) => events.push(event)} />);
    const short = screen.getByRole("group", { name: "The service is temporarily unavailable" });
    expect(short).toHaveAttribute("data-short", "loading");

    await user.click(within(short).getByRole("button", { name: "Retry" }));
    // Said in the short state, as the card says it; the button still works.
    expect(await within(short).findByText("“Retry” didn’t work. Try again.")).toBeInTheDocument();
    await waitFor(() => expect(events.map((event) => event.type)).toEqual(["shown", "action-started", "action-failed"]));
    expect(events[1]).toMatchObject({ kind: "upstream-unavailable", action: "retry", requestId: "req_7" });
    expect(events[2]).toMatchObject({ kind: "upstream-unavailable", action: "retry", durationMs: expect.any(Number) });
    await user.click(within(short).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(events.map((event) => event.type).slice(3)).toEqual(["action-started", "action-succeeded"]));
    expect(retry).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(within(short).queryByText("“Retry” didn’t work. Try again.")).toBeNull());

    // The card arrives: the same state on screen, so no second `shown` and no `resolved`.
    await act(async () => arrive());
    await waitFor(() => expect(document.querySelector("[data-slot=surface]:not([data-short])")).not.toBeNull());
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(events.map((event) => event.type)).toEqual(["shown", "action-started", "action-failed", "action-started", "action-succeeded"]);
    // Its own Retry goes on reporting, as the same state the host was told was shown: the
    // kind, variant and request id of that `shown` (a host's funnel keys states by them).
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(events).toHaveLength(7));
    const state = ({ kind, variant, requestId }: RecoveryEvent) => ({ kind, variant, requestId });
    expect(events[0]).toMatchObject({ type: "shown", variant: "short" });
    for (const event of events) expect(state(event)).toEqual(state(events[0]!));
    expect(events[5]).toMatchObject({ type: "action-started", action: "retry", requestId: "req_7" });
  });

  it("a later attempt tries again: the connection back, or a new error, brings the full card", async () => {
    const { ErrorRecovery } = await freshPage();
    network.gate = "offline";
    const balance: RecoveryError = { kind: "balance-empty", message: DEFAULT_MESSAGES["balance-empty"], messageSource: "library" };
    const { rerender } = render(<ErrorRecovery error={balance} actions={{ addFunds: vi.fn(() => undefined) }} />);
    await waitFor(() => expect(document.querySelector("[data-short=failed]")).not.toBeNull());
    // Re-rendering the same error asks no more: a failed load is not retried in a loop.
    const attempts = network.loads.length;
    rerender(<ErrorRecovery error={balance} actions={{ addFunds: vi.fn(() => undefined) }} />);
    expect(document.querySelector("[data-short=failed]")).not.toBeNull();
    // The idle prefetch, offline too, has asked for every card and failed.
    await waitFor(() => expect(network.asked.size).toBe(6));
    await act(() => new Promise((resolve) => setTimeout(resolve)));

    network.gate = "online";
    await act(async () => void window.dispatchEvent(new Event("online")));
    await waitFor(() => expect(screen.getByRole("group", { name: "Your balance is empty" })).not.toHaveAttribute("data-short"));
    expect(network.loads.length).toBeGreaterThan(attempts);

    // A kind that failed while offline is asked for again by the next error of that kind.
    network.gate = "offline";
    const stuck: RecoveryError = { kind: "tool-stuck", message: DEFAULT_MESSAGES["tool-stuck"], messageSource: "library", toolCall: { name: "browser.open" } } as RecoveryError;
    rerender(<ErrorRecovery error={stuck} actions={{ cancelSession: vi.fn(() => undefined) }} />);
    await waitFor(() => expect(document.querySelector("[data-short=failed]")).not.toBeNull());
    network.gate = "online";
    rerender(<ErrorRecovery error={{ ...stuck }} actions={{ cancelSession: vi.fn(() => undefined) }} />);
    expect(await screen.findByRole("group", { name: "browser.open hasn’t finished" })).not.toHaveAttribute("data-short");
  });

  it("cut after the idle prefetch: every kind renders fully, with no request", async () => {
    const { ErrorRecovery } = await freshPage();
    // Mounted with no error yet, as a host keeps it: once idle, every card is fetched.
    const { rerender } = render(<ErrorRecovery error={null} />);
    await waitFor(() => expect(new Set(network.loads)).toEqual(new Set(["approval", "balance", "connector", "notice", "rate-limit", "stuck-tool"])));
    const requests = network.loads.length;
    network.gate = "offline";
    for (const kind of RECOVERY_ERROR_KINDS) {
      rerender(<ErrorRecovery error={minimal(kind)} actions={wired()} showCancelled />);
      // At once, in the same render: no short state, no request.
      const surface = document.querySelector<HTMLElement>("[data-slot=surface]")!;
      expect(surface).toHaveAttribute("data-kind", kind);
      expect(surface).not.toHaveAttribute("data-short");
    }
    expect(network.loads).toHaveLength(requests);
  });

  it("hydrating server HTML: the full card stays while the card's code is on its way, then it is the host's, with no mismatch", async () => {
    const addFunds = vi.fn(() => undefined);
    const error: RecoveryError = { kind: "balance-empty", message: DEFAULT_MESSAGES["balance-empty"], messageSource: "library" };
    const server = await freshPage();
    // A streaming render waits for the card by itself.
    const html = await serverHtml(<server.ErrorRecovery error={error} actions={{ addFunds }} />);
    expect(html).toContain("Your balance is empty");
    expect(html).not.toContain("data-short");

    const client = await freshPage();
    let arrive!: () => void;
    network.gate = new Promise<void>((resolve) => (arrive = resolve));
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const before = container.innerHTML;
    const recoverable: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, <client.ErrorRecovery error={error} actions={{ addFunds }} />, { onRecoverableError: (e) => recoverable.push(e) }));
    // The chunk is still on its way: the server's card as it was, no short state.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(network.loads).toEqual([]);
    expect(container.innerHTML).toBe(before);
    await act(async () => arrive());
    await waitFor(() => expect(network.loads).toContain("balance"));
    const button = container.querySelector<HTMLButtonElement>("button[data-action=addFunds]")!;
    await waitFor(() => {
      button.click();
      expect(addFunds).toHaveBeenCalled();
    });
    expect(container.querySelector("[data-short]")).toBeNull();
    expect(recoverable).toEqual([]);
    act(() => root.unmount());
    container.remove();
  });

  it.each([
    ["fails while hydrating", false],
    ["had failed before (the idle prefetch, offline)", true],
  ])("hydrating server HTML whose card's code cannot load (%s): the short state in its place, working, with no mismatch and nothing raised", async (_, before) => {
    const addFunds = vi.fn(() => undefined);
    const error: RecoveryError = { kind: "balance-empty", message: DEFAULT_MESSAGES["balance-empty"], messageSource: "library" };
    const server = await freshPage();
    const html = await serverHtml(<server.ErrorRecovery error={error} actions={{ addFunds }} />);
    expect(html).not.toContain("data-short");

    const client = await freshPage();
    network.gate = "offline";
    if (before) expect(await client.preloadRecovery()).toBe(false);
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const recoverable: unknown[] = [];
    const uncaught: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, <client.ErrorRecovery error={error} actions={{ addFunds }} />, { onRecoverableError: (e) => recoverable.push(e), onUncaughtError: (e) => uncaught.push(e) }),
    );
    // Never blank: the server's card until the load has failed, then the short state.
    const short = await waitFor(() => {
      const found = container.querySelector<HTMLElement>("[data-short=failed]");
      expect(found).not.toBeNull();
      return found!;
    });
    expect(container.querySelectorAll("[data-slot=surface]")).toHaveLength(1);
    expect(within(short).getByRole("heading")).toHaveTextContent("Your balance is empty");
    await userEvent.setup().click(within(short).getByRole("button", { name: "Add funds" }));
    expect(addFunds).toHaveBeenCalledTimes(1);
    expect(recoverable).toEqual([]);
    expect(uncaught).toEqual([]);

    // Back online: the full card.
    network.gate = "online";
    await act(async () => void window.dispatchEvent(new Event("online")));
    await waitFor(() => expect(container.querySelector("[data-slot=surface]:not([data-short])")).not.toBeNull());
    expect(recoverable).toEqual([]);
    act(() => root.unmount());
    container.remove();
  });
});
