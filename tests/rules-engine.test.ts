import { describe, expect, it } from "vitest";
import type { Report, Rule } from "../src";
import { ReportSchema } from "../src/schemas";
import { factsOf, resolveWhere } from "../src/assess/facts";
import { graphOf } from "../src/chains/graph";
import { evaluateRule } from "../src/rules/evaluate";
import { candidateRules, factKeys, indexRules } from "../src/rules/trigger";

/** Direct tests of the engine's condition language, one behaviour each. */
const graph = graphOf("test");
const facts = (report: Report) => factsOf(ReportSchema.parse(report), graph);
const rule = (when: Rule["when"]): Rule => ({
  id: "test-rule",
  description: "Test.",
  when,
  then: [{ kind: "support", hypothesis: "training-load-error", weight: 0.1 }],
  sources: ["seed-002"],
  grade: "practitioner-opinion",
});
const fires = (when: Rule["when"], report: Report): boolean => evaluateRule(rule(when), facts(report)).holds;
const calf = (extra: Partial<Report["complaints"][number]> = {}): Report => ({ complaints: [{ location: "calf", sensations: ["pain"], ...extra }] });

describe("complaint conditions", () => {
  it("match by region, by structure in the region, and by group or member", () => {
    expect(fires([{ kind: "complaint", where: ["calf"] }], calf())).toBe(true);
    expect(fires([{ kind: "complaint", where: ["soleus"] }], calf())).toBe(true);
    expect(fires([{ kind: "complaint", where: ["triceps-surae"] }], { complaints: [{ location: "soleus", sensations: ["pain"] }] })).toBe(true);
    expect(fires([{ kind: "complaint", where: ["soleus"] }], { complaints: [{ location: "triceps-surae", sensations: ["pain"] }] })).toBe(true);
    expect(fires([{ kind: "complaint", where: ["hamstrings"] }], calf())).toBe(false);
  });

  it("need every field given to match the same complaint", () => {
    expect(fires([{ kind: "complaint", sensations: ["pain"], when: ["morning"] }], calf({ when: ["morning"] }))).toBe(true);
    expect(fires([{ kind: "complaint", sensations: ["tightness"] }], calf())).toBe(false);
    expect(fires([{ kind: "complaint", when: ["morning"] }], calf({ when: ["at-rest"] }))).toBe(false);
    expect(fires([{ kind: "complaint", when: ["morning"] }], calf())).toBe(false);
    expect(fires([{ kind: "complaint", onset: "sudden" }], calf({ onset: "sudden" }))).toBe(true);
    expect(fires([{ kind: "complaint", onset: "sudden" }], calf({ onset: "gradual" }))).toBe(false);
    expect(fires([{ kind: "complaint", onset: "sudden" }], calf())).toBe(false);
  });

  it("bound duration and severity inclusively, and need them reported", () => {
    expect(fires([{ kind: "complaint", minDays: 8 }], calf({ durationDays: 8 }))).toBe(true);
    expect(fires([{ kind: "complaint", minDays: 8 }], calf({ durationDays: 7 }))).toBe(false);
    expect(fires([{ kind: "complaint", minDays: 8 }], calf())).toBe(false);
    expect(fires([{ kind: "complaint", maxDays: 3 }], calf({ durationDays: 3 }))).toBe(true);
    expect(fires([{ kind: "complaint", maxDays: 3 }], calf({ durationDays: 4 }))).toBe(false);
    expect(fires([{ kind: "complaint", maxDays: 3 }], calf())).toBe(false);
    expect(fires([{ kind: "complaint", minSeverity: 7 }], calf({ severity: 7 }))).toBe(true);
    expect(fires([{ kind: "complaint", minSeverity: 7 }], calf({ severity: 6 }))).toBe(false);
    expect(fires([{ kind: "complaint", minSeverity: 7 }], calf())).toBe(false);
  });

  it("read relief both ways", () => {
    expect(fires([{ kind: "complaint", notRelievedBy: ["stretching"] }], calf({ notRelievedBy: ["stretching"] }))).toBe(true);
    expect(fires([{ kind: "complaint", notRelievedBy: ["stretching"] }], calf({ relievedBy: ["stretching"] }))).toBe(false);
    expect(fires([{ kind: "complaint", relievedBy: ["rest"] }], calf({ relievedBy: ["rest"] }))).toBe(true);
    expect(fires([{ kind: "complaint", relievedBy: ["rest"] }], calf())).toBe(false);
  });

  it("report which complaints matched, in order, without repeats", () => {
    const report: Report = {
      complaints: [
        { location: "calf", sensations: ["pain"] },
        { location: "hamstrings", sensations: ["pain"] },
        { location: "soleus", sensations: ["pain"] },
      ],
    };
    const match = evaluateRule(rule([{ kind: "complaint", where: ["calf"] }, { kind: "complaint", where: ["soleus"] }]), facts(report));
    expect(match).toEqual({ holds: true, complaints: [0, 2] });
    const anyMatch = evaluateRule(
      rule([{ kind: "any", of: [{ kind: "complaint", where: ["calf"] }, { kind: "complaint", where: ["triceps-surae"] }] }]),
      facts(report),
    );
    expect(anyMatch.complaints).toEqual([0, 2]);
    const reversed = evaluateRule(rule([{ kind: "complaint", where: ["soleus"] }, { kind: "complaint", where: ["calf"] }]), facts(report));
    expect(reversed.complaints).toEqual([0, 2]);
    const anyReversed = evaluateRule(
      rule([{ kind: "any", of: [{ kind: "complaint", where: ["soleus"] }, { kind: "complaint", where: ["hamstrings"] }] }]),
      facts(report),
    );
    expect(anyReversed.complaints).toEqual([0, 1, 2]); // the calf region holds soleus
    const flagOnly = evaluateRule(rule([{ kind: "red-flag", flag: "fever" }]), facts({ ...report, redFlags: ["fever"] }));
    expect(flagOnly).toEqual({ holds: true, complaints: [] });
    const mixed = evaluateRule(rule([{ kind: "red-flag", flag: "fever" }, { kind: "complaint", where: ["hamstrings"] }]), facts({ ...report, redFlags: ["fever"] }));
    expect(mixed.complaints).toEqual([1]);
  });
});

describe("other conditions", () => {
  const report: Report = {
    complaints: [{ location: "calf", side: "left", sensations: ["pain"] }],
    redFlags: ["fever"],
    fieldTests: [
      { test: "trendelenburg", side: "left", pelvicDrop: true },
      { test: "single-leg-stance-30s", side: "left", lateralHipPain: false },
      { test: "single-leg-squat", side: "left", quality: "fair", kneeValgus: false },
      { test: "bridge-endurance", holdSeconds: 30, hamstringsDominant: false },
    ],
    training: { weeklyDistancesKm: [20, 30], recentChanges: ["hills"] },
    context: { sitsMostOfDay: true, ageYears: 51, priorInjurySides: ["left"] },
  };
  it.each([
    [{ kind: "red-flag", flag: "fever" }, true],
    [{ kind: "red-flag", flag: "trauma" }, false],
    [{ kind: "field-test", test: "trendelenburg" }, true],
    [{ kind: "field-test", test: "single-leg-stance-30s" }, false],
    [{ kind: "field-test", test: "single-leg-squat" }, false],
    [{ kind: "field-test", test: "bridge-endurance" }, false],
    [{ kind: "training", signal: "weekly-increase-over-30" }, true],
    [{ kind: "training", signal: "long-run-spike" }, false],
    [{ kind: "training-change", change: "hills" }, true],
    [{ kind: "training-change", change: "new-shoes" }, false],
    [{ kind: "context", factor: "sits-most-of-day" }, true],
    [{ kind: "context", factor: "postpartum" }, false],
    [{ kind: "context", factor: "age-over-50" }, true],
    [{ kind: "context", factor: "prior-injury-same-side" }, true],
    [{ kind: "not", of: { kind: "red-flag", flag: "fever" } }, false],
    [{ kind: "not", of: { kind: "red-flag", flag: "trauma" } }, true],
    [{ kind: "any", of: [{ kind: "red-flag", flag: "trauma" }, { kind: "red-flag", flag: "fever" }] }, true],
    [{ kind: "any", of: [{ kind: "red-flag", flag: "trauma" }, { kind: "context", factor: "postpartum" }] }, false],
  ] as [Rule["when"][number], boolean][])("%o holds: %s", (condition, expected) => {
    expect(fires([condition], report)).toBe(expected);
  });

  it("fire a rule only when every condition holds", () => {
    expect(fires([{ kind: "red-flag", flag: "fever" }, { kind: "context", factor: "postpartum" }], report)).toBe(false);
    expect(fires([{ kind: "red-flag", flag: "fever" }, { kind: "context", factor: "sits-most-of-day" }], report)).toBe(true);
  });
});

describe("the rule index", () => {
  it("files each rule under its most selective trigger and checks all-`not` rules always", () => {
    const rules: Rule[] = [
      { ...rule([{ kind: "complaint" }, { kind: "red-flag", flag: "fever" }]), id: "a" },
      { ...rule([{ kind: "complaint", where: ["calf"] }]), id: "b" },
      { ...rule([{ kind: "not", of: { kind: "red-flag", flag: "fever" } }]), id: "c" },
      { ...rule([{ kind: "any", of: [{ kind: "context", factor: "postpartum" }, { kind: "training-change", change: "hills" }] }]), id: "d" },
    ];
    const index = indexRules(rules, resolveWhere);
    expect(index.byKey.get("flag:fever")).toEqual([0]);
    expect(index.byKey.get("complaint")).toBeUndefined();
    expect(index.byKey.get("loc:calf")).toEqual([1]);
    expect(index.byKey.get("at:soleus")).toEqual([1]);
    expect(index.always).toEqual([2]);
    expect(index.byKey.get("context:postpartum")).toEqual([3]);
    expect(index.byKey.get("change:hills")).toEqual([3]);
    const ranked = indexRules(
      [
        { ...rule([{ kind: "complaint" }, { kind: "any", of: [{ kind: "red-flag", flag: "fever" }, { kind: "red-flag", flag: "trauma" }] }]), id: "any-over-complaint" },
        { ...rule([{ kind: "any", of: [{ kind: "red-flag", flag: "fever" }, { kind: "red-flag", flag: "trauma" }] }, { kind: "complaint", where: ["calf"] }]), id: "where-over-any" },
        { ...rule([{ kind: "complaint", where: ["calf"] }, { kind: "context", factor: "postpartum" }]), id: "leaf-over-where" },
      ],
      resolveWhere,
    );
    expect(ranked.byKey.get("flag:trauma")).toEqual([0]);
    expect(ranked.byKey.get("loc:calf")).toEqual([1]);
    expect(ranked.byKey.get("context:postpartum")).toEqual([2]);
    const keys = factKeys(facts({ complaints: [{ location: "soleus", sensations: ["pain"] }], training: { recentChanges: ["hills"] } }));
    expect([...keys]).toEqual(expect.arrayContaining(["complaint", "loc:soleus", "at:soleus", "at:triceps-surae", "change:hills"]));
    expect(candidateRules(index, keys).map((r) => r.id)).toEqual(["b", "c", "d"]);
  });
});
