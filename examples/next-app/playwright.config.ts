import { fileURLToPath } from "node:url";
// Shared with the Vite host example: finds the Chromium that npm test made sure of.
import { examplePlaywrightConfig } from "../../scripts/playwright-example.mjs";

// `next start`: the production build, as users get it.
export default examplePlaywrightConfig({
  dir: fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, ""),
  port: 4175,
  command: "npm run start --silent",
  env: { NEXT_TELEMETRY_DISABLED: "1" },
});
