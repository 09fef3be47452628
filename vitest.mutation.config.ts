import { configDefaults, defineConfig } from "vitest/config";

/**
 * The suites Stryker runs against each mutant, found from the layout: every unit and property test
 * (`tests/*.test.ts`, `tests/property/`), without the type tests (tsc), the package tests (they
 * test the build, not the mutated source) or the browser tests. Properties run a tenth of their
 * cases (`PROPERTY_RUNS`, tests/helpers/runs.ts): each mutant re-runs every test that covers it.
 */
export default defineConfig({
  test: {
    include: ["tests/*.test.ts", "tests/property/**/*.test.ts"],
    exclude: [...configDefaults.exclude],
    testTimeout: 60_000,
    env: { PROPERTY_RUNS: "0.1" },
  },
});
