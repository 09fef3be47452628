// Bundle-size budgets, checked by `npm run check` (size-limit bundles each import with esbuild,
// minifies and compresses with brotli). Set about 10% above the sizes measured when they were
// last raised (this time for the injury knowledge: about three times the data, and assess now reads
// every domain from one knowledge base; then for the injury exercises and protocols); a larger
// bundle fails the build. See bench/results.md.
const quiet = (config) => ({ ...config, logLevel: "error" });

export default [
  { name: "one structure accessor (getStructure)", path: "dist/index.js", import: "{ getStructure }", limit: "11 kB", modifyEsbuildConfig: quiet },
  { name: "assess", path: "dist/index.js", import: "{ assess }", limit: "113 kB", modifyEsbuildConfig: quiet },
  { name: "buildPlan", path: "dist/index.js", import: "{ buildPlan }", limit: "58 kB", modifyEsbuildConfig: quiet },
  { name: "everything", path: "dist/index.js", import: "*", limit: "124 kB", modifyEsbuildConfig: quiet },
];
