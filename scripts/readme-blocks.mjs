#!/usr/bin/env node
/**
 * The README's code blocks as the files a reader would write, so `npm test` can compile them
 * against the packed tarball (scripts/consumers.mjs) and run the Usage example (test/readme/).
 *
 * Rules a README block follows:
 *   - every fence has a language tag. `ts` and `tsx` blocks are compiled; the tags in SKIPPED
 *     (shell, CSS, HTTP, plain text…) are not code a TypeScript consumer can check. Any other
 *     tag, or none, fails: a new kind of block is a decision, not a silent skip.
 *   - a Next.js app-router block (named `app/…`) keeps Next.js's rules that TypeScript cannot
 *     see: `error.tsx` starts with "use client"; a server component passes no function in JSX.
 *   - a block that names its file on its first line (`// app/chat/page.tsx — …`) is written
 *     there, so blocks can import each other as a reader's files would; others get
 *     `readme-<line>.<tag>`.
 *   - a block that is deliberately a fragment says so on the line before its fence, with why:
 *     `<!-- fragment: … -->`. It is listed, not compiled.
 *   - what a block leaves to the host (its own `analytics`, its OAuth flow) is declared in one
 *     file, docs/readme-host.d.ts, and said in the block where a reader needs it.
 *
 * `node scripts/readme-blocks.mjs` lists every block and what is done with it.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const README = join(root, "README.md");
/** The host placeholders: the only names a README block may use without defining them. */
export const HOST_PLACEHOLDERS = join(root, "docs", "readme-host.d.ts");

const COMPILED = new Set(["ts", "tsx"]);
const SKIPPED = new Set(["sh", "bash", "shell", "css", "http", "text", "json", "html"]);

/**
 * @typedef {{ line: number, lang: string, code: string, file: string,
 *   compile: boolean, fragment?: string }} ReadmeBlock
 */

/**
 * Every fenced block of `markdown`, in order. Throws on a block without a tag, with an unknown
 * tag, with an unsafe or repeated file name, or on an unclosed fence.
 * @param {string} markdown
 * @returns {ReadmeBlock[]}
 */
export function readmeBlocks(markdown) {
  const lines = markdown.split("\n");
  /** @type {ReadmeBlock[]} */
  const blocks = [];
  const files = new Set();
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(.*)$/.exec(lines[i]);
    if (!open) continue;
    const line = i + 1;
    const lang = open[2].trim().split(/\s+/)[0] ?? "";
    const end = lines.findIndex((text, j) => j > i && text.startsWith(open[1]) && text.trim() === open[1]);
    if (end < 0) throw new Error(`README.md:${line}: the code block is never closed`);
    const code = lines.slice(i + 1, end).join("\n") + "\n";
    i = end;
    if (!lang) throw new Error(`README.md:${line}: a code block without a language tag (ts/tsx are compiled; ${[...SKIPPED].join(", ")} are not)`);
    if (!COMPILED.has(lang) && !SKIPPED.has(lang)) {
      throw new Error(`README.md:${line}: unknown language tag "${lang}" (ts/tsx are compiled; ${[...SKIPPED].join(", ")} are not)`);
    }
    let before = line - 2;
    while (before >= 0 && lines[before].trim() === "") before--;
    const fragment = /^<!--\s*fragment:\s*(.+?)\s*-->$/.exec(lines[before]?.trim() ?? "")?.[1];
    const named = /^\/\/\s*([\w./[\]-]+\.tsx?)(?:\s|$)/.exec(code)?.[1];
    const file = named ? normalize(named) : `readme-${line}.${lang}`;
    if (file.startsWith("..") || file.startsWith("/")) throw new Error(`README.md:${line}: the file name "${named}" leaves the project`);
    if (files.has(file)) throw new Error(`README.md:${line}: a second block named ${file}`);
    const problem = COMPILED.has(lang) ? appRouterProblem(file, code) : undefined;
    if (problem) throw new Error(`README.md:${line + 1 + problem.line}: ${file} ${problem.text}`);
    files.add(file);
    blocks.push({ line, lang, code, file, compile: COMPILED.has(lang) && fragment === undefined, ...(fragment ? { fragment } : {}) });
  }
  return blocks;
}

/**
 * What Next.js refuses in an app-router file (a block named `app/…`) and TypeScript cannot see:
 * an error file that is not a client component, and a server component handing a function to
 * a component in JSX (`onClick={() => …}`, `actions={{ retry: () => … }}`): functions do not
 * cross to the client. The block's line of the first problem, or undefined.
 * @param {string} file
 * @param {string} code
 * @returns {{ line: number, text: string } | undefined}
 */
function appRouterProblem(file, code) {
  if (!/(^|\/)app\//.test(file)) return undefined;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const prologue = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    prologue.push(statement.expression.text);
  }
  if (prologue.includes("use client")) return undefined;
  if (/(^|\/)(global-)?error\.tsx$/.test(file)) return { line: 0, text: 'must start with "use client" (Next.js renders error files on the client)' };
  /** @param {ts.Node} node */
  const isFunction = (node) =>
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isMethodDeclaration(node) ||
    (ts.isParenthesizedExpression(node) && isFunction(node.expression)) ||
    (ts.isObjectLiteralExpression(node) && node.properties.some((property) => isFunction(ts.isPropertyAssignment(property) ? property.initializer : property)));
  /** @type {ts.Node | undefined} */
  let passed;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (passed) return;
    if (ts.isJsxAttribute(node) && node.initializer && ts.isJsxExpression(node.initializer) && node.initializer.expression && isFunction(node.initializer.expression)) passed = node;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  if (!passed) return undefined;
  const at = source.getLineAndCharacterOfPosition(passed.getStart(source)).line;
  return { line: at, text: `is a server component (no "use client") that passes a function in JSX, which Next.js cannot send to the client: wire it in a client component` };
}

/**
 * Writes the README's compiled blocks, the host placeholders and a strict tsconfig (the
 * checks a fresh Vite + React + TypeScript app turns on, with `skipLibCheck: false`) into
 * `dir/readme/`, a folder inside a consumer that has the tarball, React and TypeScript
 * installed. Returns the tsconfig's path and the blocks.
 * @param {string} dir
 */
export function writeReadmeProject(dir) {
  const blocks = readmeBlocks(readFileSync(README, "utf8"));
  const project = join(dir, "readme");
  for (const block of blocks.filter((each) => each.compile)) {
    const path = join(project, block.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, block.code);
  }
  mkdirSync(project, { recursive: true });
  copyFileSync(HOST_PLACEHOLDERS, join(project, "readme-host.d.ts"));
  const tsconfig = join(dir, "tsconfig.readme.json");
  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2023", "DOM", "DOM.Iterable"],
    module: "esnext",
    moduleResolution: "bundler",
    jsx: "react-jsx",
    strict: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noFallthroughCasesInSwitch: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    // Every block is a module of its own, as every file in a bundler app is.
    moduleDetection: "force",
    skipLibCheck: false,
    noEmit: true,
    types: [],
  };
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions, include: ["readme"] }, null, 2));
  return { tsconfig, blocks };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const block of readmeBlocks(readFileSync(README, "utf8"))) {
    const what = block.compile ? `compiled as ${block.file}` : block.fragment ? `a fragment, not compiled: ${block.fragment}` : "not code, not compiled";
    console.log(`README.md:${block.line}  ${block.lang.padEnd(4)} ${what}`);
  }
}
