import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** @type {import("next").NextConfig} */
export default {
  // The example sits inside the library's repository: this folder is its root.
  turbopack: { root: here },
  outputFileTracingRoot: here,
  // For Jest (next/jest): compile recovery-kit's ES modules for Jest's CommonJS runtime.
  transpilePackages: ["recovery-kit"],
};
