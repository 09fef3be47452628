import { describe, expect, it } from "vitest";
import { assess, buildPlan, type CheckIn, type Plan, type Report } from "../src";

/**
 * What buildPlan returns, field by field, for realistic inputs: each plan is built inside its test
 * (mutation testing credits a test only with the code it runs) and checked in a compact form,
 * week by week and item by item, against a reviewed snapshot, beside explicit checks of the
 * behaviour that matters.
 */
function summary(plan: Plan): unknown {
  return {
    status: plan.status,
    causes: plan.causes,
    checkIns: plan.checkIns,
    dropped: plan.dropped,
    avoid: plan.avoid,
    notes: plan.notes,
    weeks: plan.weeks.map((week) => ({
      week: week.week,
      phases: week.phases.map((p) => `${p.protocol}: ${p.phase} (${p.index + 1}/${p.of}, ≥${p.minWeeks} weeks)`),
      running: week.running,
      runningNotes: week.runningNotes,
      ...(week.returnToRun === undefined ? {} : { returnToRun: week.returnToRun }),
      sessions: week.sessions.map((s) => ({
        minutes: s.estimatedMinutes,
        items: s.items.map((item) =>
          [item.exercise, item.formatted, item.kind, item.startSide ?? "", item.replaces ?? "", item.progression === undefined ? "" : JSON.stringify(item.progression), item.causes.join("+")].join(" | "),
        ),
      })),
    })),
  };
}

const good: CheckIn = { targetMet: true, painDuring: 1, painNextMorning: 0 };
const sore: CheckIn = { targetMet: true, painDuring: 6, painNextMorning: 0 };
const worseNextMorning: CheckIn = { targetMet: true, painDuring: 2, painNextMorning: 6 };
const unfinished: CheckIn = { targetMet: false, painDuring: 1, painNextMorning: 0 };

const calfStrain: Report = { complaints: [{ location: "gastrocnemius", side: "left", sensations: ["pain"], durationDays: 3, onset: "sudden" }] };
const groinAt45: Report = { complaints: [{ location: "hip-adductors", sensations: ["pain"], onset: "gradual", aggravatedBy: ["sitting", "squatting-or-kneeling"] }], context: { ageYears: 45 } };

describe("buildPlan, field by field", () => {
  it("plans the kneecap protocol for the left side with a band only, swapping or dropping what needs weights", () => {
    const plan = buildPlan(["patellofemoral-pain"], { equipment: ["band"], side: "left", weeks: 2, minutesPerSession: 30 });
    const items = plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items));
    for (const item of items) if (item.dosage.perSide) expect(item.startSide, item.exercise).toBe("left");
    for (const item of items) expect(item.dosage.load?.type, item.exercise).not.toBe("external");
    expect(plan.dropped.every((d) => d.reason !== "contraindicated")).toBe(true);
    expect(summary(plan)).toMatchSnapshot();
  });

  it("gives no start side for both sides, and uses weights when there are some", () => {
    const plan = buildPlan(["patellofemoral-pain"], { equipment: ["band", "weight"], side: "both", weeks: 1, minutesPerSession: 40 });
    expect(plan.weeks[0]!.sessions.flatMap((s) => s.items).every((item) => item.startSide === undefined)).toBe(true);
    expect(summary(plan)).toMatchSnapshot();
  });

  it("drops for time what does not fit a short session, and says so", () => {
    const plan = buildPlan(["patellofemoral-pain"], { minutesPerSession: 5, weeks: 1, sessionsPerWeek: 2 });
    expect(plan.dropped.some((d) => d.reason === "time")).toBe(true);
    for (const s of plan.weeks[0]!.sessions) expect(s.estimatedMinutes).toBeLessThanOrEqual(5);
    expect(summary(plan)).toMatchSnapshot();
  });

  it("places daily exercises in every session of a seven-session week", () => {
    const plan = buildPlan(["plantar-heel-pain"], { sessionsPerWeek: 7, weeks: 1, minutesPerSession: 30, equipment: ["weight", "band"] });
    expect(plan.weeks[0]!.sessions).toHaveLength(7);
    expect(summary(plan)).toMatchSnapshot();
  });

  it("keeps at most maxCauses causes that have a protocol, in the order given", () => {
    const plan = buildPlan(["bone-stress-injury", "iliotibial-band-syndrome", "gluteal-tendinopathy", "patellofemoral-pain"], { maxCauses: 2, weeks: 1 });
    expect(plan.causes.map((c) => c.hypothesis)).toEqual(["iliotibial-band-syndrome", "gluteal-tendinopathy"]);
    expect(plan.avoid.length).toBeGreaterThan(0);
    expect(summary(plan)).toMatchSnapshot();
  });

  it("leaves out, and names, what a merged cause rules out", () => {
    const plan = buildPlan(["gluteal-tendinopathy", "piriformis-syndrome", "iliotibial-band-syndrome"], { weeks: 1, equipment: ["weight", "band", "foam-roller"] });
    expect(plan.dropped.some((d) => d.reason === "contraindicated" && d.ruledOutBy !== undefined)).toBe(true);
    expect(plan.notes.some((n) => n.includes("`dropped`"))).toBe(true);
    expect(summary(plan)).toMatchSnapshot();
  });

  it("refuses unknown causes with their place", () => {
    expect(() => buildPlan(["patellofemoral-pain", "spleen-ache"])).toThrow(
      expect.objectContaining({ code: "invalid_input", message: "buildPlan: unknown hypothesis id(s): spleen-ache", issues: [expect.objectContaining({ code: "unknown_reference", path: [1], value: "spleen-ache" })] }),
    );
  });

  it("withholds everything beside danger, and says why", () => {
    const plan = buildPlan(assess({ complaints: [{ location: "calf", side: "left", sensations: ["pain"], durationDays: 2 }], findings: { swelling: true } }));
    expect(summary(plan)).toStrictEqual({
      status: "see-a-professional-first",
      causes: [],
      checkIns: [],
      dropped: [],
      avoid: [],
      notes: ["The assessment found something that needs a professional first; no exercise is planned until then."],
      weeks: [],
    });
  });
});

describe("buildPlan, check-ins replayed", () => {
  it("holds the assessment's running advice until the first check-in, then the protocol's", () => {
    const result = assess(groinAt45);
    expect(result.triage.level).toBe("consult");
    const before = buildPlan(result, { weeks: 1 });
    expect(before.notes).toContain("The assessment suggests having this looked at by a professional; show them this plan.");
    expect(summary(before)).toMatchSnapshot();
    const after = buildPlan(result, { weeks: 1, progress: [good] });
    expect(summary(after)).toMatchSnapshot();
  });

  it("steps back on pain, stays on unfinished targets, and moves on after the least weeks", () => {
    const plan = buildPlan(["patellofemoral-pain"], { weeks: 1, progress: [good, worseNextMorning, sore, unfinished, good, good, good, good, good, good, good] });
    const actions = plan.checkIns.map((c) => c.action);
    expect(actions).toContain("step-back");
    expect(actions).toContain("advance");
    expect(plan.checkIns.map((c) => c.week)).toEqual(plan.checkIns.map((_, i) => i + 1));
    expect(summary(plan)).toMatchSnapshot();
  });

  it("brings a stopped runner back through the walk-run stages, stepping back a stage on pain", () => {
    const result = assess(calfStrain);
    const steps = [good, good, good, sore, good, good, good, good, good, good, good, good, good, good, good, good];
    const plan = buildPlan(result, { weeks: 2, equipment: ["weight"], progress: steps });
    const stages = plan.checkIns.map((c) => c.reason);
    expect(stages.some((r) => /walk-run/i.test(r))).toBe(true);
    expect(summary(plan)).toMatchSnapshot();
    // Each prefix of the check-ins, so every stage's week is seen.
    const runs = steps.map((_, i) => buildPlan(result, { weeks: 1, equipment: ["weight"], progress: steps.slice(0, i + 1) }).weeks[0]);
    expect(runs.map((w) => [w?.running, w?.returnToRun?.stage ?? null])).toMatchSnapshot();
  });
});
