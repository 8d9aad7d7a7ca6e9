import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import storybook from "eslint-plugin-storybook";

export default tseslint.config(
  { ignores: ["dist/", "storybook-static/", "coverage/", "node_modules/", "examples/*/node_modules/", "examples/*/dist/", "examples/*/.next/", "examples/*/next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    // The model runs in Node, edge runtimes and browsers: it must not reach for React.
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["react", "react-dom", "react/*", "@radix-ui/*", "../ui/*", "../catalog/*", "*.css"], message: "src/model is plain TypeScript and imports nothing of the UI." }] },
      ],
    },
  },
  ...storybook.configs["flat/recommended"],
  {
    // Platform stories always spell the seed page's entry title, even when Storybook would
    // derive the same name, so the coverage test can match them literally.
    files: ["stories/platforms/*.stories.tsx"],
    rules: { "storybook/no-redundant-story-name": "off" },
  },
  {
    files: ["scripts/**/*.mjs", "*.config.{js,ts}", ".ci/**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
);
