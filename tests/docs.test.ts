import { readFileSync } from "node:fs";
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
