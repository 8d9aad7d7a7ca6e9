/** Any console error or warning, or an uncaught error, in the page fails the test that caused it. */
import { expect, test, type ConsoleMessage } from "@playwright/test";

type Expected = (message: ConsoleMessage) => boolean;
let expected: Expected[] = [];

/**
 * Lets the current test's page log console messages that `expected` accepts: only what the
 * test provokes on purpose and the browser itself reports (a request the test aborted, a
 * policy violation the test is counting). Uncaught errors are never allowed.
 */
export function allowConsole(accept: Expected): void {
  expected.push(accept);
}

export function failOnConsole(): void {
  let problems: string[] = [];
  test.beforeEach(async ({ page }) => {
    problems = [];
    expected = [];
    page.on("console", (message) => {
      if (message.type() !== "error" && message.type() !== "warning") return;
      if (expected.some((accept) => accept(message))) return;
      problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  });
  test.afterEach(() => {
    expect(problems, "console errors or warnings in the page").toEqual([]);
  });
}
