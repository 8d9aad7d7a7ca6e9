// Jest as a Next.js host sets it up: next/jest (SWC), with recovery-kit in next.config's
// transpilePackages so its ES modules are compiled for Jest's CommonJS runtime.
import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

export default createJestConfig({
  testEnvironment: "jsdom",
  testMatch: ["<rootDir>/jest/**/*.test.tsx"],
});
