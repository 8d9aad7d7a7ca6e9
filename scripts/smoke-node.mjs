#!/usr/bin/env node
// Proves `recovery-kit/model` runs in plain Node with no React anywhere: copies the built
// package into a throwaway node_modules (outside this repo, so nothing resolves to our
// own node_modules) and imports it by its package name from a plain .mjs file.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(join(tmpdir(), "recovery-kit-smoke-"));
try {
  const pkgDir = join(dir, "node_modules", "recovery-kit");
  cpSync(join(root, "dist"), join(pkgDir, "dist"), { recursive: true });
  cpSync(join(root, "package.json"), join(pkgDir, "package.json"));
  writeFileSync(
    join(dir, "smoke.mjs"),
    `import { parseRecoveryError, fromResponse } from "recovery-kit/model";
const a = parseRecoveryError({ error: { code: "PAYMENT_REQUIRED", message: "Add funds to your billing balance before running paid models." } }, { status: 402 });
if (a.kind !== "balance-empty") throw new Error("expected balance-empty, got " + a.kind);
const b = await fromResponse(new Response(JSON.stringify({ error: "Too many requests", retryAfterMs: 2000 }), { status: 429, headers: { "Retry-After": "2", "content-type": "application/json" } }), { now: 0 });
if (b.kind !== "rate-limited" || b.retryAfterMs !== 2000 || b.retryAt !== 2000) throw new Error("bad 429: " + JSON.stringify(b));
const { describeRecovery, descriptionToText } = await import("recovery-kit/describe");
const { de } = await import("recovery-kit/describe");
const d = describeRecovery(a, { actions: { addFunds: "/billing" } });
if (d.title !== "Your balance is empty" || d.actions[0]?.href !== "/billing") throw new Error("describe: " + JSON.stringify(d));
if (JSON.stringify(structuredClone(d)) !== JSON.stringify(d)) throw new Error("describe: not plain data");
if (describeRecovery(a, { catalog: de }).title !== "Dein Guthaben ist leer") throw new Error("describe: German");
if (!descriptionToText(d).startsWith("Your balance is empty")) throw new Error("describe: text");
let react = true;
try { await import("react"); } catch { react = false; }
if (react) throw new Error("react is resolvable from the smoke folder; the check proves nothing");
console.log("smoke-node: recovery-kit/model parses and recovery-kit/describe describes (English and German) in plain Node " + process.version + " with no React installed");
`,
  );
  execFileSync(process.execPath, [join(dir, "smoke.mjs")], { stdio: "inherit", cwd: dir });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
