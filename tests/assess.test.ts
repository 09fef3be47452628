import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  compareTriage,
  getHypothesis,
  listIntakeQuestions,
  isStructureId,
  isSourceId,
  KineticChainError,
  listHypotheses,
  listRedFlags,
  listRules,
  REGION_STRUCTURES,
  reportJsonSchema,
  safeAssess,
  type RedFlagId,
  type Report,
} from "../src";
import { BodyRegionSchema, RedFlagIdSchema, ReportSchema } from "../src/schemas";
import { witness } from "./helpers/witness";
import { graphOf } from "../src/chains/graph";
import { factsOf, resolveWhere } from "../src/assess/facts";
import { evaluateRule } from "../src/rules/evaluate";
import { candidateRules, factKeys, indexRules } from "../src/rules/trigger";
import { runs } from "./helpers/runs";

const top = (report: Report): string | undefined => assess(report).hypotheses[0]?.id;

describe("every rule", () => {
  it.each(listRules().map((rule) => [rule.id, rule] as const))("%s fires on a report built from its conditions, with its effects", (_id, rule) => {
    const result = assess(witness(rule));
    expect(result.firedRules).toContain(rule.id);
    for (const effect of rule.then) {
      if (effect.kind === "triage") expect(compareTriage(result.triage.level, effect.level)).toBeLessThanOrEqual(0);
      if (effect.kind === "support") {
        const reasons = result.hypotheses.find((h) => h.id === effect.hypothesis)?.reasons ?? [];
        const opposed = result.hypotheses.length === 0 || listRules({ hypothesis: effect.hypothesis, effect: "oppose" }).length > 0;
        if (!opposed) expect(reasons.map((r) => r.rule)).toContain(rule.id);
      }
    }
  });

  it("cites registered sources, and refers only to hypotheses and structures that exist", () => {
    const hypotheses = new Set(listHypotheses().map((h) => h.id));
    const regions = new Set(BodyRegionSchema.options);
    for (const rule of listRules()) {
      for (const id of [...rule.sources, ...(rule.verdict?.sources ?? [])]) expect(isSourceId(id), `${rule.id} → ${id}`).toBe(true);
      for (const effect of rule.then) if ("hypothesis" in effect) expect(hypotheses.has(effect.hypothesis), rule.id).toBe(true);
      const leaves = rule.when.flatMap((c) => (c.kind === "any" ? c.of : c.kind === "not" ? [c.of] : [c]));
      for (const leaf of leaves) {
        if (leaf.kind !== "complaint") continue;
        for (const where of leaf.where ?? []) expect(regions.has(where as never) || isStructureId(where), `${rule.id}: ${where}`).toBe(true);
      }
    }
  });

  it("leaves every hypothesis reachable by some rule, and every red flag used", () => {
    for (const hypothesis of listHypotheses()) {
      const supported = listRules({ hypothesis: hypothesis.id, effect: "support" }).length > 0 ||
        (hypothesis.kind === "compensation" && listRules({ effect: "trace-back" }).length > 0);
      expect(supported, hypothesis.id).toBe(true);
    }
    // Used: an intake question asks for it (a red flag in the report sets triage by itself).
    const asked = new Set(listIntakeQuestions().flatMap((question) => ("redFlag" in question && question.redFlag !== undefined ? [question.redFlag] : [])));
    for (const flag of listRedFlags()) expect(asked.has(flag.id), `${flag.id} asked`).toBe(true);
  });
});

describe("triage: red flags first, alone deciding the floor", () => {
  it.each(RedFlagIdSchema.options)("%s alone surfaces first and sets at least its own level", (flag) => {
    const report: Report = { complaints: [{ location: "lower-back", sensations: ["soreness"], durationDays: 1 }], redFlags: [flag] };
    const { triage, hypotheses } = assess(report);
    const data = listRedFlags().find((f) => f.id === flag)!;
    expect(triage.redFlags.map((f) => f.id)).toContain(flag);
    expect(compareTriage(triage.level, data.level)).toBeLessThanOrEqual(0);
    expect(compareTriage(triage.level, "self-care")).toBeLessThan(0);
    if (data.suggests.length > 0) expect(hypotheses[0]?.redFlagged).toBe(true);
  });

  it("sends cauda equina signs and a leg that cannot bear weight to the emergency department", () => {
    for (const flag of ["bladder-bowel-change", "saddle-numbness", "both-legs", "cannot-bear-weight"] as const) {
      const { triage } = assess({ complaints: [{ location: "lower-back", sensations: ["pain"] }], redFlags: [flag] });
      expect(triage.level, flag).toBe("emergency");
      expect(triage.infermedica).toBe("emergency");
      expect(triage.running).toBe("stop");
    }
  });

  it("escalates combinations: groin pain with night pain is urgent though night pain alone is not", () => {
    const alone = assess({ complaints: [{ location: "lower-back", sensations: ["pain"] }], redFlags: ["night-pain"] });
    const groin = assess({ complaints: [{ location: "femoral-neck", sensations: ["pain"], when: ["during-run"] }], redFlags: ["night-pain"] });
    expect(alone.triage.level).toBe("consult");
    expect(groin.triage.level).toBe("urgent");
    expect(groin.triage.running).toBe("stop");
    expect(groin.triage.reasons.length).toBeGreaterThan(0);
  });

  it("means consult for soreness beyond a week, and for pain with numbness or tingling", () => {
    expect(assess({ complaints: [{ location: "gluteals", sensations: ["soreness"], durationDays: 10 }] }).triage.level).toBe("consult");
    expect(assess({ complaints: [{ location: "upper-buttock", sensations: ["pain", "tingling"] }] }).triage.level).toBe("consult");
    expect(assess({ complaints: [{ location: "gluteals", sensations: ["soreness"], durationDays: 2, when: ["next-day"] }] }).triage.level).toBe(
      "self-care",
    );
  });

  it("reads red flags from the complaints themselves: nerve signs on both sides, pain at night", () => {
    const both = assess({ complaints: [{ location: "hamstrings", side: "both", sensations: ["weakness"] }] });
    expect(both.triage.level).toBe("emergency");
    expect(both.triage.redFlags).toContainEqual(expect.objectContaining({ id: "both-legs", inferred: true }));
    const night = assess({ complaints: [{ location: "femoral-neck", sensations: ["pain"], when: ["during-run", "at-night"] }] });
    expect(night.triage.level).toBe("urgent");
    expect(night.triage.redFlags.map((f) => f.id)).toContain("night-pain");
  });

  it("means consult for lasting weakness and for severe pain, and urgent for groin pain that does not warm up", () => {
    expect(assess({ complaints: [{ location: "calf", sensations: ["weakness"], durationDays: 5 }] }).triage.level).toBe("consult");
    expect(assess({ complaints: [{ location: "calf", sensations: ["pain"], severity: 8, onset: "sudden" }] }).triage).toMatchObject({ level: "consult", running: "stop" });
    expect(assess({ complaints: [{ location: "groin", sensations: ["pain"] }], redFlags: ["pain-not-easing-with-warm-up"] }).triage.level).toBe("urgent");
  });

  it("offers no exercise protocol when triage is urgent or an emergency", () => {
    for (const flag of ["saddle-numbness", "trauma", "pain-on-hopping"] as const) {
      const result = assess({ complaints: [{ location: "lateral-knee", sensations: ["pain"], when: ["during-run"] }], redFlags: [flag] });
      expect(result.protocols, flag).toEqual([]);
      for (const hypothesis of result.hypotheses) expect(hypothesis.protocols).toEqual([]);
    }
  });

  it("maps every level to Infermedica's", () => {
    const levels = new Set(
      [{ redFlags: [] }, { redFlags: ["night-pain"] }, { redFlags: ["pain-on-hopping"] }, { redFlags: ["saddle-numbness"] }].map(
        (extra) => assess({ complaints: [{ location: "calf", sensations: ["soreness"], durationDays: 1 }], ...(extra as object) }).triage.infermedica,
      ),
    );
    expect([...levels].sort()).toEqual(["consultation", "consultation_24", "emergency", "self_care"]);
  });
});

describe("the seed stories", () => {
  it("seed 000: weeks of right gluteus medius tightness that stretching and rolling did not ease, after pregnancy → deep rotators not firing", () => {
    const report: Report = {
      complaints: [
        { location: "gluteus-medius", side: "right", sensations: ["tightness", "soreness"], durationDays: 28, onset: "gradual", notRelievedBy: ["stretching", "foam-rolling"] },
      ],
      context: { postpartum: true },
    };
    const result = assess(report);
    expect(result.hypotheses[0]?.id).toBe("deep-rotator-inhibition");
    const graph = result.hypotheses[0]!.reasons.find((r) => r.paths.length > 0);
    expect(graph?.paths[0]?.side).toBe("right");
    expect(result.triage.level).toBe("consult"); // soreness beyond a week
  });

  it("seed 000: a chronically tight, sore hamstring → weak gluteus maximus", () => {
    expect(top({ complaints: [{ location: "hamstrings", side: "left", sensations: ["tightness", "soreness"], durationDays: 60 }] })).toBe(
      "gluteus-maximus-weakness",
    );
  });

  it("seed 001: upper-buttock tightness after every long run for months, stretches not helping, sits a lot → weak or lengthened abductors", () => {
    const report: Report = {
      complaints: [{ location: "upper-buttock", sensations: ["tightness", "soreness"], when: ["after-run"], durationDays: 90, notRelievedBy: ["stretching"] }],
      context: { sitsMostOfDay: true },
    };
    expect(top(report)).toBe("hip-abductor-weakness");
  });

  it("seed 001: buttock pain with numbness, worse sitting → piriformis / sciatic irritation, and see a professional", () => {
    const result = assess({ complaints: [{ location: "upper-buttock", side: "left", sensations: ["pain", "numbness"], when: ["sitting"] }] });
    expect(result.hypotheses[0]?.id).toBe("piriformis-syndrome");
    expect(result.triage.level).toBe("consult");
  });

  it("seed 002: IT band pain and a tight TFL that stretching does not fix, as mileage rises → the tired or weak primary, with ITBS", () => {
    const result = assess({
      complaints: [
        { location: "lateral-knee", side: "right", sensations: ["pain"], when: ["during-run", "stairs-downhill"] },
        { location: "tensor-fasciae-latae", side: "right", sensations: ["tightness"], notRelievedBy: ["stretching"] },
      ],
      training: { weeklyDistancesKm: [30, 32, 40] },
    });
    const ids = result.hypotheses.map((h) => h.id);
    expect(ids[0]).toBe("hip-abductor-weakness");
    expect(ids).toContain("iliotibial-band-syndrome");
    expect(ids).toContain("training-load-error");
  });

  it("seed 003: sore glutes the day after a longer run → ordinary soreness (DOMS), self-care", () => {
    const result = assess({
      complaints: [{ location: "gluteals", sensations: ["soreness"], when: ["next-day"], durationDays: 2 }],
      training: { recentChanges: ["more-distance"] },
    });
    expect(result.hypotheses[0]?.id).toBe("delayed-onset-muscle-soreness");
    expect(result.triage.level).toBe("self-care");
    const late = assess({ complaints: [{ location: "gluteals", sensations: ["soreness"], when: ["next-day"], durationDays: 10 }] });
    expect(late.hypotheses.find((h) => h.id === "delayed-onset-muscle-soreness")).toBeUndefined();
  });

  it("seed 004: low back soreness and tight calves despite stretching and massage → tight hip flexors, with research caveats attached", () => {
    const result = assess({
      complaints: [
        { location: "lower-back", sensations: ["soreness"], notRelievedBy: ["stretching", "massage"], durationDays: 60 },
        { location: "calf", sensations: ["tightness", "fatigue"], notRelievedBy: ["stretching", "massage"], durationDays: 60 },
      ],
    });
    expect(result.hypotheses[0]?.id).toBe("tight-hip-flexors-anterior-tilt");
    const verdicts = result.hypotheses[0]!.reasons.flatMap((r) => r.paths.flatMap((p) => p.steps.map((s) => s.link.verdict?.status)));
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((status) => status !== "supported")).toBe(true); // no step of this cascade is established
  });

  it("a groin ache in a runner whose long run jumped, with pain on hopping → bone stress injury first, urgent, stop running", () => {
    const result = assess({
      complaints: [{ location: "groin", side: "right", sensations: ["pain"], when: ["during-run"], durationDays: 14, onset: "gradual" }],
      redFlags: ["pain-on-hopping"],
      training: { asOf: "2026-11-20", runs: [{ date: "2026-10-25", distanceKm: 12 }, { date: "2026-11-15", distanceKm: 21 }] },
    });
    expect(result.triage).toMatchObject({ level: "urgent", running: "stop", infermedica: "consultation_24" });
    expect(result.hypotheses[0]).toMatchObject({ id: "bone-stress-injury", redFlagged: true });
    expect(result.hypotheses.map((h) => h.id)).toContain("training-load-error");
  });

  it("outer hip pain within 30 s of standing on that leg → gluteal tendinopathy", () => {
    expect(
      top({
        complaints: [{ location: "lateral-hip", side: "left", sensations: ["pain"], durationDays: 40 }],
        fieldTests: [{ test: "single-leg-stance-30s", side: "left", lateralHipPain: true }],
      }),
    ).toBe("gluteal-tendinopathy");
  });
});

describe("the result", () => {
  it("carries reasons, evidence and sources for every hypothesis, protocols and a disclaimer", () => {
    const result = assess(witness(listRules()[0]!));
    for (const hypothesis of result.hypotheses) {
      expect(hypothesis.reasons.length).toBeGreaterThan(0);
      expect(hypothesis.name).toBe(getHypothesis(hypothesis.id as never).name);
      for (const id of hypothesis.sources) expect(isSourceId(id)).toBe(true);
    }
    expect(result.disclaimer).toMatch(/does not diagnose/);
    expect(Object.isFrozen(result.hypotheses)).toBe(true);
  });
});

describe("input", () => {
  it("fails with a typed error listing every problem", () => {
    const attempt = (): unknown => assess({ complaints: [{ location: "spleen", sensations: ["pain"] }, { location: "calf", sensations: [] }] } as Report);
    expect(attempt).toThrow(KineticChainError);
    expect(attempt).toThrow(/^assess: /);
    const bad = safeAssess({ complaints: [{ location: "spleen", sensations: ["pain"] }] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues).toEqual([expect.objectContaining({ code: "unknown_reference", path: ["complaints", 0, "location"] })]);
    const date = safeAssess({ complaints: [{ location: "calf", sensations: ["pain"] }], training: { asOf: "2026-02-30" } });
    expect(date.success).toBe(false);
  });

  it("publishes the report as JSON Schema, and the questionnaire as data covering every red flag", () => {
    const schema = reportJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(["complaints"]);
    expect(Object.keys(schema.properties).sort()).toEqual(["complaints", "context", "fieldTests", "findings", "redFlags", "training"]);
    const asked = new Set(listIntakeQuestions().flatMap((q) => (q.redFlag === undefined ? [] : [q.redFlag])));
    expect([...asked].sort()).toEqual([...RedFlagIdSchema.options].sort());
    for (const field of ["complaints[].side", "complaints[].onset", "complaints[].when", "training.recentChanges", "fieldTests"]) {
      expect(listIntakeQuestions().some((q) => q.fills.startsWith(field)), field).toBe(true);
    }
    for (const region of BodyRegionSchema.options) expect(REGION_STRUCTURES[region].length, region).toBeGreaterThan(0);
  });
});

const complaintArb = fc.record(
  {
    location: fc.constantFrom(...BodyRegionSchema.options, "gluteus-medius", "hamstrings", "piriformis", "iliotibial-band", "soleus"),
    side: fc.constantFrom("left", "right", "both"),
    sensations: fc.uniqueArray(fc.constantFrom("tightness", "soreness", "pain", "fatigue", "numbness", "tingling", "weakness", "snapping"), { minLength: 1, maxLength: 3 }),
    severity: fc.integer({ min: 0, max: 10 }),
    when: fc.uniqueArray(fc.constantFrom("during-run", "after-run", "next-day", "at-rest", "at-night", "sitting", "morning", "stairs-downhill")),
    onset: fc.constantFrom("sudden", "gradual"),
    durationDays: fc.integer({ min: 0, max: 120 }),
    notRelievedBy: fc.uniqueArray(fc.constantFrom("stretching", "foam-rolling", "massage", "rest", "warm-up")),
  },
  { requiredKeys: ["location", "sensations"] },
);

const reportArb: fc.Arbitrary<Report> = fc.record(
  {
    complaints: fc.array(complaintArb, { minLength: 1, maxLength: 3 }),
    redFlags: fc.uniqueArray(fc.constantFrom(...RedFlagIdSchema.options), { maxLength: 3 }),
    fieldTests: fc.array(
      fc.oneof(
        fc.record({ test: fc.constant("trendelenburg" as const), side: fc.constantFrom("left" as const, "right" as const), pelvicDrop: fc.boolean() }),
        fc.record({ test: fc.constant("single-leg-stance-30s" as const), side: fc.constantFrom("left" as const, "right" as const), lateralHipPain: fc.boolean() }),
      ),
      { maxLength: 2 },
    ),
    training: fc.record(
      { weeklyDistancesKm: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 4 }), recentChanges: fc.uniqueArray(fc.constantFrom("more-distance", "hills", "new-shoes", "no-warm-up"), { maxLength: 2 }) },
      { requiredKeys: [] },
    ),
    context: fc.record({ sitsMostOfDay: fc.boolean(), postpartum: fc.boolean(), ageYears: fc.integer({ min: 15, max: 90 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: ["complaints"] },
) as fc.Arbitrary<Report>;

describe("properties", () => {
  it("adding a red flag never lowers triage, and it always surfaces", () => {
    fc.assert(
      fc.property(reportArb, fc.constantFrom(...RedFlagIdSchema.options), (report, flag: RedFlagId) => {
        const before = assess(report).triage;
        const after = assess({ ...report, redFlags: [...new Set([...(report.redFlags ?? []), flag])] }).triage;
        expect(compareTriage(after.level, before.level)).toBeLessThanOrEqual(0);
        expect(after.redFlags.map((f) => f.id)).toContain(flag);
      }),
      { numRuns: runs(150) },
    );
  });

  it("gives the same result for the same report", () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        expect(assess(report)).toEqual(assess(structuredClone(report)));
      }),
      { numRuns: runs(60) },
    );
  });

  it("puts red-flagged causes before all others", () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const flags = assess(report).hypotheses.map((h) => h.redFlagged);
        expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      }),
      { numRuns: runs(60) },
    );
  });

  it("safeAssess returns a result for any JSON value and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), reportArb.map((r) => JSON.parse(JSON.stringify(r)) as unknown)), (value) => {
        const result = safeAssess(value);
        if (result.success) expect(ReportSchema.safeParse(value).success).toBe(true);
        else expect([result.error.name, result.error.code, result.error.issues.length > 0]).toEqual(["KineticChainError", "invalid_input", true]);
      }),
      { numRuns: runs(200) },
    );
  });

  it("refuses prototype-pollution payloads as unknown keys, and pollutes nothing", () => {
    const payload = JSON.parse('{"complaints":[{"location":"calf","sensations":["pain"],"__proto__":{"polluted":true}}],"constructor":{"prototype":{"polluted":true}}}');
    const result = safeAssess(payload);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.code)).toEqual(["unrecognized_keys", "unrecognized_keys"]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("the rule index", () => {
  it("never changes which rules fire: indexed evaluation equals a full scan (property)", () => {
    const graph = graphOf("test");
    const rules = listRules();
    const index = indexRules(rules, resolveWhere);
    fc.assert(
      fc.property(fc.oneof(reportArb, fc.constantFrom(...rules).map(witness)), (report) => {
        const facts = factsOf(ReportSchema.parse(report), graph);
        const all = rules.filter((rule) => evaluateRule(rule, facts).holds).map((rule) => rule.id);
        const indexed = candidateRules(index, factKeys(facts))
          .filter((rule) => evaluateRule(rule, facts).holds)
          .map((rule) => rule.id);
        expect(indexed).toEqual(all);
      }),
      { numRuns: runs(300) },
    );
  });

  it("never lets an app's rules switch off or lower the built-in triage", () => {
    const report: Report = { complaints: [{ location: "femoral-neck", sensations: ["pain"] }], redFlags: ["night-pain"] };
    expect(assess(report, { rules: [] }).triage.level).toBe("urgent");
    const lowering = [{
      id: "app-lowering", description: "Tries to lower triage.", sources: ["seed-002"], grade: "practitioner-opinion" as const,
      when: [{ kind: "not" as const, of: { kind: "red-flag" as const, flag: "fever" as const } }],
      then: [{ kind: "triage" as const, level: "consult" as const, running: "continue" as const }],
    }];
    expect(() => assess(report, { rules: lowering })).toThrow(expect.objectContaining({ code: "invalid_input" }));
    expect(() => assess(report, { rules: [{ ...lowering[0]!, id: listRules()[0]!.id, when: [{ kind: "red-flag" as const, flag: "fever" as const }] }] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: "duplicate_id" })] }),
    );
  });

  it("takes an app's own rules beside the built-in ones, validated", () => {
    const custom = [
      {
        id: "clinic-achilles-morning",
        description: "Our clinic flags morning Achilles stiffness as worth a look.",
        when: [{ kind: "complaint" as const, where: ["achilles-tendon"], when: ["morning" as const] }],
        then: [{ kind: "triage" as const, level: "consult" as const, running: "reduce" as const }],
        sources: ["seed-002"],
        grade: "practitioner-opinion" as const,
      },
    ];
    const result = assess({ complaints: [{ location: "achilles-tendon", sensations: ["tightness"], when: ["morning"] }] }, { rules: custom });
    expect(result.firedRules).toContain("clinic-achilles-morning");
    expect(result.triage.level).toBe("consult");
    const broken = [{ ...custom[0]!, then: [{ kind: "support" as const, hypothesis: "made-up", weight: 0.5 }] }];
    expect(() => assess({ complaints: [{ location: "calf", sensations: ["pain"] }] }, { rules: broken })).toThrow(
      expect.objectContaining({ code: "invalid_input" }),
    );
  });
});
