import { mkdtempSync, mkdirSync, rmSync, symlinkSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build as bundle } from "esbuild";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entries } from "../tsup.config";

/**
 * Builds the package as published (ESM + CJS, split chunks) into a scratch node_modules, then
 * bundles small consumers with esbuild, as an app's bundler would.
 */
const root = resolve(import.meta.dirname, "..");
let scratch = "";

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "kinetic-chain-treeshake-"));
  const pkg = join(scratch, "node_modules", "kinetic-chain");
  mkdirSync(pkg, { recursive: true });
  copyFileSync(join(root, "package.json"), join(pkg, "package.json"));
  for (const dep of ["zod", "ts-pattern"]) symlinkSync(join(root, "node_modules", dep), join(scratch, "node_modules", dep), "dir");
  await build({
    entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
    format: ["esm"],
    splitting: true,
    treeshake: true,
    target: "es2022",
    outDir: join(pkg, "dist"),
    dts: false,
    silent: true,
    config: false,
  });
});

afterAll(() => {
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

async function bundled(code: string): Promise<string> {
  const result = await bundle({
    stdin: { contents: code, resolveDir: scratch, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** A string every zod schema's bundled code contains. */
const ZOD = /_zod|\$ZodType/;

describe("tree-shaking", () => {
  it("a structures-only import does not pull in zod", async () => {
    const out = await bundled(`import { getStructure } from "kinetic-chain/structures"; console.log(getStructure("soleus").name);`);
    expect(out).toContain("Soleus");
    expect(out).not.toMatch(ZOD);
  });

  it("a structure accessor imported from the root does not pull in zod either", async () => {
    const out = await bundled(`import { findStructure } from "kinetic-chain"; console.log(findStructure("IT band"));`);
    expect(out).not.toMatch(ZOD);
  });

  it("the check can fail: importing a schema does pull in zod", async () => {
    const out = await bundled(`import { StructureSchema } from "kinetic-chain/schemas"; console.log(StructureSchema);`);
    expect(out).toMatch(ZOD);
  });
});
