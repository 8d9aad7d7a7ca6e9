/**
 * Browser benchmarks, run by scripts/bench-browser.mjs in headless Chromium against the
 * library as Vite builds it for production (the lazy dialog a chunk of its own). Figures
 * only: nothing here is asserted.
 */
import { createElement, useEffect, useState, type ReactElement, type ReactNode } from "react";
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

const stuckError = errors.stuck("partial output\n".repeat(50));

const COMPONENTS: Array<[string, () => ReactElement]> = [
  ["BalanceEmptyCard", () => createElement(BalanceEmptyCard, { error: errors.balance as RecoveryErrorOf<"balance-empty">, onAddFunds: noop })],
  ["ConnectorReconnectCard", () => createElement(ConnectorReconnectCard, { error: errors.connector as RecoveryErrorOf<"connector-auth">, onReconnect: noop })],
  ["RateLimitBanner", () => createElement(RateLimitBanner, { error: errors.rateLimit as RecoveryErrorOf<"rate-limited">, onRetry: noop })],
  ["ApprovalPendingNotice", () => createElement(ApprovalPendingNotice, { error: errors.approval as RecoveryErrorOf<"approval-pending">, onCheckStatus: noop })],
  // Parsed once, outside the factory: a mount is timed, not the parser.
  ["StuckToolInspector", () => createElement(StuckToolInspector, { error: stuckError })],
  ["ErrorRecovery (generic notice)", () => createElement(ErrorRecovery, { error: errors.generic, actions: { retry: noop } })],
];

/**
 * The same DOM as plain elements: what a hand-written JSX version would render. `timer`, when
 * given, stands in for the element with role=timer (a hand-written countdown's live text).
 */
function toElements(node: Node, key?: number, timer?: () => ReactElement): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const props: Record<string, unknown> = { key };
  for (const attr of Array.from(node.attributes)) {
    if (attr.name === "style") continue;
    const name = attr.name === "class" ? "className" : attr.name === "for" ? "htmlFor" : attr.name === "tabindex" ? "tabIndex" : attr.name;
    props[name] = attr.value;
  }
  const children = timer && node.getAttribute("role") === "timer" ? [timer()] : Array.from(node.childNodes).map((child, index) => toElements(child, index, timer));
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

/**
 * A countdown as one would write it by hand: its own interval, its own state, the text
 * re-rendered each second. The baseline for 100 live banners.
 */
function HandCountdown({ deadline }: { deadline: number }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

const limitedFor = (seconds: number) =>
  parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": String(seconds) } }) as RecoveryErrorOf<"rate-limited">;

let live: { root: Root; host: HTMLElement } | undefined;

/**
 * Mounts 100 live countdowns: `ours` — 100 RateLimitBanners (one page clock, the countdown's
 * text re-rendered each second); `hand` — the same banners' DOM as plain elements, each with a
 * HandCountdown where the timer is. The caller measures main-thread time while they run.
 */
async function mountCountdowns(kind: "ours" | "hand", count = 100): Promise<number> {
  const host = stage.appendChild(document.createElement("div"));
  const root = createRoot(host);
  let children: ReactElement[];
  if (kind === "ours") {
    children = Array.from({ length: count }, (_, i) => createElement(RateLimitBanner, { key: i, error: limitedFor(600 + i), onRetry: noop }));
  } else {
    // The banner's DOM, once, as a template; each copy gets its own countdown.
    const template = document.createElement("div");
    template.innerHTML = mountTime(() => createElement(RateLimitBanner, { error: limitedFor(600), onRetry: noop }), 1).html;
    children = Array.from({ length: count }, (_, i) => {
      const deadline = Date.now() + (600 + i) * 1000;
      return createElement("div", { key: i }, ...Array.from(template.childNodes).map((child, index) => toElements(child, index, () => createElement(HandCountdown, { deadline }))));
    });
  }
  const start = performance.now();
  flushSync(() => root.render(createElement("div", null, ...children)));
  const mountMs = performance.now() - start;
  live = { root, host };
  // Past the announcers' one-off timers and the first ticks.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return mountMs;
}

function unmountCountdowns(): string[] {
  const texts = Array.from(live?.host.querySelectorAll("[role=timer], .rk-countdown") ?? [], (el) => el.textContent ?? "").slice(0, 3);
  live?.root.unmount();
  live?.host.remove();
  live = undefined;
  return texts;
}

/** Closes the dialog as a user would (Escape), lets it fade out, then unmounts the card. */
async function closeAndUnmount(root: Root, host: HTMLElement) {
  document.querySelector("[role=dialog]")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  for (let i = 0; i < 100 && document.querySelector("[role=dialog]"); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  root.unmount();
  host.remove();
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * From the click on Inspect to the dialog's first paint. With `prefetch`, the button is first
 * focused (as a hover or a Tab would) and the dialog's chunk given time to arrive: a first
 * Inspect once prefetched.
 */
async function openInspector(outputBytes: number, prefetch = false): Promise<number> {
  const line = "[browser] waiting for selector #results (networkidle)\n";
  const output = line.repeat(Math.ceil(outputBytes / line.length)).slice(0, outputBytes);
  const host = document.createElement("div");
  stage.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(createElement(StuckToolInspector, { error: errors.stuck(output) })));
  const button = host.querySelector<HTMLButtonElement>("button[aria-haspopup=dialog]")!;
  if (prefetch) {
    button.focus();
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  const start = performance.now();
  button.click();
  while (!document.querySelector("[role=dialog]")) await new Promise((resolve) => setTimeout(resolve, 0));
  await nextFrame();
  const ms = performance.now() - start;
  await closeAndUnmount(root, host);
  return ms;
}

/** Each component mounted once and given time, so a part loaded with import() is there before mounts are timed. */
async function warmUp() {
  for (const [, element] of COMPONENTS) {
    const host = stage.appendChild(document.createElement("div"));
    const root = createRoot(host);
    flushSync(() => root.render(element()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    root.unmount();
    host.remove();
  }
}

declare global {
  interface Window {
    bench: Record<string, (...args: never[]) => Promise<unknown>>;
  }
}

window.bench = {
  firstInspectClick: () => openInspector(10_000),
  mountRatios: async () => {
    await warmUp();
    return mountRatios();
  },
  mountCountdowns: (kind: "ours" | "hand") => mountCountdowns(kind),
  unmountCountdowns: async () => unmountCountdowns(),
  firstInspectPrefetched: () => openInspector(10_000, true),
  inspector: async () => {
    await openInspector(1000); // loads the dialog's chunk, so what follows measures opening only
    return { "10 kB": await openInspector(10_000), "1 MB": await openInspector(1_000_000), "10 MB": await openInspector(10_000_000) };
  },
};
export type { RecoveryError };
