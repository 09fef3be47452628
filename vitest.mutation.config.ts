import { configDefaults, defineConfig } from "vitest/config";

/**
 * The suites Stryker runs against each mutant, found from the layout: every unit and property test
 * (`tests/*.test.ts`, `tests/property/`), without the type tests (tsc), the package tests (they
 * test the build, not the mutated source) or the browser tests.
 */
export default defineConfig({
  test: {
    include: ["tests/*.test.ts", "tests/property/**/*.test.ts"],
    exclude: [...configDefaults.exclude],
    testTimeout: 60_000,
  },
});
