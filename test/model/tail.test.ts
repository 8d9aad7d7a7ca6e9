import { describe, expect, it } from "vitest";
import { tailOf } from "../../src/model";

describe("tailOf", () => {
  it("returns short output whole", () => {
    expect(tailOf("a\nb", 100)).toEqual({ text: "a\nb", hiddenChars: 0, hiddenLines: 0, totalChars: 3 });
  });

  it("shows the end of long output from a line boundary, and counts what is hidden", () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`);
    const output = lines.join("\n");
    const tail = tailOf(output, 100);
    expect(tail.text.endsWith("line 999")).toBe(true);
    expect(tail.text.startsWith("line ")).toBe(true);
    expect(tail.hiddenChars + tail.text.length).toBe(output.length);
    expect(tail.hiddenLines).toBe(output.slice(0, tail.hiddenChars).split("\n").length - 1);
  });

  it("handles megabytes without splitting them", () => {
    const output = `${"x".repeat(20 * 1024 * 1024)}\nthe end`;
    const tail = tailOf(output, 8000);
    expect(tail.text.endsWith("the end")).toBe(true);
    expect(tail.text.length).toBeLessThanOrEqual(8000);
    expect(tail.hiddenLines).toBe(0);
    expect(tail.totalChars).toBe(output.length);
  });

  it("cuts mid-line when there is no newline nearby", () => {
    const tail = tailOf("y".repeat(10_000), 500);
    expect(tail.text).toHaveLength(500);
    expect(tail.hiddenChars).toBe(9500);
  });
});
