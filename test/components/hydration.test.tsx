/**
 * Server rendering and hydration produce the same markup for every kind: anything that
 * depends on the clock (countdowns, elapsed and relative times) waits for the client.
 * React reports a mismatch through onRecoverableError; the test collects and asserts none.
 */
import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorRecovery, RecoveryProvider, de } from "../../src";
import { parseFixture, PLATFORMS } from "../../stories/platforms/entries";

const cases = PLATFORMS.flatMap((platform) => platform.entries.map((entry) => [`${platform.name}: ${entry.title}`, platform, entry] as const));

describe("hydration", () => {
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
