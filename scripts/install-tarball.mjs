/**
 * Installs recovery-kit into an example app the way a user installs it: from the packed
 * tarball (`npm pack` of the built library, as `vendor/recovery-kit.tgz`), never from src/.
 * Shared by the Vite host example and the Next.js example.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Packs the built library into `<app>/vendor/` and installs the app's dependencies. */
export function installTarball(app, env = process.env) {
  const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: "inherit", env });
  const vendor = join(app, "vendor");
  console.log(`▶ packing recovery-kit into ${relative(root, vendor)}/`);
  rmSync(vendor, { recursive: true, force: true });
  mkdirSync(vendor, { recursive: true });
  run("npm", ["pack", "--silent", "--pack-destination", vendor], root);
  renameSync(join(vendor, readdirSync(vendor).find((file) => file.endsWith(".tgz"))), join(vendor, "recovery-kit.tgz"));

  console.log(`▶ installing ${relative(root, app)}'s dependencies (recovery-kit from the tarball)`);
  // The tarball changes with every build; drop the old copy so npm unpacks the new one.
  rmSync(join(app, "node_modules", "recovery-kit"), { recursive: true, force: true });
  run("npm", ["install", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error"], app);
}
