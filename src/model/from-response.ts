/**
 * `fromResponse`: a fetch `Response` as a RecoveryError. Reads the body once.
 */
import { parseRecoveryError } from "./parse";
import type { RecoveryError } from "./types";

/**
 * Reads a failed `Response` (JSON when it parses, text otherwise; `application/problem+json`
 * included) and parses it. Never rejects: a body that was already read, or a stream that
 * fails mid-way, still gives a RecoveryError from the status and headers.
 *
 * @example
 * const res = await fetch("/api/chat", init);
 * if (!res.ok) setError(await fromResponse(res));
 */
export async function fromResponse(response: Response, context?: { now?: number }): Promise<RecoveryError> {
  const now = context?.now ?? Date.now();
  let status: number | undefined;
  let headers: Headers | undefined;
  try {
    status = response.status;
    headers = response.headers;
  } catch {
    return parseRecoveryError(undefined, { now });
  }
  let body: unknown;
  try {
    if (!response.bodyUsed) {
      const text = await response.text();
      const type = headers?.get("content-type") ?? "";
      // parseRecoveryError tries JSON on anything that looks like it; a JSON content type
      // with a body that isn't JSON falls back to text there too.
      body = /[/+]json\b/i.test(type) ? tryJson(text) : text;
    }
  } catch {
    body = undefined;
  }
  return parseRecoveryError(body, { status, headers, now });
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
