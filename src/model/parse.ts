/**
 * `parseRecoveryError`: whatever a host caught, as a RecoveryError. Never throws.
 */
import { classification, classifyBilling, classifyByCodes, classifyByStatus, classifyByText, type Classification } from "./classify.js";
import { DEFAULT_MESSAGES, RETRYABLE_KINDS, VARIANT_MESSAGES } from "./default-messages.js";
import { fieldsFromHead, statusOfReasonPhrase, waitInWords } from "./scan.js";
import { asStatus, asTimestamp, compact, get, getHeader, isBag, num, str, strList, val } from "./read.js";
import { parseRetryAfter, parseRetryAfterMs, parseWait } from "./retry-after.js";
import { redactMessage, redactString } from "./redact.js";
import { hostOf, isSafeHref, toSafeHttpsUrl } from "./safe-url.js";
import { looksLikeHtml, looksLikeHtmlPage, toPlainText } from "./text.js";
import type {
  ApprovalInfo,
  ConnectorInfo,
  ParseContext,
  RateLimit,
  RunEvent,
  RunInfo,
  RecoveryError,
  RecoveryErrorBase,
  RecoveryErrorKind,
  ToolCallInfo,
} from "./types.js";

/** A 429 asking us to wait longer than this is a spent quota, not something to count down. */
export const QUOTA_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;
// Bodies bigger than this are not worth JSON-parsing for an error message.
const MAX_JSON_TEXT = 2_000_000;

/** Everything the parser gathered from the input before deciding on a kind. */
interface Evidence {
  status?: number;
  /** Header holders in the order they were found (`Headers`, plain records, AxiosHeaders). */
  headers: unknown[];
  /** The body as an object, when there was one. */
  body?: unknown;
  /** `body.error` when it is an object (OpenAI, Anthropic, Stripe, Google, the seed pages' 402). */
  inner?: unknown;
  /** A text body that was not JSON. */
  text?: string;
  html: boolean;
  /** Server codes in the order they should be trusted. */
  codes: string[];
  /** What the client or runtime said: error names and their own codes, classified last. */
  names: string[];
  /** Thrown messages: evidence for the kind, never shown (see serverMessage). */
  thrown: string[];
  /** Messages an SDK kept from the body in a field of its own (Anthropic's `apiMessage`). */
  said: unknown[];
  /** Google's `details[]` (RetryInfo, ErrorInfo, QuotaFailure). */
  details: unknown[];
  /** Codes a framework added over the server's (LangChain's `lc_error_code`): trusted after the server's own. */
  late: string[];
  /** Codes a transport's class gives its status (an MCP transport's 401): trusted before the body's. */
  early: string[];
  /** Server-sourced text to read a wait from when no header or field gives one. */
  words: string[];
  /** An MCP `CallToolResult` with `isError: true`: the tool's own failure. */
  toolResult?: boolean;
  /** The tool a failure names ("Tool delete_repository not found"). */
  tool?: string;
  clientCode?: string;
  requestId?: string;
  digest?: string;
}

// A client's or runtime's own code (Node, undici, axios), as opposed to a server's.
const CLIENT_CODE = /^(?:E[A-Z\d_]{2,}|ERR_[A-Z\d_]+|UND_ERR_[A-Z_]+)$/;
// @modelcontextprotocol/sdk's transport errors, whose numeric `code` is the HTTP status.
const MCP_TRANSPORTS = new Set(["StreamableHTTPError", "SseError"]);

/** A plain `Error` with nothing but its message (`new Error(await res.text())`): its message may be a body. */
function isBareError(input: unknown, className: unknown): boolean {
  try {
    return className === "Error" && (get(input, "name") ?? "Error") === "Error" && Object.keys(input as object).length === 0;
  } catch {
    return false;
  }
}

function fromText(text: string, evidence: Evidence): void {
  const trimmed = text.trim();
  // `"{\"error\":…}"`: JSON text serialised once more is unwrapped too.
  if (/^[{["]/.test(trimmed)) {
    if (trimmed.length <= MAX_JSON_TEXT) {
      try {
        fromBody(JSON.parse(trimmed) as unknown, evidence);
        return;
      } catch {
        // Not JSON after all, or cut short: its head may still say what happened.
      }
    }
    const head = fieldsFromHead(trimmed);
    if (head) return fromBody(head, evidence);
  }
  if (looksLikeHtml(trimmed)) {
    evidence.html = true;
    // A gateway's page says its status in its title or heading ("<title>502 Bad Gateway</title>").
    evidence.status ??= asStatus(/<(?:title|h1)[^>]{0,100}>\s*(?:error\s*)?(\d{3})\b/i.exec(trimmed.slice(0, 4096))?.[1]);
  } else {
    evidence.text = trimmed;
    evidence.words.push(trimmed);
  }
}

/**
 * What a framework wrapped around a server's answer in its own sentence, row by row: the
 * frame's words are never shown, what it carried is read as the body, the server's message
 * or a status. `status`, `jsonrpc`, `body` and `said` name capture groups.
 */
const MESSAGE_FRAMES: ReadonlyArray<{ pattern: RegExp; status?: number; jsonrpc?: number; body?: number; said?: number }> = [
  // @modelcontextprotocol/sdk's McpError: "MCP error -32602: Tool x not found" (the server's message).
  // The client prefixes a server's already prefixed message again: "MCP error -32042: MCP error -32042: …".
  { pattern: /^MCP error (-\d+): (?:MCP error -\d+: )*([^]*)$/, jsonrpc: 1, said: 2 },
  // Its Streamable HTTP transport: "Streamable HTTP error: Error POSTing to endpoint: <body>".
  { pattern: /^Streamable HTTP error: (?:Error POSTing to endpoint|Failed to open SSE stream|Failed to terminate session)(?: \(HTTP (\d{3})\))?: ([^]*)$/, status: 1, body: 2 },
  // Older MCP SDKs: "Error POSTing to endpoint (HTTP 503): <body>".
  { pattern: /^Error POSTing to endpoint \(HTTP (\d{3})\): ([^]*)$/, status: 1, body: 2 },
  // @google/generative-ai: "[GoogleGenerativeAI Error]: Error fetching from URL: [429 Too Many Requests] message [details]".
  { pattern: /\[(\d{3})[^\]]*\]\s*([^]*)$/, status: 1, said: 2 },
  // openai, @anthropic-ai/sdk: "429 {…}", "429 Overloaded", "503 status code (no body)".
  { pattern: /^([45]\d\d)\b\s*([^]*)$/, status: 1, said: 2 },
];

// What MCP SDK servers and JSON-RPC say for themselves: their words, not the tool's or the service's.
const STOCK_SENTENCES = /^(?:method not found|invalid params|invalid request|parse error|internal error|request timed out|connection closed|tool \S+ (?:not found|disabled))\.?$/i;
const UNKNOWN_TOOL = /^tool (\S{1,80}) not found\b/i;

/** A JSON-RPC error code (-32768 to -32000) as the classifier's code (`jsonrpc_32602`), else undefined. */
function jsonrpcCode(code: unknown): string | undefined {
  return typeof code === "number" && Number.isInteger(code) && code <= -32000 && code >= -32768 ? `jsonrpc_${-code}` : undefined;
}

// JSON-RPC codes a client makes itself (a closed connection, its own time-out): no server's words follow.
const CLIENT_JSONRPC = new Set([32000, 32001]);

/** A thrown message: the status, body or server message a frame carried; or, from a bare `Error`, the body itself. */
function fromMessage(message: string, evidence: Evidence, bare: boolean): void {
  for (const frame of MESSAGE_FRAMES) {
    const match = frame.pattern.exec(message);
    if (!match) continue;
    if (frame.status) evidence.status ??= asStatus(match[frame.status]);
    const jsonrpc = frame.jsonrpc ? -Number(match[frame.jsonrpc]) : undefined;
    const carried = match[frame.body ?? frame.said ?? 0]?.trim();
    if (jsonrpc !== undefined) {
      // An MCP server's "Tool x not found" comes as invalid params (-32602): the tool is not there.
      const unknownTool = jsonrpc === 32602 ? UNKNOWN_TOOL.exec(carried ?? "") : null;
      // More specific than the -32602 a thrown McpError also carries as its `code`: trusted first.
      if (unknownTool) {
        evidence.early.push("mcp_unknown_tool");
        evidence.tool ??= unknownTool[1];
      }
      const rpc = jsonrpcCode(-jsonrpc);
      if (rpc) evidence.codes.push(rpc);
    }
    // A client's own JSON-RPC failure, or the protocol's stock sentence: nothing of the server's to show.
    if (!carried || (jsonrpc !== undefined && (CLIENT_JSONRPC.has(jsonrpc) || STOCK_SENTENCES.test(carried)))) return;
    if (frame.body || /^[{[]/.test(carried) || looksLikeHtml(carried)) return fromText(carried, evidence);
    // What follows the status is the server's message as the SDK read it, unless it says
    // there was none; details appended as JSON (Google's `[{"@type":…}]`) are read, not shown.
    if (/^status code|^\(no body\)/i.test(carried)) return;
    const json = /\s(?=\[?\s*\{\s*"|\[\s*")/.exec(carried);
    const words = json ? carried.slice(0, json.index).trim() : carried;
    if (json) {
      try {
        const details = JSON.parse(carried.slice(json.index)) as unknown;
        if (Array.isArray(details)) addDetails(evidence, details);
        else fromBody(details, evidence);
      } catch {
        // Cut or not JSON: the words before it are still the message.
      }
    }
    if (words) {
      evidence.said.push(words);
      evidence.words.push(words);
    }
    return;
  }
  // A JSON body as the whole message ("[GoogleGenerativeAI Error]: …" is a sentence, not an array).
  if (/^(?:\{|\[\s*[{"])/.test(message)) return fromText(message, evidence);
  if (!bare) return;
  // A bare `Error(body text)` (what @ai-sdk/react's useChat makes of a failed route): a
  // reason phrase is that status, markup is a page, anything else is the server's words for
  // reading a wait — still never shown, as nothing says a person may see it.
  const status = statusOfReasonPhrase(message);
  if (status !== undefined) evidence.status ??= status;
  else if (looksLikeHtml(message)) fromText(message, evidence);
  else evidence.words.push(message);
}

function fromBody(body: unknown, evidence: Evidence): void {
  if (typeof body === "string") return fromText(body, evidence);
  if (Array.isArray(body)) {
    // GraphQL-style `[{message}]` or a batch: the first item speaks for the rest. One level
    // only, so `[[[[…]]]]` nested a million deep costs nothing.
    const first = safeFirst(body);
    if (!Array.isArray(first)) fromBody(first, evidence);
    return;
  }
  if (!isBag(body) || evidence.body !== undefined) return;
  // An MCP `CallToolResult` with `isError: true`: its text is the tool's (the server's) words.
  const content = get(body, "content");
  if (get(body, "isError") === true && Array.isArray(content)) {
    evidence.toolResult = true;
    const text = content
      .slice(0, 20)
      .map((part) => (get(part, "type") === "text" ? str([part], "text") : undefined))
      .filter(Boolean)
      .join("\n");
    if (!text) return;
    const before = evidence.codes.length;
    fromMessage(text, evidence, false);
    // Not a frame nor JSON: the tool's plain words.
    if (evidence.codes.length === before && evidence.body === undefined && evidence.said.length === 0 && !evidence.html) fromText(text, evidence);
    return;
  }
  evidence.body = body;
  const errorField = get(body, "error");
  let inner = isBag(errorField) ? errorField : undefined;
  if (!inner) {
    const first = safeFirst(get(body, "errors"));
    if (isBag(first)) inner = first;
  }
  evidence.inner = inner;
  const said = asStatus(get(inner, "status")) ?? asStatus(get(inner, "code")) ?? asStatus(get(body, "status")) ?? asStatus(get(body, "statusCode"));
  // A 200 whose body carries an error status (OpenRouter's `{"error":{"code":500}}`) is that error.
  if (evidence.status === undefined || (evidence.status < 300 && said !== undefined && said >= 400)) evidence.status = said ?? evidence.status;
  for (const holder of [inner, body]) addDetails(evidence, get(holder, "details"));

  const codes = evidence.codes;
  const push = (value: unknown) => {
    if (typeof value === "string" && value.length > 0 && value.length <= 100) codes.push(value);
  };
  push(get(inner, "code"));
  // JSON-RPC (MCP over plain HTTP): `{"jsonrpc":"2.0","error":{"code":-32601,…}}`.
  const rpc = jsonrpcCode(get(inner, "code"));
  if (rpc) codes.push(rpc);
  push(get(get(inner, "extensions"), "code")); // GraphQL
  push(get(inner, "type"));
  // AWS JSON protocol: `{"__type":"com.amazon.coral.service#ThrottlingException"}`.
  const awsType = get(body, "__type");
  if (typeof awsType === "string") push(awsType.split("#").pop());
  push(get(inner, "status"));
  push(get(body, "code"));
  push(get(body, "error_code"));
  push(get(body, "errorCode"));
  // A bare code in `error`: `{"error":"consent_required"}` (but not prose like "Too many requests").
  if (typeof errorField === "string" && /^[A-Za-z][\w.-]*$/.test(errorField)) push(errorField);
  const type = get(body, "type");
  if (typeof type === "string" && type !== "error" && type !== "about:blank") {
    // RFC 9457 types are URIs; their last path segment is the useful part.
    push(type.includes("/") ? type.replace(/\/+$/, "").split("/").pop() : type);
  }
  // A prompt or an answer a content policy stopped: Google's `promptFeedback.blockReason` and
  // a candidate's `finishReason`, OpenAI's `finish_reason`.
  push(get(get(body, "promptFeedback"), "blockReason"));
  const candidate = safeFirst(get(body, "candidates")) ?? safeFirst(get(body, "choices"));
  const finish = str([candidate], "finish_reason");
  if (finish && /^(?:safety|prohibited_content|blocklist|spii|content_filter)$/i.test(finish)) push(finish);
  // A run or request that reports its own state.
  push(get(body, "status"));
  push(get(body, "state"));
  push(get(get(body, "run"), "status"));
}

/** Google's `details[]`, wherever a client kept them (at most 20 each). */
function addDetails(evidence: Evidence, details: unknown): void {
  if (Array.isArray(details)) evidence.details.push(...details.slice(0, 20));
}

function safeFirst(value: unknown): unknown {
  try {
    return Array.isArray(value) ? value[0] : undefined;
  } catch {
    return undefined;
  }
}

function isResponseLike(value: unknown): boolean {
  const headers = get(value, "headers");
  return typeof get(value, "ok") === "boolean" && asStatus(get(value, "status")) !== undefined && isBag(headers);
}

function isErrorLike(value: unknown): boolean {
  try {
    if (value instanceof Error) return true;
    if (typeof DOMException !== "undefined" && value instanceof DOMException) return true;
  } catch {
    return false;
  }
  return typeof get(value, "name") === "string" && typeof get(value, "message") === "string" && get(value, "stack") !== undefined;
}

/**
 * A thrown error, as each client shapes it. Fields, by who sets them:
 * - openai, @anthropic-ai/sdk: `status`, `headers` (Headers), `error` (the body or its
 *   `error`), `requestID`, `code`; Anthropic also `apiMessage`; messages "429 {…}".
 * - ai (Vercel AI SDK): `statusCode`, `responseHeaders`, `responseBody` (text), `data`;
 *   `RetryError` keeps the real one in `lastError` and `errors[]`.
 * - @google/genai: `status`, and the response JSON as text in `message`;
 *   @google/generative-ai: `status`, `errorDetails`, "[429 Too Many Requests] …" in `message`.
 * - stripe: `statusCode`, `headers`, `requestId`, `raw` (the body's `error`), `detail` (the
 *   connection error behind a StripeConnectionError).
 * - axios: `code` (ERR_BAD_REQUEST, ECONNREFUSED), `response.status/headers/data`.
 * - ky: `response` (a fetch Response; fromError reads its body), undici and fetch: `cause`
 *   with a Node or undici `code`.
 * - cohere-ai (and other Fern-generated SDKs): `statusCode`, `body`, `rawResponse.headers`.
 * - Next.js / React: `digest` on errors hidden in production.
 */
function fromThrown(input: unknown, evidence: Evidence, depth: number): void {
  const name = str([input], "name");
  const message = str([input], "message");
  // The class says more than `name` where an SDK leaves it "Error" (openai's APIUserAbortError).
  let className: unknown;
  try {
    className = (get(input, "constructor") as { name?: unknown } | undefined)?.name;
  } catch {
    // A proxy's constructor may throw; the name is only a hint.
  }
  for (const mark of [name, className]) if (typeof mark === "string" && mark) evidence.names.push(mark);
  const response = get(input, "response");
  const raw = get(input, "raw");
  // AWS SDK v3: the exception's name is the service's error code; status and id in `$metadata`.
  const metadata = get(input, "$metadata");
  if (isBag(metadata)) {
    evidence.status ??= asStatus(get(metadata, "httpStatusCode"));
    evidence.requestId ??= str([metadata], "requestId");
    if (name) evidence.codes.push(name);
  }
  evidence.status ??=
    asStatus(get(input, "status")) ?? asStatus(get(input, "statusCode")) ?? asStatus(get(response, "status")) ?? asStatus(get(raw, "statusCode"));
  evidence.headers.push(
    get(input, "headers"),
    get(input, "responseHeaders"),
    get(response, "headers"),
    get(raw, "headers"),
    get(get(input, "rawResponse"), "headers"),
  );
  const code = get(input, "code");
  if (typeof code === "string") {
    if (CLIENT_CODE.test(code)) {
      evidence.clientCode ??= code;
      evidence.names.push(code);
    } else evidence.codes.push(code);
  } else if (typeof code === "number" && Number.isInteger(code)) {
    // MCP's transports carry the HTTP status as `code`; its 401 and 403 are the connector's.
    // By class, or by the message where a minifier renamed the class.
    if ((MCP_TRANSPORTS.has(String(className)) || /^(?:Streamable HTTP|SSE) error: /.test(message ?? "")) && asStatus(code) !== undefined) {
      evidence.status ??= code;
      if (code === 401 || code === 403) evidence.early.push(code === 401 ? "mcp_unauthorized" : "mcp_forbidden");
    } else {
      const rpc = jsonrpcCode(code);
      if (rpc) evidence.codes.push(rpc);
    }
  }
  const lcCode = get(input, "lc_error_code");
  if (typeof lcCode === "string") evidence.late.push(lcCode);
  evidence.requestId ??= str([input], "requestID request_id");
  evidence.digest ??= str([input], "digest");
  const apiMessage = get(input, "apiMessage");
  if (apiMessage) evidence.said.push(apiMessage);
  // @google/generative-ai's response error keeps the parsed answer (its `promptFeedback`) as `response`.
  const parsedResponse = isBag(response) && get(response, "status") === undefined && get(response, "headers") === undefined ? response : undefined;
  for (const body of [get(input, "error"), get(input, "data"), get(input, "responseBody"), get(input, "body"), get(response, "data"), get(raw, "statusCode") ? raw : undefined, parsedResponse]) {
    if (body !== undefined && body !== null) fromBody(body, evidence);
  }
  addDetails(evidence, get(input, "errorDetails"));
  if (message) {
    evidence.thrown.push(message);
    fromMessage(message, evidence, isBareError(input, className));
  }
  const errors = get(input, "errors");
  for (const next of [get(input, "cause"), get(input, "lastError"), get(input, "detail"), Array.isArray(errors) ? errors[errors.length - 1] : undefined]) {
    // A cause is what a client or runtime said, never a server's body, even as a plain object.
    if (next !== input && isBag(next) && depth < 4) {
      if (isResponseLike(next)) gather(next, evidence, depth + 1);
      else fromThrown(next, evidence, depth + 1);
    }
  }
}

function gather(input: unknown, evidence: Evidence, depth: number): void {
  if (depth > 4) return;
  if (typeof input === "string") return fromText(input, evidence);
  if (!isBag(input)) {
    if (Array.isArray(input)) fromBody(input, evidence);
    return;
  }
  if (isErrorLike(input)) return fromThrown(input, evidence, depth);
  // React Router's `ErrorResponse` (`useRouteError()` after a loader threw `data(…)` or a
  // Response): its `data` is the body. An `internal` one is the router's own 404/405, whose
  // words ("No route matches URL …") are the library's, not a server's.
  if (typeof get(input, "internal") === "boolean" && typeof get(input, "statusText") === "string" && asStatus(get(input, "status")) !== undefined) {
    evidence.status ??= asStatus(get(input, "status"));
    if (get(input, "internal") !== true) fromBody(get(input, "data"), evidence);
    return;
  }
  // `Response.error()`, and what a fetch polyfill hands over when the network failed.
  if (get(input, "type") === "error" && get(input, "status") === 0) evidence.names.push("NetworkError");
  if (isResponseLike(input)) {
    // A fetch Response handed over synchronously: its body can't be read here (see fromResponse).
    evidence.status ??= asStatus(get(input, "status"));
    evidence.headers.push(get(input, "headers"));
    return;
  }
  // A wrapper `{ status, headers, body }` as hosts often build one.
  const wrappedBody = get(input, "body") ?? get(input, "data");
  if (isBag(get(input, "headers")) && wrappedBody !== undefined && asStatus(get(input, "status")) !== undefined) {
    evidence.status ??= asStatus(get(input, "status"));
    evidence.headers.push(get(input, "headers"));
    return fromBody(wrappedBody, evidence);
  }
  fromBody(input, evidence);
}

/**
 * The first value `as` accepts of the headers `names` (space-separated, in that order), from
 * any header holder.
 */
function header<T = string>(evidence: Evidence, names: string, as = (value: string | undefined) => value as T | undefined): T | undefined {
  for (const name of names.split(" ")) {
    for (const holder of evidence.headers) {
      const value = as(getHeader(holder, name));
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/**
 * Server text fit to show: plain text first (so an entity-encoded key is decoded before it
 * is looked for), then redacted, then cut to length (so no key is cut in half and missed).
 * Work is bounded: a 5 MB body costs what its first 4,000 characters cost.
 */
function shown(value: unknown, max?: number): string | undefined {
  const text = toPlainText(value, 4000);
  return text && toPlainText(redactMessage(text), max);
}

/**
 * An id or a URL fit to show: made plain, keys and credentials redacted, cut to `max`. Its
 * host and any address-like parts stay (GitHub's "CA7E:1234:…" ids, a tool's own base URL).
 */
function withoutSecrets(value: unknown, max: number): string | undefined {
  const text = toPlainText(value, 4000);
  return text && toPlainText(redactString(text), max);
}

/** An id as shown: at most 200 characters. */
const id = (value: string | undefined) => value?.slice(0, 200);

/** A link fit for an `href` (see isSafeHref), else undefined. */
const href = (value: string | undefined) => (isSafeHref(value) ? value : undefined);

// A message field holding a code ("PAYMENT_REQUIRED", "consent_required") is not a sentence;
// a single word ("Overloaded", "Unauthorized") is.
const CODE_LIKE = /^(?:[A-Z\d]+(?:_[A-Z\d]+)*|[a-z\d]+(?:[_.-][a-z\d]+)+)$/;

/**
 * The best human sentence the server gave, or undefined: from the body's fields only.
 * A thrown message is an SDK's or a transport's sentence ("Request failed with status code
 * 502", "connect ECONNREFUSED 10.0.3.7:8443"), never the server's words, so it is not used.
 * Every candidate is redacted (secrets, URLs with credentials, internal addresses).
 */
function serverMessage(evidence: Evidence): string | undefined {
  const { body, inner } = evidence;
  // FastAPI/pydantic: `{"detail":[{"loc":[…],"msg":"…"}]}`.
  const firstDetail = safeFirst(get(body, "detail"));
  const candidates: unknown[] = [
    get(inner, "message"),
    get(firstDetail, "msg"),
    get(body, "detail"),
    get(body, "message"),
    get(body, "error_description"),
    typeof get(body, "error") === "string" ? get(body, "error") : undefined,
    get(body, "title"),
    get(body, "msg"),
    ...evidence.said,
    evidence.text,
  ];
  for (const candidate of candidates) {
    // An SDK may put a whole gateway page in its message; JSON that did not parse is no sentence either.
    if (typeof candidate !== "string" || looksLikeHtmlPage(candidate) || /^\s*[{[]/.test(candidate)) continue;
    const text = shown(candidate);
    if (text && !CODE_LIKE.test(text) && /[a-z]/i.test(text)) return text;
  }
  return undefined;
}

// Reset headers, a fallback when Retry-After is absent; what each counts is in its name.
// Each has a "remaining" twin (`reset` → `remaining`) that says whether it ran out.
const RESETS = [
  "x-ratelimit-reset-requests", // OpenAI: "1.682s", "6m0s"
  "x-ratelimit-reset-tokens",
  "anthropic-ratelimit-requests-reset", // Anthropic: RFC 3339
  "anthropic-ratelimit-tokens-reset",
  "anthropic-ratelimit-input-tokens-reset",
  "anthropic-ratelimit-output-tokens-reset",
  "ratelimit-reset", // IETF draft: delta seconds
  "x-ratelimit-reset", // GitHub: epoch seconds; many others: delta seconds
  "x-rate-limit-reset",
];

const count = (value: string | undefined) => (value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined);

/** The limit that was hit, and how long until it resets, from the headers and the body. */
function rateLimitOf(evidence: Evidence, now: number): { limit?: RateLimit; wait?: number } {
  const { body, inner } = evidence;
  let resource = /^(requests|tokens)$/.exec(str([inner, body], "type") ?? "")?.[1] as RateLimit["resource"];
  let wait: number | undefined;
  let exhausted = false;
  for (const name of RESETS) {
    const counts = /requests|tokens/.exec(name)?.[0] as RateLimit["resource"];
    const ms = parseWait(header(evidence, name), now);
    if (ms === undefined) continue;
    const out = header(evidence, name.replace("reset", "remaining"))?.trim() === "0";
    // The one that ran out wins; then the one the body names; between equals, the longer wait holds.
    const better =
      wait === undefined ||
      (out && !exhausted) ||
      (out === exhausted && (resource ? counts === resource && ms > 0 : ms > wait));
    if (better) {
      wait = ms;
      exhausted ||= out;
      if (out) resource = counts ?? resource;
    }
  }
  // IETF structured `RateLimit: "default";r=0;t=30` and the older `limit=100, remaining=0, reset=30`.
  const structured = header(evidence, "ratelimit");
  const reset = structured ? /(?:\bt|reset)=(\d+)/.exec(structured) : null;
  if (wait === undefined && reset) wait = Number(reset[1]) * 1000;
  const suffix = resource ? `-${resource}` : "";
  const limit: RateLimit = {};
  const max = header(evidence, `x-ratelimit-limit${suffix} x-ratelimit-limit ratelimit-limit x-ratelimit-limit-requests`, count) ?? num([inner, body], "limit");
  const remaining =
    header(evidence, `x-ratelimit-remaining${suffix} x-ratelimit-remaining ratelimit-remaining`, count) ??
    count(/(?:\br|remaining)=(\d+)/.exec(structured ?? "")?.[1]);
  // RFC draft `RateLimit-Policy: 60;w=60`.
  const policyMatch = /^\s*(\d+)\s*;\s*w=(\d+)/.exec(header(evidence, "ratelimit-policy") ?? "");
  const windowMs = num([body], "window_ms") ?? (policyMatch ? Number(policyMatch[2]) * 1000 : undefined);
  if (resource) limit.resource = resource;
  if (max !== undefined && max > 0) limit.max = max;
  else if (policyMatch) limit.max = Number(policyMatch[1]);
  if (windowMs !== undefined && windowMs > 0) limit.windowMs = windowMs;
  if (remaining !== undefined) limit.remaining = remaining;
  return { limit, wait };
}

/** How long the server asked us to wait, from the headers and fields made for it. */
function retryAfterOf(evidence: Evidence, now: number): number | undefined {
  const { body, inner } = evidence;
  const fromMsHeader = parseRetryAfterMs(header(evidence, "retry-after-ms"));
  if (fromMsHeader !== undefined) return fromMsHeader;
  // A header sent twice reaches fetch as "20, 20"; an HTTP-date has a comma of its own.
  const value = header(evidence, "retry-after");
  // Some servers send fractions ("1.5"), which RFC 9110 does not allow but means plainly.
  const fromHeader =
    parseRetryAfter(value, now) ?? parseRetryAfter(value?.split(",")[0], now) ?? parseRetryAfter(value?.slice(0, 29), now) ?? parseWait(value?.split(",")[0], now);
  if (fromHeader !== undefined) return fromHeader;
  const ms = num([body, inner], "retry_after_ms");
  if (ms !== undefined) return parseRetryAfterMs(String(ms));
  const seconds = num([body, inner], "retry_after");
  if (seconds !== undefined) return parseRetryAfterMs(String(seconds * 1000));
  // Google: `details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "17s" }]`.
  for (const detail of evidence.details) {
    const delay = parseWait(get(detail, "retryDelay"), 0);
    if (delay !== undefined) return delay;
  }
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return toPlainText(value, 80);
  return toPlainText(str([value], "name display_name id"), 80);
}

function connectorOf(evidence: Evidence): ConnectorInfo {
  const { body, inner } = evidence;
  const rawUrl = authorizationUrlOf(evidence);
  const url = toSafeHttpsUrl(rawUrl);
  const connectorId = str([inner], "connector_id") ?? str([body], "connector_id integration_id server_name");
  return (
    compact({
      name:
        nameOf(val([inner], "provider connector")) ??
        nameOf(val([body], "provider connector integration")) ??
        nameOf(str([body], "connector_name provider_name service tool")) ??
        // Nothing else names who is asking: the host of the page to authorize at does ("github.com").
        hostOf(url)?.replace(/^www\./, ""),
      id: toPlainText(connectorId, 120),
      authorizationUrl: url,
      authorizationUrlRejected: rawUrl !== undefined && !url ? true : undefined,
      missingScopes: strList(val([inner], "missing_scopes required_scopes")) ?? strList(val([body], "missing_scopes required_scopes")),
    }) ?? {}
  );
}

/** The URL a person must visit to grant access, as the server sent it (not yet checked). */
function authorizationUrlOf({ body, inner }: Evidence): unknown {
  // MCP's URL elicitation (-32042): `data.elicitations[]`, each a URL the person must visit.
  const elicitation = (holder: unknown) => get(safeFirst(get(holder, "elicitations")), "url");
  return elicitation(body) ?? elicitation(inner) ?? val([body, inner], "authorization_url auth_url consent_url");
}

function approvalOf({ body, inner }: Evidence): ApprovalInfo {
  const method = str([inner, body], "method http_method");
  return (
    compact({
      tool: nameOf(get(inner, "tool") ?? val([body], "tool tool_name")),
      method: method && /^[A-Za-z]{3,10}$/.test(method) ? method.toUpperCase() : undefined,
      agent: nameOf(get(inner, "agent") ?? val([body], "agent agent_name")),
      requestId: id(str([inner, body], "access_request_id approval_request_id approval_id")),
      runId: id(
        str([inner, body], "run_id") ??
          str([body], "run.id") ??
          // The body may be the paused run itself: `{ id, status: "PAUSED_APPROVAL" }`.
          (str([body], "status") === "PAUSED_APPROVAL" ? str([body], "id") : undefined),
      ),
      expiresAt: asTimestamp(val([inner, body], "expires_at")),
    }) ?? {}
  );
}

function toolCallOf(evidence: Evidence): ToolCallInfo | undefined {
  const { body, inner } = evidence;
  const call = val([body, inner], "tool_call");
  const name = nameOf(get(call, "name") ?? val([body, inner], "tool"));
  if (!name) return undefined;
  const info: ToolCallInfo = { name };
  let args = val([call], "args arguments input");
  // OpenAI sends arguments as a JSON string.
  if (typeof args === "string" && args.length < MAX_JSON_TEXT && /^\s*[{[]/.test(args)) {
    try {
      args = JSON.parse(args) as unknown;
    } catch {
      // Keep the string as it came.
    }
  }
  if (args !== undefined) info.args = args;
  const output = val([call], "partial_output output");
  if (typeof output === "string") info.partialOutput = output;
  const startedAt = asTimestamp(val([call], "started_at"));
  if (startedAt !== undefined) info.startedAt = startedAt;
  return info;
}

function requestIdOf(evidence: Evidence): string | undefined {
  return withoutSecrets(
    evidence.requestId ??
      str([evidence.inner, evidence.body], "request_id") ??
      // Where each platform puts the id its support asks for.
      header(evidence, "x-request-id request-id x-github-request-id x-amzn-requestid x-amz-request-id x-correlation-id cf-ray"),
    128,
  );
}

// Which API answered, from its fingerprints (header names, error classes, doc and type URLs).
const PROVIDERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/stripe/i, "stripe"],
  [/x-ms-region|apim-request-id/i, "azure"],
  [/x-groq/i, "groq"],
  [/anthropic|overloaded_error/i, "anthropic"],
  [/openai/i, "openai"],
  [/googleapis|googlegenerativeai|x-goog/i, "google"],
  [/x-github/i, "github"],
  [/x-amzn?-/i, "aws"],
  [/cf-ray/i, "cloudflare"],
];

function providerOf(evidence: Evidence): string | undefined {
  const marks: unknown[] = [
    ...evidence.names,
    get(evidence.inner, "doc_url"),
    get(evidence.inner, "type"),
    ...evidence.details.map((d) => get(d, "@type")),
    // Anthropic's envelope: `{ "type": "error", "error": { "type": … } }`.
    get(evidence.body, "type") === "error" && evidence.inner ? "anthropic" : undefined,
  ];
  for (const holder of evidence.headers) {
    try {
      const keys = get(holder, "keys");
      marks.push(...(typeof keys === "function" ? [...(keys.call(holder) as Iterable<string>)] : isBag(holder) ? Object.keys(holder) : []).slice(0, 100));
    } catch {
      // Headers we cannot list tell us nothing.
    }
  }
  const signature = marks.filter((mark) => typeof mark === "string").join(" ");
  return PROVIDERS.find(([pattern]) => pattern.test(signature))?.[1];
}

/** A tool's details with probe data (RunAgents' "Unavailable"). */
function classifyProbe(evidence: Evidence): Classification | undefined {
  const holder = get(evidence.body, "tool") ?? evidence.body;
  const probed = ["lastProbeTime", "probeLatencyMs", "last_probe_time"].some((key) => get(holder, key) !== undefined);
  return probed && /unavailable|down|failed/i.test(str([holder], "status state") ?? "") ? { kind: "tool-unavailable" } : undefined;
}

/** Bodies that say what happened by their shape rather than a code. */
function classifyByShape(evidence: Evidence): Classification | undefined {
  const { body } = evidence;
  if (!isBag(body)) return undefined;
  // A completion cut off by its token limit (OpenAI `finish_reason`, Anthropic `stop_reason`).
  const choice = safeFirst(get(body, "choices"));
  if (get(choice, "finish_reason") === "length" || get(body, "stop_reason") === "max_tokens") {
    return { kind: "incomplete-response", variant: "results" };
  }
  // A run whose status is FAILED.
  const run = get(body, "run") ?? body;
  const status = str([run], "status state");
  if (status && /^(failed|error|errored)$/i.test(status) && (str([run], "run_id id") || get(run, "events") !== undefined)) {
    return { kind: "run-failed" };
  }
  return undefined;
}

function runOf({ body, inner }: Evidence): RunInfo | undefined {
  const subject = (["run", "session", "agent"] as const).find((key) => isBag(get(body, key)));
  const holder = (subject && get(body, subject)) ?? get(inner, "run") ?? body;
  const state = str([holder, inner], "status state");
  const events = val([holder, body], "events");
  const errors: RunEvent[] = [];
  for (const event of Array.isArray(events) ? events.slice(0, 500) : []) {
    const type = str([event], "type level");
    const message = type && /^error$/i.test(type) ? shown(str([event], "message detail error"), 300) : undefined;
    if (!message) continue;
    errors.push(compact({ type: type!.toUpperCase(), message, at: asTimestamp(val([event], "timestamp at time")) }) as RunEvent);
    if (errors.length >= 20) break;
  }
  return compact({
    subject: subject ?? (str([body], "session_id") ? "session" : str([body], "run_id") ? "run" : undefined),
    id: id(str([holder], "id") ?? str([body, inner], "run_id session_id")),
    state: state && state.length <= 40 ? state : undefined,
    since: asTimestamp(val([holder], "started_at since created_at") ?? get(body, "started_at")),
    errorEvents: errors.length > 0 ? errors : undefined,
    eventsUrl: href(str([holder, body], "events_url")),
  });
}

// Kinds a generic code gives that billing words outrank.
const GENERIC_KINDS = new Set<RecoveryErrorKind>(["invalid-request", "forbidden", "unknown"]);
// Kinds whose wait a server may say only in words.
const WAIT_KINDS = new Set<RecoveryErrorKind>(["rate-limited", "upstream-unavailable", "tool-unavailable", "timeout"]);
// Variants of a retryable kind that the same request can never get past: a tool that isn't there.
const NOT_RETRYABLE = new Set(["tool-unavailable/unknown-tool"]);

// Generic types that say less than a status does: OpenAI, Anthropic and Stripe send
// `invalid_request_error` with a 401 or 404 too. They count only for a 400, a 422 or no status.
const GENERIC = /^invalid_request_error$/i;

function build(evidence: Evidence, now: number): RecoveryError {
  const said = serverMessage(evidence);
  // AWS REST: `x-amzn-errortype: ThrottlingException:http://internal.amazon.com/…`.
  const awsType = header(evidence, "x-amzn-errortype")?.split(":")[0];
  if (awsType) evidence.codes.push(awsType);
  const status = evidence.status;
  if (status !== undefined && status !== 400 && status !== 422) evidence.codes = evidence.codes.filter((code) => !GENERIC.test(code));
  evidence.codes = [...evidence.early, ...evidence.codes, ...evidence.late];
  const byCodes = classifyByCodes(evidence.codes);
  let found: Classification =
    // A tool's details say "status": "Unavailable", which as a code would read as a 503.
    classifyProbe(evidence) ??
    // Billing said in words outranks a generic code: Anthropic answers a spent balance with
    // a 400 `invalid_request_error` "Your credit balance is too low…".
    (!byCodes || GENERIC_KINDS.has(byCodes.kind) ? classifyBilling(said) : undefined) ??
    byCodes ??
    classifyByShape(evidence) ??
    (authorizationUrlOf(evidence) !== undefined ? classification("connector-auth/consent-required") : undefined) ??
    // What the client says (its error's name, its own code, its sentence) counts only when no
    // server answered. Not for an error with a React digest: on the server it still has its
    // real message, in the browser React's stand-in, and both must render the same.
    (status === undefined && !evidence.digest ? classifyByCodes(evidence.names) ?? classifyByText([...evidence.names, ...evidence.thrown].join("\n"), true) : undefined) ??
    classifyByText(said) ??
    // An MCP tool's own failure, in words that name no other kind.
    (evidence.toolResult ? classification("tool-unavailable/tool-error") : undefined) ??
    // GitHub answers a spent rate limit with a 403 whose headers say so.
    (header(evidence, "x-ratelimit-remaining")?.trim() === "0" ? { kind: "rate-limited" } : undefined) ??
    classifyByStatus(evidence.status) ??
    { kind: "unknown" };

  let retryAfterMs = retryAfterOf(evidence, now);
  const limits = found.kind === "rate-limited" || found.reason === "quota-exceeded" ? rateLimitOf(evidence, now) : {};
  retryAfterMs ??= limits.wait;
  // No header or field said how long: the server's words may ("Please try again in 20s").
  // Frameworks that drop the headers (useChat, MCP's transport, React Router) leave only these.
  if (retryAfterMs === undefined && WAIT_KINDS.has(found.kind)) {
    for (const text of [said, ...evidence.words]) {
      retryAfterMs = waitInWords(typeof text === "string" ? text : undefined);
      if (retryAfterMs !== undefined) break;
    }
  }
  // A 429 that asks for a day or more is a spent quota: show how to get more, not a countdown.
  if (found.kind === "rate-limited" && retryAfterMs !== undefined && retryAfterMs >= QUOTA_RETRY_AFTER_MS) {
    found = classification("balance-empty/quota-exceeded");
  }
  const kind: RecoveryErrorKind = found.kind;

  const message = said ?? VARIANT_MESSAGES[`${kind}/${found.variant}`] ?? DEFAULT_MESSAGES[kind];
  const title = shown(str([evidence.body], "title"), 120);
  const variant = found.variant ?? (evidence.digest && kind === "unknown" ? "hidden" : str([evidence.body], "variant"));
  // Every field the input gave, in this order; one nothing was found for is left out.
  const base = compact({
    kind,
    message,
    messageSource: said ? "server" : "library",
    status: evidence.status,
    // Not the codes this parser made up for a JSON-RPC code or a transport.
    code: evidence.codes.find((c) => /^[A-Za-z][\w.-]*$/.test(c) && !/^(?:jsonrpc|mcp)_/.test(c) && !evidence.late.includes(c)),
    clientCode: evidence.clientCode,
    title: title !== message ? title : undefined,
    requestId: requestIdOf(evidence),
    provider: providerOf(evidence),
    digest: evidence.digest && toPlainText(evidence.digest, 64),
    retryable:
      (RETRYABLE_KINDS.has(kind) && !NOT_RETRYABLE.has(`${kind}/${found.variant}`)) || (kind === "unknown" && !found.variant && evidence.status !== undefined && evidence.status >= 500),
    retryAfterMs,
    retryAt: retryAfterMs === undefined ? undefined : now + retryAfterMs,
    docUrl: toSafeHttpsUrl(val([evidence.inner], "doc_url") ?? val([evidence.body], "doc_url documentation_url")),
    variant: variant?.slice(0, 40),
  }) as RecoveryErrorBase<RecoveryErrorKind>;
  const limit = limits.limit && (base.retryAt !== undefined ? { ...limits.limit, resetAt: base.retryAt } : limits.limit);

  // What the kind carries besides the base; a field nothing was found for is left out.
  const { body, inner } = evidence;
  let extra: Record<string, unknown> = {};
  switch (kind) {
    case "balance-empty":
    case "rate-limited":
      // A spent quota has a limit too.
      if (kind === "balance-empty") extra.reason = found.reason ?? "balance-empty";
      if (limit && Object.keys(limit).length > 0) extra.limit = limit;
      break;
    case "connector-auth": {
      const connector = connectorOf(evidence);
      let reason = found.reason;
      if (connector.missingScopes && (reason === undefined || reason === "auth-failed")) reason = "missing-scope";
      if (!connector.name && reason === "not-connected") {
        // "Gmail not connected" → Gmail; the generic "provider not connected" names nobody.
        const named = /\b([A-Z][\w.-]{1,40}) (?:is )?not connected\b/.exec(base.message);
        if (named && !/^(provider|connector|integration|account|tool)$/i.test(named[1]!)) connector.name = named[1];
      }
      extra = { reason: reason ?? "auth-failed", connector };
      break;
    }
    case "approval-pending":
      extra.approval = approvalOf(evidence);
      break;
    case "tool-stuck":
      extra.toolCall = toolCallOf(evidence);
      break;
    case "run-stuck":
    case "run-failed":
      extra.run = runOf(evidence);
      break;
    case "build-failed": {
      const holder = get(body, "build") ?? body;
      extra.build = compact({ id: id(str([holder], "build_id id") ?? str([inner], "build_id")), logUrl: href(str([holder, inner], "logs_url log_url")) });
      break;
    }
    case "tool-unavailable": {
      const holder = get(body, "tool") ?? body;
      const latency = num([holder], "probe_latency_ms");
      extra.tool = compact({
        name: nameOf(get(holder, "name") ?? get(body, "tool_name") ?? get(inner, "tool") ?? evidence.tool),
        // The tool's own endpoint is the point of this fact, so its host stays; secrets in it do not.
        baseUrl: withoutSecrets(str([holder], "base_url url"), 200),
        lastProbeTime: asTimestamp(val([holder], "last_probe_time")),
        probeLatencyMs: latency !== undefined && latency >= 0 ? latency : undefined,
      });
      break;
    }
    case "webhook-failing":
      extra.webhook = compact({
        subscriptionId: id(str([body, inner], "subscription_id")),
        failures: num([body], "failures failure_count consecutive_failures") ?? num([inner], "failures failure_count"),
        eventId: id(str([body, inner], "event_id")),
      });
      break;
    case "snapshot-failed":
      extra.snapshot = compact({ id: id(str([body, inner], "snapshot_id")) });
      break;
    case "invalid-request": {
      const loc = get(safeFirst(get(body, "detail")), "loc");
      const fromLoc = Array.isArray(loc) ? loc.filter((part): part is string => typeof part === "string" && part !== "body").join(".") : undefined;
      extra.param = (str([inner, body], "param field") ?? (fromLoc || undefined))?.slice(0, 100);
      break;
    }
    case "not-found": {
      // A not-found's variant names what was not found; an archived one is a session.
      const type = (found.variant === "archived" ? "session" : found.variant) ?? str([body], "resource resource_type");
      if (!base.variant && type && ["session", "share", "model"].includes(type)) base.variant = type;
      // OpenAI names a missing model only in its words: "The model `gpt-9` does not exist…".
      const quoted = type === "model" && said ? /\bmodel [`'"‘“]([^\s`'"’”]{1,64})[`'"’”]/i.exec(said)?.[1] : undefined;
      extra.resource = compact({ type: type?.slice(0, 40), id: id((str([inner], "param") === "model" ? str([body], "model") : str([body], "id session_id model")) ?? quoted) });
    }
  }
  return { ...base, ...compact(extra) } as RecoveryError;
}

/**
 * Turns whatever a host caught into a {@link RecoveryError}.
 *
 * Accepts a parsed JSON body, a text or HTML body, a thrown `Error`/`DOMException`, an SDK
 * error carrying `status` and `headers`, or a `{ status, headers, body }` wrapper. Never
 * throws, whatever the input.
 *
 * @example
 * const error = parseRecoveryError(await res.json(), { status: res.status, headers: res.headers });
 */
export function parseRecoveryError(input: unknown, context?: ParseContext): RecoveryError {
  let now = Date.now();
  try {
    const contextNow = get(context, "now");
    if (typeof contextNow === "number" && Number.isFinite(contextNow)) now = contextNow;
    const evidence: Evidence = { html: false, headers: [get(context, "headers")], codes: [], names: [], thrown: [], said: [], details: [], late: [], early: [], words: [] };
    evidence.status = asStatus(get(context, "status"));
    gather(input, evidence, 0);
    // A body read apart from the error that carried it (fromError reading ky's `response`).
    const body = get(context, "body");
    if (body !== undefined) fromBody(body, evidence);
    detailCodes(evidence);
    return build(evidence, now);
  } catch {
    // Nothing above should throw; this is the promise made to hosts, kept even if it does.
    return { kind: "unknown", message: DEFAULT_MESSAGES.unknown, messageSource: "library", retryable: false };
  }
}

/**
 * Google's `details[]` say more than its status: `ErrorInfo.reason` (API_KEY_INVALID is an
 * auth failure behind INVALID_ARGUMENT) and `QuotaFailure` (a per-day quota is spent, a
 * per-minute one only needs a wait). They go before the other codes.
 */
function detailCodes(evidence: Evidence): void {
  const codes: string[] = [];
  for (const detail of evidence.details) {
    const reason = str([detail], "reason");
    if (reason && reason.length <= 100) codes.push(reason);
    // "You exceeded your current quota" is Google's wording for both; the quota id tells them apart.
    const violations = get(detail, "violations");
    if (Array.isArray(violations)) codes.push(violations.some((v) => /PerDay/i.test(str([v], "quotaId") ?? "")) ? "quota_exceeded" : "resource_exhausted");
  }
  evidence.codes.unshift(...codes);
}
