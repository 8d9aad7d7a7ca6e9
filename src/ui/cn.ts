/** Joins class names, skipping empty ones. The host's `className` always comes last. */
export function cn(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
