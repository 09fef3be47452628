import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Every code example in the documentation, type-checked and run as a user would write it: each
 * ```ts (or ```typescript) block of README.md and docs/*.md, and each in a TSDoc comment in src/
 * (the `@example` blocks), becomes a file of a scratch project whose `node_modules/kinetic-chain`
 * is this repository, so it imports the built package (`npm run build`, done by `npm run check`)
 * by its name, through the `exports` map. One TypeScript program checks them all (strict, with
 * `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes`, `module` `nodenext`) and emits
 * them; then each runs in its own `node` process and must exit 0. A failure names the block's
 * file and line.
 *
 * The convention: a ```ts block is a complete program (its imports, from the package's entry
 * points by name, and every variable it uses). A deliberately partial block (the shape of a value,
 * a line out of a larger flow) is fenced ```ts fragment: it is highlighted as TypeScript and
 * neither checked nor run.
 */
const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/** A code block of the documentation: where it is, and its code. */
interface Block {
  /** `README.md:43`: the file and the line of the opening fence. */
  readonly label: string;
  /** The line of the file on which the code starts, 1-based. */
  readonly line: number;
  readonly file: string;
  readonly code: string;
}

/** A complete block's opening fence; ```ts fragment (any word after the language) is skipped. */
const COMPLETE = /^```(?:ts|typescript)\s*$/;
const FENCE = /^```/;

/** The fenced blocks of lines (Markdown, or a comment's text with its ` * ` taken off). */
function blocksOf(file: string, lines: readonly (string | undefined)[]): Block[] {
  const blocks: Block[] = [];
  let open: { line: number; complete: boolean; code: string[] } | undefined;
  lines.forEach((text, index) => {
    if (text === undefined) return;
    if (open === undefined) {
      if (FENCE.test(text.trim())) open = { line: index + 1, complete: COMPLETE.test(text.trim()), code: [] };
    } else if (/^```\s*$/.test(text.trim())) {
      if (open.complete) blocks.push({ label: `${file}:${open.line}`, line: open.line + 1, file, code: open.code.join("\n") });
      open = undefined;
    } else open.code.push(text);
  });
  return blocks;
}

/** The lines of a TypeScript file that are inside `/** ... *\/` comments, without their ` * `; others undefined. */
function commentText(source: string): (string | undefined)[] {
  let inside = false;
  return source.split("\n").map((line) => {
    if (!inside && /^\s*\/\*\*/.test(line)) inside = !line.includes("*/");
    else if (inside && line.includes("*/")) inside = false;
    else if (inside) return line.replace(/^\s*\*\s?/, "");
    return undefined;
  });
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));

const markdown = ["README.md", ...readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
const blocks: Block[] = [
  ...markdown.flatMap((file) => blocksOf(file, readFileSync(join(root, file), "utf8").split("\n"))),
  ...walk(join(root, "src"))
    .filter((path) => path.endsWith(".ts"))
    .sort()
    .flatMap((path) => blocksOf(relative(root, path), commentText(readFileSync(path, "utf8")))),
];

/** Blocks that must fail, so that the test is seen to catch a wrong example. */
const selfTest: Block[] = [
  { label: "self-test:type", file: "self-test", line: 1, code: 'import { getStructure } from "kinetic-chain";\n\ngetStructure("gluteus-maximum");' },
  { label: "self-test:run", file: "self-test", line: 1, code: 'import { getStructure } from "kinetic-chain";\n\ngetStructure("gluteus-maximus" as string as "soleus").name.toUpperCase();\nthrow new Error("boom");' },
  { label: "self-test:entry", file: "self-test", line: 1, code: 'import { listRules } from "kinetic-chain/rules";\n\nlistRules();' },
];

/** Imports each emitted block in turn and writes what each threw (or rejected with) to a JSON file. */
const RUNNER = `import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [results, ...files] = process.argv.slice(2);
const failed = {};
let current = "";
process.on("unhandledRejection", (error) => { failed[current] = String(error?.stack ?? error); });
for (const file of files) {
  current = file;
  try {
    await import(pathToFileURL(file).href);
    await new Promise((done) => setTimeout(done, 0));
  } catch (error) {
    failed[file] = String(error?.stack ?? error);
  }
}
writeFileSync(results, JSON.stringify(failed));
process.exit(0);
`;

const scratch = mkdtempSync(join(tmpdir(), "kinetic-chain-doc-examples-"));
const fileOf = (index: number): string => join(scratch, "blocks", `block-${index}.ts`);
const all = [...blocks, ...selfTest];
/** Type errors and run failures, by block label. */
const typeErrors = new Map<string, string[]>();
const runFailures = new Map<string, string>();

beforeAll(async () => {
  if (!existsSync(join(root, "dist", "index.d.ts"))) throw new Error("The documentation examples import the built package: run `npm run build` first.");
  mkdirSync(join(scratch, "blocks"), { recursive: true });
  mkdirSync(join(scratch, "node_modules"));
  symlinkSync(root, join(scratch, "node_modules", "kinetic-chain"), "dir");
  for (const dependency of ["zod", "ts-pattern", "@types"]) symlinkSync(join(root, "node_modules", dependency), join(scratch, "node_modules", dependency), "dir");
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ type: "module" }));
  // `export {}` makes each block a module of its own, as each file of an app is.
  all.forEach((block, index) => writeFileSync(fileOf(index), `${block.code}\nexport {};\n`));

  const program = ts.createProgram(
    all.map((_, index) => fileOf(index)),
    {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ["node"],
      skipLibCheck: true,
      outDir: join(scratch, "out"),
      rootDir: join(scratch, "blocks"),
      sourceMap: true,
    },
  );
  const emitted = program.emit();
  for (const diagnostic of [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics]) {
    const index = all.findIndex((_, i) => diagnostic.file !== undefined && resolve(diagnostic.file.fileName) === resolve(fileOf(i)));
    const block = all[index];
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (block === undefined || diagnostic.file === undefined || diagnostic.start === undefined) {
      typeErrors.set("(outside the examples)", [...(typeErrors.get("(outside the examples)") ?? []), message]);
      continue;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    typeErrors.set(block.label, [...(typeErrors.get(block.label) ?? []), `${block.file}:${block.line + line}: ${message}`]);
  }

  // Run the blocks in one Node process, each imported in turn, so the package loads once.
  const files = all.map((_, index) => join(scratch, "out", `block-${index}.js`));
  const results = join(scratch, "results.json");
  writeFileSync(join(scratch, "run.mjs"), RUNNER);
  try {
    await run(process.execPath, ["--enable-source-maps", join(scratch, "run.mjs"), results, ...files], { cwd: scratch, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`the runner of the examples failed: ${String((error as { stderr?: string }).stderr ?? error)}`);
  }
  const failed = JSON.parse(readFileSync(results, "utf8")) as Record<string, string>;
  all.forEach((block, index) => {
    const stack = failed[files[index]!];
    if (stack === undefined) return;
    // Stack lines name the block's file (through its source map): name the documentation's line instead.
    const located = stack.replace(new RegExp(`[^\\s(]*block-${index}\\.ts:(\\d+)(?::\\d+)?`, "g"), (_, line: string) => `${block.file}:${block.line + Number(line) - 1}`);
    runFailures.set(block.label, `${block.label} threw: ${located.split("\n").slice(0, 4).join("\n")}`);
  });
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("the code examples of the documentation", () => {
  it("are found in the README, in every guide and in the TSDoc of every entry point", () => {
    const files = new Set(blocks.map((block) => block.file));
    for (const file of markdown) expect(files, file).toContain(file);
    expect(blocks.filter((block) => block.file.startsWith("src/")).length).toBeGreaterThan(100);
  });

  it("type-check, strict, importing the built package by name", () => {
    const errors = blocks.flatMap((block) => typeErrors.get(block.label) ?? []);
    expect(errors.concat(typeErrors.get("(outside the examples)") ?? []), errors.join("\n")).toEqual([]);
  });

  it("run, each exiting with status 0", () => {
    const failures = blocks.flatMap((block) => runFailures.get(block.label) ?? []);
    expect(failures, failures.join("\n\n")).toEqual([]);
  });

  it("the check can fail: a wrong id, an entry point that does not exist and an example that throws are reported with their place", () => {
    expect(typeErrors.get("self-test:type")?.join("\n")).toMatch(/^self-test:3: .*"gluteus-maximum"/);
    expect(typeErrors.get("self-test:entry")?.join("\n")).toMatch(/^self-test:1: .*kinetic-chain\/rules/);
    expect(runFailures.get("self-test:run")).toMatch(/^self-test:run threw: Error: boom\n\s+at .*self-test:4/);
  });
});
