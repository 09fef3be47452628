import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess, buildPlan, compareTriage, listHypotheses, type Report, type TriageLevel } from "../src";
import { FindingIdSchema } from "../src/schemas";
import { runs } from "./helpers/runs";

/** A realistic report with the triage a clinician would accept: at least `min`, at most `max`. */
interface Case {
  readonly name: string;
  readonly report: Report;
  readonly min: TriageLevel;
  readonly max: TriageLevel;
  /** Whether a professional must be seen before any exercise plan. */
  readonly withhold: boolean;
  /** Causes a clinician would accept among the top three. */
  readonly causes?: readonly string[];
}

const c = (name: string, report: Report, min: TriageLevel, max: TriageLevel, withhold: boolean, causes?: readonly string[]): Case => ({
  name,
  report,
  min,
  max,
  withhold,
  ...(causes === undefined ? {} : { causes }),
});

/** The patterns of the safety review (issue 13) and injuries.md §2, each as a runner's app would report it. */
const CASES: readonly Case[] = [
  // Bone stress without ticked flags.
  c("groin pain during runs after more distance", { complaints: [{ location: "groin", side: "right", sensations: ["pain"], when: ["during-run"], onset: "gradual", durationDays: 18 }], training: { recentChanges: ["more-distance"] } }, "urgent", "urgent", true, ["bone-stress-injury-high-risk"]),
  c("pain placed at the femoral neck", { complaints: [{ location: "femoral-neck", side: "left", sensations: ["pain"], durationDays: 10 }] }, "urgent", "emergency", true, ["bone-stress-injury-high-risk"]),
  c("pain placed at the tibia", { complaints: [{ location: "tibia", side: "left", sensations: ["pain"], when: ["during-run"], durationDays: 12 }] }, "consult", "urgent", true, ["bone-stress-injury"]),
  c("groin aching at night", { complaints: [{ location: "groin", sensations: ["soreness"], when: ["at-night"], durationDays: 14 }] }, "urgent", "urgent", true, ["bone-stress-injury-high-risk"]),
  c("midfoot pain building with more running", { complaints: [{ location: "midfoot", side: "right", sensations: ["pain"], onset: "gradual", when: ["during-run"] }], training: { recentChanges: ["more-distance"] } }, "urgent", "urgent", true, ["bone-stress-injury-high-risk"]),
  c("sacral pain with missed periods", { complaints: [{ location: "sacrum", sensations: ["pain"], onset: "gradual" }], findings: { "absent-or-irregular-periods": true }, context: { sex: "female", ageYears: 24 } }, "urgent", "urgent", true, ["bone-stress-injury-high-risk", "pubic-bone-stress-injury"]),
  // Sudden onset and severity, whatever the sensation.
  c("sudden Achilles pain", { complaints: [{ location: "achilles", side: "right", sensations: ["pain"], onset: "sudden" }] }, "urgent", "urgent", true, ["achilles-rupture"]),
  c("a kick at the back of the ankle, cannot rise on tiptoe", { complaints: [{ location: "calf", side: "left", sensations: ["weakness"], onset: "sudden" }], findings: { "pop-at-onset": true, "cannot-single-leg-heel-raise": true } }, "urgent", "urgent", true, ["achilles-rupture"]),
  c("a 10/10 calf at rest", { complaints: [{ location: "calf", sensations: ["pain"], severity: 10, when: ["at-rest"] }] }, "urgent", "emergency", true),
  c("a hamstring that went in a sprint", { complaints: [{ location: "hamstrings", side: "left", sensations: ["pain"], onset: "sudden", aggravatedBy: ["sprinting"], severity: 6 }] }, "self-care", "consult", false, ["hamstring-strain"]),
  // Infection at any site, labelled by site.
  c("fever with knee pain", { complaints: [{ location: "anterior-knee", sensations: ["pain"] }], findings: { fever: true } }, "urgent", "urgent", true, ["joint-or-bone-infection"]),
  c("fever with calf pain", { complaints: [{ location: "calf", sensations: ["pain"] }], findings: { fever: true } }, "urgent", "urgent", true, ["joint-or-bone-infection"]),
  c("fever with back pain", { complaints: [{ location: "lower-back", sensations: ["pain"] }], findings: { fever: true } }, "urgent", "urgent", true, ["spinal-infection"]),
  // Cauda equina with context, partial forms included.
  c("back pain with pain in both legs", { complaints: [{ location: "lower-back", sensations: ["pain"] }, { location: "hamstrings", side: "both", sensations: ["pain"] }] }, "emergency", "emergency", true, ["cauda-equina-syndrome"]),
  c("nerve signs in each leg as two complaints with back pain", { complaints: [{ location: "lower-back", sensations: ["pain"] }, { location: "calf", side: "left", sensations: ["tingling"] }, { location: "calf", side: "right", sensations: ["numbness"] }] }, "emergency", "emergency", true, ["cauda-equina-syndrome"]),
  c("back pain with saddle numbness", { complaints: [{ location: "lower-back", sensations: ["pain"] }], findings: { "saddle-numbness": true } }, "emergency", "emergency", true, ["cauda-equina-syndrome"]),
  // Other emergencies, clots and ages.
  c("a tense, severely painful shin at rest with a numb foot", { complaints: [{ location: "shin", side: "right", sensations: ["pain"], severity: 9, when: ["at-rest"] }, { location: "foot", side: "right", sensations: ["numbness"] }] }, "emergency", "emergency", true, ["acute-compartment-syndrome"]),
  c("leg pain rising after stopping, swollen", { complaints: [{ location: "anterior-shin", sensations: ["pain"], severity: 7 }], findings: { "pain-rising-after-stopping": true, swelling: true } }, "emergency", "emergency", true, ["acute-compartment-syndrome"]),
  c("swollen calf after a long flight", { complaints: [{ location: "calf", side: "left", sensations: ["pain", "tightness"], durationDays: 2 }], findings: { swelling: true, "recent-long-haul-travel": true } }, "urgent", "urgent", true, ["deep-vein-thrombosis"]),
  c("calf pain on the pill", { complaints: [{ location: "calf", side: "right", sensations: ["soreness"] }], findings: { "hormonal-contraception-or-hrt": true } }, "urgent", "urgent", true, ["deep-vein-thrombosis"]),
  c("calf pain with breathlessness", { complaints: [{ location: "calf", side: "left", sensations: ["pain"] }], findings: { "chest-pain-or-breathlessness": true } }, "emergency", "emergency", true, ["pulmonary-embolism"]),
  c("a child's sudden hip pain", { complaints: [{ location: "anterior-hip", side: "right", sensations: ["pain"], onset: "sudden" }], context: { ageYears: 7 } }, "urgent", "emergency", true, ["perthes-disease", "slipped-capital-femoral-epiphysis"]),
  c("a 13-year-old's knee pain with a limp", { complaints: [{ location: "anterior-knee", side: "left", sensations: ["pain"], onset: "gradual" }], findings: { limp: true }, context: { ageYears: 13 } }, "urgent", "emergency", true, ["slipped-capital-femoral-epiphysis"]),
  c("a teenager's five weeks of back pain", { complaints: [{ location: "lower-back", sensations: ["pain"], durationDays: 35, aggravatedBy: ["bending-backwards"] }], context: { ageYears: 15 } }, "consult", "urgent", true, ["spondylolysis"]),
  c("a first back pain at 72", { complaints: [{ location: "lower-back", sensations: ["pain"], onset: "gradual", durationDays: 12 }], context: { ageYears: 72 } }, "consult", "urgent", false),
  c("calf pain that stops with rest at 68", { complaints: [{ location: "calf", side: "left", sensations: ["cramping"], when: ["during-run"], relievedBy: ["rest"] }], context: { ageYears: 68 } }, "consult", "urgent", true, ["peripheral-arterial-disease"]),
  // Plans beside unresolved danger.
  c("cancer history with back pain", { complaints: [{ location: "lower-back", sensations: ["pain"], durationDays: 21 }], redFlags: ["history-of-cancer"] }, "consult", "urgent", true, ["malignancy"]),
  c("injecting drugs with buttock pain", { complaints: [{ location: "upper-buttock", sensations: ["pain"] }], findings: { "iv-drug-use": true } }, "consult", "urgent", true),
  c("weight loss with back pain", { complaints: [{ location: "lower-back", sensations: ["pain"] }], findings: { "unexplained-weight-loss": true } }, "consult", "urgent", true),
  c("long-term steroids with buttock pain", { complaints: [{ location: "upper-buttock", sensations: ["pain"] }], findings: { "long-term-corticosteroids": true } }, "consult", "urgent", true),
  // Benign pictures stay self-care.
  c("next-day soreness and weakness in both hamstrings after a marathon", { complaints: [{ location: "hamstrings", side: "both", sensations: ["soreness", "weakness"], when: ["next-day"], durationDays: 1 }], training: { recentChanges: ["longer-long-run"] } }, "self-care", "self-care", false, ["delayed-onset-muscle-soreness"]),
  c("mild groin pain at rest", { complaints: [{ location: "groin", sensations: ["pain"], severity: 2, when: ["at-rest"] }] }, "self-care", "consult", false),
  c("sore quads two days after a hilly race", { complaints: [{ location: "anterior-thigh", side: "both", sensations: ["soreness"], when: ["next-day"], durationDays: 2, severity: 4 }], training: { recentChanges: ["hills"] } }, "self-care", "self-care", false, ["delayed-onset-muscle-soreness"]),
  c("tingling feet from tight laces", { complaints: [{ location: "foot", side: "both", sensations: ["tingling"], when: ["during-run"], relievedBy: ["rest"] }] }, "self-care", "consult", false),
  // Common injuries: self-care or consult, with a plan.
  c("mid-portion Achilles tendinopathy", { complaints: [{ location: "achilles", side: "right", sensations: ["pain", "stiffness"], onset: "gradual", when: ["morning"], durationDays: 42 }], training: { recentChanges: ["hills"] } }, "self-care", "consult", false, ["achilles-tendinopathy-midportion"]),
  c("plantar heel pain", { complaints: [{ location: "heel", side: "left", sensations: ["pain"], onset: "gradual", aggravatedBy: ["first-steps"], durationDays: 60 }] }, "self-care", "consult", false, ["plantar-heel-pain"]),
  // Stop running to rule out a bone stress injury, so no heavy heel raises meanwhile.
  c("heel pain in a runner with missed periods", { complaints: [{ location: "heel", side: "left", sensations: ["pain"], onset: "gradual", aggravatedBy: ["first-steps"], durationDays: 30 }], findings: { "absent-or-irregular-periods": true }, context: { sex: "female", ageYears: 23 } }, "consult", "urgent", true, ["plantar-heel-pain", "bone-stress-injury"]),
  // Mechanical groin pain is consult, reduce (injuries.md §12), whichever groin cause ranks first.
  c("groin pain worse sitting and squatting at 45", { complaints: [{ location: "hip-adductors", sensations: ["pain"], onset: "gradual", aggravatedBy: ["sitting", "squatting-or-kneeling"] }], context: { ageYears: 45 } }, "consult", "consult", false, ["hip-related-groin-pain", "hip-osteoarthritis", "adductor-related-groin-pain"]),
  c("shin splints", { complaints: [{ location: "medial-shin", side: "both", sensations: ["pain"], onset: "gradual", when: ["during-run", "after-run"], durationDays: 20 }], findings: { "pain-spread-out": true } }, "self-care", "consult", false, ["medial-tibial-stress-syndrome"]),
  // The fourth review: muscle breakdown named from the muscles themselves, before the urine darkens.
  c("both thighs 9/10 and swollen at rest two days after a marathon", { complaints: [{ location: "anterior-thigh", side: "both", sensations: ["pain"], severity: 9, when: ["at-rest", "next-day"], durationDays: 2 }], findings: { swelling: true } }, "urgent", "emergency", true, ["exertional-rhabdomyolysis"]),
  // Worsening weakness in one leg is urgent (a nerve root), not cauda equina, unless its own signs are there.
  c("one foot getting weaker, no back pain, saddle and bladder normal", { complaints: [{ location: "shin", side: "left", sensations: ["weakness"] }], findings: { "progressive-weakness": true, "saddle-numbness": false, "bladder-bowel-change": false } }, "urgent", "urgent", true, ["lumbar-radicular-pain"]),
  c("one foot getting weaker with saddle numbness", { complaints: [{ location: "shin", side: "left", sensations: ["weakness"] }], findings: { "progressive-weakness": true, "saddle-numbness": true } }, "emergency", "emergency", true, ["cauda-equina-syndrome"]),
  // Ordinary soreness in a teenager stays self-care; one-sided thigh or knee pain is examined, hip included.
  c("sore thighs the day after a race at 14", { complaints: [{ location: "anterior-thigh", side: "both", sensations: ["soreness"], when: ["next-day"], onset: "gradual", durationDays: 1 }], context: { ageYears: 14 } }, "self-care", "self-care", false),
  c("tired thighs at 16", { complaints: [{ location: "anterior-thigh", side: "both", sensations: ["fatigue"], severity: 2, onset: "sudden" }], context: { ageYears: 16 } }, "self-care", "self-care", false),
  c("one knee sore for three weeks at 14", { complaints: [{ location: "anterior-knee", side: "left", sensations: ["soreness"], onset: "gradual", durationDays: 21 }], context: { ageYears: 14 } }, "consult", "consult", false),
];

/** Acute injuries where the level is ordinary but running must stop until the tissue is checked or settles. */
const STOP_RUNNING: readonly (readonly [string, Report])[] = [
  ["an ankle sprain on day two, swollen and bruised, Ottawa signs negative", { complaints: [{ location: "ankle", side: "right", sensations: ["pain"], severity: 5, onset: "sudden", durationDays: 2 }], findings: { swelling: true, bruising: true, "cannot-bear-weight": false, "focal-bone-tenderness": false } }],
  ["a knee that locks after a twist", { complaints: [{ location: "medial-knee", side: "left", sensations: ["pain"], onset: "sudden" }], findings: { locking: true } }],
  ["a knee that swells and gives way after a twist", { complaints: [{ location: "medial-knee", side: "left", sensations: ["pain"], onset: "sudden" }], findings: { "giving-way": true, swelling: true } }],
];

describe("realistic reports: never below the safe level, never alarmist", () => {
  it.each(CASES.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
    const result = assess(entry.report);
    expect(compareTriage(result.triage.level, entry.min), `${entry.name}: ${result.triage.level} below ${entry.min}`).toBeLessThanOrEqual(0);
    expect(compareTriage(result.triage.level, entry.max), `${entry.name}: ${result.triage.level} above ${entry.max}`).toBeGreaterThanOrEqual(0);
    expect(result.seeProfessionalFirst, entry.name).toBe(entry.withhold);
    if (entry.withhold) {
      expect(result.protocols).toEqual([]);
      expect(buildPlan(result).status).toBe("see-a-professional-first");
      expect(buildPlan(result).weeks).toEqual([]);
    }
    if (entry.causes !== undefined) {
      const top = result.hypotheses.slice(0, 3).map((h) => h.id);
      expect(top.some((id) => entry.causes?.includes(id)), `${entry.name}: top three ${top.join(", ")}`).toBe(true);
    }
  });

  it("tells a runner to stop whenever triage is urgent or an emergency", () => {
    for (const entry of CASES) {
      const result = assess(entry.report);
      if (compareTriage(result.triage.level, "urgent") <= 0) expect(result.triage.running, entry.name).toBe("stop");
    }
  });

  it.each(STOP_RUNNING)("tells a runner to stop after %s, without alarm", (_name, report) => {
    const result = assess(report);
    expect(result.triage.running).toBe("stop");
    expect(compareTriage(result.triage.level, "consult")).toBeGreaterThanOrEqual(0);
  });
});

const serious = new Set(listHypotheses().filter((h) => h.kind === "serious").map((h) => h.id));

/** Reports drawn from the whole vocabulary: any region, sensations, timings, onset, severity, findings, age. */
const reports = fc.record({
  location: fc.constantFrom("lower-back", "groin", "anterior-hip", "calf", "shin", "medial-shin", "achilles", "heel", "hamstrings", "anterior-knee", "upper-buttock", "foot", "sacrum", "tibia"),
  side: fc.constantFrom("left", "right", "both"),
  sensations: fc.subarray(["pain", "soreness", "tightness", "numbness", "tingling", "weakness", "cramping", "burning", "stiffness"] as const, { minLength: 1 }),
  when: fc.subarray(["during-run", "after-run", "next-day", "at-rest", "at-night", "morning"] as const),
  onset: fc.constantFrom("sudden", "gradual"),
  severity: fc.integer({ min: 0, max: 10 }),
  findings: fc.subarray([...FindingIdSchema.options], { maxLength: 4 }),
  age: fc.integer({ min: 5, max: 90 }),
});

const toReport = (r: typeof reports extends fc.Arbitrary<infer T> ? T : never): Report => ({
  complaints: [{ location: r.location, side: r.side, sensations: [...r.sensations] as never, when: [...r.when] as never, onset: r.onset, severity: r.severity }],
  findings: Object.fromEntries(r.findings.map((id) => [id, true])),
  context: { ageYears: r.age },
});

describe("triage properties", () => {
  it("no added finding lowers triage, and a finding answered no never raises it", () => {
    fc.assert(
      fc.property(reports, fc.constantFrom(...FindingIdSchema.options), (r, extra) => {
        const report = toReport(r);
        const before = assess(report).triage.level;
        const added = assess({ ...report, findings: { ...report.findings, [extra]: true } }).triage.level;
        const denied = report.findings?.[extra as keyof typeof report.findings] === undefined
          ? assess({ ...report, findings: { ...report.findings, [extra]: false } }).triage.level
          : before;
        return compareTriage(added, before) <= 0 && denied === before;
      }),
      { numRuns: runs(300) },
    );
  });

  it("withholds every plan when a serious cause is in play or a red flag fired", () => {
    fc.assert(
      fc.property(reports, (r) => {
        const result = assess(toReport(r));
        const danger = result.triage.redFlags.length > 0 || result.hypotheses.some((h) => serious.has(h.id) && h.inPlay);
        if (!danger) return true;
        return result.seeProfessionalFirst && result.protocols.length === 0 && buildPlan(result).weeks.length === 0;
      }),
      { numRuns: runs(300) },
    );
  });

  it("keeps running advice to stop at urgent and emergency", () => {
    fc.assert(
      fc.property(reports, (r) => {
        const { triage } = assess(toReport(r));
        return compareTriage(triage.level, "urgent") > 0 || triage.running === "stop";
      }),
      { numRuns: runs(200) },
    );
  });
});
