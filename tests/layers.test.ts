import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "..", "src");
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, "..", "package.json"), "utf8")) as { exports: Record<string, unknown> };

/** Every TypeScript file under src/, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.ts$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The folder under src/ a file is in, or `undefined` for a file at the root of src/. */
const folderOf = (file: string): string | undefined => {
  const parts = relative(src, file).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
};

/** Folder-level import edges: every import or re-export, type-only included, from one folder to another. */
function edges(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files(src)) {
    const from = folderOf(file);
    if (from === undefined) continue;
    for (const match of readFileSync(file, "utf8").matchAll(/(?:import|export)\s[^;]*?from\s*["'](\.[^"']+)["']/g)) {
      const to = folderOf(resolve(dirname(file), match[1] as string));
      if (to === undefined || to === from) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** The folders on some import cycle (strongly connected components of more than one folder). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("layers", () => {
  it("has no folder-level import cycle under src/ (type-only imports count)", () => {
    expect(cycles(edges())).toEqual([]);
  });

  it("finds a cycle when there is one: the check can fail", () => {
    expect(cycles(new Map([["a", new Set(["b"])], ["b", new Set(["a"])]]))).toEqual([["a", "b"]]);
  });

  it("makes every folder an entry point or plainly internal", () => {
    const entryPoints = new Set(Object.keys(pkg.exports).flatMap((key) => (/^\.\/[a-z-]+$/.test(key) ? [key.slice(2)] : [])));
    // Internal folders: shared helpers, and the data and vocabulary the entry points re-export.
    const internal = new Set(["internal", "errors", "links", "report", "hypotheses", "rules", "triage"]);
    const folders = readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    for (const folder of folders) expect(entryPoints.has(folder) || internal.has(folder), folder).toBe(true);
  });
});
