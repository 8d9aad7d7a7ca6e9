/**
 * Hiding secrets in tool arguments before anyone sees them. Keys that name a secret have
 * their value replaced; values that look like a secret are replaced wherever they are.
 */

export const REDACTED = "[redacted]";

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

// Values that are secrets whatever key holds them.
const SECRET_VALUES: RegExp[] = [
  /\bBearer\s+[\w\-.~+/=]{8,}/gi,
  /\bBasic\s+[A-Za-z\d+/=]{8,}/g,
  /\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/g, // JWT
  /\b(?:sk|pk|rk)[-_](?:live|test|proj|ant)?[-_]?[A-Za-z\d_-]{16,}/g, // OpenAI, Anthropic, Stripe keys
  /\bgh[pousr]_[A-Za-z\d]{20,}/g, // GitHub tokens
  /\b(?:github_pat|glpat|gsk|hf|xai|ya29)[-_.][\w-]{16,}/g, // GitHub fine-grained, GitLab, Groq, Hugging Face, xAI, Google OAuth
  /\bxox[abposr]-[A-Za-z\d-]{10,}/g, // Slack tokens
  /\bAKIA[\dA-Z]{16}\b/g, // AWS access key ids
  /\bAIza[\w-]{30,}/g, // Google API keys
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /(?<=[?&;](?:access_token|token|api_key|apikey|key|sig|signature|password|client_secret)=)[^&#\s"]+/gi, // secrets in query strings
  /(?<=\b(?:access[-_]?token|api[-_]?key|apikey|password|passwd|pwd|secret|client[-_]?secret|session[-_]?id|sessionid|auth[-_]?token)=)["']?[^&#\s"',;]+/gi, // name=secret anywhere
  /(?<=(?:\/\/|\b)[\w.-]{1,64}:)[^@\s/:]{1,256}(?=@[\w-]+\.)/g, // passwords before a host (https://user:pass@host, user:pass@host)
];

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

/** A string with every secret-looking part replaced. */
export function redactString(value: string): string {
  let out = value;
  for (const pattern of SECRET_VALUES) out = out.replace(pattern, REDACTED);
  return out;
}

/**
 * A message fit to show a person: secrets redacted, and URLs that carry credentials, a
 * port or a query secret removed with addresses (`10.0.3.7:8443`, `db.internal:5432`, any
 * IPv4), so neither a key nor the shape of a network reaches a screen.
 */
export function redactMessage(text: string): string {
  return redactString(text)
    .replace(/\b[a-z][\w+.-]{0,30}:\/\/[^\s"'<>]*/gi, (url) => (UNSHOWABLE_URL.test(url) ? "" : url))
    .replace(ADDRESS, (found) => (/^[\d:]+$/.test(found) && !found.includes("::") ? found : ""))
    // A long hex run is a key (Azure's are 32 hex digits) or a hash: neither helps a reader.
    .replace(/\b[\da-f]{32,}\b/gi, REDACTED)
    .replace(/\s+([.,;:)])/g, "$1")
    .replace(/\(\s*\)/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

// A URL with user info, a port, a secret in its query, or a host on a private network.
const UNSHOWABLE_URL =
  /^[^/]*\/\/(?:[^/]*[@:]|(?:localhost|[\d.]+|\[[^\]]*\])(?:[/?#]|$)|[^/?#]*\.(?:local|internal|lan|corp|intranet|localdomain)(?:[/?#]|$))|[?&#;][\w-]*(?:key|token|secret|sig|signature|password|auth|code|credential)[\w-]*=/i;

// Addresses: host:port, IPv4 (with a port or not), IPv6, and private-network host names.
// Every quantifier is bounded, so the work is linear in the text's length.
const ADDRESS = new RegExp(
  [
    "\\[[\\da-f:.]{2,45}\\](?::\\d{1,5})?",
    "\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?\\b",
    "\\b[\\da-f]{0,4}(?::[\\da-f]{0,4}){2,7}\\b",
    "\\blocalhost(?::\\d{1,5})?\\b",
    "\\b[a-z][\\w-]{0,62}(?:\\.[\\w-]{1,63}){0,10}:\\d{2,5}\\b",
    "\\b[\\w-]{1,63}(?:\\.[\\w-]{1,63}){0,10}\\.(?:local|internal|lan|corp|intranet|localdomain)\\b",
  ].join("|"),
  "gi",
);

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
