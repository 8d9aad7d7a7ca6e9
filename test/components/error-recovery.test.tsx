import { renderToStaticMarkup } from "react-dom/server";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  de,
  ErrorRecovery,
  preloadRecovery,
  parseRecoveryError,
  RECOVERY_ERROR_KINDS,
  RecoveryProvider,
  type RecoveryError,
  type RecoveryErrorKind,
} from "../../src";
import { allowConsole } from "../fail-on-console";

const DEDICATED: Partial<Record<RecoveryErrorKind, string>> = {
  "balance-empty": "Your balance is empty",
  "rate-limited": "Too many requests",
  "connector-auth": "A connector was disconnected",
  "approval-pending": "Waiting for approval",
  "tool-stuck": "The tool hasn’t finished",
};

// What ErrorRecovery shows once each kind's card is here (the short state before it, and when
// a card cannot load: lazy-parts.test.tsx).
beforeAll(async () => {
  expect(await preloadRecovery()).toBe(true);
});

function minimal(kind: RecoveryErrorKind): RecoveryError {
  return { kind, message: "x" } as RecoveryError;
}

describe("ErrorRecovery dispatch", () => {
  it.each(RECOVERY_ERROR_KINDS.map((kind) => [kind]))("renders %s with a named surface and its kind", (kind) => {
    const { container } = render(<ErrorRecovery error={minimal(kind)} showCancelled />);
    const surface = container.querySelector("[data-slot=surface]")!;
    expect(surface).toHaveAttribute("data-kind", kind);
    const title = within(surface as HTMLElement).getByRole("heading");
    expect(title.textContent!.length).toBeGreaterThan(0);
    if (DEDICATED[kind]) expect(title).toHaveTextContent(DEDICATED[kind]!);
    // Named by its title, whatever role it has.
    expect(surface).toHaveAccessibleName(title.textContent!);
  });

  it("no error renders nothing, so it can stay mounted", () => {
    const { container, rerender } = render(<ErrorRecovery error={undefined} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ErrorRecovery error={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("an unknown kind renders the generic notice, not a crash", () => {
    render(<ErrorRecovery error={{ kind: "quantum-flux", message: "???" }} />);
    expect(screen.getByRole("heading", { name: "Something went wrong" })).toBeInTheDocument();
  });

  it("anything a host caught is parsed first", () => {
    render(<ErrorRecovery error={new TypeError("Failed to fetch")} actions={{ retry: () => undefined }} />);
    expect(screen.getByRole("group", { name: "Can’t reach the server" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });

  it("a cancellation renders nothing unless the host asks for it", () => {
    const error = parseRecoveryError(new DOMException("The operation was aborted.", "AbortError"));
    const { container, rerender } = render(<ErrorRecovery error={error} actions={{ retry: () => undefined }} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ErrorRecovery error={error} actions={{ retry: () => undefined }} showCancelled />);
    expect(screen.getByRole("group", { name: "Request cancelled" })).toHaveAttribute("data-tone", "neutral");
  });

  it("an error React hid in production: no server words, the digest as the support reference, same text on server and client", () => {
    const hidden = Object.assign(
      new Error("An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details."),
      { digest: "2873469120" },
    );
    const error = parseRecoveryError(hidden);
    expect(error).toMatchObject({ kind: "unknown", variant: "hidden", digest: "2873469120", messageSource: "library" });
    render(<ErrorRecovery error={hidden} />);
    const notice = screen.getByRole("group", { name: "The service hit an error" });
    expect(notice).not.toHaveTextContent(/Server Components|omitted/);
    expect(notice).toHaveTextContent("Support reference");
    expect(notice).toHaveTextContent("2873469120");
    // On the server the same error still has its real message (with internals in it).
    const onServer = Object.assign(new Error("fetch failed: connect ECONNREFUSED 10.0.3.7:5432"), { digest: "2873469120" });
    const html = (value: unknown) => renderToStaticMarkup(<ErrorRecovery error={value} />).replace(/_r_\w+_/g, "id");
    expect(html(onServer)).toBe(html(hidden));
    expect(html(onServer)).not.toMatch(/10\.0\.3\.7|ECONNREFUSED/);
  });

  it("an HTML 500 becomes a generic notice with Retry", async () => {
    const retry = vi.fn();
    const error = parseRecoveryError("<html><body><h1>500 Internal Server Error</h1></body></html>", { status: 500 });
    render(<ErrorRecovery error={error} actions={{ retry }} />);
    expect(screen.getByRole("group", { name: "The service hit an error" })).toHaveAttribute("data-variant", "server");
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(retry).toHaveBeenCalledWith({ error, action: "retry" });
  });

  it("maps actions by id onto the dedicated components: callbacks and links", async () => {
    const addFunds = vi.fn();
    const error = parseRecoveryError({ error: { code: "PAYMENT_REQUIRED" } }, { status: 402 });
    render(<ErrorRecovery error={error} actions={{ addFunds, addByokKey: "/byok", chooseFreeModel: "javascript:alert(1)" }} />);
    await userEvent.click(screen.getByRole("button", { name: "Add funds" }));
    expect(addFunds).toHaveBeenCalledWith(expect.objectContaining({ error, action: "addFunds" }));
    expect(screen.getByRole("link", { name: "Add a BYOK key" })).toHaveAttribute("href", "/byok");
    expect(screen.queryByText("Choose a free model")).toBeNull();
  });

  it("offers only the actions the wording lists and the host wires", () => {
    const error = parseRecoveryError({ error: { code: "SHARE_NOT_FOUND" } }, { status: 404 });
    render(<ErrorRecovery error={error} actions={{ reEnableSharing: () => undefined, addFunds: () => undefined }} />);
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["Re-enable sharing", "Copy detailsCopied"]);
  });

  it("shows the data the pages mention: probe time and latency, ERROR events, build log, session id", () => {
    const tool = parseRecoveryError({ name: "crm", status: "Unavailable", lastProbeTime: Date.now() - 120_000, probeLatencyMs: 5000 });
    const { unmount } = render(<ErrorRecovery error={tool} />);
    expect(screen.getByText("Last successful probe")).toBeInTheDocument();
    expect(screen.getByText("2 minutes ago")).toBeInTheDocument();
    expect(screen.getByText("5,000 ms")).toBeInTheDocument();
    unmount();
    const run = parseRecoveryError({ run_id: "run_1", status: "FAILED", events: [{ type: "ERROR", message: "Tool github returned 500" }] });
    const second = render(<ErrorRecovery error={run} />);
    expect(screen.getByText("run_1")).toBeInTheDocument();
    expect(screen.getByText("Tool github returned 500")).toBeInTheDocument();
    second.unmount();
    const build = parseRecoveryError({ code: "BUILD_FAILED", build_id: "b_1", logs_url: "/builds/b_1/logs" });
    render(<ErrorRecovery error={build} />);
    // The log the error carries is offered once, as the wording's action, not also as a fact link.
    expect(screen.getByRole("link", { name: "Open build logs" })).toHaveAttribute("href", "/builds/b_1/logs");
    expect(screen.queryByRole("link", { name: "Build log" })).toBeNull();
  });

  it("a render error inside a recovery component is contained", () => {
    allowConsole(/boom|error occurred|above error|StuckToolInspector|ErrorRecovery|RecoveryBoundary/i);
    const error = { kind: "tool-stuck", message: "x" } as RecoveryError;
    Object.defineProperty(error, "toolCall", {
      get() {
        throw new Error("boom");
      },
    });
    render(
      <main>
        <p>Host content</p>
        <ErrorRecovery error={error} />
      </main>,
    );
    expect(screen.getByText("Host content")).toBeInTheDocument();
    // The short state of the same error: the kind in the model's words, from code already loaded.
    expect(screen.getByRole("group", { name: "A tool call is taking longer than expected" })).toHaveAttribute("data-fallback");
  });
});

describe("catalog overrides", () => {
  const error = parseRecoveryError({ error: { code: "SHARE_NOT_FOUND" } }, { status: 404 });

  it("app-wide through RecoveryProvider, down to one field of one variant", () => {
    render(
      <RecoveryProvider messages={{ notices: { "not-found": { share: { title: "Link expired" } } }, notice: { actions: { ...de.notice.actions, reEnableSharing: "Share again" } } }}>
        <ErrorRecovery error={error} actions={{ reEnableSharing: () => undefined }} />
      </RecoveryProvider>,
    );
    expect(screen.getByRole("group", { name: "Link expired" })).toHaveTextContent("This shared canvas link returns 404.");
    expect(screen.getByRole("button", { name: "Share again" })).toBeInTheDocument();
  });

  it("per component, over the provider", () => {
    render(
      <RecoveryProvider messages={{ connector: { reconnect: "App-wide" } }}>
        <ErrorRecovery
          error={parseRecoveryError({ error: { code: "CONNECTOR_AUTH_FAILED" } }, { status: 401 })}
          actions={{ reconnect: () => undefined }}
          options={{ connector: { messages: { reconnect: "Local" } } }}
        />
      </RecoveryProvider>,
    );
    expect(screen.getByRole("button", { name: "Local" })).toBeInTheDocument();
  });

  it("a host chooses which platform's wording a kind uses", () => {
    const unauthorized = parseRecoveryError({ detail: "Invalid API key" }, { status: 401 });
    const { unmount } = render(<ErrorRecovery error={unauthorized} />);
    expect(screen.getByRole("group", { name: "Authentication failed" })).toBeInTheDocument();
    unmount();
    const second = render(
      <RecoveryProvider platform="alumia">
        <ErrorRecovery error={unauthorized} />
      </RecoveryProvider>,
    );
    expect(screen.getByRole("group", { name: "Your API key wasn’t accepted" })).toHaveTextContent("X-Alumia-Org");
    second.unmount();
    render(
      <RecoveryProvider platform="alumia" variants={{ unauthorized: "agi" }}>
        <ErrorRecovery error={unauthorized} />
      </RecoveryProvider>,
    );
    expect(screen.getByRole("group", { name: "Your API key wasn’t accepted" })).not.toHaveTextContent("X-Alumia-Org");
  });
});

describe("the second locale", () => {
  it("renders every component in German with Intl formatting", () => {
    render(
      <RecoveryProvider catalog={de}>
        <ErrorRecovery error={parseRecoveryError({ error: { code: "PAYMENT_REQUIRED" } }, { status: 402 })} actions={{ addFunds: () => undefined }} />
        <ErrorRecovery error={parseRecoveryError({}, { status: 429, headers: { "retry-after": "90" } })} />
        <ErrorRecovery error={parseRecoveryError({ name: "crm", status: "Unavailable", lastProbeTime: Date.now() - 120_000, probeLatencyMs: 5000 })} />
      </RecoveryProvider>,
    );
    expect(screen.getByRole("group", { name: "Dein Guthaben ist leer" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Guthaben aufladen" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Zu viele Anfragen" })).toHaveTextContent("Neuer Versuch möglich in");
    expect(screen.getByText("vor 2 Minuten")).toBeInTheDocument();
    expect(screen.getByText("5.000 ms")).toBeInTheDocument();
  });

  it("de has every key en has, at every level", () => {
    const shape = (value: unknown): unknown =>
      typeof value === "function"
        ? "fn"
        : Array.isArray(value)
          ? "array"
          : value && typeof value === "object"
            ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, shape((value as Record<string, unknown>)[key])]))
            : typeof value;
    return import("../../src/catalog/en").then(({ en }) => expect(shape(de)).toEqual(shape(en)));
  });
});

describe("dismiss", () => {
  it.each([
    ["a generic notice", parseRecoveryError("", { status: 503 })],
    ["the rate-limit banner", parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": "30" } })],
    ["the balance card", parseRecoveryError({ error: { code: "PAYMENT_REQUIRED" } }, { status: 402 })],
  ])("%s shows a named × only when onDismiss is given, last in keyboard order", async (_, error) => {
    const { rerender } = render(<ErrorRecovery error={error} />);
    expect(screen.queryByRole("button", { name: "Dismiss" })).toBeNull();
    const onDismiss = vi.fn();
    rerender(<ErrorRecovery error={error} onDismiss={onDismiss} />);
    const dismiss = screen.getByRole("button", { name: "Dismiss" });
    const buttons = screen.getAllByRole("button");
    expect(buttons[buttons.length - 1]).toBe(dismiss);
    await userEvent.click(dismiss);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it("is named in the provider's language", () => {
    render(
      <RecoveryProvider catalog={de}>
        <ErrorRecovery error={parseRecoveryError("", { status: 503 })} onDismiss={() => undefined} />
      </RecoveryProvider>,
    );
    expect(screen.getByRole("button", { name: "Ausblenden" })).toBeInTheDocument();
  });
});
