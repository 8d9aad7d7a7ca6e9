/**
 * A stuck tool's ~50 MB JSON body for the big-body benchmark (scripts/bench-big-body.mjs):
 * the envelope, then 50 MB of output lines, then a field after the output. Served from a
 * process apart from the one measured, so the server's memory is never counted:
 * scripts/bench-browser.mjs serves it beside its pages; run directly, this serves only the
 * body and prints its URL.
 *   /parts — [head, one output fill, tail]; /small — the same with a short output (warm-up);
 *   /big — the fill repeated (one Buffer written again and again, so this process stays flat).
 */
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

const line = "[browser] waiting for selector #results (networkidle)\n";
const bodyParts = [
  JSON.stringify({ error: { code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned" }, tool_call: { name: "browser.open", arguments: { url: "https://status.example.com" }, partial_output: "§" } }).split('"§"')[0] + '"',
  JSON.stringify(line.repeat(Math.ceil(65_536 / line.length))).slice(1, -1),
  '", "started_at": "2026-11-22T12:00:00Z" } }',
];
const [bodyHead, bodyFill, bodyTail] = bodyParts.map((part) => Buffer.from(part));
const fills = Math.floor((50_000_000 - bodyHead.length - bodyTail.length) / bodyFill.length);

/** Answers `…/parts`, `…/small` and `…/big`. */
export function bigBody(req, res) {
  if (req.url.endsWith("/parts")) return res.end(JSON.stringify(bodyParts));
  if (req.url.endsWith("/small")) {
    res.writeHead(504, { "content-type": "application/json" });
    return res.end(Buffer.concat([bodyHead, bodyFill.subarray(0, 1000), bodyTail]));
  }
  res.writeHead(504, { "content-type": "application/json", "content-length": bodyHead.length + fills * bodyFill.length + bodyTail.length });
  res.write(bodyHead);
  let sent = 0;
  const more = () => {
    while (sent < fills) {
      sent++;
      if (!res.write(bodyFill)) return res.once("drain", more);
    }
    res.end(bodyTail);
  };
  more();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = createServer(bigBody);
  server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}/big-body/`));
}
