import { mkdir, writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";
import * as z from "zod/mini";
import { reportJsonSchema } from "./src/assess/json-schema";
import { KnowledgeBaseSchema } from "./src/knowledge-base/schema";

/** Entry points: the root and one per domain, mirrored by the `exports` map and typedoc. */
export const entries = {
  index: "src/index.ts",
  "sources/index": "src/sources/index.ts",
  "structures/index": "src/structures/index.ts",
  "roles/index": "src/roles/index.ts",
  "chains/index": "src/chains/index.ts",
  "load/index": "src/load/index.ts",
  "assess/index": "src/assess/index.ts",
  "exercises/index": "src/exercises/index.ts",
  "protocols/index": "src/protocols/index.ts",
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
  // JSON Schema files for back ends not written in TypeScript, generated from the zod schemas.
  async onSuccess() {
    await mkdir("dist/json-schema", { recursive: true });
    const files = {
      "report.schema.json": reportJsonSchema(),
      "knowledge-base.schema.json": z.toJSONSchema(KnowledgeBaseSchema, { io: "input" }),
    };
    for (const [name, schema] of Object.entries(files)) {
      await writeFile(`dist/json-schema/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
    }
  },
});
