import { fileURLToPath } from "node:url";
// Shared with the Next.js example: finds the Chromium that npm test made sure of.
import { examplePlaywrightConfig } from "../../scripts/playwright-example.mjs";

// `vite preview`: the production build, as users get it.
export default examplePlaywrightConfig({ dir: fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, ""), port: 4174, command: "npm run preview --silent" });
