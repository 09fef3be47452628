import { configDefaults, defineConfig } from "vitest/config";

/** Every unit and property suite: what Stryker runs against each mutant unless told otherwise. */
const ALL_SUITES = ["tests/*.test.ts", "tests/property/**/*.test.ts"];

/**
 * The suites Stryker runs against each mutant, found from the layout: every unit and property test
 * (`tests/*.test.ts`, `tests/property/`), without the type tests (tsc), the package tests (they
 * test the build, not the mutated source) or the browser tests. Properties run a tenth of their
 * cases (`PROPERTY_RUNS`, tests/helpers/runs.ts): each mutant re-runs every test that covers it.
 *
 * `MUTATION_SUITES` (comma-separated globs) narrows the suites for a run over one file whose code
 * every assessment runs (the chain traversal): there each surviving mutant would otherwise re-run
 * the whole suite. A narrowed run can only undercount: a mutant that the left-out suites would
 * catch counts as surviving. bench/README.md says which runs were narrowed.
 */
const suites = process.env.MUTATION_SUITES?.split(",").filter((glob) => glob !== "") ?? ALL_SUITES;

export default defineConfig({
  test: {
    include: suites.length > 0 ? suites : ALL_SUITES,
    exclude: [...configDefaults.exclude],
    testTimeout: 60_000,
    env: { PROPERTY_RUNS: "0.1" },
  },
});
