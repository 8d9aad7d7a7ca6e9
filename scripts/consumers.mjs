#!/usr/bin/env node
/**
 * The packed tarball in the consumers hosts really have, from a clean folder each:
 *   - TypeScript with `moduleResolution` bundler, node16, nodenext and node (node10), all with
 *     `skipLibCheck: false`, and a probe that fails to compile if the model's types are `any`;
 *   - the same probe against React 18.2's types (@types/react 18.2, the stated minimum);
 *   - the per-component entries (`recovery-kit/balance-empty-card`…) under each of those, typed;
 *   - CommonJS: `require()` of the root, `recovery-kit/model`, `recovery-kit/describe` and every
 *     per-component entry in plain Node;
 *   - every ts/tsx code block of README.md, compiled strictly against the tarball (readme-blocks.mjs);
 *   - publint, and attw (ESM-only profile; the CSS entry excluded).
 * Packages come from npm's cache when `npm ci` has filled it (--prefer-offline).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeReadmeProject } from "./readme-blocks.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const version = (name) => JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version;
const work = mkdtempSync(join(tmpdir(), "rk-consumers-"));
const failures = [];

function run(label, command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✖"} ${label}`);
  if (!ok) {
    failures.push(label);
    console.log((result.stdout + result.stderr).trim().split("\n").slice(0, 40).join("\n"));
  }
  return ok;
}

try {
  execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const tarball = join(work, readdirSync(work).find((file) => file.endsWith(".tgz")));

  /** A consumer folder with the tarball, React and TypeScript installed. */
  function consumer(name, packages, type = "module") {
    const dir = join(work, name);
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type }, null, 2));
    execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball, ...packages], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
    return dir;
  }

  // Fails to compile if the model's types are `any` (an unused @ts-expect-error is an error),
  // or if an export is missing.
  const probe = `import { parseRecoveryError, fromError, type RecoveryError } from "recovery-kit/model";
import { describeRecovery, type RecoveryDescription } from "recovery-kit/describe";
import { ErrorRecovery, RateLimitBanner, de, parseRecoveryError as fromMain } from "recovery-kit";
import * as React from "react";

const error: RecoveryError = parseRecoveryError(new Error("x"));
// @ts-expect-error a number is not a kind, unless the types have become \`any\`
const wrong: RecoveryError["kind"] = 42;
const kind: string = error.kind;
const later: Promise<RecoveryError> = fromError(error);
const element = React.createElement(ErrorRecovery, { error, actions: { retry: () => undefined } });
const banner = React.createElement(RateLimitBanner, { error: fromMain({}, { status: 429 }) as Extract<RecoveryError, { kind: "rate-limited" }> });
const described: RecoveryDescription = describeRecovery(error, { catalog: de });
// @ts-expect-error a description's tone is one of five, unless the types have become \`any\`
const badTone: RecoveryDescription["tone"] = "loud";
export { wrong, kind, later, element, banner, de, described, badTone };
`;
  // The per-component entries, each with its props type; fails to compile if a subpath does not
  // resolve, lacks an export, or its types are \`any\`.
  const entriesProbe = `import { parseRecoveryError, type RecoveryError } from "recovery-kit/model";
import { ErrorRecovery, preloadRecovery, type ErrorRecoveryProps } from "recovery-kit/error-recovery";
import { BalanceEmptyCard, type BalanceEmptyCardProps } from "recovery-kit/balance-empty-card";
import { ConnectorReconnectCard, type ConnectorReconnectCardProps } from "recovery-kit/connector-reconnect-card";
import { RateLimitBanner, backoffDelay, type RateLimitBannerProps } from "recovery-kit/rate-limit-banner";
import { ApprovalPendingNotice, type ApprovalPendingNoticeProps } from "recovery-kit/approval-pending-notice";
import { StuckToolInspector, type StuckToolInspectorProps } from "recovery-kit/stuck-tool-inspector";
import { RecoveryNotice, type RecoveryNoticeProps } from "recovery-kit/recovery-notice";
import { RecoveryProvider, mergeMessages, type MessageOverrides } from "recovery-kit/provider";
import { de } from "recovery-kit/de";
import * as React from "react";

type Of<K extends RecoveryError["kind"]> = Extract<RecoveryError, { kind: K }>;
const error = parseRecoveryError({}, { status: 402 });
const overrides: MessageOverrides = { balance: { addFunds: "Top up" } };
const elements = [
  React.createElement(ErrorRecovery, { error, actions: { retry: () => undefined } } satisfies ErrorRecoveryProps),
  React.createElement(BalanceEmptyCard, { error: error as Of<"balance-empty">, addFundsHref: "/billing" } satisfies BalanceEmptyCardProps),
  React.createElement(ConnectorReconnectCard, { error: error as Of<"connector-auth"> } satisfies ConnectorReconnectCardProps),
  React.createElement(RateLimitBanner, { error: error as Of<"rate-limited">, autoRetry: true } satisfies RateLimitBannerProps),
  React.createElement(ApprovalPendingNotice, { error: error as Of<"approval-pending"> } satisfies ApprovalPendingNoticeProps),
  React.createElement(StuckToolInspector, { error: error as Of<"tool-stuck"> } satisfies StuckToolInspectorProps),
  React.createElement(RecoveryNotice, { error } satisfies RecoveryNoticeProps),
  React.createElement(RecoveryProvider, { catalog: mergeMessages(de, overrides), locale: "de" }),
];
// @ts-expect-error a card takes only its own kind, unless the types have become \`any\`
const wrongKind = React.createElement(BalanceEmptyCard, { error: error as Of<"rate-limited"> });
const delay: number = backoffDelay(1);
const preloaded: Promise<boolean> = preloadRecovery();
export { elements, wrongKind, delay, preloaded };
`;
  const base = { strict: true, skipLibCheck: false, noEmit: true, jsx: "react-jsx", target: "ES2022", lib: ["ES2023", "DOM"], esModuleInterop: true, types: [] };
  const matrix = {
    bundler: { module: "esnext", moduleResolution: "bundler" },
    node16: { module: "node16", moduleResolution: "node16" },
    nodenext: { module: "nodenext", moduleResolution: "nodenext" },
    // A CommonJS TypeScript project (package "type": "commonjs") on nodenext: TypeScript 5.8+
    // lets it import this ESM-only package, as Node 20.19+ lets it require() it.
    "nodenext-cjs": { module: "nodenext", moduleResolution: "nodenext" },
    node: { module: "commonjs", moduleResolution: "node10" },
  };
  const ts = consumer("typescript", [`react@${version("react")}`, `react-dom@${version("react-dom")}`, `@types/react@${version("@types/react")}`, `typescript@${version("typescript")}`]);
  writeFileSync(join(ts, "probe.ts"), probe);
  writeFileSync(join(ts, "entries.ts"), entriesProbe);
  for (const [name, options] of Object.entries(matrix)) {
    // node10 with CommonJS output reads the consumer as CommonJS: give it a package of that type.
    writeFileSync(join(ts, "package.json"), JSON.stringify({ name: "consumer-typescript", private: true, type: name === "node" || name === "nodenext-cjs" ? "commonjs" : "module" }));
    writeFileSync(join(ts, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { ...base, ...options }, files: ["probe.ts", "entries.ts"] }, null, 2));
    run(`TypeScript ${version("typescript")}, moduleResolution ${options.moduleResolution}${name === "nodenext-cjs" ? " in a CommonJS package" : ""}, skipLibCheck false, the root and every per-component entry`, join(ts, "node_modules", ".bin", "tsc"), ["-p", `tsconfig.${name}.json`], ts);
  }

  const react18 = consumer("react18", ["react@18.2.0", "react-dom@18.2.0", "@types/react@18.2.79", `typescript@${version("typescript")}`]);
  writeFileSync(join(react18, "probe.ts"), probe);
  writeFileSync(join(react18, "entries.ts"), entriesProbe);
  writeFileSync(join(react18, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...base, ...matrix.bundler }, files: ["probe.ts", "entries.ts"] }, null, 2));
  run("TypeScript against @types/react 18.2 (the minimum), skipLibCheck false", join(react18, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], react18);

  // What the README teaches, as the files a reader would write (scripts/readme-blocks.mjs), under
  // the checks a fresh Vite + React + TypeScript app turns on: an example that does not compile
  // is one a reader cannot follow.
  try {
    writeFileSync(join(ts, "package.json"), JSON.stringify({ name: "consumer-typescript", private: true, type: "module" }));
    const readme = writeReadmeProject(ts);
    for (const block of readme.blocks.filter((each) => each.fragment)) console.log(`  README.md:${block.line} is marked a fragment, not compiled: ${block.fragment}`);
    const compiled = readme.blocks.filter((each) => each.compile).length;
    run(`README.md's ${compiled} TypeScript blocks (of ${readme.blocks.length}), strict with unused-name checks, moduleResolution bundler, skipLibCheck false`, join(ts, "node_modules", ".bin", "tsc"), ["-p", readme.tsconfig], ts);
  } catch (error) {
    console.log(`✖ README.md's code blocks: ${error instanceof Error ? error.message : String(error)}`);
    failures.push("README.md's code blocks");
  }

  const cjs = consumer("commonjs", [`react@${version("react")}`, `react-dom@${version("react-dom")}`], "commonjs");
  writeFileSync(
    join(cjs, "probe.cjs"),
    `const model = require("recovery-kit/model");
const main = require("recovery-kit");
const describe = require("recovery-kit/describe");
const error = model.parseRecoveryError({ error: { code: "PAYMENT_REQUIRED" } }, { status: 402 });
if (error.kind !== "balance-empty") throw new Error("model: " + JSON.stringify(error));
if (typeof main.ErrorRecovery !== "function") throw new Error("main entry: no ErrorRecovery");
if (describe.describeRecovery(error).title !== "Your balance is empty") throw new Error("describe entry");
// Each per-component entry, and the very same component as the root's (one module, one context).
const pairs = { "error-recovery": ["ErrorRecovery", "preloadRecovery"], "balance-empty-card": "BalanceEmptyCard", "connector-reconnect-card": "ConnectorReconnectCard", "rate-limit-banner": "RateLimitBanner", "approval-pending-notice": "ApprovalPendingNotice", "stuck-tool-inspector": "StuckToolInspector", "recovery-notice": "RecoveryNotice", provider: "RecoveryProvider", de: "de" };
for (const [path, names] of Object.entries(pairs)) {
  const entry = require("recovery-kit/" + path);
  for (const name of [names].flat()) {
    if (entry[name] === undefined || entry[name] !== main[name]) throw new Error("recovery-kit/" + path + ": " + name + " is missing or not the root's");
  }
}
`,
  );
  run(`CommonJS require() of the root, model, describe and every per-component entry (Node ${process.versions.node})`, process.execPath, ["probe.cjs"], cjs);

  run("publint", join(root, "node_modules", ".bin", "publint"), ["run", "--strict", tarball], root);
  run("attw (ESM-only profile, CSS entries excluded)", join(root, "node_modules", ".bin", "attw"), [tarball, "--profile", "esm-only", "--exclude-entrypoints", "styles.css", "themes/shadcn.css", "--format", "table-flipped"], root);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\n${failures.length} consumer check(s) failed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("\nEvery consumer check passed.");
