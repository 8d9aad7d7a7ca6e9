// What the README warns against, done anyway: the caught Error itself handed to a client
// component. It must still render the same on the server and in the browser.
import { ErrorRecovery } from "recovery-kit";

export const dynamic = "force-dynamic";

export default async function Handed() {
  let caught: unknown;
  try {
    await fetch("http://127.0.0.1:9/v1/run", { cache: "no-store" });
  } catch (thrown) {
    caught = thrown;
  }
  return caught === undefined ? <p>Unexpectedly fine.</p> : <ErrorRecovery error={caught} />;
}
