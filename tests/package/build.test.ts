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
import { lazySchemas } from "../../scripts/build/lazy-schemas";
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

/** Script lines that count the zod objects built (zod gives each its `_zod` property), in `built`. */
const COUNT_ZOD_OBJECTS = [
  "let built = 0; const define = Object.defineProperty;",
  'Object.defineProperty = (o, k, d) => { if (k === "_zod") built += 1; return define(o, k, d); };',
].join("\n");

describe("the build's lazy schemas", () => {
  /** Bundles a tiny source tree (files under a `src` folder, as the plugin expects) with the lazy-schemas step. */
  async function lazyBundle(files: Record<string, string>): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "kinetic-chain-lazy-"));
    mkdirSync(join(dir, "src"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "src", name), text);
    try {
      const out = await bundle({ entryPoints: [join(dir, "src", "use.ts")], bundle: true, write: false, format: "esm", logLevel: "silent", plugins: [lazySchemas], external: ["zod/mini"] });
      return out.outputFiles[0]?.text ?? "";
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const schema = [
    'import * as z from "zod/mini";',
    "export const LIMITS = Object.freeze({ most: 2 });",
    "export const NameSchema = z.string().check(z.minLength(1));",
    "export const NamesSchema = z.array(NameSchema).check(z.maxLength(LIMITS.most));",
    "export const shape = { names: NamesSchema };",
  ].join("\n");

  it("builds each schema on its first use, from constants written the zod way", async () => {
    const use = [
      'import { LIMITS, NamesSchema, shape } from "./schema";',
      "export const most = LIMITS.most;",
      "export const read = (names: unknown) => NamesSchema.safeParse(names).success;",
      "export const fields = () => ({ shape });",
    ].join("\n");
    const code = await lazyBundle({ "schema.ts": schema, "use.ts": use });
    // Run beside the built package, where zod resolves; count the zod objects built at import and after.
    writeFileSync(join(scratch, "lazy-case.mjs"), code);
    const probe = [
      COUNT_ZOD_OBJECTS,
      'await import("zod/mini"); const before = built;',
      'const m = await import("./lazy-case.mjs");',
      "const atImport = built - before;",
      'const results = [m.most, m.read(["a"]), m.read(["a", "b", "c"]), m.read([""]), Object.keys(m.fields().shape)];',
      "process.stdout.write(JSON.stringify({ atImport, afterUse: built - before, results }));",
    ].join("\n");
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { cwd: scratch }).toString()) as { atImport: number; afterUse: number; results: unknown[] };
    expect(out.atImport).toBe(0);
    expect(out.afterUse).toBeGreaterThan(0);
    expect(out.results).toStrictEqual([2, true, false, false, ["names"]]);
  });

  it.each([
    ["a local binding that shadows a schema", 'import { NameSchema } from "./schema";\nexport const f = (NameSchema: unknown) => NameSchema;', /shadows a schema/],
    ["a schema re-exported", 'export { NameSchema } from "./schema";', /re-exports NameSchema/],
    ["a namespace import of a schema module", 'import * as s from "./schema";\nexport const f = () => s.NameSchema;', /namespace import/],
    ["a dynamic import of a schema module", 'export const f = async () => (await import("./schema")).NameSchema;', /import\("\.\/schema"\)/],
    ["an imported schema exported by name", 'import { NameSchema } from "./schema";\nexport { NameSchema };', /exports NameSchema by name/],
    ["a label named like a schema", 'import { NameSchema } from "./schema";\nexport const f = () => { NameSchema: for (;;) break NameSchema; };', /shadows a schema/],
    ["an entry point declaring a schema", 'import * as z from "zod/mini";\nexport const OwnSchema = z.string();', /entry point declares OwnSchema/],
  ])("fails the build on %s", async (_case, use, message) => {
    await expect(lazyBundle({ "schema.ts": schema, "use.ts": use })).rejects.toThrow(message);
  });

  it("leaves the built package building no schema when imported, in ESM and in CJS", () => {
    const count = (load: string): [number, number] => {
      const probe = [
        COUNT_ZOD_OBJECTS,
        `const kc = ${load};`,
        "const atImport = built;",
        'kc.assess({ complaints: [{ location: "calf", sensations: ["pain"] }] });',
        "process.stdout.write(JSON.stringify([atImport, built]));",
      ].join("\n");
      return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { cwd: scratch }).toString()) as [number, number];
    };
    for (const load of ['await import("kinetic-chain")', '(await import("node:module")).createRequire(process.cwd() + "/")("kinetic-chain")']) {
      const [atImport, afterAssess] = count(load);
      expect(atImport, load).toBe(0);
      // The check can fail: assess validates its report, which builds the report's schemas.
      expect(afterAssess, load).toBeGreaterThan(50);
    }
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
