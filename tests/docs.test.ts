import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { listRedFlags } from "../src";

const doc = (name: string): string => readFileSync(new URL(`../docs/${name}`, import.meta.url), "utf8");

describe("the documentation matches the data", () => {
  it("lists every red flag with its label, floor and running advice", () => {
    const rows = doc("assessment.md")
      .split("\n")
      .filter((line) => /^\| `[a-z-]+` \|/.test(line) && line.split("|").length === 6)
      .map((line) => line.split("|").slice(1, 5).map((cell) => cell.trim().replace(/`/g, "")));
    expect(rows).toEqual(listRedFlags().map((flag) => [flag.id, flag.label, flag.level, flag.running]));
  });
});

describe("the Markdown the package ships", () => {
  it("links only to files the package ships, so links work where the README is read on npm", () => {
    const root = new URL("..", import.meta.url);
    const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" })) as [{ files: { path: string }[] }];
    const shipped = new Set(pack.files.map((file) => file.path));
    const markdown = [...shipped].filter((path) => path.endsWith(".md"));
    expect(markdown).toEqual(expect.arrayContaining(["README.md", "CHANGELOG.md", "docs/concepts.md"]));
    const broken = markdown.flatMap((file) =>
      [...readFileSync(new URL(file, root), "utf8").matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((match) => match[1]!)
        .filter((href) => !/^[a-z]+:/i.test(href))
        .map((href) => posix.join(posix.dirname(file), href))
        .filter((target) => !shipped.has(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
