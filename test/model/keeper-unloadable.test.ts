/**
 * The keeper of big bodies loads with `import()`, only for a body past 4 MiB. When it cannot
 * load (offline, a stale deploy), fromResponse still says what happened from what it read.
 */
import { expect, it, vi } from "vitest";
import { fromResponse, type ToolStuckError } from "../../src/model";

vi.mock("../../src/model/keeper.js", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});

it("a body past 4 MiB whose keeper cannot load is read from its head", async () => {
  const body = JSON.stringify({
    error: { code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned" },
    tool_call: { name: "browser.open", partial_output: "line\n".repeat(1_500_000) },
  });
  const bytes = new TextEncoder().encode(body);
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += 65_536)));
    },
  });
  const error = await fromResponse(new Response(stream, { status: 504 }), { maxBytes: 64 * 1024 * 1024 });
  expect(error).toMatchObject({ kind: "tool-stuck", status: 504, message: "browser.open has not returned", messageSource: "server" });
  // Its head only, cut inside the output, so no tool call: with the keeper there would be one.
  expect((error as ToolStuckError).toolCall).toBeUndefined();
});
