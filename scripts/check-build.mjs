#!/usr/bin/env node
// Checks the built package is what the exports map promises: every entry and its types
// exist; every module that uses React's client APIs (hooks, forwardRef, context, classes)
// starts with "use client" and the main entry does not, so a server component may import
// model functions from either entry and gets client references for the components; and
// the model entry (and every chunk it pulls in) imports nothing of React and no CSS.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const problems = [];

for (const [entry, target] of Object.entries(pkg.exports)) {
  const files = typeof target === "string" ? [target] : Object.values(target);
  for (const file of files) if (!existsSync(join(root, file))) problems.push(`${entry}: ${file} is missing`);
}

// Every per-component entry (src/entries) is in the exports map and, for TypeScript's node10
// resolution that ignores that map, in typesVersions; and the exports map has no entry without a source.
const entries = readdirSync(join(root, "src/entries")).map((file) => file.replace(/\.ts$/, ""));
for (const name of entries) {
  if (!pkg.exports[`./${name}`]) problems.push(`src/entries/${name}.ts has no "./${name}" in package.json's exports`);
  if (!pkg.typesVersions["*"][name]) problems.push(`src/entries/${name}.ts has no "${name}" in package.json's typesVersions`);
}
for (const key of Object.keys(pkg.exports)) {
  const name = key.slice(2);
  // Stylesheets (styles.css, themes/*.css) are checked above: their files exist.
  if (!["", "model", "describe", "package.json"].includes(name) && !name.endsWith(".css") && !entries.includes(name)) problems.push(`exports "${key}" has no src/entries/${name}.ts`);
}

const USE_CLIENT = /^["']use client["'];/;
const index = readFileSync(join(root, "dist/index.js"), "utf8");
if (USE_CLIENT.test(index)) problems.push('dist/index.js starts with "use client": server code could not call the model functions it re-exports');

/** Every module reachable from a built file through relative imports (`import()` too, unless `staticOnly`). */
function closure(file, seen = new Set(), staticOnly = false) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  for (const match of code.matchAll(/(?:import|export)[^"'(]*?from\s*["']([^"']+)["']|import\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']/g)) {
    const spec = match[1] ?? match[2] ?? (staticOnly ? undefined : match[3]);
    if (spec?.startsWith(".")) closure(resolve(dirname(file), spec), seen, staticOnly);
  }
  return seen;
}

for (const entry of ["model", "describe"]) {
  for (const file of closure(join(root, `dist/${entry}.js`))) {
    const code = readFileSync(file, "utf8");
    const bad = code.match(/from\s*["'](react[^"']*|@radix-ui\/[^"']*|class-variance-authority|[^"']*\.css)["']/);
    if (bad) problems.push(`${file.slice(root.length + 1)} (reached from recovery-kit/${entry}) imports ${bad[1]}`);
    if (USE_CLIENT.test(code)) problems.push(`${file.slice(root.length + 1)} (reached from recovery-kit/${entry}) is marked "use client"`);
  }
}
let clientModules = 0;
for (const file of closure(join(root, "dist/index.js"))) {
  const code = readFileSync(file, "utf8");
  if (/\bimport\s*["'][^"']+\.css["']/.test(code)) problems.push(`${file} imports CSS`);
  const fromReact = code.match(/import\s*\{([^}]*)\}\s*from\s*["']react["']/)?.[1] ?? "";
  if (/\b(?:use[A-Z]\w*|forwardRef|createContext|Component|PureComponent)\b/.test(fromReact)) {
    clientModules++;
    if (!USE_CLIENT.test(code)) problems.push(`${file.slice(root.length + 1)} uses React's client APIs but does not start with "use client"`);
  }
}
if (clientModules === 0) problems.push("no client module found: the check itself is broken");

// Importing one component, from its module or its entry, pulls in no other component, no
// other locale and no dialog (the inspector's dialog comes by import() on first use, outside
// the static closure).
const COMPONENTS = ["balance-empty-card", "connector-reconnect-card", "rate-limit-banner", "approval-pending-notice", "stuck-tool-inspector", "recovery-notice"];
for (const name of COMPONENTS) {
  if (!entries.includes(name)) problems.push(`${name} has no entry of its own (src/entries/${name}.ts)`);
  const reached = closure(join(root, "dist", `${name}.js`), new Set(), true);
  if (!reached.has(join(root, "dist/components", `${name}.js`))) problems.push(`dist/${name}.js does not reach dist/components/${name}.js: the check below would check nothing`);
  for (const file of reached) {
    const rel = file.slice(root.length + 1);
    const other = COMPONENTS.find((component) => component !== name && rel === `dist/components/${component}.js`);
    if (other) problems.push(`${name} pulls in ${other}`);
    if (/dist\/catalog\/de[.-]/.test(rel)) problems.push(`${name} pulls in the German catalog (${rel})`);
    if (rel === "dist/components/stuck-tool-dialog.js" || /from\s*["']@radix-ui\//.test(readFileSync(file, "utf8"))) problems.push(`${name} pulls in the dialog statically (${rel})`);
  }
}

// A component's entry exports all that the root exports from that component's module: what
// is added beside a component later (a preload function beside ErrorRecovery) must not be
// reachable only through the root. Read by importing the built modules, as a host does.
const rootExports = new Set(Object.keys(await import(join(root, "dist/index.js"))));
for (const name of [...COMPONENTS, "error-recovery"]) {
  const entryExports = new Set(Object.keys(await import(join(root, "dist", `${name}.js`))));
  for (const exported of Object.keys(await import(join(root, "dist/components", `${name}.js`)))) {
    if (rootExports.has(exported) && !entryExports.has(exported)) problems.push(`recovery-kit exports ${exported} from components/${name}.js, but recovery-kit/${name} does not`);
  }
}

// What a host adds beside a card (the provider, a translation) pulls in no component.
for (const name of ["provider", "de"]) {
  for (const file of closure(join(root, "dist", `${name}.js`), new Set(), true)) {
    if (file.includes("/dist/components/")) problems.push(`recovery-kit/${name} pulls in ${file.slice(root.length + 1)}`);
  }
}

if (problems.length > 0) {
  console.error(`check-build: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`check-build: exports, types, "use client" on ${clientModules} client modules (not the entry), and React-free model and describe entries all check out`);
