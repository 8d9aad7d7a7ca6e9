/**
 * Bounded memory for big bodies (issue 19, item 6): with `maxBytes` raised, `fromResponse`
 * keeps an output's end and the envelope around it, and reads past the rest, counting it.
 */
import { describe, expect, it } from "vitest";
import { fromError, fromResponse, tailOf, type ToolStuckError } from "../../src/model";

const MiB = 1024 * 1024;

/** `text` as a body streamed in chunks of `size` bytes (odd, so cuts land anywhere). */
function streamed(text: string, size = 65_537): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

/** A stuck tool's body whose output is `output`, with fields before and after it. */
function stuckBody(output: string): string {
  return JSON.stringify({
    error: { code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned" },
    tool_call: { name: "browser.open", arguments: { url: "https://status.example.com" }, partial_output: output, started_at: "2026-11-22T12:00:00Z" },
  });
}

async function stuck(body: string, chunk?: number): Promise<ToolStuckError> {
  const error = await fromResponse(new Response(streamed(body, chunk), { status: 504 }), { maxBytes: 64 * MiB });
  expect(error.kind).toBe("tool-stuck");
  return error as ToolStuckError;
}

describe("a big output with a raised maxBytes", () => {
  it("keeps its end and what surrounds it, and counts what it read past", async () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `[browser] line ${i}: waiting for selector #results`);
    const output = lines.join("\n");
    const error = await stuck(stuckBody(output));
    const kept = error.toolCall!.partialOutput!;
    // At most 5 MiB of a ~10 MB output: its end, exactly.
    expect(kept.length).toBeLessThanOrEqual(5 * MiB);
    expect(kept.length).toBeLessThan(output.length);
    expect(output.endsWith(kept)).toBe(true);
    const omitted = error.toolCall!.outputOmitted!;
    expect(omitted.chars + kept.length).toBe(output.length);
    expect(omitted.lines).toBe(output.slice(0, omitted.chars).split("\n").length - 1);
    // The envelope before the output and the fields after it are all there.
    expect(error).toMatchObject({ code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned", toolCall: { name: "browser.open", args: { url: "https://status.example.com" }, startedAt: Date.parse("2026-11-22T12:00:00Z") } });
    // The inspector's tail says the whole output's hidden characters and lines.
    const tail = tailOf(kept, 8000, omitted);
    const truth = tailOf(output, 8000);
    expect(tail).toEqual(truth);
  });

  it("cuts only between characters: escapes, quotes, accents and emoji survive", async () => {
    // Every kind of JSON string content, so some cut lands next to each.
    const unit = 'é "quoted" back\\slash \t tab 😀 \u0001 ctrl 中文\n';
    const output = unit.repeat(Math.ceil((7 * MiB) / unit.length));
    for (const chunk of [65_537, 4093]) {
      const error = await stuck(stuckBody(output), chunk);
      const kept = error.toolCall!.partialOutput!;
      expect(output.endsWith(kept)).toBe(true);
      const omitted = error.toolCall!.outputOmitted!;
      expect(omitted.chars + kept.length).toBe(output.length);
      expect(omitted.lines).toBe(output.slice(0, omitted.chars).split("\n").length - 1);
    }
  });

  it("an output that fits is kept whole and nothing is said to be hidden", async () => {
    const output = "x".repeat(3_000_000);
    const error = await stuck(stuckBody(output));
    expect(error.toolCall!.partialOutput).toBe(output);
    expect(error.toolCall!.outputOmitted).toBeUndefined();
  });

  it("fromError keeps the same from the Response a thrown error carries", async () => {
    const output = "y".repeat(6 * MiB) + "\nthe end";
    const response = new Response(streamed(stuckBody(output)), { status: 504 });
    const error = (await fromError(Object.assign(new Error("HTTP 504"), { response }), { maxBytes: 64 * MiB })) as ToolStuckError;
    expect(error.toolCall!.partialOutput!.endsWith("y\nthe end")).toBe(true);
    expect(error.toolCall!.outputOmitted!.chars + error.toolCall!.partialOutput!.length).toBe(output.length);
  });
});

describe("other long strings and texts keep their start", () => {
  it("a message of megabytes: its first words are the message", async () => {
    const body = JSON.stringify({ error: { code: "rate_limit_exceeded", message: `Slow down. ${"z".repeat(6 * MiB)}` } });
    const error = await fromResponse(new Response(streamed(body), { status: 429 }), { maxBytes: 64 * MiB });
    expect(error.kind).toBe("rate-limited");
    expect(error.message.startsWith("Slow down.")).toBe(true);
  });

  it("a text body stops being read once its start is kept", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 50 * MiB) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const error = await fromResponse(new Response(stream, { status: 500 }), { maxBytes: 64 * MiB });
    expect(error).toMatchObject({ kind: "upstream-unavailable", status: 500 });
    // 4 MiB kept, plus the chunks already queued.
    expect(pulled).toBeLessThanOrEqual(4 * MiB + 3 * chunk.byteLength);
  });
});
