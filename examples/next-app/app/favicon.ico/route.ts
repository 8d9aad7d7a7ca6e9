// Browsers ask for /favicon.ico on documents without an icon link (Next's bare error
// document is one). An empty icon instead of a 404 keeps the console clean.
export function GET(): Response {
  return new Response("", { status: 200, headers: { "content-type": "image/x-icon" } });
}
