import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath, URL } from "node:url";

// A plain Vite app: recovery-kit comes from node_modules (installed from the packed
// tarball), not from ../../src, so this is exactly what a user of the package gets.
// Three pages: the agent console, a design-check page the design spec drives, and a page for
// hardened hosts (strict CSP, blocked chunks, forced colors, text spacing, RTL) the hardened
// spec drives. And a Tailwind v4 page with shadcn/ui's theme beside the same cards without a
// reset (the tailwind spec); only that page's CSS imports tailwindcss.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        design: fileURLToPath(new URL("design.html", import.meta.url)),
        hardened: fileURLToPath(new URL("hardened.html", import.meta.url)),
        lazy: fileURLToPath(new URL("lazy.html", import.meta.url)),
        tailwind: fileURLToPath(new URL("tailwind.html", import.meta.url)),
        noReset: fileURLToPath(new URL("no-reset.html", import.meta.url)),
      },
    },
  },
});
