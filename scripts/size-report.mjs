#!/usr/bin/env node
/**
 * `npm run size`: what recovery-kit costs a host's first load, measured the way a host's
 * production build produces it, in the three bundlers hosts use: Vite (Rolldown), webpack 5
 * and esbuild. For each row of the first-load issue's budget table, a tiny host module imports
 * the row's exports from the built package — once through the root entry (`recovery-kit`,
 * `recovery-kit/model`) and once through the per-component entries (`recovery-kit/balance-empty-card`…)
 * — by package name, so the exports map and `sideEffects` are read as a host's bundler reads
 * them. react and react-dom are external; Radix, cva and get-nonce are bundled, as a host pays
 * for them.
 *
 * First load = the entry chunk and every chunk it imports statically, minified, each file
 * gzipped (level 9) on its own as it travels, summed. What `import()` fetches later (the
 * Inspect dialog, lazily loaded cards, the support details) is reported apart as "later".
 *
 * A budget is enforced (exit 1 when over) for each bundler and route listed in ENFORCED: those
 * that hold today, so a regression fails `npm test`. The rest are reported with a `*`.
 * `--json FILE` also writes every figure to FILE; `--only esbuild,vite` runs only those bundlers.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build as viteBuild } from "vite";
// Vite's library mode keeps whitespace in ES output (to keep pure annotations); a host's
// production build does not, so Vite's chunks are minified again, as a host's would be.
import { minifySync } from "rolldown/experimental";
import webpack from "webpack";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const REACT = /^react(?:-dom)?(?:\/.*)?$/;

const CARDS = {
  BalanceEmptyCard: "balance-empty-card",
  ConnectorReconnectCard: "connector-reconnect-card",
  RateLimitBanner: "rate-limit-banner",
  ApprovalPendingNotice: "approval-pending-notice",
  StuckToolInspector: "stuck-tool-inspector",
};
const MODEL = ["parseRecoveryError", "fromError", "fromResponse"];

/**
 * Each row: its budget (gzip kB; undefined = figures only) and the imports, as
 * `{ specifier: [names] }`, through the root entry and through the per-component entries.
 */
const ROWS = [
  {
    name: "ErrorRecovery + fromError",
    budget: 18,
    root: { "recovery-kit": ["ErrorRecovery", "fromError"] },
    entry: { "recovery-kit/error-recovery": ["ErrorRecovery"], "recovery-kit/model": ["fromError"] },
  },
  {
    name: "recovery-kit/model (parseRecoveryError, fromError, fromResponse)",
    budget: 12,
    root: { "recovery-kit": MODEL },
    entry: { "recovery-kit/model": MODEL },
  },
  ...Object.entries(CARDS).map(([component, path]) => ({
    name: component === "StuckToolInspector" ? "StuckToolInspector (before Inspect)" : component,
    component: path,
    budget: component === "StuckToolInspector" ? 8 : 5.5,
    root: { "recovery-kit": [component] },
    entry: { [`recovery-kit/${path}`]: [component] },
  })),
  {
    name: "all components + model",
    budget: 32,
    root: { "recovery-kit": ["ErrorRecovery", ...Object.keys(CARDS), "RecoveryNotice", ...MODEL] },
    entry: {
      "recovery-kit/error-recovery": ["ErrorRecovery"],
      ...Object.fromEntries(Object.entries(CARDS).map(([component, path]) => [`recovery-kit/${path}`, [component]])),
      "recovery-kit/recovery-notice": ["RecoveryNotice"],
      "recovery-kit/model": MODEL,
    },
  },
  // Figures only: what a host adds beside a card.
  { name: "RecoveryNotice", component: "recovery-notice", root: { "recovery-kit": ["RecoveryNotice"] }, entry: { "recovery-kit/recovery-notice": ["RecoveryNotice"] } },
  { name: "RecoveryProvider", root: { "recovery-kit": ["RecoveryProvider"] }, entry: { "recovery-kit/provider": ["RecoveryProvider"] } },
  { name: "BalanceEmptyCard + RecoveryProvider + de", root: { "recovery-kit": ["BalanceEmptyCard", "RecoveryProvider", "de"] }, entry: { "recovery-kit/balance-empty-card": ["BalanceEmptyCard"], "recovery-kit/provider": ["RecoveryProvider"], "recovery-kit/de": ["de"] } },
  { name: "describeRecovery (English)", root: { "recovery-kit/describe": ["describeRecovery"] } },
];

/**
 * Budgets that hold today, enforced: `row name → { bundler: routes }`. Add a bundler or route
 * here when the work that brings it under its budget lands; the report marks the rest with `*`.
 */
const ENFORCED = {
  // esbuild through the root barrel loads every card up front (see the note the report prints).
  "StuckToolInspector (before Inspect)": { vite: ["root", "entry"], webpack: ["root", "entry"], esbuild: ["entry"] },
};

const ALL_BUNDLERS = { vite: bundleWithVite, webpack: bundleWithWebpack, esbuild: bundleWithEsbuild };
// `--only esbuild,vite` while working on one bundler's figures (npm test runs all three).
const onlyAt = process.argv.indexOf("--only");
const BUNDLERS = onlyAt > 0 ? Object.fromEntries(process.argv[onlyAt + 1].split(",").map((name) => [name, ALL_BUNDLERS[name]])) : ALL_BUNDLERS;

/** A host module that uses the imports (a side effect, so no bundler drops them). */
function hostModule(imports) {
  const names = [];
  const lines = Object.entries(imports).map(([specifier, list], i) => {
    const local = list.map((name) => `${name} as i${i}_${name}`);
    names.push(...list.map((name) => `i${i}_${name}`));
    return `import { ${local.join(", ")} } from "${specifier}";`;
  });
  return `${lines.join("\n")}\nglobalThis.__recoveryKit = [${names.join(", ")}];\n`;
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Sizes of a build's output files split into first load and later (gzip and min bytes), and
 * the source modules (absolute paths) in the first load.
 */
function sizes(files, firstNames, modules) {
  const first = { min: 0, gzip: 0, files: 0 };
  const later = { min: 0, gzip: 0, files: 0 };
  for (const [name, code] of Object.entries(files)) {
    const part = firstNames.has(name) ? first : later;
    part.min += Buffer.byteLength(code);
    part.gzip += gzip(code);
    part.files++;
  }
  return { first, later, modules: [...new Set(modules)] };
}

/** Vite (Rolldown), library mode, ES output, code-split; chunks minified again (see above). */
async function bundleWithVite(dir, entry) {
  const result = await viteBuild({
    configFile: false,
    logLevel: "silent",
    root: dir,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ["es"], fileName: "entry" },
      rolldownOptions: { external: [REACT] },
    },
  });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === "chunk");
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const first = new Set();
  const visit = (name) => {
    if (first.has(name) || !byName.has(name)) return;
    first.add(name);
    for (const dep of byName.get(name).imports) visit(dep);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  const files = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, minifySync(chunk.fileName, chunk.code).code]));
  const rendered = (chunk) => Object.entries(chunk.modules).filter(([, module]) => module.renderedLength > 0).map(([id]) => id);
  return sizes(files, first, [...first].flatMap((name) => rendered(byName.get(name))));
}

/** webpack 5, production mode (its own minifier, Terser), ES module output, its default chunk splitting. */
function bundleWithWebpack(dir, entry) {
  const out = join(dir, "webpack-out");
  return new Promise((done, fail) => {
    webpack(
      {
        mode: "production",
        context: dir,
        entry: { main: entry },
        target: "web",
        devtool: false,
        performance: { hints: false },
        experiments: { outputModule: true },
        output: { path: out, module: true, chunkFormat: "module", chunkLoading: "import", filename: "[name].js", chunkFilename: "[id].js", clean: true },
        externalsType: "module",
        externals: [({ request }, callback) => (REACT.test(request) ? callback(undefined, `module ${request}`) : callback())],
      },
      (error, stats) => {
        if (error || stats.hasErrors()) return fail(error ?? new Error(stats.toString({ all: false, errors: true })));
        const { compilation } = stats;
        const initial = [...compilation.chunks].filter((chunk) => chunk.canBeInitial());
        const first = new Set(initial.flatMap((chunk) => [...chunk.files]));
        const files = Object.fromEntries([...compilation.chunks].flatMap((chunk) => [...chunk.files]).filter((name) => name.endsWith(".js")).map((name) => [name, readFileSync(join(out, name), "utf8")]));
        // A concatenated module (scope hoisting) holds the modules it was made of.
        const paths = (module) => [module.resource, ...(module.modules ?? []).flatMap(paths)].filter(Boolean);
        done(sizes(files, first, initial.flatMap((chunk) => compilation.chunkGraph.getChunkModules(chunk).flatMap(paths))));
      },
    );
  });
}

/** esbuild: bundle, minify, ESM with code splitting (how esbuild hosts split `import()`). */
async function bundleWithEsbuild(dir, entry) {
  const result = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    minify: true,
    write: false,
    metafile: true,
    outdir: join(dir, "esbuild-out"),
    external: ["react", "react-dom", "react/*", "react-dom/*"],
    logLevel: "silent",
  });
  const outputs = result.metafile.outputs;
  const rel = (path) => Object.keys(outputs).find((key) => resolve(dir, key) === resolve(path));
  const first = new Set();
  const visit = (name) => {
    if (first.has(name)) return;
    first.add(name);
    for (const dep of outputs[name].imports) if (dep.kind === "import-statement" && !dep.external) visit(dep.path);
  };
  // A chunk that import() loads is an entry point in esbuild's metafile too: start from the host's.
  for (const [name, output] of Object.entries(outputs)) if (output.entryPoint && resolve(dir, output.entryPoint) === entry) visit(name);
  const files = Object.fromEntries(result.outputFiles.filter((file) => file.path.endsWith(".js")).map((file) => [rel(file.path), file.text]));
  const inputs = (name) => Object.entries(outputs[name].inputs).filter(([, input]) => input.bytesInOutput > 0);
  return sizes(files, first, [...first].flatMap((name) => inputs(name).map(([input]) => resolve(dir, input))));
}

// A scratch host with recovery-kit "installed" (a link to this package, as npm link makes), so
// every bundler resolves it by name through package.json's exports.
const dir = mkdtempSync(join(tmpdir(), "rk-size-"));
mkdirSync(join(dir, "node_modules"));
symlinkSync(root, join(dir, "node_modules", "recovery-kit"), "dir");
writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "size-host", private: true, type: "module" }));

const results = [];
/** Time spent in each bundler, printed at the end. */
const seconds = {};
try {
  for (const row of ROWS) {
    for (const route of ["root", "entry"]) {
      if (!row[route]) continue;
      const entry = join(dir, `host-${results.length}.js`);
      writeFileSync(entry, hostModule(row[route]));
      for (const [bundler, bundle] of Object.entries(BUNDLERS)) {
        const started = performance.now();
        const measured = await bundle(dir, entry);
        seconds[bundler] = (seconds[bundler] ?? 0) + (performance.now() - started) / 1000;
        results.push({ row: row.name, route, bundler, budget: row.budget, ...measured });
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Not budgets but rules, checked in every bundler: a component's own entry loads no other
// component and not the root barrel; no first load holds the Inspect dialog or Radix.
const COMPONENT_MODULES = [...Object.values(CARDS), "recovery-notice", "error-recovery"].map((path) => join(root, "dist", "components", `${path}.js`));
const broken = [];
for (const r of results) {
  const row = ROWS.find((x) => x.name === r.row);
  const where = `${r.row} via ${r.route} in ${r.bundler}`;
  for (const module of r.modules) {
    if (/[\\/]@radix-ui[\\/]/.test(module) || module === join(root, "dist", "components", "stuck-tool-dialog.js")) broken.push(`${where}: the first load holds ${module.slice(root.length + 1)}`);
    if (r.route === "entry" && row.component) {
      if (COMPONENT_MODULES.includes(module) && module !== join(root, "dist", "components", `${row.component}.js`)) broken.push(`${where}: the first load holds another component, ${module.slice(root.length + 1)}`);
      if (module === join(root, "dist", "index.js")) broken.push(`${where}: the first load goes through the root barrel`);
    }
  }
  if (r.route === "entry" && row.component && !r.modules.includes(join(root, "dist", "components", `${row.component}.js`))) broken.push(`${where}: the component's own module is not in the first load, so this check checks nothing`);
}

const kB = (bytes) => (bytes / 1024).toFixed(1);
const over = [];
const unmet = [];
const unenforced = [];
console.log("\nFirst load, minified + gzip (react external; each file gzipped as it travels), in kB.");
console.log('"root" imports from recovery-kit (and recovery-kit/model); "entry" from the per-component entries.');
console.log('"later": what import() fetches on first use or at idle, not part of the first load.\n');
const header = ["what", "route", "budget", ...Object.keys(BUNDLERS).flatMap((b) => [b, `${b} later`])];
console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
for (const row of ROWS) {
  for (const route of ["root", "entry"]) {
    if (!row[route]) continue;
    const cells = [row.name, route, row.budget === undefined ? "" : `${row.budget}`];
    for (const bundler of Object.keys(BUNDLERS)) {
      const r = results.find((x) => x.row === row.name && x.route === route && x.bundler === bundler);
      const enforced = ENFORCED[row.name]?.[bundler]?.includes(route) ?? false;
      const within = row.budget === undefined || r.first.gzip <= row.budget * 1024;
      if (!within && enforced) over.push(`${row.name} via ${route} in ${bundler}: ${kB(r.first.gzip)} kB > ${row.budget} kB`);
      if (!within && !enforced) unmet.push(r);
      if (within && !enforced && row.budget !== undefined) unenforced.push(`${row.name}: ${bundler} via ${route}`);
      const mark = row.budget === undefined ? "" : within ? (enforced ? " ✔" : " ✔*") : enforced ? " ✖" : " *";
      cells.push(`${kB(r.first.gzip)}${mark}`, r.later.files ? `+${kB(r.later.gzip)}` : "");
    }
    console.log(`| ${cells.join(" | ")} |`);
  }
}
const css = readFileSync(join(root, "dist", "styles.css"));
console.log(`\nstyles.css: ${kB(css.length)} kB, ${kB(gzip(css))} kB gzip (the host imports it once; not counted above).`);
console.log("✔ within budget, enforced   ✔* within budget, not yet enforced   * over budget, reported   ✖ over an enforced budget");

// esbuild through the root entry: say why it costs more, and what the per-component entry costs.
const esbuildRoot = unmet.filter((r) => r.bundler === "esbuild" && r.route === "root");
if (esbuildRoot.length > 0) {
  console.log(
    "\nesbuild through the root entry: esbuild assigns whole modules to chunks before it tree-shakes, so a module the" +
      "\nroot barrel re-exports that a lazy chunk also uses lands in a shared chunk the entry loads up front, used or not." +
      "\nImport the component's own entry instead; esbuild's figures for the rows over budget through the root:",
  );
  for (const r of esbuildRoot) {
    const viaEntry = results.find((x) => x.row === r.row && x.route === "entry" && x.bundler === "esbuild");
    // What the root makes it load that the entry does not: the modules this paragraph is about.
    const extra = viaEntry ? r.modules.filter((module) => module.startsWith(join(root, "dist")) && !viaEntry.modules.includes(module)).map((module) => module.slice(join(root, "dist").length + 1)) : [];
    console.log(`  ${r.row}: ${kB(r.first.gzip)} kB through the root, ${viaEntry ? `${kB(viaEntry.first.gzip)} kB through its entry` : "no entry of its own"} (budget ${r.budget} kB)${extra.length ? `; the root adds ${extra.join(", ")}` : ""}`);
  }
}

console.log(`\nBuilt in ${Object.entries(seconds).map(([bundler, s]) => `${bundler} ${s.toFixed(1)} s`).join(", ")}.`);

const jsonAt = process.argv.indexOf("--json");
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(results, null, 2));

if (unenforced.length > 0) console.log(`\nWithin budget but not enforced yet (add to ENFORCED so a regression fails npm test):\n  ${unenforced.join("\n  ")}`);
if (broken.length > 0) console.error(`\n✖ a first load holds what it must not:\n  ${broken.join("\n  ")}`);
else console.log("\nIn every bundler, each component's entry loads no other component and not the root barrel, and no first load holds the Inspect dialog or Radix.");
if (over.length > 0) console.error(`\n✖ over an enforced first-load budget:\n  ${over.join("\n  ")}`);
if (broken.length > 0 || over.length > 0) process.exit(1);
console.log(`\nEvery enforced budget holds (${Object.values(ENFORCED).reduce((n, by) => n + Object.values(by).flat().length, 0)} enforced, ${unmet.length} over budget and reported).`);
