import { afterEach, beforeEach, vi } from "vitest";

/**
 * Makes any `console.error` or `console.warn` during a test fail that test, with the
 * message, so React warnings (keys, act, hydration) never pass silently.
 */
export function failOnConsole(): void {
  const seen: string[] = [];
  beforeEach(() => {
    seen.length = 0;
    for (const method of ["error", "warn"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        seen.push(`console.${method}: ${args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(" ")}`);
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
