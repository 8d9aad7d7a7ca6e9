/**
 * Hiding secrets in text before anyone sees it: values that look like a secret are replaced
 * wherever they are. Structured values (a tool call's arguments, whose keys can name a
 * secret) are redact-args.ts's.
 */

export const REDACTED = "[redacted]";

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

// Addresses, one alternative each: a bracketed IPv6 (with a port or not), IPv4 (with a port or
// not), a bare IPv6, localhost, any host:port, and private-network host names. A literal,
// compiled once with the module. Every quantifier is bounded, so the work is linear in the
// text's length.
const ADDRESS =
  /\[[\da-f:.]{2,45}\](?::\d{1,5})?|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b|\b[\da-f]{0,4}(?::[\da-f]{0,4}){2,7}\b|\blocalhost(?::\d{1,5})?\b|\b[a-z][\w-]{0,62}(?:\.[\w-]{1,63}){0,10}:\d{2,5}\b|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,10}\.(?:local|internal|lan|corp|intranet|localdomain)\b/gi;
