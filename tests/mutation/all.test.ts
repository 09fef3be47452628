/**
 * Every unit and property test in one module, for Stryker only (vitest.mutation.config.ts). Each
 * mutant re-runs the tests that cover it; as one file, the library is loaded once per mutant
 * rather than once per test file, which makes a full run hours shorter. Mermaid's parser and the
 * docs checks are left out: they load a DOM and read files, and touch none of the mutated code.
 */
const IRRELEVANT = ["../mermaid.test.ts", "../docs.test.ts"];
const suites = { ...import.meta.glob("../*.test.ts"), ...import.meta.glob("../property/**/*.test.ts") };
for (const [path, load] of Object.entries(suites).sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!IRRELEVANT.includes(path)) await load();
}
