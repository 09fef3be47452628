import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  buildPlan,
  estimateSeconds,
  formatDosage,
  getExercise,
  getProgression,
  getProtocol,
  isExerciseId,
  isHypothesisId,
  isSourceId,
  isStructureId,
  KineticChainError,
  listExercises,
  listHypotheses,
  listProgressions,
  listProtocols,
  nextStep,
  toFhirActivityDefinition,
  toSchemaOrgExercisePlan,
  type Dosage,
  type Equipment,
} from "../src";
import { EquipmentSchema } from "../src/schemas";
import { runs } from "./helpers/runs";

const daily = { times: 1, per: "day" } as const;
const thrice = { times: 3, per: "week" } as const;

describe("the exercise catalog", () => {
  it("has at least 30 exercises, including every one the seeds describe and the best-evidenced ones", () => {
    expect(listExercises().length).toBeGreaterThanOrEqual(30);
    for (const id of [
      "piriformis-stretch-knee-to-opposite-ankle",
      "piriformis-stretch-foot-outside-knee",
      "piriformis-stretch-crossed-knees",
      "all-fours-buttock-stretch",
      "single-knee-to-chest",
      "prone-press-up",
      "half-kneeling-hip-flexor-stretch",
      "pigeon-stretch",
      "figure-four-stretch",
      "foam-roll-itb-lateral-quad",
      "foam-roll-glutes",
      "ball-trigger-point-hip",
      "clamshell",
      "side-lying-hip-abduction",
      "glute-bridge",
      "single-leg-bridge",
      "squat-knees-out",
      "lunge",
      "hip-thrust",
      "side-plank-with-abduction",
      "lateral-band-walk",
      "single-leg-squat",
      "single-leg-deadlift",
      "lateral-step-up",
      "quadruped-hip-extension",
    ]) {
      expect(isExerciseId(id), id).toBe(true);
    }
  });

  it("references existing structures and sources, with variants that exist, agree and never loop", () => {
    for (const exercise of listExercises()) {
      for (const target of exercise.targets) expect(isStructureId(target.structure), `${exercise.id}: ${target.structure}`).toBe(true);
      for (const a of exercise.activation) {
        expect(isStructureId(a.structure)).toBe(true);
        expect(isSourceId(a.source)).toBe(true);
      }
      for (const id of [...exercise.sources, ...(exercise.verdict?.sources ?? [])]) expect(isSourceId(id), `${exercise.id}: ${id}`).toBe(true);
      for (const id of exercise.easier) expect(getExercise(id as never).harder, `${exercise.id} < ${id}`).toContain(exercise.id);
      for (const id of exercise.harder) expect(getExercise(id as never).easier, `${exercise.id} > ${id}`).toContain(exercise.id);
    }
    const visit = (id: string, trail: string[]): void => {
      expect(trail, `cycle through ${id}`).not.toContain(id);
      for (const next of getExercise(id as never).harder) visit(next, [...trail, id]);
    };
    for (const exercise of listExercises()) visit(exercise.id, []);
  });

  it("carries the EMG figures of the research notes", () => {
    const medius = (id: string) => getExercise(id as never).activation.find((a) => a.structure === "gluteus-medius" && a.source === "distefano-2009");
    expect(medius("side-lying-hip-abduction")).toMatchObject({ mean: 81, sd: 42 });
    expect(medius("single-leg-squat")).toMatchObject({ mean: 64, sd: 25 });
    const sidePlank = getExercise("side-plank-with-abduction").activation.find((a) => a.source === "boren-2011");
    expect(sidePlank?.mean).toBe(103);
  });
});

describe("formatDosage", () => {
  const cases: [string, Dosage, string][] = [
    ["hold, each side, daily", { sets: 3, holdSeconds: 30, perSide: true, frequency: daily }, "3 × 30 s hold, each side, daily"],
    ["reps, weeks", { sets: 3, reps: 10, perSide: true, frequency: thrice, weeks: 6 }, "3 × 10, each side, 3×/week, 6 weeks"],
    ["reps held", { sets: 1, reps: 10, holdSeconds: 5, perSide: false, frequency: daily }, "1 × 10 × 5 s hold, daily"],
    ["timed work in minutes", { sets: 1, durationSeconds: 120, perSide: true, frequency: { times: 2, per: "day" } }, "1 × 2 min, each side, 2× daily"],
    ["band, rest, tempo", { sets: 3, reps: 15, perSide: true, load: { type: "band", band: "medium" }, restSeconds: 60, tempo: "2-1-2", frequency: thrice }, "3 × 15, each side, medium band, tempo 2-1-2, rest 60 s, 3×/week"],
    ["weight and RPE, weekly, one week", { sets: 3, reps: 8, perSide: false, load: { type: "external", kg: 8, rpe: 7 }, frequency: { times: 1, per: "week" }, weeks: 1 }, "3 × 8, 8 kg, RPE 7, weekly, 1 week"],
    ["every day of the week", { sets: 2, reps: 12, perSide: false, load: { type: "bodyweight" }, frequency: { times: 7, per: "week" } }, "2 × 12, daily"],
  ];
  it.each(cases)("%s", (_name, dosage, text) => {
    expect(formatDosage(dosage)).toBe(text);
  });

  it("formats every dosage in the catalog, protocols and progressions", () => {
    const dosages = [
      ...listExercises().map((e) => e.dosage),
      ...listProgressions().flatMap((p) => p.steps.map((s) => s.dosage)),
      ...listProtocols().flatMap((p) => p.phases.flatMap((phase) => phase.items.map((i) => i.dosage))),
    ];
    for (const dosage of dosages) expect(formatDosage(dosage)).toMatch(/^\d+ × /);
  });

  it("rejects dosages that make no sense", () => {
    expect(() => formatDosage({ sets: 3, reps: 10, durationSeconds: 60, perSide: false, frequency: daily })).toThrow(KineticChainError);
    expect(() => formatDosage({ sets: 3, perSide: false, frequency: daily } as Dosage)).toThrow(/^formatDosage: .*reps, holdSeconds or durationSeconds/);
    expect(() => formatDosage({ sets: 0, reps: 10, perSide: false, frequency: daily })).toThrow(KineticChainError);
    expect(() => formatDosage({ sets: 3, reps: -1, perSide: false, frequency: daily })).toThrow(KineticChainError);
  });

  it("estimates session time from sets, reps, holds and rest", () => {
    expect(estimateSeconds({ sets: 3, holdSeconds: 30, perSide: true, frequency: daily })).toBe(315);
    expect(estimateSeconds({ sets: 3, reps: 10, perSide: false, restSeconds: 60, frequency: thrice })).toBe(3 * 30 + 2 * 60 + 15);
    expect(estimateSeconds({ sets: 2, reps: 10, tempo: "3-1-1", perSide: false, frequency: thrice })).toBe(2 * 50 + 30 + 15);
  });
});

describe("progressions", () => {
  it("include the seed's and the trials' progressions, every step resolving to an exercise", () => {
    const press = getProgression("press-up-hold-progression").steps.map((s) => s.dosage.holdSeconds);
    expect(press[0]).toBe(5);
    expect(press.at(-1)).toBe(30);
    const abduction = getProgression("abduction-to-band-walk").steps.map((s) => `${s.exercise} ${s.dosage.sets}×${s.dosage.reps}`);
    expect(abduction).toEqual(["side-lying-hip-abduction 2×10", "side-lying-hip-abduction 3×10", "lateral-band-walk 3×15"]);
    for (const progression of listProgressions()) for (const step of progression.steps) expect(isExerciseId(step.exercise)).toBe(true);
  });

  it("advance on target, form and low pain; hold otherwise; step back when pain rises (pain-monitoring model)", () => {
    const bridge = getProgression("bridge-progression");
    const good = { targetMet: true, goodForm: true, painDuring: 2, painNextMorning: 0, weeksAtStep: 2 };
    expect(nextStep(bridge, 0, good)).toMatchObject({ action: "advance", step: 1 });
    expect(nextStep(bridge, 0, { ...good, goodForm: false })).toMatchObject({ action: "hold", step: 0 });
    expect(nextStep(bridge, 0, { ...good, targetMet: false })).toMatchObject({ action: "hold", step: 0 });
    expect(nextStep(bridge, 0, { ...good, weeksAtStep: 0 })).toMatchObject({ action: "hold", step: 0 });
    expect(nextStep(bridge, 0, { ...good, painDuring: 4 })).toMatchObject({ action: "hold", step: 0 });
    expect(nextStep(bridge, 1, { ...good, painDuring: 5 })).toMatchObject({ action: "hold", step: 1 });
    expect(nextStep(bridge, 1, { ...good, painDuring: 6 })).toMatchObject({ action: "step-back", step: 0 });
    expect(nextStep(bridge, 1, { ...good, painNextMorning: 6 })).toMatchObject({ action: "step-back", step: 0 });
    expect(nextStep(bridge, 1, { ...good, painNextMorning: 2, usualMorningPain: 2 })).toMatchObject({ action: "advance", step: 2 });
    expect(nextStep(bridge, 1, { ...good, painNextMorning: 3, usualMorningPain: 2 })).toMatchObject({ action: "step-back", step: 0 });
    expect(nextStep(bridge, 0, { ...good, painDuring: 8 })).toMatchObject({ action: "step-back", step: 0 });
    expect(nextStep(bridge, bridge.steps.length - 1, good).action).toBe("hold");
    expect(() => nextStep(bridge, 99, good)).toThrow(/^nextStep: /);
  });
});

describe("protocols", () => {
  it("exist for every cause an exercise plan can help, and only those", () => {
    for (const hypothesis of listHypotheses()) {
      expect(listProtocols({ hypothesis: hypothesis.id }).length > 0, hypothesis.id).toBe(hypothesis.kind !== "serious");
    }
  });

  it("reference existing exercises, progressions, causes and sources", () => {
    const progressions = new Set(listProgressions().map((p) => p.id));
    for (const protocol of listProtocols()) {
      expect(isHypothesisId(protocol.hypothesis), protocol.hypothesis).toBe(true);
      for (const id of [...protocol.sources, ...(protocol.verdict?.sources ?? [])]) expect(isSourceId(id), `${protocol.id}: ${id}`).toBe(true);
      for (const item of protocol.phases.flatMap((phase) => phase.items)) {
        expect(isExerciseId(item.exercise), `${protocol.id}: ${item.exercise}`).toBe(true);
        if (item.progression !== undefined) expect(progressions.has(item.progression), item.progression).toBe(true);
      }
    }
  });

  it("keep gluteal tendinopathy clear of stretches that cross the leg over the midline", () => {
    const items = getProtocol("protocol-gluteal-tendinopathy").phases.flatMap((phase) => phase.items.map((i) => i.exercise));
    for (const id of ["figure-four-stretch", "pigeon-stretch", "piriformis-stretch-crossed-knees", "piriformis-stretch-foot-outside-knee"]) {
      expect(items).not.toContain(id);
    }
  });

  it("are named by the assessment for its top causes", () => {
    const result = assess({ complaints: [{ location: "hamstrings", sensations: ["tightness", "soreness"], durationDays: 60 }] });
    expect(result.hypotheses[0]?.protocols).toEqual(["protocol-gluteus-maximus-weakness"]);
    expect(result.protocols).toContain("protocol-gluteus-maximus-weakness");
  });
});

describe("buildPlan", () => {
  const seed000 = assess({
    complaints: [{ location: "gluteus-medius", side: "right", sensations: ["tightness", "soreness"], durationDays: 28, notRelievedBy: ["stretching"] }],
    context: { postpartum: true },
  });

  it("builds a week-by-week plan from an assessment, explaining every exercise", () => {
    const plan = buildPlan(seed000, { weeks: 6, sessionsPerWeek: 3, minutesPerSession: 25, equipment: ["band"], side: "right" });
    expect(plan.status).toBe("ready");
    expect(plan.causes[0]).toEqual({ hypothesis: "deep-rotator-inhibition", protocol: "protocol-deep-rotator-inhibition" });
    expect(plan.weeks).toHaveLength(6);
    const first = plan.weeks[0]!.sessions[0]!;
    expect(first.items.length).toBeGreaterThan(0);
    for (const item of first.items) {
      expect(item.why.length).toBeGreaterThan(0);
      expect(item.formatted).toBe(formatDosage(item.dosage));
      if (item.dosage.perSide) expect(item.startSide).toBe("right");
    }
    expect(plan.notes.join(" ")).toMatch(/3\/10/);
  });

  it("deduplicates exercises shared by several causes", () => {
    const plan = buildPlan(["hip-abductor-weakness", "iliotibial-band-syndrome", "deep-rotator-inhibition"], { minutesPerSession: 120 });
    for (const week of plan.weeks) {
      for (const session of week.sessions) {
        const ids = session.items.map((i) => i.exercise);
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
    const shared = plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items)).find((i) => i.causes.length > 1);
    expect(shared).toBeDefined();
  });

  it("moves through progressions by check-ins, never by the calendar alone", () => {
    const options = { weeks: 4, minutesPerSession: 120, equipment: EquipmentSchema.options };
    const steps = (plan: ReturnType<typeof buildPlan>) =>
      plan.weeks.flatMap((w) => w.sessions[0]!.items.flatMap((i) => (i.progression === undefined ? [] : [i.progression.step])));
    expect(Math.max(...steps(buildPlan(["iliotibial-band-syndrome"], { ...options, weeks: 12 })))).toBe(0);
    const good = { targetMet: true, painDuring: 1, painNextMorning: 0 };
    const after = buildPlan(["iliotibial-band-syndrome"], { ...options, progress: [good, good] });
    expect(Math.max(...steps(after))).toBe(1);
    expect(after.weeks[0]!.week).toBe(3);
  });

  it("plans no exercise when triage says to see a professional first", () => {
    const urgent = assess({ complaints: [{ location: "groin", sensations: ["pain"] }], redFlags: ["pain-on-hopping"] });
    const plan = buildPlan(urgent);
    expect(plan.status).toBe("see-a-professional-first");
    expect(plan.weeks).toEqual([]);
  });

  it("never plans impact work, or more running than the assessment allows, while a bone stress injury is possible", () => {
    const result = assess({ complaints: [{ location: "shin", sensations: ["pain"], onset: "gradual", when: ["during-run"] }], redFlags: ["focal-bone-tenderness"] });
    expect(buildPlan(result).status).toBe("see-a-professional-first");
    const consult = { triage: { level: "consult" as const, running: "stop" as const }, hypotheses: [{ id: "foot-arch-control-fatigue" }], reported: { findings: ["focal-bone-tenderness"] } };
    const plan = buildPlan(consult, { weeks: 10, minutesPerSession: 120, equipment: EquipmentSchema.options });
    for (const week of plan.weeks) {
      expect(week.running).toBe("stop");
      expect(week.runningNotes.join(" ")).not.toMatch(/\brun (short|easy)/i);
      for (const item of week.sessions.flatMap((s) => s.items)) expect(item.kind).not.toBe("plyometric");
    }
    const byCause = buildPlan(["foot-arch-control-fatigue", "bone-stress-injury"], { weeks: 10, minutesPerSession: 120, equipment: EquipmentSchema.options, progress: Array(8).fill({ targetMet: true, painDuring: 0, painNextMorning: 0 }) });
    expect(byCause.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items)).some((i) => i.kind === "plyometric")).toBe(false);
    expect(byCause.dropped.some((d) => d.reason === "contraindicated" && d.ruledOutBy?.id === "bone-stress-injury")).toBe(true);
  });

  it("lists as dropped for time only what no session of the week could hold", () => {
    const plan = buildPlan(["hip-abductor-weakness", "deep-rotator-inhibition", "gluteus-maximus-weakness"], { minutesPerSession: 10, sessionsPerWeek: 3 });
    for (const week of plan.weeks) {
      const placed = new Set(week.sessions.flatMap((s) => s.items.map((i) => i.exercise)));
      for (const drop of plan.dropped.filter((d) => d.week === week.week && d.reason === "time")) expect(placed.has(drop.exercise)).toBe(false);
    }
  });

  it("carries each exercise's contraindications into the plan", () => {
    const plan = buildPlan(["piriformis-syndrome"], { minutesPerSession: 60 });
    const item = plan.weeks[0]!.sessions[0]!.items[0]!;
    expect(item.contraindications).toEqual(getExercise(item.exercise as never).contraindications);
  });

  it("respects equipment and the time budget, deterministically (property)", () => {
    const causes = listProtocols().map((p) => p.hypothesis).filter((id) => isHypothesisId(id));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(causes, { minLength: 1, maxLength: 4 }),
        fc.subarray(EquipmentSchema.options as Equipment[]),
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 10 }),
        (hypotheses, equipment, minutes, sessions, weeks) => {
          const options = { weeks, sessionsPerWeek: sessions, minutesPerSession: minutes, equipment, maxCauses: 4 };
          const plan = buildPlan(hypotheses, options);
          expect(plan).toEqual(buildPlan(hypotheses, options));
          expect(plan.weeks).toHaveLength(weeks);
          for (const week of plan.weeks) {
            expect(week.sessions).toHaveLength(sessions);
            for (const session of week.sessions) {
              const total = session.items.reduce((sum, item) => sum + item.estimatedSeconds, 0);
              expect(total).toBeLessThanOrEqual(minutes * 60);
              for (const item of session.items) {
                for (const need of getExercise(item.exercise as never).equipment) expect(need === "none" || equipment.includes(need)).toBe(true);
                if (item.dosage.load?.type === "band") expect(equipment).toContain("band");
                if (item.dosage.load?.type === "external") expect(equipment).toContain("weight");
              }
            }
          }
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("fails with a typed error on bad input", () => {
    expect(() => buildPlan(["not-a-cause"])).toThrow(expect.objectContaining({ code: "invalid_input" }));
    expect(() => buildPlan(["hip-abductor-weakness"], { weeks: 0 })).toThrow(/^buildPlan: /);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          buildPlan(value as never);
        } catch (error) {
          expect(error).toBeInstanceOf(KineticChainError);
        }
      }),
    );
  });
});

/** The FHIR R4 element names each part of the output may use. */
const FHIR_FIELDS: Record<string, readonly string[]> = {
  ActivityDefinition: ["resourceType", "id", "name", "title", "status", "description", "kind", "code", "timingTiming", "bodySite", "dosage", "extension"],
  CodeableConcept: ["text", "coding"],
  Timing: ["repeat"],
  "Timing.repeat": ["count", "countMax", "duration", "durationMax", "durationUnit", "frequency", "frequencyMax", "period", "periodMax", "periodUnit", "dayOfWeek", "timeOfDay", "when", "offset", "boundsDuration"],
  Dosage: ["sequence", "text", "additionalInstruction", "patientInstruction", "timing", "asNeededBoolean", "site", "route", "method", "doseAndRate"],
  "Dosage.doseAndRate": ["type", "doseQuantity", "doseRange"],
  Quantity: ["value", "comparator", "unit", "system", "code"],
  Extension: ["url", "valueInteger", "valueBoolean", "valueDuration", "valueString"],
};

/** The parts of a FHIR ActivityDefinition the checks walk. */
interface FhirActivity {
  readonly kind: string;
  readonly code: object;
  readonly timingTiming: { readonly repeat: object };
  readonly bodySite: readonly object[];
  readonly dosage: readonly { readonly doseAndRate: readonly { readonly doseQuantity: object }[] }[];
  readonly extension: readonly object[];
}

describe("export", () => {
  const keysOf = (value: object, allowed: readonly string[] | undefined, where: string): void => {
    for (const key of Object.keys(value)) expect(allowed, where).toContain(key);
  };

  it("produces FHIR R4 ActivityDefinitions that use only R4 element names", () => {
    for (const exercise of listExercises()) {
      const resource = toFhirActivityDefinition(exercise) as unknown as FhirActivity;
      keysOf(resource, FHIR_FIELDS.ActivityDefinition, "ActivityDefinition");
      keysOf(resource.code, FHIR_FIELDS.CodeableConcept, "code");
      keysOf(resource.timingTiming, FHIR_FIELDS.Timing, "timingTiming");
      keysOf(resource.timingTiming.repeat, FHIR_FIELDS["Timing.repeat"], "repeat");
      for (const site of resource.bodySite) keysOf(site, FHIR_FIELDS.CodeableConcept, "bodySite");
      for (const dosage of resource.dosage) {
        keysOf(dosage, FHIR_FIELDS.Dosage, "Dosage");
        for (const rate of dosage.doseAndRate) {
          keysOf(rate, FHIR_FIELDS["Dosage.doseAndRate"], "doseAndRate");
          keysOf(rate.doseQuantity, FHIR_FIELDS.Quantity, "doseQuantity");
        }
      }
      for (const extension of resource.extension) keysOf(extension, FHIR_FIELDS.Extension, "extension");
      expect(resource.kind).toBe("ServiceRequest");
    }
  });

  it("maps frequency to timing, holds to duration, reps to doseQuantity, sets and side to extensions", () => {
    const resource = toFhirActivityDefinition(getExercise("prone-press-up"), {
      sets: 1, reps: 10, holdSeconds: 5, perSide: false, restSeconds: 30, frequency: { times: 2, per: "day" }, weeks: 4,
    }) as { timingTiming: { repeat: Record<string, unknown> }; dosage: { doseAndRate: { doseQuantity: { value: number } }[]; text: string }[]; extension: { url: string }[] };
    expect(resource.timingTiming.repeat).toMatchObject({ frequency: 2, period: 1, periodUnit: "d", duration: 5, durationUnit: "s", boundsDuration: { value: 4, unit: "wk" } });
    expect(resource.dosage[0]!.doseAndRate[0]!.doseQuantity.value).toBe(10);
    expect(resource.dosage[0]!.text).toBe("1 × 10 × 5 s hold, rest 30 s, 2× daily, 4 weeks");
    expect(resource.extension.map((e) => e.url)).toEqual([
      "urn:kinetic-chain:fhir:extension:sets",
      "urn:kinetic-chain:fhir:extension:per-side",
      "urn:kinetic-chain:fhir:extension:rest",
    ]);
  });

  it("produces schema.org ExercisePlan JSON-LD", () => {
    const plan = toSchemaOrgExercisePlan(getExercise("clamshell"), { sets: 3, reps: 15, perSide: true, restSeconds: 90, frequency: thrice });
    expect(plan).toMatchObject({ "@context": "https://schema.org", "@type": "ExercisePlan", repetitions: 45, activityFrequency: "3 per week", restPeriods: "PT1M30S" });
    expect(plan.activityDuration).toMatch(/^PT(\d+M)?(\d+S)?$/);
  });
});
