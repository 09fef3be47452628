import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entries } from "../tsup.config";

/** The public API: every entry point's export names, so an added or removed export shows in review. */
describe("public API", () => {
  it.each(Object.entries(entries))("%s", async (_name, file) => {
    const module = (await import(/* @vite-ignore */ `../${file}`)) as Record<string, unknown>;
    expect(Object.keys(module).sort()).toMatchSnapshot();
  });

  it("every entry point is in the exports map, with types per format", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { exports: unknown };
    for (const name of Object.keys(entries)) {
      const key = name === "index" ? "." : `./${name.replace(/\/index$/, "")}`;
      const entry = (pkg.exports as Record<string, { import: { types: string }; require: { types: string } }>)[key];
      expect(entry?.import.types, key).toBe(`./dist/${name}.d.ts`);
      expect(entry?.require.types, key).toBe(`./dist/${name}.d.cts`);
    }
  });
});
