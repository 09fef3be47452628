import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // CI also writes a JSON report, from which .ci/run prints its summary line.
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results.json" }]] : ["default"],
    include: ["tests/**/*.test.ts"],
    // The browser tests have their own config (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, "tests/browser/**"],
    typecheck: {
      enabled: true,
      include: ["tests/**/*.test-d.ts"],
      tsconfig: "./tsconfig.test.json",
    },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
