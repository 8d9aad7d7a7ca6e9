// The recommended path: catch on the server, parse there, hand the client a plain value.
import { parseRecoveryError, type RecoveryError } from "recovery-kit/model";
import { Recovery } from "./recovery";

export const dynamic = "force-dynamic";

async function callAgentApi(): Promise<string> {
  // A port nothing listens on: a real "fetch failed" with an ECONNREFUSED cause.
  const res = await fetch("http://127.0.0.1:9/v1/run", { method: "POST", cache: "no-store" });
  return res.text();
}

export default async function Caught() {
  let reply: string | undefined;
  let error: RecoveryError | undefined;
  try {
    reply = await callAgentApi();
  } catch (thrown) {
    error = parseRecoveryError(thrown);
  }
  return error ? <Recovery error={error} /> : <p>{reply}</p>;
}
