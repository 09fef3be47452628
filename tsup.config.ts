import { defineConfig } from "tsup";

/** Entry points: the root and one per domain, mirrored by the `exports` map and typedoc. */
export const entries = {
  index: "src/index.ts",
  "sources/index": "src/sources/index.ts",
  "structures/index": "src/structures/index.ts",
  "roles/index": "src/roles/index.ts",
  "chains/index": "src/chains/index.ts",
  "crosswalks/index": "src/crosswalks/index.ts",
  "evidence/index": "src/evidence/index.ts",
  "knowledge-base/index": "src/knowledge-base/index.ts",
  "schemas/index": "src/schemas/index.ts",
};

export default defineConfig({
  entry: entries,
  format: ["esm", "cjs"],
  dts: true,
  // Shared modules go to shared chunks, so `require("kinetic-chain").x === require("kinetic-chain/structures").x`.
  splitting: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  treeshake: true,
});
