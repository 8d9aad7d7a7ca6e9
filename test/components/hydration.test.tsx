/**
 * Server rendering and hydration produce the same markup for every kind: anything that
 * depends on the clock (countdowns, elapsed and relative times) waits for the client.
 * React reports a mismatch through onRecoverableError; the test collects and asserts none.
 *
 * ErrorRecovery loads each kind's card with `import()`. Server HTML holds the full card all
 * the same: renderToString after `await preloadRecovery()`, a streaming render by itself
 * (React waits for the card). Hydrating, React keeps that HTML until the card's code is here.
 */
import { act } from "@testing-library/react";
import { PassThrough } from "node:stream";
import { hydrateRoot } from "react-dom/client";
import { renderToPipeableStream, renderToReadableStream, renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorRecovery, RecoveryProvider, de, parseRecoveryError, preloadRecovery } from "../../src";
import type * as Package from "../../src";
import { parseFixture, PLATFORMS } from "../../stories/platforms/entries";

const cases = PLATFORMS.flatMap((platform) => platform.entries.map((entry) => [`${platform.name}: ${entry.title}`, platform, entry] as const));

/** A fresh copy of the package, as a page that has loaded none of its cards yet. */
async function freshPackage(): Promise<typeof Package> {
  vi.resetModules();
  return import("../../src");
}

async function pipeToString(element: React.ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    const sink = new PassThrough();
    let html = "";
    sink.on("data", (chunk: Buffer) => (html += chunk.toString()));
    sink.on("end", () => resolve(html));
    const stream = renderToPipeableStream(element, { onAllReady: () => stream.pipe(sink), onShellError: reject, onError: reject });
  });
}

describe("hydration", () => {
  beforeAll(async () => {
    // renderToString cannot wait for an import(): the host awaits the parts first.
    expect(await preloadRecovery()).toBe(true);
  });

  it.each(cases)("%s", async (_name, platform, entry) => {
    const error = parseFixture(entry.fixture);
    const tree = (catalog?: typeof de) => (
      <RecoveryProvider platform={platform.platform} catalog={catalog}>
        <ErrorRecovery error={error} actions={{ retry: () => undefined, cancel: () => undefined }} variant={entry.variant} options={entry.options} />
      </RecoveryProvider>
    );
    for (const catalog of [undefined, de]) {
      const container = document.createElement("div");
      container.innerHTML = renderToString(tree(catalog));
      expect(container.textContent!.length).toBeGreaterThan(0);
      // The full card, never the short state.
      expect(container.querySelector("[data-short]")).toBeNull();
      // Catalog `code` marks render as <code>; a backtick on screen means one was missed.
      expect(container.textContent).not.toContain("`");
      document.body.append(container);
      const recoverable: unknown[] = [];
      const root = await act(async () => hydrateRoot(container, tree(catalog), { onRecoverableError: (error) => recoverable.push(error) }));
      expect(recoverable).toEqual([]);
      act(() => root.unmount());
      container.remove();
    }
  });
});

describe("server rendering without a preload", () => {
  const balance = parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: "Add funds." } }, { status: 402 });
  const build = parseRecoveryError({ code: "BUILD_FAILED", build_id: "b_1" });

  it("a streaming render (Node stream) waits for the card by itself", async () => {
    const fresh = await freshPackage();
    const html = await pipeToString(<fresh.ErrorRecovery error={balance} actions={{ addFunds: "/billing" }} />);
    const container = document.createElement("div");
    container.innerHTML = html;
    expect(container.querySelector("[data-short]")).toBeNull();
    expect(container.querySelector("[data-slot=surface]")).toHaveAttribute("data-kind", "balance-empty");
    expect(container.querySelector("h3")).toHaveTextContent("Your balance is empty");
    expect(container.querySelector("a[data-action=addFunds]")).toHaveAttribute("href", "/billing");
  });

  it("a streaming render (web stream) waits for the card by itself", async () => {
    const fresh = await freshPackage();
    const stream = await renderToReadableStream(<fresh.ErrorRecovery error={build} />);
    await stream.allReady;
    const container = document.createElement("div");
    container.innerHTML = await new Response(stream).text();
    expect(container.querySelector("[data-short]")).toBeNull();
    expect(container.querySelector("[data-slot=surface]")).toHaveAttribute("data-kind", "build-failed");
    expect(container.querySelector("h3")).toHaveTextContent("The build failed");
  });

  it("hydration keeps the server's full card until the client has its code, then it works, with no mismatch", async () => {
    const addFunds = vi.fn();
    const server = await freshPackage();
    const html = await pipeToString(<server.ErrorRecovery error={balance} actions={{ addFunds }} />);
    // The page's own copy: none of the cards loaded yet.
    const client = await freshPackage();
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const before = container.innerHTML;
    const recoverable: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, <client.ErrorRecovery error={balance} actions={{ addFunds }} />, { onRecoverableError: (error) => recoverable.push(error) }));
    // Whatever the card's chunk is doing, the page shows the server's full card, not a fallback.
    expect(container.querySelector("[data-short]")).toBeNull();
    expect(container.querySelector("h3")).toHaveTextContent("Your balance is empty");
    await act(async () => {
      expect(await client.preloadRecovery()).toBe(true);
    });
    expect(container.innerHTML.replace(/<!--.*?-->/g, "")).toBe(before.replace(/<!--.*?-->/g, ""));
    // Hydrated: its button is the host's.
    await act(async () => container.querySelector<HTMLButtonElement>("button[data-action=addFunds]")!.click());
    expect(addFunds).toHaveBeenCalledTimes(1);
    expect(recoverable).toEqual([]);
    act(() => root.unmount());
    container.remove();
  });
});
