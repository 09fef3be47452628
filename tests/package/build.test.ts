import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build as bundle } from "esbuild";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as source from "../../src";
import { entries, jsonData, packageOptions } from "../../tsup.config";

/**
 * Builds the package as published (ESM and CJS, JSON data, domain entry points re-exporting the
 * root) into a scratch node_modules, then loads it as Node would and bundles small consumers with
 * esbuild, as an app's bundler would.
 */
const root = resolve(import.meta.dirname, "../..");
let scratch = "";

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "kinetic-chain-treeshake-"));
  const pkg = join(scratch, "node_modules", "kinetic-chain");
  mkdirSync(pkg, { recursive: true });
  copyFileSync(join(root, "package.json"), join(pkg, "package.json"));
  for (const dep of ["zod", "ts-pattern"]) symlinkSync(join(root, "node_modules", dep), join(scratch, "node_modules", dep), "dir");
  await build({ ...packageOptions(join(pkg, "dist")), dts: false, silent: true, config: false });
});

/** Imports an entry point of the built package as an ESM consumer would. */
async function load(entry = ""): Promise<Record<string, unknown>> {
  const file = join(scratch, "node_modules", "kinetic-chain", "dist", entry === "" ? "index.js" : `${entry}/index.js`);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}

describe("the build's JSON data", () => {
  it.each([
    ["an export that is not a function", "export const rows = [1];", /not a function of no arguments/],
    ["a value JSON would change", "export const rows = () => [{ id: 'a', note: undefined }];", /JSON does not carry over unchanged/],
  ])("fails the build on %s", async (_case, contents, message) => {
    const file = join(scratch, "broken.data.ts");
    writeFileSync(file, contents);
    await expect(bundle({ entryPoints: [file], bundle: true, write: false, logLevel: "silent", plugins: [jsonData] })).rejects.toThrow(message);
  });
});

describe("the built package", () => {
  it("returns the same data as the source, for every list the library ships", async () => {
    const built = await load();
    const lists = Object.keys(source).filter((name) => /^list[A-Z]/.test(name));
    expect(lists.length).toBeGreaterThan(10);
    for (const name of lists) {
      const call = (module: Record<string, unknown>): unknown => (module[name] as () => unknown)();
      expect(call(built), name).toStrictEqual(call(source));
    }
    expect({ ...(built.knowledgeBase as object) }).toStrictEqual({ ...source.knowledgeBase });
  });

  it("gives every domain entry point the root's own functions, in ESM and in CJS", async () => {
    const root = await load();
    const require = createRequire(join(scratch, "index.cjs"));
    const cjsRoot = require("kinetic-chain") as Record<string, unknown>;
    for (const name of Object.keys(entries)) {
      if (name === "index" || name === "schemas/index") continue;
      const entry = name.replace(/\/index$/, "");
      const esm = await load(entry);
      const cjs = require(`kinetic-chain/${entry}`) as Record<string, unknown>;
      expect(Object.keys(esm).length, entry).toBeGreaterThan(0);
      expect(Object.keys(cjs).sort(), entry).toStrictEqual(Object.keys(esm).sort());
      for (const key of Object.keys(esm)) {
        expect(esm[key], `${entry}.${key}`).toBe(root[key]);
        expect(cjs[key], `${entry}.${key} (CJS)`).toBe(cjsRoot[key]);
      }
    }
  });

  it("loads neither zod nor ts-pattern for the entry points that need no validation", () => {
    // A consumer with the package installed but not zod or ts-pattern: any import of them fails.
    const bare = mkdtempSync(join(tmpdir(), "kinetic-chain-bare-"));
    mkdirSync(join(bare, "node_modules"), { recursive: true });
    cpSync(join(scratch, "node_modules", "kinetic-chain"), join(bare, "node_modules", "kinetic-chain"), { recursive: true });
    for (const entry of ["sources", "structures", "roles", "crosswalks", "evidence"]) {
      const esm = `const m = await import("kinetic-chain/${entry}"); process.stdout.write(String(Object.keys(m).length));`;
      const cjs = `process.stdout.write(String(Object.keys(require("kinetic-chain/${entry}")).length));`;
      expect(Number(execFileSync(process.execPath, ["--input-type=module", "-e", esm], { cwd: bare }).toString()), entry).toBeGreaterThan(0);
      expect(Number(execFileSync(process.execPath, ["-e", cjs], { cwd: bare }).toString()), `${entry} (CJS)`).toBeGreaterThan(0);
    }
    // The check can fail: the root does need them.
    expect(() => execFileSync(process.execPath, ["--input-type=module", "-e", 'await import("kinetic-chain");'], { cwd: bare, stdio: "pipe" })).toThrow(/zod|ts-pattern/);
    rmSync(bare, { recursive: true, force: true });
  });

  it("parses no data when imported: each dataset is parsed the first time a function needs it", () => {
    const probe = [
      "let parsed = 0;",
      "const parse = JSON.parse;",
      "JSON.parse = (...args) => { parsed += 1; return parse(...args); };",
      'const kc = await import("kinetic-chain");',
      "const before = parsed;",
      'kc.getStructure("soleus");',
      "process.stdout.write(JSON.stringify([before, parsed]));",
    ].join("\n");
    const [atImport, afterUse] = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { cwd: scratch }).toString()) as [number, number];
    expect(atImport).toBe(0);
    // The structures ship as two data modules (the seeds' muscles, the injury structures), parsed together on first use.
    expect(afterUse).toBe(2);
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
