import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  buildPlan,
  getExercise,
  getHypothesis,
  getProtocol,
  getReturnToRun,
  isExerciseId,
  isHypothesisId,
  KineticChainError,
  listExercises,
  listHypotheses,
  listProgressions,
  listProtocols,
  listReturnToRun,
  type Exercise,
  type PlanAssessment,
} from "../src";
import { EquipmentSchema, ExerciseSchema, FindingIdSchema, ProgressionSchema, ProtocolSchema, ReturnToRunSchema, SensationSchema } from "../src/schemas";
import { runs } from "./helpers/runs";

/** Self-care-able causes of issue 14, with the running advice the research notes give each. */
const RUNNING_ADVICE: Readonly<Record<string, "continue" | "reduce" | "stop">> = {
  "medial-tibial-stress-syndrome": "reduce",
  "achilles-tendinopathy-midportion": "continue",
  "achilles-tendinopathy-insertional": "reduce",
  "plantar-heel-pain": "reduce",
  "patellar-tendinopathy": "continue",
  "hamstring-strain": "stop",
  "proximal-hamstring-tendinopathy": "reduce",
  "calf-strain": "stop",
  "adductor-related-groin-pain": "reduce",
  "hip-related-groin-pain": "reduce",
  "lumbar-radicular-pain": "reduce",
  "non-specific-low-back-pain": "reduce",
  "osgood-schlatter": "reduce",
  "severs-disease": "reduce",
  "hip-osteoarthritis": "continue",
  "knee-osteoarthritis": "continue",
  "postpartum-return-to-running": "stop",
  "iliotibial-band-syndrome": "reduce",
  "gluteal-tendinopathy": "reduce",
  "patellofemoral-pain": "reduce",
};

/** Running advice, least restrictive first. */
const RUNNING = ["continue", "reduce", "stop"];

/** Serious causes: no protocol, the plan is withheld. */
const SERIOUS = listHypotheses().filter((h) => h.kind === "serious").map((h) => h.id);

/** Every finding id a report can carry. */
const FINDINGS: string[] = [...FindingIdSchema.options];

/** Every cause id a `ruledOutBy` may name. */
const CAUSES = new Set(listHypotheses().map((h) => h.id));

const BONE_STRESS_CAUSES = ["bone-stress-injury", "bone-stress-injury-high-risk", "pubic-bone-stress-injury"];
const BONE_STRESS_FINDINGS = ["pain-on-hopping", "focal-bone-tenderness"];

/** A good week's check-in. */
const GOOD = { targetMet: true, painDuring: 1, painNextMorning: 0 } as const;

/** The most restrictive running advice of an assessment's triage and causes in play. */
function strictestOf(result: ReturnType<typeof assess>): string {
  const advice = [result.triage.running, ...result.hypotheses.filter((h) => result.reported.hypotheses.includes(h.id)).map((h) => h.running ?? "continue")];
  return RUNNING[Math.max(...advice.map((a) => RUNNING.indexOf(a)))]!;
}

/** Every exercise a plan schedules, across weeks and sessions. */
const items = (plan: ReturnType<typeof buildPlan>) => plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items));

/** Whether a report rules an exercise out. */
function ruledOut(exercise: Exercise, reported: { hypotheses: readonly string[]; findings: readonly string[]; sensations: readonly string[] }): boolean {
  const by = exercise.ruledOutBy;
  return (
    by !== undefined &&
    ((by.hypotheses ?? []).some((id) => reported.hypotheses.includes(id)) ||
      (by.findings ?? []).some((id) => reported.findings.includes(id)) ||
      (by.sensations ?? []).some((id) => reported.sensations.includes(id)))
  );
}

/** A self-care assessment naming the causes in play and what was reported. */
function assessment(causes: readonly string[], reported: { findings?: string[]; sensations?: string[] } = {}): PlanAssessment {
  return {
    seeProfessionalFirst: false,
    triage: { level: "self-care", running: "continue", redFlags: [] },
    hypotheses: causes.map((id) => ({ id })),
    reported: { findings: reported.findings ?? [], sensations: reported.sensations ?? [], hypotheses: [...causes] },
  };
}

describe("exercise and protocol data", () => {
  it("has at least 70 exercises and 25 protocols, each valid against its schema", () => {
    expect(listExercises().length).toBeGreaterThanOrEqual(70);
    expect(listProtocols().length).toBeGreaterThanOrEqual(25);
    for (const exercise of listExercises()) expect(ExerciseSchema.safeParse(exercise).error, exercise.id).toBeUndefined();
    for (const protocol of listProtocols()) expect(ProtocolSchema.safeParse(protocol).error, protocol.id).toBeUndefined();
    for (const progression of listProgressions()) expect(ProgressionSchema.safeParse(progression).error, progression.id).toBeUndefined();
    for (const programme of listReturnToRun()) expect(ReturnToRunSchema.safeParse(programme).error, programme.id).toBeUndefined();
  });

  it("names only causes, findings and sensations that exist in ruledOutBy", () => {
    const sensations = new Set<string>(SensationSchema.options);
    for (const exercise of listExercises()) {
      for (const id of exercise.ruledOutBy?.hypotheses ?? []) expect(CAUSES.has(id), `${exercise.id}: ${id}`).toBe(true);
      for (const id of exercise.ruledOutBy?.findings ?? []) expect(FINDINGS, `${exercise.id}: ${id}`).toContain(id);
      for (const id of exercise.ruledOutBy?.sensations ?? []) expect(sensations.has(id), `${exercise.id}: ${id}`).toBe(true);
    }
  });

  it("rules out every impact and single-leg exercise while a bone stress injury is possible, and marks every plyometric as impact", () => {
    for (const exercise of listExercises()) {
      if (exercise.kind === "plyometric") expect(exercise.loading, exercise.id).toContain("impact");
      if ((exercise.loading ?? []).length === 0) continue;
      for (const id of BONE_STRESS_CAUSES) expect(exercise.ruledOutBy?.hypotheses, exercise.id).toContain(id);
      for (const id of BONE_STRESS_FINDINGS) expect(exercise.ruledOutBy?.findings, exercise.id).toContain(id);
    }
  });

  it("rules out the stretches that press on the sciatic nerve or the outer-hip tendons", () => {
    for (const id of ["figure-four-stretch", "pigeon-stretch", "piriformis-stretch-knee-to-opposite-ankle", "piriformis-stretch-foot-outside-knee", "piriformis-stretch-crossed-knees"]) {
      expect(getExercise(id as never).ruledOutBy).toMatchObject({ hypotheses: expect.arrayContaining(["gluteal-tendinopathy"]), sensations: ["numbness", "tingling"] });
    }
    expect(getExercise("foam-roll-itb-lateral-quad").ruledOutBy?.hypotheses).toContain("gluteal-tendinopathy");
    expect(getExercise("calf-stretch").ruledOutBy?.hypotheses).toContain("achilles-tendinopathy-insertional");
  });

  it("doses the trial exercises as the trials did", () => {
    expect(getExercise("eccentric-heel-drop-straight-knee").dosage).toMatchObject({ sets: 3, reps: 15, frequency: { times: 2, per: "day" }, weeks: 12 });
    expect(getExercise("eccentric-heel-drop-bent-knee").dosage).toMatchObject({ sets: 3, reps: 15, frequency: { times: 2, per: "day" }, weeks: 12 });
    expect(getExercise("high-load-heel-raise-towel").dosage).toMatchObject({ sets: 3, reps: 12, tempo: "3-2-3" });
    expect(getExercise("heavy-slow-standing-heel-raise").dosage).toMatchObject({ frequency: { times: 3, per: "week" }, weeks: 12 });
    expect(getExercise("isometric-knee-extension-hold").verdict).toMatchObject({ status: "contested" });
    expect(getExercise("isometric-knee-extension-hold").verdict?.note).toMatch(/unverified/);
  });

  it("gives every self-care cause a protocol whose running advice agrees with the research notes", () => {
    for (const [hypothesis, running] of Object.entries(RUNNING_ADVICE)) {
      const [protocol] = listProtocols({ hypothesis });
      expect(protocol, hypothesis).toBeDefined();
      expect(protocol!.phases[0]!.running, hypothesis).toBe(running);
    }
    expect(SERIOUS.length).toBeGreaterThanOrEqual(20);
    for (const id of SERIOUS) expect(listProtocols({ hypothesis: id }), id).toEqual([]);
    for (const protocol of listProtocols()) {
      const { kind, running = "continue" } = getHypothesis(protocol.hypothesis as never);
      const first = protocol.phases[0]!.running;
      if (kind === "injury") expect(first, protocol.id).toBe(running);
      else expect(RUNNING.indexOf(first), protocol.id).toBeGreaterThanOrEqual(RUNNING.indexOf(running));
    }
    for (const hypothesis of listHypotheses().filter((h) => h.kind !== "serious")) {
      expect(listProtocols({ hypothesis: hypothesis.id }).length, hypothesis.id).toBeGreaterThan(0);
    }
  });

  it("brings running back in stages wherever a protocol stops it, with notes that never say to run while stopped", () => {
    for (const protocol of listProtocols()) {
      const stop = protocol.phases.findIndex((phase) => phase.running === "stop");
      if (stop >= 0) expect(protocol.phases.slice(stop + 1).some((phase) => phase.returnToRun !== undefined), protocol.id).toBe(true);
      for (const phase of protocol.phases) {
        if (phase.returnToRun !== undefined) expect(listReturnToRun().map((p) => p.id)).toContain(phase.returnToRun);
        if (phase.running === "stop") expect(phase.runningNote, `${protocol.id}: ${phase.name}`).toMatch(/^No running/);
        expect(phase.advanceWhen.maxPainDuring).toBeLessThanOrEqual(3);
      }
    }
  });

  it("carries the walk-run table of the research notes, stage by stage", () => {
    const walkRun = getReturnToRun("walk-run-return");
    expect(walkRun.stages.map((s) => [s.rpe, s.intervals?.walkMinutes ?? 0, s.intervals?.runMinutes ?? 0, s.miles])).toEqual([
      [3, 2, 3, 1],
      [3, 2, 3, 1.5],
      [4, 2, 4, 1.5],
      [4, 2, 4, 2],
      [5, 1, 4, 2],
      [5, 0, 0, 2],
    ]);
    expect(walkRun).toMatchObject({ minSessionsPerStage: 2, restDaysBetweenRuns: 1 });
  });

  it("keeps gluteal tendinopathy and the kneecap protocol true to their trials and guideline", () => {
    const gluteal = getProtocol("protocol-gluteal-tendinopathy");
    expect(gluteal.sources).toContain("mellor-2018-leap");
    expect(gluteal.avoid?.join(" ")).toMatch(/crossing the legs/i);
    const phaseOne = getProtocol("protocol-patellofemoral-pain").phases[0]!.items.map((i) => getExercise(i.exercise as never));
    expect(phaseOne.some((e) => e.targets.some((t) => t.structure === "quadriceps"))).toBe(true);
    expect(phaseOne.some((e) => e.targets.some((t) => t.structure.startsWith("gluteus")))).toBe(true);
  });

  it("references exercises that exist from every progression and protocol", () => {
    for (const progression of listProgressions()) for (const step of progression.steps) expect(isExerciseId(step.exercise), step.exercise).toBe(true);
    for (const protocol of listProtocols()) for (const item of protocol.phases.flatMap((p) => p.items)) expect(isExerciseId(item.exercise), item.exercise).toBe(true);
  });
});

describe("buildPlan: contraindications", () => {
  const options = { weeks: 2, minutesPerSession: 120, sessionsPerWeek: 3, equipment: EquipmentSchema.options };

  it("drops figure-four and outer-thigh rolling when gluteal tendinopathy is merged with piriformis syndrome and ITBS, naming the cause", () => {
    const causes = ["gluteal-tendinopathy", "piriformis-syndrome", "iliotibial-band-syndrome"];
    const plan = buildPlan(assessment(causes), { ...options, progress: [GOOD, GOOD, GOOD] });
    expect(plan.weeks[0]!.phases.find((p) => p.protocol === "protocol-piriformis-syndrome")?.index).toBe(1);
    const planned = new Set(items(plan).map((i) => i.exercise));
    expect(plan.avoid).toEqual(expect.arrayContaining([...(getProtocol("protocol-gluteal-tendinopathy").avoid ?? [])]));
    for (const id of ["figure-four-stretch", "foam-roll-itb-lateral-quad"]) {
      expect(planned.has(id), id).toBe(false);
      expect(plan.dropped).toContainEqual(expect.objectContaining({ exercise: id, reason: "contraindicated", ruledOutBy: { kind: "hypothesis", id: "gluteal-tendinopathy" } }));
    }
  });

  it("plans no piriformis stretch from a real assessment of buttock pain with tingling", () => {
    const result = assess({ complaints: [{ location: "piriformis", side: "right", sensations: ["pain", "tingling"], durationDays: 30 }] });
    expect(result).toMatchObject({ seeProfessionalFirst: false, reported: { sensations: expect.arrayContaining(["tingling"]) } });
    const plan = buildPlan(result, { weeks: 1, minutesPerSession: 60 });
    expect(plan.status).toBe("ready");
    expect(plan.causes.map((c) => c.hypothesis)).toContain("piriformis-syndrome");
    expect(items(plan).some((i) => i.exercise.startsWith("piriformis-stretch"))).toBe(false);
    expect(plan.dropped).toContainEqual(expect.objectContaining({ exercise: "piriformis-stretch-knee-to-opposite-ankle", ruledOutBy: { kind: "sensation", id: "tingling" } }));
  });

  it("plans heel-drops for Achilles pain, from floor level while pain at the heel bone is also addressed (real assessment)", () => {
    const result = assess({ complaints: [{ location: "achilles-tendon", side: "left", sensations: ["pain", "stiffness"], durationDays: 40, onset: "gradual" }] });
    const plan = buildPlan(result, { weeks: 1, minutesPerSession: 60, equipment: ["step", "weight"], side: "left" });
    expect(plan.causes.map((c) => c.hypothesis)).toEqual(["achilles-tendinopathy-midportion", "achilles-tendinopathy-insertional"]);
    const planned = items(plan).map((i) => i.exercise);
    expect(planned).toContain("floor-level-eccentric-heel-drop");
    expect(planned).not.toContain("eccentric-heel-drop-straight-knee");
    expect(plan.dropped).toContainEqual(expect.objectContaining({ exercise: "eccentric-heel-drop-straight-knee", ruledOutBy: { kind: "hypothesis", id: "achilles-tendinopathy-insertional" } }));
    expect(RUNNING.indexOf(plan.weeks[0]!.running)).toBeGreaterThanOrEqual(RUNNING.indexOf(strictestOf(result)));
    const midOnly = buildPlan(["achilles-tendinopathy-midportion"], { weeks: 1, minutesPerSession: 60, equipment: ["step"] });
    expect(items(midOnly).map((i) => i.exercise)).toContain("eccentric-heel-drop-straight-knee");
    expect(midOnly.weeks[0]!.running).toBe("continue");
  });

  it("plans no piriformis stretch when the runner reports tingling", () => {
    const plan = buildPlan(assessment(["piriformis-syndrome"], { sensations: ["tingling"] }), options);
    const planned = items(plan).map((i) => i.exercise);
    expect(planned.some((id) => id.startsWith("piriformis-stretch"))).toBe(false);
    expect(plan.dropped).toContainEqual(expect.objectContaining({ exercise: "piriformis-stretch-crossed-knees", ruledOutBy: { kind: "sensation", id: "tingling" } }));
    expect(planned.length).toBeGreaterThan(0);
  });

  it("keeps hops and single-leg loading out while bone stress is possible, swapping in easier safe variants", () => {
    const plan = buildPlan(assessment(["plantar-heel-pain", "patellar-tendinopathy"], { findings: ["pain-on-hopping"] }), {
      ...options,
      progress: Array(6).fill(GOOD),
    });
    for (const item of items(plan)) {
      const exercise = getExercise(item.exercise as never);
      expect(exercise.loading ?? [], item.exercise).toEqual([]);
    }
    const swapped = items(plan).find((i) => i.replaces === "high-load-heel-raise-towel");
    expect(swapped?.exercise).toBe("double-leg-heel-raise");
  });

  it("never plans an exercise that the reported causes, findings or sensations rule out (property)", () => {
    const causes = listProtocols().map((p) => p.hypothesis).filter((id) => isHypothesisId(id));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(causes, { minLength: 1, maxLength: 3 }),
        fc.subarray(FINDINGS, { maxLength: 4 }),
        fc.subarray([...SensationSchema.options], { maxLength: 3 }),
        fc.integer({ min: 0, max: 10 }),
        (hypotheses, findings, sensations, weeksDone) => {
          const plan = buildPlan(assessment(hypotheses, { findings, sensations }), { ...options, weeks: 1, progress: Array(weeksDone).fill(GOOD) });
          const reported = { hypotheses, findings, sensations };
          for (const item of items(plan)) expect(ruledOut(getExercise(item.exercise as never), reported), item.exercise).toBe(false);
        },
      ),
      { numRuns: runs(150) },
    );
  });
});

describe("buildPlan: progression by criteria", () => {
  const options = { weeks: 3, minutesPerSession: 120, equipment: EquipmentSchema.options };

  it("steps back when next-morning pain is 6/10", () => {
    const plan = buildPlan(["iliotibial-band-syndrome"], { ...options, progress: [GOOD, GOOD, { targetMet: true, painDuring: 2, painNextMorning: 6 }] });
    expect(plan.checkIns.map((c) => c.action)).toEqual(["hold", "hold", "step-back"]);
    expect(plan.checkIns[2]!.reason).toMatch(/6\/10/);
    const steps = items(plan).flatMap((i) => (i.progression === undefined ? [] : [i.progression.step]));
    expect(Math.max(...steps)).toBe(0);
  });

  it("moves to the next phase only when the criteria are met and the least weeks are done", () => {
    const hurting = { targetMet: true, painDuring: 4, painNextMorning: 0 };
    const held = buildPlan(["patellofemoral-pain"], { ...options, progress: Array(10).fill(hurting) });
    expect(held.weeks[0]!.phases[0]!.index).toBe(0);
    const moved = buildPlan(["patellofemoral-pain"], { ...options, progress: Array(10).fill(GOOD) });
    expect(moved.weeks[0]!.phases[0]).toMatchObject({ index: 1, phase: "Single-leg control for running" });
    expect(moved.checkIns.some((c) => c.action === "advance")).toBe(true);
    const early = buildPlan(["patellofemoral-pain"], { ...options, progress: Array(5).fill(GOOD) });
    expect(early.weeks[0]!.phases[0]!.index).toBe(0);
    expect(early.checkIns.at(-1)?.reason).toMatch(/at least 6 week/);
    const onTime = buildPlan(["patellofemoral-pain"], { ...options, progress: Array(6).fill(GOOD) });
    expect(onTime.weeks[0]!.phases[0]!.index).toBe(1);
  });

  it("states the criteria to move on for every phase and progression step", () => {
    const plan = buildPlan(["plantar-heel-pain"], options);
    for (const week of plan.weeks) for (const phase of week.phases) expect(phase.advanceWhen.maxPainDuring).toBeLessThanOrEqual(3);
    const heelRaise = items(plan).find((i) => i.exercise === "high-load-heel-raise-towel");
    expect(heelRaise?.progression).toMatchObject({ id: "towel-heel-raise-progression", step: 0, steps: 3 });
    expect(heelRaise?.progression?.advanceWhen).toMatch(/next morning/);
  });

  it("follows the walk-run stages where running comes back, and only then", () => {
    const stopped = buildPlan(["sacroiliac-joint-pain"], options);
    for (const week of stopped.weeks) expect(week.returnToRun).toBeUndefined();
    const shin = buildPlan(assessment(["medial-tibial-stress-syndrome"].filter((id) => isHypothesisId(id))), options);
    for (const week of shin.weeks) if (shin.causes.length > 0) expect(week.returnToRun?.session).toEqual(getReturnToRun("walk-run-return").stages[0]);
  });

  it("rejects a malformed check-in with a typed error", () => {
    expect(() => buildPlan(["iliotibial-band-syndrome"], { progress: [{ targetMet: true, painDuring: 11, painNextMorning: 0 }] })).toThrow(KineticChainError);
    expect(() => buildPlan(["iliotibial-band-syndrome"], { progress: [{ painDuring: 1 }] as never })).toThrow(/^buildPlan: /);
  });
});

describe("buildPlan: safety and running advice", () => {
  it("withholds the plan when the assessment says to see a professional first", () => {
    const plan = buildPlan({ ...assessment(["patellofemoral-pain"]), seeProfessionalFirst: true });
    expect(plan).toMatchObject({ status: "see-a-professional-first", weeks: [], causes: [] });
  });

  it("keeps every week's running notes in agreement with its running advice", () => {
    const strict: PlanAssessment = { ...assessment(["iliotibial-band-syndrome"]), triage: { level: "consult", running: "stop" } };
    const plan = buildPlan(strict, { weeks: 2 });
    for (const week of plan.weeks) {
      expect(week.running).toBe("stop");
      expect(week.runningNotes).toEqual([expect.stringMatching(/^No running/)]);
    }
    const reduce: PlanAssessment = {
      ...assessment(["iliotibial-band-syndrome", "sacroiliac-joint-pain"]),
      hypotheses: [{ id: "iliotibial-band-syndrome", running: "reduce" }, { id: "sacroiliac-joint-pain", running: "reduce" }],
    };
    // Only ITBS is addressed (one cause): the in-play cause without a protocol keeps its floor after check-ins.
    for (const week of buildPlan(reduce, { weeks: 2, maxCauses: 1, progress: Array(12).fill(GOOD) }).weeks) {
      expect(week.running).toBe("reduce");
      expect(week.runningNotes.length).toBeGreaterThan(0);
    }
  });

  it("stops running for a calf strain, then brings it back with the walk-run stages once a check-in allows (real assessment)", () => {
    const result = assess({ complaints: [{ location: "gastrocnemius", side: "left", sensations: ["pain"], durationDays: 3, onset: "sudden" }] });
    expect(result.hypotheses[0]?.id).toBe("calf-strain");
    const first = buildPlan(result, { weeks: 1, equipment: ["weight"] });
    expect(first.weeks[0]).toMatchObject({ running: "stop", runningNotes: [expect.stringMatching(/^No running/)] });
    expect(first.weeks[0]!.returnToRun).toBeUndefined();
    const next = buildPlan(result, { weeks: 1, equipment: ["weight"], progress: [{ targetMet: true, painDuring: 1, painNextMorning: 0 }] });
    expect(next.weeks[0]).toMatchObject({ running: "reduce", returnToRun: { programme: "walk-run-return", stage: 0 } });
    const sore = buildPlan(result, { weeks: 1, equipment: ["weight"], progress: [{ targetMet: true, painDuring: 4, painNextMorning: 0 }] });
    expect(sore.weeks[0]!.running).toBe("stop");
  });

  it("lists each protocol's phase once a week, however often a cause is named", () => {
    const plan = buildPlan(["iliotibial-band-syndrome", "iliotibial-band-syndrome", "hip-abductor-weakness"], { weeks: 2 });
    for (const week of plan.weeks) {
      const protocols = week.phases.map((p) => p.protocol);
      expect(new Set(protocols).size).toBe(protocols.length);
    }
  });

  it("adds no alarming statistics to a plan for a benign picture", () => {
    const plan = buildPlan(["delayed-onset-muscle-soreness", "training-load-error"], { weeks: 2 });
    for (const text of [...plan.notes, ...plan.weeks.flatMap((w) => w.runningNotes)]) expect(text).not.toMatch(/\d+(\.\d+)?\s?%|recur|fracture/i);
  });
});
