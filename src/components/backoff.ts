/**
 * Exponential backoff with jitter for repeated 429s that carry no Retry-After:
 * attempt 1 waits about `baseMs`, each further attempt doubles it, capped at `maxMs`;
 * the wait is drawn between half and all of that ("equal jitter") so clients that failed
 * together do not retry together.
 */
export function backoffDelay(
  attempt: number,
  { baseMs = 1000, maxMs = 60_000 }: { baseMs?: number; maxMs?: number } = {},
  random: () => number = Math.random,
): number {
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 30));
  const half = ceiling / 2;
  return Math.round(half + random() * half);
}
