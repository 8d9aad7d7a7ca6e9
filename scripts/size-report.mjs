#!/usr/bin/env node
/**
 * `npm run size`: what each component costs a host, measured, not guessed. Bundles each
 * public component on its own from the built package (react, react-dom external; Radix and
 * cva included, as a host's bundler would), minifies, gzips, and prints a table beside
 * issue 10's first-load budgets. A budget the package meets is enforced (exit 1 when over).
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
// Vite's library mode keeps whitespace in ES output (to keep pure annotations); a host's
// production build does not, so the bundle is minified again, as a host's would be.
import { minifySync } from "rolldown/experimental";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entries = {
  "recovery-kit/model (parse, fromResponse, fromError)": `export { parseRecoveryError, fromResponse, fromError } from "${root}/dist/model.js";`,
  "recovery-kit/describe (describeRecovery, English)": `export { describeRecovery } from "${root}/dist/describe.js";`,
  BalanceEmptyCard: `export { BalanceEmptyCard } from "${root}/dist/index.js";`,
  ConnectorReconnectCard: `export { ConnectorReconnectCard } from "${root}/dist/index.js";`,
  RateLimitBanner: `export { RateLimitBanner } from "${root}/dist/index.js";`,
  ApprovalPendingNotice: `export { ApprovalPendingNotice } from "${root}/dist/index.js";`,
  StuckToolInspector: `export { StuckToolInspector } from "${root}/dist/index.js";`,
  "ErrorRecovery + fromResponse": `export { ErrorRecovery, fromResponse } from "${root}/dist/index.js";`,
  "all components + the model": `export { ErrorRecovery, BalanceEmptyCard, ConnectorReconnectCard, RateLimitBanner, ApprovalPendingNotice, StuckToolInspector, RecoveryNotice, parseRecoveryError, fromResponse, fromError } from "${root}/dist/index.js";`,
  "everything (recovery-kit)": `export * from "${root}/dist/index.js";`,
};

// The first-load budgets decided in the first-load issue (gzip kB; they replace issue 10's).
// Enforced where the package meets them (a regression fails npm test); the rest are reported
// until the work that meets them lands (that issue). Today none is met:
// - the cards (5.5 kB): every card renders its description (issue 17), 5.8–6.7 kB;
// - the inspector (8 kB): offline, it shows the call as text from code it already has, the
//   arguments redacted there too (formatToolArgs alone is 1.4 kB gzip; it cannot wait for an
//   import() that may fail), and the seed's fixes (issue 18): about 9.1 kB.
// Being right for the person comes before a number; the figures are reported for that issue.
const BUDGETS = {
  "recovery-kit/model (parse, fromResponse, fromError)": 12,
  BalanceEmptyCard: 5.5,
  ConnectorReconnectCard: 5.5,
  RateLimitBanner: 5.5,
  ApprovalPendingNotice: 5.5,
  StuckToolInspector: 8,
  "ErrorRecovery + fromResponse": 18,
  "all components + the model": 32,
};
const ENFORCED = new Set(/** @type {string[]} */ ([]));

/** A chunk and the chunks it imports statically (not `import()`), transitively. */
function firstLoad(dir, file, seen = new Set()) {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  const code = readFileSync(join(dir, file), "utf8");
  for (const match of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^"'();]*?\sfrom\s*)?["']\.\/([^"']+)["']/g)) firstLoad(dir, match[1], seen);
  return [...seen];
}

const dir = mkdtempSync(join(tmpdir(), "rk-size-"));
const rows = [];
try {
  for (const [name, code] of Object.entries(entries)) {
    const entry = join(dir, "entry.js");
    writeFileSync(entry, code);
    const out = join(dir, "out");
    await build({
      configFile: false,
      logLevel: "silent",
      root: dir,
      build: {
        outDir: out,
        emptyOutDir: true,
        minify: true,
        lib: { entry, formats: ["es"], fileName: "bundle" },
        rolldownOptions: { external: [/^react(?:-dom)?(?:\/.*)?$/] },
      },
    });
    // The first load: the entry and every chunk it imports statically. What `import()` loads
    // on first use (the inspector's dialog) is counted apart, as a host's bundler splits it.
    const entryFile = readdirSync(out).find((f) => /^bundle\.m?js$/.test(f));
    const bytes = Buffer.from(firstLoad(out, entryFile).map((file) => minifySync(file, readFileSync(join(out, file), "utf8")).code).join("\n"));
    rows.push([name, bytes.length, gzipSync(bytes, { level: 9 }).length]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const css = readFileSync(join(root, "dist", "styles.css"));
rows.push(["styles.css", css.length, gzipSync(css, { level: 9 }).length]);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log("\nSize of each entry point, minified (react and react-dom external):\n");
console.log(`| ${"what".padEnd(52)} | ${"min".padStart(9)} | ${"gzip".padStart(18)} | ${"budget".padStart(14)} |`);
console.log(`|${"-".repeat(54)}|${"-".repeat(11)}|${"-".repeat(20)}|${"-".repeat(16)}|`);
const overBudget = [];
for (const [name, min, gz] of rows) {
  const budget = BUDGETS[name];
  const within = budget === undefined || gz / 1024 <= budget;
  const verdict = budget === undefined ? "" : `${within ? "within" : "over"} ${budget} kB${ENFORCED.has(name) ? "" : " *"}`;
  if (!within && ENFORCED.has(name)) overBudget.push(`${name}: ${gz} B > ${budget * 1024} B`);
  console.log(`| ${name.padEnd(52)} | ${kb(min).padStart(9)} | ${`${kb(gz)} (${gz} B)`.padStart(18)} | ${verdict.padStart(14)} |`);
}
console.log("\n* reported, not enforced yet (the package does not meet it today)");
if (overBudget.length > 0) {
  console.error(`\n✖ over an enforced first-load budget: ${overBudget.join("; ")}`);
  process.exit(1);
}
