import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listSources } from "../src";
import { researchNote } from "./helpers/research";

/** The shared material sits beside the clone in CI and on developer machines. */
const sharedDir = fileURLToPath(new URL("../../shared/", import.meta.url));
const hasShared = existsSync(`${sharedDir}seeds`);

describe("the source registry", () => {
  const sources = listSources();

  it("records every research source where the research notes name it", () => {
    const research = sources.filter((source) => source.origin.file.startsWith("research/"));
    expect(research.length).toBeGreaterThan(60);
    for (const source of research) {
      const note = researchNote(source.origin.file.slice("research/".length) as "anchors.md" | "evidence.md" | "injuries.md");
      expect(note.includes(source.origin.anchor), `${source.id}: "${source.origin.anchor}"`).toBe(true);
    }
  });

  it("has exactly the five seed articles, as practitioner opinion", () => {
    const seeds = sources.filter((source) => source.origin.file.startsWith("seeds/"));
    expect(seeds.map((s) => s.id)).toEqual(["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]);
    for (const seed of seeds) {
      expect(seed.kind).toBe("practitioner-opinion");
      expect(seed.seed).toBeDefined();
    }
  });

  it("keeps anchors and titles under eight words, so no seed sentence is copied", () => {
    for (const source of sources) {
      expect(source.origin.anchor.split(/\s+/).length, source.id).toBeLessThan(8);
      if (source.title !== undefined) expect(source.title.split(/\s+/).length, source.id).toBeLessThan(8);
    }
  });

  it("carries a year only where the citation states it", () => {
    for (const source of sources) if (source.year !== undefined) expect(source.citation, source.id).toContain(String(source.year));
  });

  it.runIf(hasShared)("points every seed at a seed file that contains its anchor (needs ../shared)", () => {
    for (const source of sources.filter((s) => s.origin.file.startsWith("seeds/"))) {
      const text = readFileSync(`${sharedDir}${source.origin.file}`, "utf8");
      expect(text.includes(source.origin.anchor), source.id).toBe(true);
    }
  });

  it.runIf(hasShared)("uses research fixtures identical to shared/research (needs ../shared)", () => {
    for (const name of ["anchors.md", "evidence.md", "injuries.md"] as const) {
      expect(researchNote(name), name).toBe(readFileSync(`${sharedDir}research/${name}`, "utf8"));
    }
  });
});
