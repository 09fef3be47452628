import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SourceKindSchema } from "../src/schemas";
import * as kineticChain from "../src";
import {
  findClaim,
  getClaim,
  getSource,
  gradeCeiling,
  isClaimId,
  isSourceId,
  listClaims,
  listLoadGuidelines,
  listSources,
  SOURCE_KIND_CEILINGS,
  withinCeiling,
  type EvidenceGrade,
  type SourceKind,
  type VerdictStatus,
} from "../src";
import * as evidenceEntry from "../src/evidence";
import { ClaimSchema } from "../src/schemas";

/** An item of any built-in collection that carries provenance. */
interface Graded {
  readonly id?: string;
  readonly sources: readonly string[];
  readonly grade: EvidenceGrade;
  readonly verdict?: { readonly status: VerdictStatus; readonly sources: readonly string[]; readonly note: string };
}

const isGraded = (value: object): value is Graded =>
  "grade" in value && typeof value.grade === "string" && "sources" in value && Array.isArray(value.sources);

/**
 * Every collection the public API lists: each `list*` export of the root entry point called
 * without arguments, so that a collection added later is checked without touching this file.
 */
const collections = (): Map<string, readonly unknown[]> =>
  new Map(
    Object.entries(kineticChain)
      .filter(([name, value]) => /^list[A-Z]/.test(name) && typeof value === "function")
      .map(([name, list]) => [name, (list as () => readonly unknown[])()]),
  );

/** Every object carrying `grade` and `sources`, at any depth of the listed collections. */
const gradedItems = (): { where: string; item: Graded }[] => {
  const found: { where: string; item: Graded }[] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value !== "object" || value === null) return;
    if (isGraded(value)) found.push({ where, item: value });
    for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`);
  };
  for (const [name, items] of collections()) walk(items, name);
  return found;
};

/** Every source id any listed item cites, in `sources`, a verdict's `sources` or a `source` field. */
const citedSourceIds = (): Set<string> => {
  const cited = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(child)) for (const id of child) if (typeof id === "string") cited.add(id);
      if (key === "source" && typeof child === "string") cited.add(child);
      walk(child);
    }
  };
  for (const [name, items] of collections()) if (name !== "listSources") walk(items);
  return cited;
};

const kinds = (ids: readonly string[]): SourceKind[] => ids.map((id) => getSource(id as never).kind);

describe("gradeCeiling", () => {
  it("caps seeds and practitioner pages alone at practitioner opinion", () => {
    expect(gradeCeiling(["practitioner-opinion"])).toEqual({ clinical: "practitioner-opinion", reference: false });
    expect(gradeCeiling([])).toEqual({ clinical: "practitioner-opinion", reference: false });
  });

  it("never lets a reference system lift a clinical grade, but allows `reference` where one is cited", () => {
    const ceiling = gradeCeiling(["practitioner-opinion", "reference-system"]);
    expect(ceiling).toEqual({ clinical: "practitioner-opinion", reference: true });
    expect(withinCeiling("high", ceiling)).toBe(false);
    expect(withinCeiling("low", ceiling)).toBe(false);
    expect(withinCeiling("reference", ceiling)).toBe(true);
    expect(withinCeiling("practitioner-opinion", ceiling)).toBe(true);
    expect(withinCeiling("reference", gradeCeiling(["systematic-review", "rct"]))).toBe(false);
  });

  it("needs a systematic review, a trial or two cohorts for `moderate`", () => {
    for (const one of ["review", "cohort", "case-control", "cross-sectional", "diagnostic-accuracy", "emg-study", "cadaver-study"] as const) {
      expect(gradeCeiling([one, "practitioner-opinion"]).clinical, one).toBe("low");
      expect(gradeCeiling([one, one === "cohort" ? "review" : one]).clinical, one).toBe("low");
    }
    expect(gradeCeiling(["diagnostic-accuracy", "diagnostic-accuracy"]).clinical).toBe("low");
    expect(gradeCeiling(["cohort", "cohort"]).clinical).toBe("moderate");
    for (const enough of ["systematic-review", "rct", "controlled-trial"] as const) expect(gradeCeiling([enough]).clinical, enough).toBe("moderate");
  });

  it("needs a systematic review with a trial, or a guideline, for `high`", () => {
    expect(gradeCeiling(["systematic-review", "rct"]).clinical).toBe("high");
    expect(gradeCeiling(["systematic-review", "controlled-trial"]).clinical).toBe("high");
    expect(gradeCeiling(["guideline"]).clinical).toBe("high");
    expect(gradeCeiling(["systematic-review", "systematic-review", "cohort", "cohort"]).clinical).toBe("moderate");
    expect(gradeCeiling(["rct", "rct"]).clinical).toBe("moderate");
  });

  it("lets an unverified or contradicted verdict cap at opinion, and a contested one at low", () => {
    const strong: SourceKind[] = ["systematic-review", "rct", "reference-system"];
    expect(gradeCeiling(strong, "supported")).toEqual({ clinical: "high", reference: true });
    expect(gradeCeiling(strong, "contested")).toEqual({ clinical: "low", reference: false });
    expect(gradeCeiling(strong, "unverified")).toEqual({ clinical: "practitioner-opinion", reference: false });
    expect(gradeCeiling(strong, "contradicted")).toEqual({ clinical: "practitioner-opinion", reference: false });
    expect(gradeCeiling(["cross-sectional"], "contested").clinical).toBe("low");
  });

  it("never falls when a source is added, and never rises with a verdict (property)", () => {
    const kind = fc.constantFrom(...(Object.keys(SOURCE_KIND_CEILINGS) as SourceKind[]));
    const status = fc.constantFrom<VerdictStatus>("supported", "contested", "unverified", "contradicted");
    const rank = (grade: EvidenceGrade): number => kineticChain.EVIDENCE_GRADES.indexOf(grade);
    fc.assert(
      fc.property(fc.array(kind, { maxLength: 6 }), kind, status, (sources, extra, verdict) => {
        const before = gradeCeiling(sources);
        const after = gradeCeiling([...sources, extra]);
        expect(rank(after.clinical)).toBeLessThanOrEqual(rank(before.clinical));
        expect(after.reference || !before.reference).toBe(true);
        const capped = gradeCeiling(sources, verdict);
        expect(rank(capped.clinical)).toBeGreaterThanOrEqual(rank(before.clinical));
        expect(capped.reference && !before.reference).toBe(false);
        expect(withinCeiling("practitioner-opinion", capped)).toBe(true);
      }),
    );
  });

  it("has a ceiling for every source kind, and returns frozen data", () => {
    expect(Object.keys(SOURCE_KIND_CEILINGS).sort()).toEqual([...SourceKindSchema.options].sort());
    expect(Object.isFrozen(gradeCeiling(["rct"]))).toBe(true);
  });
});

describe("every built-in collection the public API lists", () => {
  it("reaches every kind of graded item", () => {
    const reached = new Set(gradedItems().map(({ where }) => where.split(".")[0]));
    for (const name of [
      "listStructures",
      "listRunningRoles",
      "listLinks",
      "listChains",
      "listRedFlags",
      "listHypotheses",
      "listRules",
      "listExercises",
      "listProgressions",
      "listProtocols",
      "listLoadGuidelines",
      "listClaims",
    ]) {
      expect(reached, name).toContain(name);
    }
  });

  it("grades nothing above what the kinds of its sources and its verdict allow", () => {
    const above = gradedItems()
      .filter(({ item }) => !withinCeiling(item.grade, gradeCeiling(kinds(item.sources), item.verdict?.status)))
      .map(({ where, item }) => `${where} ${item.id ?? ""}: ${item.grade}`);
    expect(above).toEqual([]);
  });

  it("cites every registered source somewhere, in an item or in a verdict", () => {
    const cited = citedSourceIds();
    expect(listSources().map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
    for (const id of cited) expect(isSourceId(id), id).toBe(true);
  });

  it("refuses a rule graded high on a seed plus a reference system, as the validator does for links", () => {
    const [rule] = kineticChain.listRules();
    const raised = { ...rule!, sources: ["seed-001", "uberon"], grade: "high" as const };
    expect(withinCeiling(raised.grade, gradeCeiling(kinds(raised.sources)))).toBe(false);
  });
});

describe("seed claims no other collection encodes", () => {
  it("are each parsed by their schema, frozen, and found from the root and kinetic-chain/evidence", () => {
    const claims = listClaims();
    for (const claim of claims) {
      expect(ClaimSchema.safeParse(claim).error, claim.id).toBeUndefined();
      expect(Object.isFrozen(claim.verdict)).toBe(true);
      expect(getClaim(claim.id as never)).toBe(claim);
      expect(findClaim(claim.name)).toBe(claim);
      expect(isClaimId(claim.id)).toBe(true);
    }
    expect(evidenceEntry.listClaims).toBe(listClaims);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(isClaimId("cryotherapy")).toBe(false);
    expect(() => getClaim("cryotherapy" as never)).toThrow(kineticChain.KineticChainError);
  });

  it("cover every seed claim the audit found missing, each with a verdict", () => {
    const expected: Record<string, { seed: string; status: VerdictStatus }> = {
      "ice-and-heat": { seed: "seed-003", status: "unverified" },
      "hydration-and-protein": { seed: "seed-003", status: "unverified" },
      "supportive-cushioned-shoes": { seed: "seed-003", status: "unverified" },
      "upright-midfoot-no-overstriding": { seed: "seed-003", status: "unverified" },
      "forefoot-landing-overloads-calves": { seed: "seed-004", status: "unverified" },
      "functional-movement-screen": { seed: "seed-001", status: "contested" },
      "physio-assessment-prevents-injury": { seed: "seed-000", status: "unverified" },
      "deep-tissue-work-huge-changes": { seed: "seed-004", status: "contested" },
      "secondary-causes-of-buttock-pain": { seed: "seed-001", status: "unverified" },
      "corrective-work-improves-efficiency": { seed: "seed-002", status: "unverified" },
    };
    for (const [id, { seed, status }] of Object.entries(expected)) {
      const claim = findClaim(id);
      expect(claim?.sources, id).toContain(seed);
      expect(claim?.verdict.status, id).toBe(status);
    }
    expect(getClaim("secondary-causes-of-buttock-pain").claim).toMatch(/innominate torsion.*stenosis/);
  });

  it("filter by topic, verdict status and source", () => {
    expect(listClaims({ topic: "running-form" }).map((c) => c.id).sort()).toEqual(["forefoot-landing-overloads-calves", "upright-midfoot-no-overstriding"]);
    expect(listClaims({ status: "contested" }).every((c) => c.verdict.status === "contested")).toBe(true);
    expect(listClaims({ source: "seed-004", topic: "manual-therapy" }).map((c) => c.id)).toEqual(["deep-tissue-work-huge-changes"]);
    expect(listClaims({ source: "nobody" })).toEqual([]);
  });

  it("keep both landing views, each pointing at the other", () => {
    expect(getClaim("upright-midfoot-no-overstriding").verdict.note).toContain("forefoot-landing-overloads-calves");
    expect(getClaim("forefoot-landing-overloads-calves").verdict.note).toContain("upright-midfoot-no-overstriding");
  });
});

describe("the citation audit's corrections", () => {
  it("describe Christopher 2019 as a review of prospective predictors, not a rating of abductor weakness", () => {
    const source = getSource("christopher-2019");
    expect(source.kind).toBe("systematic-review");
    expect(source.summary).toMatch(/prospective/);
    expect(source.summary).toMatch(/stronger hip abductors/);
    const notes = gradedItems().flatMap(({ item }) => (item.verdict?.sources.includes("christopher-2019") ? [item.verdict] : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const verdict of notes) expect(verdict?.note).toMatch(/predicts? running injury/);
  });

  it("give Laslett 2005 six tests against an anaesthetic block, never piriformis syndrome", () => {
    expect(getSource("laslett-2005").summary).toMatch(/six/);
    expect(getSource("laslett-2005").summary).toMatch(/anaesthetic block/);
    const text = JSON.stringify(gradedItems().map(({ item }) => item));
    expect(text).not.toMatch(/of five (sacroiliac )?provocation/);
    expect(JSON.stringify(kineticChain.listStructures())).not.toMatch(/of five provocation/);
  });

  it("credit the 15 s comparison to Bandy & Irion 1994, and 1 vs 3 stretches a day to 1997", () => {
    expect(getSource("bandy-1994")).toMatchObject({ year: 1994, citation: expect.stringContaining("1994") });
    expect(getSource("bandy-1994").summary).toMatch(/15 s/);
    expect(getSource("bandy-1997").summary).not.toMatch(/15 s/);
    expect(getSource("bandy-1997").summary).toMatch(/three/);
  });

  it("date the GIRFT cauda equina pathway 2023, under an id that says so", () => {
    expect(getSource("girft-2023")).toMatchObject({ year: 2023, citation: expect.stringContaining("2023") });
    expect(isSourceId("csp-girft-2024")).toBe(false);
    expect(JSON.stringify([...collections().values()])).not.toContain("girft-2024");
  });

  it("give seed 003 no title", () => {
    expect(getSource("seed-003").title).toBeUndefined();
    expect(getSource("seed-003").citation).toMatch(/untitled/);
  });

  it("say the workload ratio's association with injury in runners was negative", () => {
    const doc = readFileSync(new URL("../src/load/ratio.ts", import.meta.url), "utf8");
    expect(doc).not.toMatch(/no dose-response/);
    expect(doc).toMatch(/association with injury was\s+\* negative/);
  });
});

describe("verdicts and grades the audit recalibrated", () => {
  const link = (id: string) => kineticChain.getLink(id as kineticChain.LinkId);
  const rule = (id: string) => kineticChain.getRule(id as kineticChain.RuleId);

  it("no longer call indirect evidence supported", () => {
    expect(link("deep-rotators-inhibited-femur-rotates-in").verdict?.status).toBe("contested");
    expect(rule("pelvic-drop-on-trendelenburg").verdict?.status).toBe("unverified");
    expect(rule("pelvic-drop-on-trendelenburg").grade).toBe("practitioner-opinion");
    expect(rule("poor-single-leg-squat").verdict?.status).toBe("contested");
  });

  it("grade the 10% rule as opinion: no trial supports it", () => {
    expect(listLoadGuidelines().find((g) => g.id === "ten-percent-rule")?.grade).toBe("practitioner-opinion");
    expect(rule("weekly-increase-over-10").grade).toBe("practitioner-opinion");
  });

  it("call soreness after harder or unaccustomed work supported", () => {
    expect(rule("soreness-after-harder-training").verdict).toMatchObject({ status: "supported", sources: ["cheung-2003"] });
  });

  it("grade DOMS, the 30-second stance test and the single-run spike no higher than one study or review carries", () => {
    const guideline = (id: string) => listLoadGuidelines().find((g) => g.id === id)!;
    for (const grade of [
      guideline("doms-window").grade,
      guideline("single-run-spike").grade,
      rule("long-run-spike").grade,
      rule("soreness-within-three-days").grade,
      rule("lateral-hip-pain-on-single-leg-stance").grade,
      kineticChain.getHypothesis("delayed-onset-muscle-soreness").grade,
      kineticChain.getHypothesis("gluteal-tendinopathy").grade,
    ]) {
      expect(kineticChain.compareGrades(grade, "low")).toBeGreaterThanOrEqual(0);
    }
  });

  it("cite, for the knee-pain pictures, research that describes them rather than seeds that do not", () => {
    for (const id of ["lateral-knee-pain-during-run", "front-knee-pain-stairs-or-sitting"]) {
      const { sources, verdict } = rule(id);
      expect(sources.some((s) => s.startsWith("seed-")), id).toBe(false);
      expect(verdict?.status, id).toBe("supported");
    }
    expect(rule("lateral-knee-pain-during-run").sources).toContain("van-der-worp-2012");
    expect(rule("front-knee-pain-stairs-or-sitting").sources).toContain("willy-2019");
  });

  it("rewrite the seed 001 stretch cues in the library's own order: each starts from what to aim for", () => {
    const seedStretches = kineticChain.listExercises().filter((e) => e.sources.includes("seed-001") && e.kind === "stretch").slice(0, 4);
    expect(seedStretches).toHaveLength(4);
    for (const exercise of seedStretches) {
      expect(exercise.cues[0], exercise.id).toMatch(/^Aim for/);
      expect(exercise.cues.join(" "), exercise.id).not.toMatch(/lead with|until stretch is felt|slowly return to starting position/i);
    }
  });
});

describe("the documentation matches the recalibrated grades", () => {
  it("gives each load guideline in docs/assessment.md the grade and verdict of the data", () => {
    const doc = readFileSync(new URL("../docs/assessment.md", import.meta.url), "utf8");
    const byId = new Map(listLoadGuidelines().map((g) => [g.id, g]));
    const rows = doc.split("\n").filter((line) => /^\| `[a-zA-Z]+`/.test(line) && line.split("|").length === 6);
    const seen: string[] = [];
    for (const row of rows) {
      const [, , guidelines = "", grades = "", verdicts = ""] = row.split("|").map((cell) => cell.trim());
      const ids = [...guidelines.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!).filter((id) => byId.has(id));
      ids.forEach((id, i) => {
        const grade = grades.split(" / ")[i]?.replace(/ \(.*\)$/, "").replace(/ /g, "-");
        expect(grade, id).toBe(byId.get(id)!.grade);
        expect(verdicts.split(" / ")[i]?.split(":")[0], id).toBe(byId.get(id)!.verdict?.status);
        seen.push(id);
      });
    }
    expect(seen.sort()).toEqual([...byId.keys()].sort());
  });
});
