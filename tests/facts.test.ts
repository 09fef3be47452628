import { describe, expect, it } from "vitest";
import type { Report } from "../src";
import { factsOf, trainingSignals } from "../src/assess/facts";
import { graphOf } from "../src/chains/graph";
import { ReportSchema } from "../src/schemas";

/**
 * What assess reads from a report before any rule runs: the training signals (weekly rises,
 * single-run spikes, the acute:chronic ratio) and the life context, each at its boundary.
 */
const facts = (report: Omit<Report, "complaints">): ReturnType<typeof factsOf> =>
  factsOf(ReportSchema.parse({ complaints: [{ location: "calf", side: "left", sensations: ["pain"] }], ...report }), graphOf("facts-test"));
const signals = (training: Report["training"]): string[] => [...trainingSignals(training)].sort();
/** A run every other day from `from` for `days` days, each `km` long. */
const every2 = (from: string, days: number, km: number): { date: string; distanceKm: number }[] =>
  Array.from({ length: Math.ceil(days / 2) }, (_, i) => ({ date: new Date(Date.parse(from) + 2 * i * 86_400_000).toISOString().slice(0, 10), distanceKm: km }));

describe("training signals", () => {
  it("are none without training, or with a single week", () => {
    expect(signals(undefined)).toEqual([]);
    expect(signals({ weeklyDistancesKm: [30] })).toEqual([]);
  });

  it("read a weekly rise over 10% and over 30% from weekly distances", () => {
    expect(signals({ weeklyDistancesKm: [20, 22] })).toEqual([]);
    expect(signals({ weeklyDistancesKm: [20, 23] })).toEqual(["weekly-increase-over-10"]);
    expect(signals({ weeklyDistancesKm: [20, 27] })).toEqual(["weekly-increase-over-10", "weekly-increase-over-30"]);
  });

  it("total the last two weeks from runs, read at the latest run when no date is given", () => {
    const runs = [
      { date: "2025-03-03", distanceKm: 10 },
      { date: "2025-03-05", distanceKm: 10 },
      { date: "2025-03-10", distanceKm: 10 },
      { date: "2025-03-12", distanceKm: 10 },
      { date: "2025-03-14", distanceKm: 9 },
    ];
    expect(signals({ runs })).toContain("weekly-increase-over-30");
    // Read a week later, the rise is behind: the last two weeks are 29 km and nothing.
    expect(signals({ runs, asOf: "2025-03-23" })).not.toContain("weekly-increase-over-10");
  });

  it("flag a run far longer than the longest of the month before", () => {
    const base = every2("2025-02-01", 30, 10);
    expect(signals({ runs: base })).not.toContain("long-run-spike");
    expect(signals({ runs: [...base, { date: "2025-03-04", distanceKm: 16 }] })).toContain("long-run-spike");
  });

  it("read a high acute:chronic ratio only with four weeks of history", () => {
    const jump = [...every2("2025-02-01", 28, 5), ...every2("2025-03-01", 7, 15)];
    expect(signals({ runs: jump })).toContain("acwr-high");
    // The same jump with only two weeks behind it: the ratio means nothing yet.
    expect(signals({ runs: [...every2("2025-02-15", 14, 5), ...every2("2025-03-01", 7, 15)] })).not.toContain("acwr-high");
    expect(signals({ runs: every2("2025-02-01", 35, 5) })).not.toContain("acwr-high");
  });
});

describe("life context and findings", () => {
  it("reads each context flag at its boundary", () => {
    expect([...facts({ context: { sitsMostOfDay: true, sex: "female", ageYears: 51 } }).context].sort()).toEqual(["age-over-50", "female", "sits-most-of-day"]);
    expect([...facts({ context: { sitsMostOfDay: false, sex: "male", ageYears: 50 } }).context]).toEqual([]);
    expect([...facts({ context: { weeksSinceBirth: 8 } }).context].sort()).toEqual(["postpartum", "postpartum-under-12-weeks"]);
    expect([...facts({ context: { weeksSinceBirth: 12 } }).context]).toEqual(["postpartum"]);
    expect([...facts({ context: { weeksSinceBirth: 53 } }).context]).toEqual([]);
    expect([...facts({ context: { postpartum: true } }).context]).toEqual(["postpartum"]);
  });

  it("counts pregnancy from the context as a present finding", () => {
    const pregnant = facts({ context: { pregnant: true } });
    expect(pregnant.present.has("pregnant")).toBe(true);
    expect(pregnant.context.has("pregnant")).toBe(true);
    expect(facts({ context: { pregnant: false } }).present.has("pregnant")).toBe(false);
  });

  it("matches a prior injury on the complaint's side, or either side when one is 'both'", () => {
    const same = (sides: ("left" | "right" | "both")[]): boolean => facts({ context: { priorInjurySides: sides } }).context.has("prior-injury-same-side");
    expect(same(["left"])).toBe(true);
    expect(same(["right"])).toBe(false);
    expect(same(["both"])).toBe(true);
    expect(same([])).toBe(false);
  });

  it("keeps findings present, absent and red flags apart; listed and denied counts as present", () => {
    const f = facts({ findings: { swelling: true, fever: false, "night-pain": false }, redFlags: ["night-pain"] });
    expect([...f.present].sort()).toEqual(["night-pain", "swelling"]);
    expect([...f.absent]).toEqual(["fever"]);
    expect([...f.redFlags]).toEqual(["night-pain"]);
  });
});
