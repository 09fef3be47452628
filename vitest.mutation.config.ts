import { defineConfig } from "vitest/config";

/** The suites that exercise the rules engine, the chain traversal, the assessment, triage, the plan builder and the exports, for Stryker (no type tests). */
export default defineConfig({
  test: {
    include: [
      "tests/assess.test.ts",
      "tests/chains.test.ts",
      "tests/chains-traversal.test.ts",
      "tests/rules-engine.test.ts",
      "tests/traversal-details.test.ts",
      "tests/trace-oracle.test.ts",
      "tests/properties.test.ts",
      "tests/protocols.test.ts",
      "tests/exports.test.ts",
    ],
    testTimeout: 60_000,
  },
});
