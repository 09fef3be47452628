import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { build, type Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import ts from "typescript";
import * as z from "zod/mini";
import { lazySchemas } from "./scripts/build/lazy-schemas";
import { reportJsonSchema } from "./src/assess/json-schema";
import { KnowledgeBaseSchema } from "./src/schemas";

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
  "plan/index": "src/plan/index.ts",
  "crosswalks/index": "src/crosswalks/index.ts",
  "evidence/index": "src/evidence/index.ts",
  "knowledge-base/index": "src/knowledge-base/index.ts",
  "schemas/index": "src/schemas/index.ts",
};

/** The modules that declare built-in data: `data.ts` and `*.data.ts`. */
const DATA_MODULE = /[\\/](?:[\w-]+\.)?data\.ts$/;

/**
 * Ships each data module as JSON text that is parsed on first use.
 *
 * In the source, a data module exports functions that return object literals (typed `as const`, so
 * ids stay string-literal unions). Even inside a function that is never called, V8 has to parse
 * every literal when the package is imported, while a string it only scans. So at build time each
 * module is evaluated and each export becomes `() => JSON.parse("...")`, which returns an equal value. The build fails if an export is
 * not a function of no arguments, or returns something JSON would not carry over unchanged.
 */
export const jsonData: Plugin = {
  name: "kinetic-chain-json-data",
  setup(plugin) {
    plugin.onLoad({ filter: DATA_MODULE }, async ({ path }) => {
      const bundled = await build({ entryPoints: [path], bundle: true, format: "esm", platform: "neutral", write: false, logLevel: "silent" });
      const code = bundled.outputFiles[0]?.text ?? "";
      const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as Record<string, unknown>;
      const lines = Object.entries(module).map(([name, value]) => {
        if (typeof value !== "function" || value.length !== 0) throw new Error(`${path}: export ${name} is not a function of no arguments`);
        const data: unknown = value();
        const json = JSON.stringify(data);
        if (!isDeepStrictEqual(JSON.parse(json), data)) throw new Error(`${path}: ${name}() returns a value that JSON does not carry over unchanged`);
        return `export const ${name} = () => JSON.parse(${JSON.stringify(json)});`;
      });
      return { contents: lines.join("\n"), loader: "js" };
    });
  },
};

/**
 * Marks every call in the module-level constants of a module that imports zod as `@__PURE__`.
 *
 * The schemas are plain constants (`export const StructureSchema = z.readonly(z.strictObject(...))`),
 * so an app's bundler may drop the ones it does not use only if it knows that every call building
 * them is free of side effects. The source marks the outer call of each constant; esbuild does not
 * carry zod's own `@__NO_SIDE_EFFECTS__` through `z.`-namespace calls, so the calls nested in it (the
 * fields of an object, `z.optional(...)`, `.check(...)` arguments) are marked here, at build time,
 * rather than in the source. Function bodies are left alone. Used for `kinetic-chain/schemas`; the
 * root module builds its schemas on first use instead (see `lazySchemas`).
 */
export const pureSchemas: Plugin = {
  name: "kinetic-chain-pure-schemas",
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]src[\\/].+\.ts$/ }, async ({ path }) => {
      if (DATA_MODULE.test(path)) return undefined;
      const text = await readFile(path, "utf8");
      if (!text.includes('from "zod/mini"')) return undefined;
      return { contents: annotatePure(text, path), loader: "ts" };
    });
  },
};

/** Inserts `@__PURE__` before each call in the initialisers of a module's top-level constants. */
export function annotatePure(text: string, path = "module.ts"): string {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const starts = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    const call = ts.isCallExpression(node) || ts.isNewExpression(node);
    // A call that is the target of a method call (`z.string()` in `z.string().check(...)`) starts where
    // that call starts: the one mark there covers the outer call, and a bundler ignores its target.
    const target = ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node;
    if (call && !target) starts.add(node.getStart(source));
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) statement.declarationList.declarations.forEach((d) => d.initializer && visit(d.initializer));
  }
  let out = text;
  for (const start of [...starts].sort((a, b) => b - a)) {
    if (!/@__PURE__ \*\/\s*$/.test(out.slice(Math.max(0, start - 40), start))) out = `${out.slice(0, start)}/* @__PURE__ */ ${out.slice(start)}`;
  }
  return out;
}

/**
 * The modules tsup emits: the root, which holds the whole library, and `internal/core`, the part
 * that needs neither zod nor ts-pattern. The code they share goes to one chunk, which both import.
 */
const bundles = { index: entries.index, "internal/core": "src/core.ts" };

/**
 * Writes each domain entry point (`kinetic-chain/structures`...) as a file that re-exports its
 * names, in both formats: from the core module when it holds them all (so importing the entry
 * point loads no zod), otherwise from the root. The functions and the state they
 * share live in one place per format, so `import("kinetic-chain/structures").getStructure ===
 * import("kinetic-chain").getStructure`, and Node loads a couple of files for the whole library
 * rather than a tree of shared chunks.
 */
async function writeDomainEntries(outDir: string): Promise<void> {
  const core = new Set(await exportNames(bundles["internal/core"]));
  for (const [name, file] of Object.entries(entries)) {
    if (name === "index" || name === "schemas/index") continue;
    const names = (await exportNames(file)).sort();
    const module = names.every((n) => core.has(n)) ? "internal/core" : "index";
    const target = `${"../".repeat(name.split("/").length - 1)}${module}`;
    await mkdir(dirname(`${outDir}/${name}.js`), { recursive: true });
    await writeFile(`${outDir}/${name}.js`, `export { ${names.join(", ")} } from "${target}.js";\n`);
    const cjs = names.map((n) => `exports.${n} = root.${n};`).join("\n");
    await writeFile(`${outDir}/${name}.cjs`, `"use strict";\nconst root = require("${target}.cjs");\n${cjs}\n`);
  }
}

/** The runtime names a source module exports (types excluded). */
async function exportNames(file: string): Promise<string[]> {
  const scan = await build({ entryPoints: [file], bundle: true, write: false, metafile: true, format: "esm", platform: "neutral", packages: "external", logLevel: "silent" });
  return Object.values(scan.metafile.outputs).flatMap((output) => output.exports);
}

/**
 * Writes `kinetic-chain/schemas` as a standalone bundle per format: it builds every schema when
 * imported, so it is kept out of the root's chunks, and its schemas share no state with them.
 */
async function writeSchemasEntry(outDir: string): Promise<void> {
  for (const [format, extension] of [["esm", "js"], ["cjs", "cjs"]] as const) {
    await build({
      entryPoints: [entries["schemas/index"]],
      outfile: `${outDir}/schemas/index.${extension}`,
      bundle: true,
      format,
      platform: "neutral",
      target: "es2022",
      packages: "external",
      plugins: [pureSchemas],
      logLevel: "warning",
    });
  }
}

/** JSON Schema files for back ends not written in TypeScript, generated from the zod schemas. */
async function writeJsonSchemas(outDir: string): Promise<void> {
  await mkdir(`${outDir}/json-schema`, { recursive: true });
  const files = {
    "report.schema.json": reportJsonSchema(),
    "knowledge-base.schema.json": z.toJSONSchema(KnowledgeBaseSchema, { io: "input" }),
  };
  for (const [name, schema] of Object.entries(files)) {
    await writeFile(`${outDir}/json-schema/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  }
}

/** The package build, also used by `tests/package/build.test.ts` to build into a scratch folder. */
export function packageOptions(outDir = "dist"): Options {
  return {
    outDir,
    format: ["esm", "cjs"],
    sourcemap: false,
    target: "es2022",
    treeshake: true,
    // The root builds each schema on first use (see lazySchemas); kinetic-chain/schemas, built
    // apart by writeSchemasEntry, keeps them as constants marked pure for apps' bundlers.
    esbuildPlugins: [jsonData, lazySchemas],
    entry: bundles,
    splitting: true,
    clean: true,
    // Types for every entry point; the JavaScript of the domain ones is written by writeDomainEntries.
    dts: { entry: entries },
    async onSuccess() {
      await writeSchemasEntry(outDir);
      await writeDomainEntries(outDir);
      await writeJsonSchemas(outDir);
    },
  };
}

export default defineConfig(packageOptions());
