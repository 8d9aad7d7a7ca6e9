/**
 * Secrets out of a structured value (a tool call's arguments) before anyone sees it: keys
 * that name a secret have their value replaced, strings go through redactString. A module
 * apart from redact.ts, whose string redaction the parser runs on every message: only the
 * Inspect views format arguments, and bundlers that split by module (esbuild) would
 * otherwise load this with the parser, in every first load that parses.
 */
import { REDACTED, redactString } from "./redact.js";

// Words that make a key a secret's name, after splitting camelCase and separators.
const SECRET_WORDS = new Set([
  "authorization",
  "auth",
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "secret",
  "token",
  "bearer",
  "cookie",
  "signature",
  "credential",
  "credentials",
  "apikey",
  "jwt",
]);
// Two-word names that are secrets together but not apart ("key", "id" alone are not).
const SECRET_PAIRS = ["api_key", "access_key", "private_key", "session_id", "client_secret", "secret_key", "x_api_key"];

/** Whether an object key names a secret (`api_key`, `Authorization`, `refreshToken`…). */
export function isSecretKey(key: string): boolean {
  const snake = key
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z\d]+/g, "_")
    .replace(/^_|_$/g, "");
  // Counts and limits of tokens ("max_tokens", "token_count") are not secrets.
  if (/(?:^|_)(?:max|min|num|total|prompt|completion|output|input)_tokens?$|^tokens?_(?:count|limit|usage|used)$/.test(snake)) {
    return false;
  }
  const words = snake.split("_");
  if (words.some((word) => SECRET_WORDS.has(word) || (word.endsWith("tokens") === false && word.endsWith("token") && word.length > 5))) {
    return true;
  }
  return SECRET_PAIRS.some((pair) => `_${snake}_`.includes(`_${pair}_`));
}

export interface RedactOptions {
  /** Nesting deeper than this is summarised. @default 12 */
  maxDepth?: number;
  /** Strings longer than this are cut. @default 2000 */
  maxString?: number;
  /** Arrays and objects longer than this are cut. @default 200 */
  maxItems?: number;
}

/**
 * A JSON-safe copy of `value` with secrets redacted, cycles marked, and sizes bounded.
 * Never throws.
 */
export function redact(value: unknown, options: RedactOptions = {}): unknown {
  const { maxDepth = 12, maxString = 2000, maxItems = 200 } = options;
  const seen = new WeakSet<object>();

  function walk(node: unknown, depth: number): unknown {
    if (typeof node === "string") {
      const cut = node.length > maxString ? `${node.slice(0, maxString)}… (${node.length - maxString} more characters)` : node;
      return redactString(cut);
    }
    if (node === null || typeof node === "number" || typeof node === "boolean") return node;
    if (typeof node === "bigint") return `${node.toString()}n`;
    if (node === undefined || typeof node === "function" || typeof node === "symbol") return undefined;
    if (typeof node !== "object") return undefined;
    if (seen.has(node)) return "[circular]";
    if (depth >= maxDepth) return "[…]";
    seen.add(node);
    try {
      if (Array.isArray(node)) {
        const items = node.slice(0, maxItems).map((item) => walk(item, depth + 1) ?? null);
        if (node.length > maxItems) items.push(`… ${node.length - maxItems} more`);
        return items;
      }
      if (node instanceof Date) return Number.isNaN(node.getTime()) ? "Invalid Date" : node.toISOString();
      const out: Record<string, unknown> = {};
      const keys = Object.keys(node);
      for (const key of keys.slice(0, maxItems)) {
        let child: unknown;
        try {
          child = (node as Record<string, unknown>)[key];
        } catch {
          child = "[unreadable]";
        }
        // defineProperty, not assignment: a key named "__proto__" stays a plain key.
        const shown = isSecretKey(key) && child !== null && child !== undefined && child !== "" ? REDACTED : walk(child, depth + 1);
        if (shown !== undefined) Object.defineProperty(out, key, { value: shown, enumerable: true, writable: true, configurable: true });
      }
      if (keys.length > maxItems) out["…"] = `${keys.length - maxItems} more keys`;
      return out;
    } catch {
      return "[unreadable]";
    } finally {
      seen.delete(node);
    }
  }

  return walk(value, 0);
}

/**
 * Tool arguments as indented JSON, redacted. A string that is itself JSON (as OpenAI sends
 * arguments) is parsed first so its keys are redacted too.
 */
export function formatToolArgs(args: unknown): string {
  let value = args;
  if (typeof value === "string" && /^\s*[{[]/.test(value) && value.length < 5_000_000) {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      // Not JSON: show it as the string it is.
    }
  }
  try {
    const out = JSON.stringify(redact(value), null, 2);
    return out ?? "";
  } catch {
    return "";
  }
}
