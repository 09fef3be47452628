import { describe, expect, it } from "vitest";
import { assess, listHypotheses, type Report } from "../src";

/**
 * One realistic report per cause, written from the injury notes (shared/research/injuries.md) the
 * way a runner's app would fill the form: each must rank its cause among the top three.
 */
const COVERAGE: Readonly<Record<string, Report>> = {
  "medial-tibial-stress-syndrome": { complaints: [{ location: "medial-shin", side: "both", sensations: ["pain"], onset: "gradual", when: ["during-run", "after-run"], durationDays: 21 }], findings: { "pain-spread-out": true }, training: { recentChanges: ["more-distance"] } },
  "bone-stress-injury": { complaints: [{ location: "shin", side: "left", sensations: ["pain"], onset: "gradual", when: ["during-run"], aggravatedBy: ["walking"] }], findings: { "focal-bone-tenderness": true } },
  "bone-stress-injury-high-risk": { complaints: [{ location: "groin", side: "right", sensations: ["pain"], onset: "gradual", when: ["during-run"] }], training: { recentChanges: ["more-distance", "longer-long-run"] }, context: { ageYears: 27, sex: "female" } },
  "pubic-bone-stress-injury": { complaints: [{ location: "pubic-bone", sensations: ["pain"], onset: "gradual", when: ["during-run"] }], findings: { "low-energy-intake": true }, context: { ageYears: 22, sex: "female" } },
  "achilles-tendinopathy-midportion": { complaints: [{ location: "achilles", side: "right", sensations: ["pain", "stiffness"], onset: "gradual", when: ["morning", "during-run"], durationDays: 40 }], training: { recentChanges: ["hills"] } },
  "achilles-tendinopathy-insertional": { complaints: [{ location: "posterior-heel", side: "left", sensations: ["pain"], onset: "gradual", aggravatedBy: ["uphill", "first-steps"], durationDays: 60 }] },
  "achilles-rupture": { complaints: [{ location: "achilles", side: "left", sensations: ["pain", "weakness"], onset: "sudden" }], findings: { "pop-at-onset": true } },
  "plantar-heel-pain": { complaints: [{ location: "heel", side: "right", sensations: ["pain"], onset: "gradual", aggravatedBy: ["first-steps"], when: ["morning"], durationDays: 50 }] },
  "patellar-tendinopathy": { complaints: [{ location: "anterior-knee", side: "left", sensations: ["pain"], onset: "gradual", aggravatedBy: ["hopping-or-jumping", "uphill"], durationDays: 30 }] },
  "patellofemoral-pain": { complaints: [{ location: "anterior-knee", side: "right", sensations: ["pain"], onset: "gradual", aggravatedBy: ["stairs-down", "squatting-or-kneeling", "sitting"], durationDays: 45 }] },
  "iliotibial-band-syndrome": { complaints: [{ location: "lateral-knee", side: "left", sensations: ["pain"], onset: "gradual", when: ["during-run"], aggravatedBy: ["downhill"], durationDays: 20 }] },
  "hamstring-strain": { complaints: [{ location: "hamstrings", side: "right", sensations: ["pain"], onset: "sudden", aggravatedBy: ["sprinting"], severity: 6 }] },
  "proximal-hamstring-tendinopathy": { complaints: [{ location: "sit-bone", side: "left", sensations: ["pain"], onset: "gradual", aggravatedBy: ["sitting", "uphill"], durationDays: 90 }] },
  "calf-strain": { complaints: [{ location: "calf", side: "right", sensations: ["pain"], onset: "sudden", when: ["during-run"], severity: 5 }] },
  "adductor-related-groin-pain": { complaints: [{ location: "adductor-longus", side: "left", sensations: ["pain"], onset: "gradual", aggravatedBy: ["sprinting"], durationDays: 20 }], context: { ageYears: 30 } },
  "hip-related-groin-pain": { complaints: [{ location: "anterior-hip", side: "right", sensations: ["pain"], onset: "gradual", aggravatedBy: ["sitting", "squatting-or-kneeling"], durationDays: 120 }], findings: { locking: true }, context: { ageYears: 32 } },
  "gluteal-tendinopathy": { complaints: [{ location: "lateral-hip", side: "left", sensations: ["pain"], onset: "gradual", when: ["at-night"], aggravatedBy: ["lying-on-painful-side", "stairs-up"], durationDays: 150 }], context: { ageYears: 52, sex: "female" } },
  "lumbar-radicular-pain": { complaints: [{ location: "lower-back", sensations: ["pain"] }, { location: "calf", side: "left", sensations: ["pain", "tingling"], aggravatedBy: ["coughing-sneezing-straining"] }] },
  "piriformis-syndrome": { complaints: [{ location: "upper-buttock", side: "right", sensations: ["pain", "tingling"], aggravatedBy: ["sitting"], durationDays: 40 }] },
  "non-specific-low-back-pain": { complaints: [{ location: "lower-back", sensations: ["pain", "stiffness"], onset: "gradual", durationDays: 10 }], context: { ageYears: 35 } },
  "spondylolysis": { complaints: [{ location: "lower-back", sensations: ["pain"], aggravatedBy: ["bending-backwards"], durationDays: 30 }], context: { ageYears: 14 } },
  "chronic-exertional-compartment-syndrome": { complaints: [{ location: "anterior-shin", side: "both", sensations: ["tightness", "pain"], when: ["during-run"], relievedBy: ["rest"], durationDays: 120 }], findings: { "exertional-pain-settles-with-rest": true }, context: { ageYears: 24 } },
  "acute-compartment-syndrome": { complaints: [{ location: "anterior-shin", side: "left", sensations: ["pain", "tightness"], severity: 9, when: ["after-run", "at-rest"] }], findings: { "pain-rising-after-stopping": true, swelling: true } },
  "deep-vein-thrombosis": { complaints: [{ location: "calf", side: "left", sensations: ["pain", "tightness"], durationDays: 3 }], findings: { swelling: true, "recent-long-haul-travel": true } },
  "pulmonary-embolism": { complaints: [{ location: "calf", side: "right", sensations: ["pain"] }], findings: { "chest-pain-or-breathlessness": true } },
  "popliteal-artery-entrapment": { complaints: [{ location: "calf", side: "both", sensations: ["cramping"], when: ["during-run"], relievedBy: ["rest"], durationDays: 200 }], findings: { "exertional-pain-settles-with-rest": true }, context: { ageYears: 26, sex: "male" } },
  "peripheral-arterial-disease": { complaints: [{ location: "calf", side: "left", sensations: ["cramping", "pain"], when: ["during-run"], relievedBy: ["rest"] }], findings: { "exertional-pain-settles-with-rest": true }, context: { ageYears: 69 } },
  "slipped-capital-femoral-epiphysis": { complaints: [{ location: "anterior-knee", side: "left", sensations: ["pain"], onset: "gradual", durationDays: 21 }], findings: { limp: true }, context: { ageYears: 13 } },
  "perthes-disease": { complaints: [{ location: "groin", side: "right", sensations: ["pain"], onset: "gradual" }], findings: { limp: true }, context: { ageYears: 6 } },
  "pelvic-apophyseal-avulsion": { complaints: [{ location: "anterior-hip", side: "right", sensations: ["pain"], onset: "sudden", aggravatedBy: ["sprinting"] }], findings: { "pop-at-onset": true, limp: true }, context: { ageYears: 15 } },
  "osgood-schlatter": { complaints: [{ location: "anterior-knee", side: "both", sensations: ["pain"], onset: "gradual", aggravatedBy: ["hopping-or-jumping", "squatting-or-kneeling"], durationDays: 60 }], context: { ageYears: 12 } },
  "severs-disease": { complaints: [{ location: "heel", side: "both", sensations: ["pain"], onset: "gradual", when: ["after-run"] }], context: { ageYears: 10 } },
  "knee-osteoarthritis": { complaints: [{ location: "medial-knee", side: "right", sensations: ["pain", "stiffness"], onset: "gradual", when: ["morning", "after-run"], durationDays: 300 }], findings: { "morning-stiffness-over-30-min": false }, context: { ageYears: 61 } },
  "hip-osteoarthritis": { complaints: [{ location: "anterior-hip", side: "left", sensations: ["pain", "stiffness"], onset: "gradual", when: ["morning"], durationDays: 200 }], findings: { "morning-stiffness-over-30-min": false }, context: { ageYears: 66 } },
  "joint-or-bone-infection": { complaints: [{ location: "medial-knee", side: "left", sensations: ["pain"] }], findings: { fever: true, swelling: true, "warmth-or-redness": true } },
  "exertional-rhabdomyolysis": { complaints: [{ location: "anterior-thigh", side: "both", sensations: ["pain", "soreness"], severity: 9, when: ["next-day"] }], findings: { "dark-urine": true, swelling: true }, training: { recentChanges: ["new-intensity"] } },
  "exertional-heat-illness": { complaints: [{ location: "calf", side: "both", sensations: ["cramping"] }], findings: { "confusion-or-collapse-in-heat": true } },
  "postpartum-return-to-running": { complaints: [{ location: "lower-back", sensations: ["soreness"] }], findings: { "stress-urinary-leakage": true }, context: { weeksSinceBirth: 8, sex: "female" } },
  "sacroiliac-joint-pain": { complaints: [{ location: "sacroiliac-joint", side: "right", sensations: ["pain"], onset: "gradual", durationDays: 30 }] },
  "delayed-onset-muscle-soreness": { complaints: [{ location: "anterior-thigh", side: "both", sensations: ["soreness"], when: ["next-day"], durationDays: 1 }], training: { recentChanges: ["hills"] } },
  "cauda-equina-syndrome": { complaints: [{ location: "lower-back", sensations: ["pain"] }, { location: "hamstrings", side: "both", sensations: ["pain", "numbness"] }], findings: { "saddle-numbness": true } },
  "spinal-infection": { complaints: [{ location: "lower-back", sensations: ["pain"] }], findings: { fever: true, "iv-drug-use": true } },
  "malignancy": { complaints: [{ location: "lower-back", sensations: ["pain"], when: ["at-night"] }], findings: { "history-of-cancer": true, "unexplained-weight-loss": true }, context: { ageYears: 64 } },
};

const rank = (report: Report, id: string): number => assess(report).hypotheses.findIndex((h) => h.id === id);

describe("coverage: every cause is reachable", () => {
  it("has a realistic report for every hypothesis that rules support", () => {
    const reached = new Set(Object.keys(COVERAGE));
    const without = listHypotheses().filter((h) => h.kind !== "compensation" && h.id !== "training-load-error" && h.id !== "poor-warm-up-or-recovery" && !reached.has(h.id));
    expect(without.map((h) => h.id)).toEqual([]);
  });

  it.each(Object.entries(COVERAGE))("%s ranks in the top three of its own picture", (id, report) => {
    const top = assess(report).hypotheses.slice(0, 3).map((h) => h.id);
    expect(top, top.join(", ")).toContain(id);
  });
});

describe("coverage: look-alikes ranked the right way round", () => {
  it("mid-portion vs insertional Achilles tendinopathy", () => {
    const mid = COVERAGE["achilles-tendinopathy-midportion"] as Report;
    const insertion = COVERAGE["achilles-tendinopathy-insertional"] as Report;
    expect(rank(mid, "achilles-tendinopathy-midportion")).toBeLessThan(rank(mid, "achilles-tendinopathy-insertional"));
    expect(rank(insertion, "achilles-tendinopathy-insertional")).toBe(0);
    expect(rank(insertion, "achilles-tendinopathy-midportion")).not.toBe(0);
  });

  it("shin splints vs a tibial bone stress injury", () => {
    const splints = COVERAGE["medial-tibial-stress-syndrome"] as Report;
    const bone = COVERAGE["bone-stress-injury"] as Report;
    expect(rank(splints, "medial-tibial-stress-syndrome")).toBe(0);
    expect(rank(bone, "bone-stress-injury")).toBe(0);
    expect(assess(splints).triage.level).toBe("self-care");
    expect(assess(bone).seeProfessionalFirst).toBe(true);
  });

  it("nerve-root pain vs deep gluteal (piriformis) syndrome", () => {
    const root = COVERAGE["lumbar-radicular-pain"] as Report;
    const buttock = COVERAGE["piriformis-syndrome"] as Report;
    expect(rank(root, "lumbar-radicular-pain")).toBe(0);
    const piriformis = rank(root, "piriformis-syndrome");
    expect(piriformis === -1 || piriformis > 0).toBe(true);
    expect(rank(buttock, "piriformis-syndrome")).toBe(0);
    expect(rank(buttock, "lumbar-radicular-pain")).toBe(-1);
  });

  it("patellofemoral pain vs patellar tendinopathy", () => {
    const kneecap = COVERAGE["patellofemoral-pain"] as Report;
    const tendon = COVERAGE["patellar-tendinopathy"] as Report;
    expect(rank(kneecap, "patellofemoral-pain")).toBeLessThan(rank(kneecap, "patellar-tendinopathy"));
    expect(rank(tendon, "patellar-tendinopathy")).toBe(0);
    expect(rank(tendon, "patellar-tendinopathy")).toBeLessThan(rank(tendon, "patellofemoral-pain"));
  });

  it("a calf strain vs a clot: the same calf, with a long flight and swelling, becomes urgent", () => {
    const strain = COVERAGE["calf-strain"] as Report;
    expect(rank(strain, "calf-strain")).toBe(0);
    const clot = assess({ ...strain, findings: { swelling: true, "recent-long-haul-travel": true } });
    expect(clot.triage.level).toBe("urgent");
    expect(clot.hypotheses.slice(0, 3).map((h) => h.id)).toContain("deep-vein-thrombosis");
  });
});
