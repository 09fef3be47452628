// Bundles bench/run.ts with esbuild (it imports the library's source and internals) and runs it.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";

mkdirSync("node_modules/.cache", { recursive: true });
const outfile = "node_modules/.cache/kinetic-chain-bench.mjs";
await build({
  entryPoints: ["bench/run.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile,
  packages: "external",
  logLevel: "warning",
});
await import(`../${outfile}`);
