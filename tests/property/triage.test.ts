import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  buildPlan,
  compareTriage,
  compensatesFor,
  compensatorsFor,
  explainPath,
  KineticChainError,
  knowledgeBase,
  type Report,
  RUNNING_ADVICE,
  safeAssess,
  traceBack,
  traceForward,
} from "../../src";
import {
  AggravatorSchema,
  BodyRegionSchema,
  FindingIdSchema,
  ReliefSchema,
  ReportSchema,
  RedFlagIdSchema,
  SensationSchema,
  TimingSchema,
  TrainingChangeSchema,
} from "../../src/schemas";
import { runs } from "../helpers/runs";

/** Every object and array reachable from a value is frozen. */
function deepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Reflect.ownKeys(value).every((key) => deepFrozen((value as Record<PropertyKey, unknown>)[key], seen));
}

const side = fc.constantFrom("left" as const, "right" as const);
const locations = [...BodyRegionSchema.options, ...knowledgeBase.structures.map((s) => s.id)];
const complaintArb = fc.record(
  {
    location: fc.constantFrom(...locations),
    side: fc.constantFrom("left" as const, "right" as const, "both" as const),
    sensations: fc.uniqueArray(fc.constantFrom(...SensationSchema.options), { minLength: 1, maxLength: 3 }),
    severity: fc.integer({ min: 0, max: 10 }),
    when: fc.uniqueArray(fc.constantFrom(...TimingSchema.options), { maxLength: 3 }),
    onset: fc.constantFrom("sudden" as const, "gradual" as const),
    durationDays: fc.integer({ min: 0, max: 400 }),
    relievedBy: fc.uniqueArray(fc.constantFrom(...ReliefSchema.options), { maxLength: 2 }),
    notRelievedBy: fc.uniqueArray(fc.constantFrom(...ReliefSchema.options), { maxLength: 2 }),
  },
  { requiredKeys: ["location", "sensations"] },
);
/** Every kind of field test, with every value its schema allows. */
const fieldTestArb = fc.oneof(
  fc.record({ test: fc.constant("single-leg-squat" as const), side, quality: fc.constantFrom("good" as const, "fair" as const, "poor" as const), kneeValgus: fc.boolean() }, { requiredKeys: ["test", "side", "quality"] }),
  fc.record({ test: fc.constant("single-leg-stance-30s" as const), side, lateralHipPain: fc.boolean() }),
  fc.record({ test: fc.constant("trendelenburg" as const), side, pelvicDrop: fc.boolean() }),
  fc.record({ test: fc.constant("bridge-endurance" as const), side, holdSeconds: fc.integer({ min: 0, max: 240 }), hamstringsDominant: fc.boolean() }, { requiredKeys: ["test", "holdSeconds"] }),
);
const reportArb: fc.Arbitrary<Report> = fc.record(
  {
    complaints: fc.array(complaintArb, { minLength: 1, maxLength: 3 }),
    redFlags: fc.uniqueArray(fc.constantFrom(...RedFlagIdSchema.options), { maxLength: 2 }),
    fieldTests: fc.array(fieldTestArb, { maxLength: 3 }),
    training: fc.record(
      { weeklyDistancesKm: fc.array(fc.integer({ min: 0, max: 150 }), { maxLength: 5 }), recentChanges: fc.uniqueArray(fc.constantFrom(...TrainingChangeSchema.options), { maxLength: 3 }) },
      { requiredKeys: [] },
    ),
    context: fc.record({ sitsMostOfDay: fc.boolean(), postpartum: fc.boolean(), priorInjurySides: fc.uniqueArray(side), ageYears: fc.integer({ min: 15, max: 90 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: ["complaints"] },
) as fc.Arbitrary<Report>;

/** Adding one finding of each kind a report can carry: each returns the report with one more finding. */
const additions: Record<string, fc.Arbitrary<(report: Report) => Report>> = {
  complaint: complaintArb.map((complaint) => (report: Report) => ({ ...report, complaints: [...report.complaints, complaint] })),
  "red flag": fc.constantFrom(...RedFlagIdSchema.options).map((flag) => (report: Report) => ({ ...report, redFlags: [...new Set([...(report.redFlags ?? []), flag])] })),
  "field test": fieldTestArb.map((test) => (report: Report) => ({ ...report, fieldTests: [...(report.fieldTests ?? []), test] })),
  "training change": fc.constantFrom(...TrainingChangeSchema.options).map((change) => (report: Report) => ({
    ...report,
    training: { ...report.training, recentChanges: [...new Set([...(report.training?.recentChanges ?? []), change])] },
  })),
  "life context": fc.constantFrom("sitsMostOfDay" as const, "postpartum" as const).map((flag) => (report: Report) => ({ ...report, context: { ...report.context, [flag]: true } })),
  "finding present": fc.constantFrom(...FindingIdSchema.options).map((finding) => (report: Report) => ({ ...report, findings: { ...report.findings, [finding]: true } }) as Report),
  "prior injury side": side.map((s) => (report: Report) => ({ ...report, context: { ...report.context, priorInjurySides: [...new Set([...(report.context?.priorInjurySides ?? []), s])] } })),
  // Sensations and timings are left out: adding one can lower triage today (see the known failures below).
  ...Object.fromEntries(
    (
      [
        ["relief that failed", ReliefSchema.options, "notRelievedBy"],
        // Lying on the painful side is left out: it turns night pain into position pain (below).
        ["aggravator", AggravatorSchema.options.filter((option) => option !== "lying-on-painful-side"), "aggravatedBy"],
      ] as const
    ).map(([name, options, field]) => [
      name,
      fc.tuple(fc.nat(), fc.constantFrom(...options)).map(([at, value]) => (report: Report) => {
        const complaints = report.complaints.map((complaint, i) =>
          i === at % report.complaints.length ? { ...complaint, [field]: [...new Set([...((complaint[field] as readonly string[] | undefined) ?? []), value])] } : complaint,
        );
        return { ...report, complaints } as Report;
      }),
    ]),
  ),
};

describe("triage is monotone: one more finding never lowers it", () => {
  it("covers every kind of finding a report holds", () => {
    // Each top-level part of a report has an addition above (and the complaints' lists have theirs).
    const forPart: Record<string, string> = { complaints: "complaint", redFlags: "red flag", findings: "finding present", fieldTests: "field test", training: "training change", context: "life context" };
    for (const part of Object.keys(ReportSchema.shape)) expect(Object.keys(additions), part).toContain(forPart[part]);
  });

  for (const [kind, addition] of Object.entries(additions)) {
    it(`adding a ${kind}`, () => {
      fc.assert(
        fc.property(reportArb, addition, (report, add) => {
          const before = assess(report).triage.level;
          const after = assess(add(report)).triage.level;
          expect(compareTriage(after, before), `${before} → ${after}`).toBeLessThanOrEqual(0);
        }),
        { numRuns: runs(80) },
      );
    });
  }
});

describe("triage in sensations and timings: the exceptions to monotonicity are clinical, and deliberate", () => {
  // Findings never lower triage (above). Three complaint details do change how a symptom is read,
  // by design (docs/assessment.md, "Cauda equina needs context"): weakness that comes with
  // muscular sensations is soreness rather than a nerve sign; numbness or tingling felt only while
  // running is exertional (a compartment or an artery), not the spine; and pain at night that
  // comes from lying on the painful side is position pain, not the night pain of a red flag.
  const level = (report: Report): string => assess(report).triage.level;
  it("reads weakness in both legs as a nerve sign, but not when it comes with tightness or soreness", () => {
    const base: Report = { complaints: [{ location: "fifth-metatarsal-base", side: "both", sensations: ["weakness"] }] } as Report;
    expect(level(base)).toBe("emergency");
    expect(level({ complaints: [{ ...base.complaints[0]!, sensations: ["weakness", "tightness"] }] } as Report)).not.toBe("emergency");
  });
  it("reads tingling in both calves as a nerve sign, but not when it comes only during runs", () => {
    const base: Report = { complaints: [{ location: "gastrocnemius", side: "both", sensations: ["tingling", "tightness"] }] } as Report;
    expect(level(base)).toBe("emergency");
    expect(level({ complaints: [{ ...base.complaints[0]!, when: ["during-run"] }] } as Report)).not.toBe("emergency");
    // With back pain, the same exertional tingling is read as the spine again.
    expect(level({ complaints: [{ location: "lower-back", sensations: ["pain"] }, { ...base.complaints[0]!, when: ["during-run"] }] } as Report)).toBe("emergency");
  });
  it("reads burning in the back at night as night pain, but not when lying on the painful side brings it on", () => {
    const base: Report = { complaints: [{ location: "lower-back", sensations: ["burning"], when: ["at-night"] }] };
    expect(assess(base).triage.redFlags.map((flag) => flag.id)).toContain("night-pain");
    const positional = assess({ complaints: [{ ...base.complaints[0]!, aggravatedBy: ["lying-on-painful-side"] }] });
    expect(positional.triage.redFlags.map((flag) => flag.id)).not.toContain("night-pain");
  });
});

describe("running advice", () => {
  it("is at least as restrictive as every triage reason and red flag, whatever the order of the findings", () => {
    const strictness = (advice: string): number => RUNNING_ADVICE.indexOf(advice as never);
    let restricted = 0;
    fc.assert(
      fc.property(reportArb, (report) => {
        const { triage } = assess(report);
        const given = [...triage.reasons.map((r) => r.running), ...triage.redFlags.map((f) => f.running)];
        for (const advice of given) expect(strictness(triage.running), `${triage.running} below ${advice}`).toBeGreaterThanOrEqual(strictness(advice));
        if (new Set(given).size > 1) restricted += 1;
        const reversed = { ...report, complaints: [...report.complaints].reverse(), redFlags: [...(report.redFlags ?? [])].reverse() };
        expect(assess(reversed).triage.running).toBe(triage.running);
      }),
      { numRuns: runs(150) },
    );
    expect(restricted, "reports where reasons disagree on running").toBeGreaterThan(0);
  });
});

describe("safeAssess on large and hostile bodies", () => {
  /** A result, never a throw; a failure is a typed error listing at least one issue with a path. */
  const settles = (value: unknown): void => {
    const result = safeAssess(value);
    if (result.success) {
      expect(ReportSchema.safeParse(value).success).toBe(true);
      expect(deepFrozen(result.data)).toBe(true);
    } else {
      expect(result.error).toBeInstanceOf(KineticChainError);
      expect(result.error.code).toBe("invalid_input");
      expect(result.error.issues.length).toBeGreaterThan(0);
      for (const issue of result.error.issues) expect(Array.isArray(issue.path)).toBe(true);
    }
  };

  it("settles any JSON value, and succeeds exactly when the report is valid", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), reportArb.map((r) => JSON.parse(JSON.stringify(r)) as unknown)), (value) => {
        settles(value);
        const valid = ReportSchema.safeParse(value);
        if (valid.success && valid.data.complaints.every((c) => locations.includes(c.location))) expect(safeAssess(value).success).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it("settles deep nesting, long strings, many complaints and prototype keys", () => {
    let deep: unknown = "calf";
    for (let i = 0; i < 5000; i += 1) deep = [deep];
    const hostile: unknown[] = [
      { complaints: [{ location: deep, sensations: ["pain"] }] },
      { complaints: deep },
      { complaints: [{ location: "x".repeat(1_000_000), sensations: ["pain"] }] },
      { complaints: Array.from({ length: 2000 }, () => ({ location: "calf", sensations: ["pain", "tightness"], side: "left" })) },
      { complaints: [{ location: "calf", sensations: Array.from({ length: 100_000 }, () => "pain") }] },
      JSON.parse('{"__proto__":{"complaints":[{"location":"calf","sensations":["pain"]}]}}'),
      JSON.parse('{"complaints":[{"location":"constructor","sensations":["pain"]}]}'),
      JSON.parse('{"complaints":[{"location":"calf","sensations":["pain"]}],"redFlags":["__proto__","toString"]}'),
      { complaints: [{ location: "calf", sensations: ["pain"], durationDays: Number.NaN }] },
      { complaints: [{ location: "calf", sensations: ["pain"], durationDays: Infinity }] },
    ];
    for (const value of hostile) settles(value);
  });
});

describe("outputs are deep-frozen", () => {
  it("assess and the plan built from it", () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const assessment = assess(report);
        expect(deepFrozen(assessment)).toBe(true);
        expect(deepFrozen(buildPlan(assessment))).toBe(true);
      }),
      { numRuns: runs(40) },
    );
  });

  it("the graph traversals and their explanations", () => {
    for (const structure of knowledgeBase.structures.map((s) => s.id)) {
      const explanations = traceBack({ structure, sensation: "tightness", side: "left" } as never);
      expect(deepFrozen(explanations), structure).toBe(true);
      for (const path of explanations.flatMap((e) => e.paths)) expect(deepFrozen(explainPath(path))).toBe(true);
      expect(deepFrozen(traceForward({ structure, condition: "weak" } as never))).toBe(true);
      expect(deepFrozen(compensatorsFor(structure as never))).toBe(true);
      expect(deepFrozen(compensatesFor(structure as never))).toBe(true);
    }
  });
});
