// Bundle-size budgets, checked by `npm run check` (size-limit bundles each import with esbuild,
// minifies and compresses with brotli). Set about 10% above the sizes measured when they were
// last raised; a larger bundle fails the build. See bench/results.md for the gzip figures.
const quiet = (config) => ({ ...config, logLevel: "error" });

export default [
  { name: "one structure accessor (getStructure)", path: "dist/index.js", import: "{ getStructure }", limit: "10.8 kB", modifyEsbuildConfig: quiet },
  { name: "assess", path: "dist/index.js", import: "{ assess }", limit: "92 kB", modifyEsbuildConfig: quiet },
  { name: "buildPlan", path: "dist/index.js", import: "{ buildPlan }", limit: "50 kB", modifyEsbuildConfig: quiet },
  { name: "everything", path: "dist/index.js", import: "*", limit: "120 kB", modifyEsbuildConfig: quiet },
];
