// Throws while rendering on the server. In production React hides the message (it holds
// an internal address here) and hands error.tsx a stand-in with a digest.
export const dynamic = "force-dynamic";

export default function Boom(): never {
  throw new Error("connect ECONNREFUSED 10.0.3.7:5432 (password authentication failed for user app)");
}
