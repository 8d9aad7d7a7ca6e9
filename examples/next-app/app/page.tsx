// A server component: model functions imported from the main entry (each component module
// is "use client", the entry is not), and model values rendered by <ErrorRecovery>.
import { ErrorRecovery, parseRecoveryError } from "recovery-kit";
import Link from "next/link";

export const dynamic = "force-dynamic";

export default function ServerPage() {
  const balance = parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } }, { status: 402 });
  const unavailable = parseRecoveryError("", { status: 503, headers: { "retry-after": "30", "x-request-id": "req_next_503" } });
  const limited = parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": "120" } });
  return (
    <>
      <h1>Server page</h1>
      <nav>
        <Link href="/client">Client page</Link> · <Link href="/boom">A page that throws</Link> · <Link href="/caught">Caught on the server</Link> ·{" "}
        <Link href="/handed">An Error handed to the client</Link> · <Link href="/action">Server Actions</Link>
      </nav>
      <ErrorRecovery error={balance} />
      <ErrorRecovery error={unavailable} />
      <ErrorRecovery error={limited} />
    </>
  );
}
