import { defineConfig } from "vitest/config";

// The browser tests (`npm run test:browser`): the built site (`npm run docs`) in Debian's
// Chromium through playwright-core. Kept apart so that `npm test` runs the unit tests alone.
export default defineConfig({
  test: {
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results-browser.json" }]] : ["default"],
    include: ["tests/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
