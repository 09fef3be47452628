// Bundle-size budgets, checked by `npm run check` (size-limit bundles each import with esbuild,
// minifies and compresses with brotli). Set about 10% above the sizes measured when they were
// last raised; a larger bundle fails the build. See bench/results.md for the gzip figures.
const quiet = (config) => ({ ...config, logLevel: "error" });

export default [
  { name: "one structure accessor (getStructure)", path: "dist/index.js", import: "{ getStructure }", limit: "8.7 kB", modifyEsbuildConfig: quiet },
  { name: "assess", path: "dist/index.js", import: "{ assess }", limit: "70 kB", modifyEsbuildConfig: quiet },
  { name: "buildPlan", path: "dist/index.js", import: "{ buildPlan }", limit: "45 kB", modifyEsbuildConfig: quiet },
  { name: "everything", path: "dist/index.js", import: "*", limit: "100 kB", modifyEsbuildConfig: quiet },
];
