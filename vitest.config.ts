import { configDefaults, defineConfig } from "vitest/config";

/**
 * The test suite as vitest projects, one per kind of test, found from the layout:
 * - `unit`: `tests/*.test.ts`, behaviour by domain (realistic reports, data cross-checks...);
 * - `property`: `tests/property/`, fast-check properties over generated reports and graphs;
 * - `type`: `tests/*.test-d.ts`, type tests of the public API (checked by tsc, not run);
 * - `package`: `tests/package/`, the built package (exports, laziness, examples run as an app would,
 *   the code blocks of the README, the guides and the TSDoc type-checked and run).
 * `npm test` runs them all; `npx vitest run --project unit` (or property, type, package) runs one.
 * The browser tests have their own config (vitest.browser.config.ts).
 */
const shared = { testTimeout: 60_000, hookTimeout: 120_000 } as const;

export default defineConfig({
  test: {
    // CI also writes a JSON report, from which .ci/run prints its summary line.
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results.json" }]] : ["default"],
    projects: [
      { test: { ...shared, name: "unit", include: ["tests/*.test.ts"], exclude: [...configDefaults.exclude] } },
      { test: { ...shared, name: "property", include: ["tests/property/**/*.test.ts"] } },
      {
        test: {
          ...shared,
          name: "type",
          include: [],
          typecheck: { enabled: true, only: true, include: ["tests/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
        },
      },
      { test: { ...shared, name: "package", include: ["tests/package/**/*.test.ts"] } },
    ],
  },
});
