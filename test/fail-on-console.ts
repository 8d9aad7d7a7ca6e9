import { afterEach, beforeEach, vi } from "vitest";

const allowed: RegExp[] = [];

/**
 * Lets the current test log console output matching `pattern` (for a test that provokes an
 * error on purpose, such as a render error caught by a boundary). Reset after each test.
 */
export function allowConsole(pattern: RegExp): void {
  allowed.push(pattern);
}

/**
 * Makes any `console.error` or `console.warn` during a test fail that test, with the
 * message, so React warnings (keys, act, hydration) never pass silently.
 */
export function failOnConsole(): void {
  const seen: string[] = [];
  beforeEach(() => {
    seen.length = 0;
    allowed.length = 0;
    for (const method of ["error", "warn"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        const text = args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(" ");
        if (allowed.some((pattern) => pattern.test(text))) return;
        seen.push(`console.${method}: ${text}`);
      });
    }
  });
  afterEach(() => {
    vi.mocked(console.error).mockRestore?.();
    vi.mocked(console.warn).mockRestore?.();
    if (seen.length > 0) {
      const messages = seen.splice(0).join("\n");
      throw new Error(`Unexpected console output during the test:\n${messages}`);
    }
  });
}
