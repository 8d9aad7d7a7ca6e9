/**
 * Browser benchmarks, run by scripts/bench-browser.mjs in headless Chromium against the
 * library as Vite builds it for production (the lazy dialog a chunk of its own). Figures
 * only: nothing here is asserted.
 */
import { createElement, Profiler, type ReactElement, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { flushSync } from "react-dom";
import {
  ApprovalPendingNotice,
  BalanceEmptyCard,
  ConnectorReconnectCard,
  ErrorRecovery,
  RateLimitBanner,
  StuckToolInspector,
} from "../../../src/index.js";
import { parseRecoveryError, type RecoveryError, type RecoveryErrorOf } from "../../../src/model/index.js";
import "../../../src/styles/recovery-kit.css";

const stage = document.getElementById("stage")!;
const noop = () => undefined;
const now = Date.now();

const errors = {
  balance: parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } }, { status: 402 }),
  connector: parseRecoveryError({ error: { code: "CONNECTOR_AUTH_FAILED", message: "Gmail needs to be reconnected.", connector: "Gmail" } }, { status: 401 }),
  rateLimit: parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": "60", "x-ratelimit-limit": "60" } }),
  approval: parseRecoveryError({ error: { code: "APPROVAL_REQUIRED", message: "Tool call requires approval", tool: "github", method: "DELETE" }, run_id: "run_1" }, { status: 403 }),
  stuck: (output: string) =>
    parseRecoveryError(
      { error: { code: "TOOL_CALL_TIMEOUT", message: "browser.open has not returned" }, tool_call: { name: "browser.open", arguments: { url: "https://status.example.com", api_key: "sk-proj-abcdefghijklmnop1234" }, partial_output: output, started_at: now - 95_000 } },
      { status: 504 },
    ) as RecoveryErrorOf<"tool-stuck">,
  generic: parseRecoveryError("<html><body><h1>502</h1></body></html>", { status: 502 }),
};

const COMPONENTS: Array<[string, () => ReactElement]> = [
  ["BalanceEmptyCard", () => createElement(BalanceEmptyCard, { error: errors.balance as RecoveryErrorOf<"balance-empty">, onAddFunds: noop })],
  ["ConnectorReconnectCard", () => createElement(ConnectorReconnectCard, { error: errors.connector as RecoveryErrorOf<"connector-auth">, onReconnect: noop })],
  ["RateLimitBanner", () => createElement(RateLimitBanner, { error: errors.rateLimit as RecoveryErrorOf<"rate-limited">, onRetry: noop })],
  ["ApprovalPendingNotice", () => createElement(ApprovalPendingNotice, { error: errors.approval as RecoveryErrorOf<"approval-pending">, onCheckStatus: noop })],
  ["StuckToolInspector", () => createElement(StuckToolInspector, { error: errors.stuck("partial output\n".repeat(50)) })],
  ["ErrorRecovery (generic notice)", () => createElement(ErrorRecovery, { error: errors.generic, actions: { retry: noop } })],
];

/** The same DOM as plain elements: what a hand-written JSX version would render. */
function toElements(node: Node, key?: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const props: Record<string, unknown> = { key };
  for (const attr of Array.from(node.attributes)) {
    if (attr.name === "style") continue;
    const name = attr.name === "class" ? "className" : attr.name === "for" ? "htmlFor" : attr.name === "tabindex" ? "tabIndex" : attr.name;
    props[name] = attr.value;
  }
  const children = Array.from(node.childNodes).map((child, index) => toElements(child, index));
  return createElement(node.tagName.toLowerCase(), props, ...(children.length ? children : []));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * One sample: `copies` separate roots mounted back to back, per mount. Batched because the
 * browser's clock is coarse (0.1 ms without cross-origin isolation) next to one mount.
 */
function mountTime(element: () => ReactElement, copies = 20): { ms: number; html: string } {
  const hosts = Array.from({ length: copies }, () => stage.appendChild(document.createElement("div")));
  const roots: Root[] = hosts.map((host) => createRoot(host));
  const start = performance.now();
  for (const root of roots) flushSync(() => root.render(element()));
  const ms = (performance.now() - start) / copies;
  const html = hosts[0]!.innerHTML;
  for (const root of roots) root.unmount();
  for (const host of hosts) host.remove();
  return { ms, html };
}

async function mountRatios(rounds = 60) {
  const rows = [];
  for (const [name, element] of COMPONENTS) {
    const template = document.createElement("div");
    template.innerHTML = mountTime(element, 1).html;
    const plain = () => createElement("div", null, ...Array.from(template.childNodes).map((child, index) => toElements(child, index)));
    const ours: number[] = [];
    const hand: number[] = [];
    // Interleaved, so both see the same machine state; the first rounds warm the JIT.
    for (let i = 0; i < rounds + 10; i++) {
      const a = mountTime(element).ms;
      const b = mountTime(plain).ms;
      if (i >= 10) {
        ours.push(a);
        hand.push(b);
      }
    }
    rows.push({ name, oursMs: median(ours), handMs: median(hand), ratio: median(ours) / median(hand) });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return rows;
}

async function hundredBanners(seconds = 5) {
  const host = document.createElement("div");
  stage.append(host);
  const root = createRoot(host);
  const commits: number[] = [];
  const onRender = (_id: string, phase: string, actualDuration: number) => {
    if (phase !== "mount") commits.push(actualDuration);
  };
  const banners = Array.from({ length: 100 }, (_, i) =>
    createElement(RateLimitBanner, {
      key: i,
      error: parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": String(60 + i) } }) as RecoveryErrorOf<"rate-limited">,
      onRetry: noop,
    }),
  );
  const start = performance.now();
  flushSync(() => root.render(createElement(Profiler, { id: "banners", onRender }, ...banners)));
  const mountMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  root.unmount();
  host.remove();
  const sorted = [...commits].sort((a, b) => a - b);
  return {
    mountMs,
    commitsPerSecond: commits.length / seconds,
    meanCommitMs: commits.reduce((sum, value) => sum + value, 0) / Math.max(1, commits.length),
    p95CommitMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
  };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function openInspector(outputBytes: number): Promise<number> {
  const line = "[browser] waiting for selector #results (networkidle)\n";
  const output = line.repeat(Math.ceil(outputBytes / line.length)).slice(0, outputBytes);
  const host = document.createElement("div");
  stage.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(createElement(StuckToolInspector, { error: errors.stuck(output) })));
  const button = host.querySelector<HTMLButtonElement>("button[aria-haspopup=dialog]")!;
  const start = performance.now();
  button.click();
  while (!document.querySelector("[role=dialog]")) await new Promise((resolve) => setTimeout(resolve, 0));
  await nextFrame();
  const ms = performance.now() - start;
  root.unmount();
  host.remove();
  return ms;
}

declare global {
  interface Window {
    bench: Record<string, (...args: never[]) => Promise<unknown>>;
  }
}

window.bench = {
  firstInspectClick: () => openInspector(10_000),
  mountRatios: () => mountRatios(),
  hundredBanners: () => hundredBanners(),
  inspector: async () => {
    await openInspector(1000); // loads the dialog's chunk, so what follows measures opening only
    return { "10 kB": await openInspector(10_000), "1 MB": await openInspector(1_000_000), "10 MB": await openInspector(10_000_000) };
  },
};
export type { RecoveryError };
