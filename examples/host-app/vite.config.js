import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// A plain Vite app: recovery-kit comes from node_modules (installed from the packed
// tarball), not from ../../src, so this is exactly what a user of the package gets.
export default defineConfig({
  plugins: [react()],
});
