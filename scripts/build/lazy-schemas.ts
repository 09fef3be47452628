import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Plugin } from "esbuild";
import ts from "typescript";

/**
 * Builds the library's schemas on first use in the shipped root module, rather than at import.
 *
 * In the source every schema is a plain constant (`export const ReportSchema = z.strictObject(...)`),
 * the zod way. zod builds a schema when that line runs, and the root uses about 925 zod objects
 * (every field, `z.optional`, `.check`...): built at import, they cost several milliseconds that an app
 * pays before it calls anything, and most apps call one or two functions. So this build step, applied
 * to the root bundle only, turns each such module-level constant into a function that builds it once,
 * on first call, and rewrites every reference to it (in its module and in the modules importing it)
 * into a call. The source, its types, `kinetic-chain/schemas` (built without this step) and the
 * tests are unchanged: only the moment each schema is built moves.
 *
 * What counts: a module-level `const` whose initialiser calls a namespace import of `zod/mini`
 * (`z.strictObject(...)`) or reads such a constant (see `ownLazyConstants`). An initialiser must not
 * depend on when it runs (no module state it reads that changes later, no registration): none does.
 * The step refuses (and the build fails) what it cannot rewrite safely: a binding or label with the
 * name of such a constant; such a constant exported by name, re-exported, or exported by an entry
 * point (each would change a public name); a namespace or dynamic import of a module declaring
 * them; a destructuring declaration beside them; and value imports in a cycle.
 */
export const lazySchemas: Plugin = {
  name: "kinetic-chain-lazy-schemas",
  setup(plugin) {
    const lazy = new LazyNames();
    const { entryPoints } = plugin.initialOptions;
    const entries = new Set((Array.isArray(entryPoints) ? entryPoints : Object.values(entryPoints ?? {})).map((entry) => resolve(typeof entry === "string" ? entry : entry.in)));
    plugin.onLoad({ filter: /[\\/]src[\\/].+\.ts$/ }, ({ path }) => {
      if (/[\\/](?:[\w-]+\.)?data\.ts$/.test(path)) return undefined;
      const module = lazy.module(path);
      for (const [specifier, target] of module.dynamic) {
        if (lazy.module(target).own.size > 0) throw new Error(`${path}: import(${specifier}) of a module whose schemas are built lazily is not supported; import it statically`);
      }
      if (module.own.size === 0 && module.imported.size === 0) return undefined;
      if (entries.has(resolve(path)) && module.own.size > 0) throw new Error(`${path}: an entry point declares ${[...module.own].join(", ")}, built lazily, which would rename its exports; declare schemas in a module the entry imports`);
      return { contents: rewrite(path, module), loader: "js" };
    });
  },
};

/** A source module as JavaScript, with the lazy constants it declares and those it imports. */
interface LazyModule {
  readonly source: ts.SourceFile;
  /** Names of the module's own lazy constants. */
  readonly own: ReadonlySet<string>;
  /** Local names of imported lazy constants, with the name each has in its own module. */
  readonly imported: ReadonlyMap<string, string>;
  /** Dynamic `import()`s of other modules, by specifier and resolved path. */
  readonly dynamic: ReadonlyMap<string, string>;
}

/** Reads source modules (as JavaScript) and finds their lazy constants, each module once. */
class LazyNames {
  readonly #modules = new Map<string, LazyModule>();
  readonly #reading = new Set<string>();

  module(path: string): LazyModule {
    const known = this.#modules.get(path);
    if (known) return known;
    if (this.#reading.has(path)) throw new Error(`${path}: imported in a cycle; the lazy-schemas step needs modules without import cycles`);
    this.#reading.add(path);
    const js = ts.transpileModule(readFileSync(path, "utf8"), {
      fileName: path,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    }).outputText;
    const source = ts.createSourceFile(path, js, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
    const imported = new Map<string, string>();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : "";
      const target = resolveSource(path, from);
      // `import { type X }` survives transpiling as `import {} from`: it binds nothing, so it is not followed.
      const bindsNothing = ts.isImportDeclaration(statement) && statement.importClause?.namedBindings !== undefined && ts.isNamedImports(statement.importClause.namedBindings) && statement.importClause.namedBindings.elements.length === 0 && statement.importClause.name === undefined;
      if (!target || bindsNothing) continue;
      const theirs = this.module(target).own;
      if (ts.isExportDeclaration(statement)) {
        const names = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements.map((e) => (e.propertyName ?? e.name).text) : [...theirs];
        const leaked = names.filter((name) => theirs.has(name));
        if (leaked.length > 0) throw new Error(`${path}: re-exports ${leaked.join(", ")}, built lazily in the root bundle; export schemas from kinetic-chain/schemas only`);
        continue;
      }
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings) && theirs.size > 0) throw new Error(`${path}: a namespace import of ${from}, whose schemas are built lazily, is not supported`);
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) {
        const name = (element.propertyName ?? element.name).text;
        if (theirs.has(name)) imported.set(element.name.text, name);
      }
    }
    const dynamic = new Map<string, string>();
    const findImports = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [specifier] = node.arguments;
        const target = specifier && ts.isStringLiteralLike(specifier) ? resolveSource(path, specifier.text) : undefined;
        if (target) dynamic.set(specifier?.getText(source) ?? "", target);
      }
      ts.forEachChild(node, findImports);
    };
    findImports(source);
    const module: LazyModule = { source, own: ownLazyConstants(source, new Set(imported.keys())), imported, dynamic };
    this.#modules.set(path, module);
    this.#reading.delete(path);
    return module;
  }
}

/**
 * The module's own lazy constants: the module-level `const`s whose initialiser, outside any function
 * it defines, calls zod (`z.strictObject(...)`) or reads a lazy constant (imported, or declared above).
 * Other constants (`REPORT_LIMITS`, a frozen table) stay as they are.
 */
function ownLazyConstants(source: ts.SourceFile, imported: ReadonlySet<string>): Set<string> {
  const zod = new Set<string>();
  for (const statement of source.statements) {
    const bindings = ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text === "zod/mini" ? statement.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamespaceImport(bindings)) zod.add(bindings.name.text);
  }
  const lazy = new Set(imported);
  const own = new Set<string>();
  const buildsSchema = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) && zod.has(node.expression.expression.text)) return true;
    if (ts.isIdentifier(node) && lazy.has(node.text) && !isPropertyName(node)) return true;
    return ts.forEachChild(node, (child) => buildsSchema(child) || undefined) ?? false;
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer || !buildsSchema(declaration.initializer)) continue;
      own.add(declaration.name.text);
      lazy.add(declaration.name.text);
    }
  }
  return own;
}

/** The source file a relative import names (`./schema` → `schema.ts` or `schema/index.ts`). */
function resolveSource(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}/index.ts`].find((file) => existsSync(file));
}

/** The lazy function that stands for a constant, and the variable holding what it built. */
const builder = (name: string): string => `${name}$`;
const cell = (name: string): string => `${name}$built`;

/** The module as JavaScript, with its lazy constants built on first call and every reference a call. */
function rewrite(path: string, module: LazyModule): string {
  const { source, own, imported } = module;
  const lazyNames = new Set([...own, ...imported.keys()]);
  const edits: { start: number; end: number; text: string }[] = [];
  const declarations = new Set<ts.Node>();

  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && own.has(declaration.name.text)) declarations.add(declaration.name);
    }
  }

  const visit = (node: ts.Node): void => {
    if (ts.isImportSpecifier(node)) {
      const local = node.name.text;
      const original = imported.get(local);
      if (original !== undefined) edits.push({ start: node.getStart(source), end: node.end, text: `${builder(original)} as ${builder(local)}` });
      return;
    }
    if (ts.isShorthandPropertyAssignment(node) && lazyNames.has(node.name.text)) {
      edits.push({ start: node.getStart(source), end: node.end, text: `${node.name.text}: ${builder(node.name.text)}()` });
      return;
    }
    if (ts.isIdentifier(node) && lazyNames.has(node.text) && !declarations.has(node)) {
      if (declaresName(node)) throw new Error(`${path}: a binding or label named ${node.text} shadows a schema built lazily in the root bundle; rename it`);
      if (!isPropertyName(node)) edits.push({ start: node.getStart(source), end: node.end, text: `${builder(node.text)}()` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      const leaked = statement.exportClause.elements.filter((e) => lazyNames.has((e.propertyName ?? e.name).text));
      if (leaked.length > 0) throw new Error(`${path}: exports ${leaked.map((e) => e.name.text).join(", ")} by name; declare it with export const`);
    }
  }

  const text = source.getFullText();
  const apply = (start: number, end: number): string => {
    let out = "";
    let at = start;
    for (const edit of edits.filter((e) => e.start >= start && e.end <= end).sort((a, b) => a.start - b.start)) {
      out += text.slice(at, edit.start) + edit.text;
      at = edit.end;
    }
    return out + text.slice(at, end);
  };

  let out = "";
  for (const statement of source.statements) {
    const lazyStatement = ts.isVariableStatement(statement) && statement.declarationList.declarations.some((d) => declarations.has(d.name));
    if (!ts.isVariableStatement(statement) || !lazyStatement) {
      out += apply(statement.getFullStart(), statement.end);
      continue;
    }
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ? "export " : "";
    out += text.slice(statement.getFullStart(), statement.getStart(source));
    for (const declaration of statement.declarationList.declarations) {
      const initializer = declaration.initializer;
      if (!ts.isIdentifier(declaration.name) || !initializer) throw new Error(`${path}: a destructuring declaration (or one without a value) shares a statement with a schema built lazily; declare it apart`);
      const name = declaration.name.text;
      if (!own.has(name)) {
        out += `${exported}const ${name} = ${apply(initializer.getStart(source), initializer.end)};\n`;
        continue;
      }
      out += `var ${cell(name)};\n${exported}function ${builder(name)}() { return ${cell(name)} ??= ${apply(initializer.getStart(source), initializer.end)}; }\n`;
    }
  }
  return out + text.slice(source.statements.at(-1)?.end ?? 0);
}

/** Whether an identifier is the name of a binding or label it declares (a parameter, variable, function...). */
function declaresName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isFunctionExpression(parent) || ts.isClassExpression(parent)) && parent.name === node) ||
    ((ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) && parent.label === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === undefined && parent.name === node)
  );
}

/** Whether an identifier names a property (`a.Name`, `{ Name: ... }`, a method) rather than reads a binding. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node) ||
    ts.isExportSpecifier(parent) ||
    ts.isImportSpecifier(parent)
  );
}
