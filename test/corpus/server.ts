/**
 * A local HTTP server that answers like the providers do, so the corpus test can let the
 * real clients (the provider SDKs, axios, ky, undici, fetch) throw what they really throw.
 *
 * Each scenario is one documented failure: status, headers and body as the provider's docs
 * (or its SDK's own tests) show them. The server answers every request with the scenario
 * set last, whatever the path, so each client can keep its own URL layout.
 * It listens on 127.0.0.1 only and is closed after the suite.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Behaviour =
  /** Answer with this status, headers and body. */
  | { status: number; headers?: Record<string, string | string[]>; body?: unknown }
  /** Send headers and part of the body, then destroy the socket. */
  | { cutBody: string; status?: number; headers?: Record<string, string> }
  /** Never send the headers (a server that hangs). */
  | { hang: true }
  /** Send headers, then trickle the body forever, one byte every `everyMs`. */
  | { trickle: true; everyMs: number; status?: number }
  /** Close the connection without answering. */
  | { reset: true };

export interface CorpusServer {
  url: string;
  port: number;
  /** Every request from now on gets this answer. */
  answer(behaviour: Behaviour): void;
  /** How many requests arrived since the last `answer` (retries show up here). */
  hits(): number;
  close(): Promise<void>;
}

export async function startCorpusServer(): Promise<CorpusServer> {
  let behaviour: Behaviour = { status: 200, body: {} };
  let hits = 0;
  const open = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    hits++;
    req.resume();
    open.add(res);
    res.on("close", () => open.delete(res));
    const b = behaviour;
    if ("hang" in b) return;
    if ("reset" in b) return void req.socket.destroy();
    if ("trickle" in b) {
      res.writeHead(b.status ?? 500, { "content-type": "text/plain" });
      const timer = setInterval(() => res.write("."), b.everyMs);
      timers.add(timer);
      res.on("close", () => clearInterval(timer));
      return;
    }
    if ("cutBody" in b) {
      res.writeHead(b.status ?? 200, { "content-type": "application/json", "content-length": "100000", ...b.headers });
      res.write(b.cutBody);
      const timer = setTimeout(() => req.socket.destroy(), 20);
      timers.add(timer);
      return;
    }
    const body = b.body === undefined ? "" : typeof b.body === "string" ? b.body : JSON.stringify(b.body);
    const headers: Record<string, string | string[]> = { ...b.headers };
    if (!Object.keys(headers).some((k) => k.toLowerCase() === "content-type") && typeof b.body === "object") {
      headers["content-type"] = "application/json";
    }
    res.writeHead(b.status, headers);
    res.end(body);
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    answer(next) {
      behaviour = next;
      hits = 0;
    },
    hits: () => hits,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
