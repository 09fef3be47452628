import { defineConfig } from "vitest/config";

/** The suites that exercise the rules engine and the chain traversal, for Stryker (no type tests). */
export default defineConfig({
  test: {
    include: ["tests/assess.test.ts", "tests/chains.test.ts", "tests/chains-traversal.test.ts", "tests/rules-engine.test.ts", "tests/traversal-details.test.ts"],
    testTimeout: 60_000,
  },
});
