/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));
const STYLESHEET = `${root}src/styles/recovery-kit.css`;
/** Theme mappings shipped beside it, each as `dist/themes/<name>.css` (`recovery-kit/themes/<name>.css`). */
const THEMES = readdirSync(`${root}src/styles/themes`).filter((file) => file.endsWith(".css"));
/** The per-component entries: package.json's "exports" and "typesVersions" list the same names. */
const ENTRIES = readdirSync(`${root}src/entries`).map((file) => file.replace(/\.ts$/, ""));

/** Ships the stylesheet as `dist/styles.css` and the themes under `dist/themes/`. The JS entries import no CSS, so hosts choose. */
function stylesheet(): Plugin {
  return {
    name: "recovery-kit:stylesheet",
    apply: (config, env) => env.command === "build" && Boolean(config.build?.lib),
    buildStart() {
      this.addWatchFile(STYLESHEET);
      for (const theme of THEMES) this.addWatchFile(`${root}src/styles/themes/${theme}`);
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "styles.css", source: readFileSync(STYLESHEET, "utf8") });
      for (const theme of THEMES) this.emitFile({ type: "asset", fileName: `themes/${theme}`, source: readFileSync(`${root}src/styles/themes/${theme}`, "utf8") });
    },
  };
}

// Found (or installed) beforehand by scripts/ensure-chromium.mjs; see scripts/chromium.mjs.
const chromium = findChromium();

/** Headless Chromium (the machine's, see scripts/chromium.mjs) for a browser test project. */
function chromiumBrowser(viewport?: { width: number; height: number }) {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: chromium?.path, args: CHROMIUM_ARGS } }),
    instances: [{ browser: "chromium" as const, ...(viewport ? { viewport } : {}) }],
  };
}

export default defineConfig({
  plugins: [react(), stylesheet()],
  build: {
    lib: {
      // The root barrel, the React-free model and describe entries, and one entry per component
      // (src/entries, each built to dist/<name>.js): esbuild assigns whole modules to chunks
      // before it tree-shakes, so through the root a host's esbuild build loads up front the
      // modules the root re-exports that lazy chunks also use; a component's own entry reaches
      // only its own modules, so every bundler pays for what is imported (scripts/size-report.mjs).
      entry: {
        index: `${root}src/index.ts`,
        model: `${root}src/model/index.ts`,
        describe: `${root}src/describe/index.ts`,
        ...Object.fromEntries(ENTRIES.map((name) => [name, `${root}src/entries/${name}.ts`])),
      },
      formats: ["es"],
    },
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // get-nonce must stay the host's one module: Radix's scroll lock reads the nonce we set there.
      external: [/^react(?:-dom)?(?:\/.*)?$/, /^@radix-ui\//, "class-variance-authority", "get-nonce"],
      // Rolldown keeps src/index.ts's "use client" on the entry; scripts/check-build.mjs
      // fails the build if that ever stops being true.
      // One output file per source module, so a host's bundler drops the components it
      // does not import (package.json marks only CSS as having side effects).
      output: { preserveModules: true, preserveModulesRoot: "src", entryFileNames: "[name].js" },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["test/**/*.test.{ts,tsx}"],
          benchmark: { include: ["test/bench/**/*.bench.ts"] },
          setupFiles: ["test/setup.ts"],
          restoreMocks: true,
          // Generous: CI machines are small and shared; tests assert behaviour, not speed.
          testTimeout: 30_000,
        },
      },
      {
        // Visual baselines (test/visual): every state × theme against reference PNGs.
        extends: true,
        test: {
          name: "visual",
          include: ["test/visual/**/*.visual.tsx"],
          setupFiles: ["test/setup.ts"],
          testTimeout: 180_000,
          browser: {
            ...chromiumBrowser({ width: 800, height: 900 }),
            expect: {
              toMatchScreenshot: {
                comparatorName: "pixelmatch",
                // A tolerance for anti-aliasing between Chromium builds (1% of a card's pixels), but a
                // strict colour threshold: a background one shade lighter is a change.
                comparatorOptions: { threshold: 0.02, allowedMismatchedPixelRatio: 0.01 },
              },
            },
          },
        },
      },
      {
        // Behaviour that needs a real browser and React's development checks (StrictMode's
        // second effect run, which Storybook's renderer does not do): test/browser.
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.browser.tsx"],
          setupFiles: ["test/setup.ts"],
          testTimeout: 30_000,
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: {
          name: "storybook",
          setupFiles: [".storybook/vitest.setup.ts"],
          testTimeout: 30_000,
          browser: chromiumBrowser(),
        },
      },
    ],
  },
});
