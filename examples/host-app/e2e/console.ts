/** Any console error or warning, or an uncaught error, in the page fails the test that caused it. */
import { expect, test } from "@playwright/test";

export function failOnConsole(): void {
  let problems: string[] = [];
  test.beforeEach(async ({ page }) => {
    problems = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  });
  test.afterEach(() => {
    expect(problems, "console errors or warnings in the page").toEqual([]);
  });
}
