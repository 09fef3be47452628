import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KineticChainError } from "../src/errors";
import {
  acuteChronicRatio,
  checkWeeklyIncrease,
  findLoadGuideline,
  getLoadGuideline,
  isLoadGuidelineId,
  listLoadGuidelines,
  longestRunSpike,
  sorenessWindow,
  weeklyChange,
  weeklyTotals,
  type LoadGuidelineId,
  type Run,
} from "../src/load";
import { IsoDateSchema, LoadGuidelineSchema, RunSchema } from "../src/schemas";
import { getSource, isSourceId } from "../src/sources";

const AS_OF = "2025-03-09"; // a Sunday

/** The date `offset` days from `date` (negative: before). */
function shift(date: string, offset: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** A run `back` days before `AS_OF`. */
const run = (back: number, distanceKm: number): Run => ({ date: shift(AS_OF, -back), distanceKm });

/** Whether a value and everything reachable from it is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** Runs `fn`, expecting `invalid_input` with a message naming `name` first. */
function expectInvalid(name: string, fn: () => unknown): KineticChainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KineticChainError);
    const e = error as KineticChainError;
    expect(e.code).toBe("invalid_input");
    expect(e.message.startsWith(`${name}:`)).toBe(true);
    expect(e.issues.length).toBeGreaterThan(0);
    return e;
  }
  throw new Error(`${name} did not throw`);
}

/** A novice's three weeks: 20 km, then 24 km, then 30 km, four runs a week, ending on `AS_OF`. */
const NOVICE: readonly Run[] = [
  ...[20, 18, 16, 14].map((back, i) => run(back, [4, 5, 5, 6][i]!)),
  ...[13, 11, 9, 7].map((back, i) => run(back, [5, 6, 5, 8][i]!)),
  ...[6, 4, 2, 0].map((back, i) => run(back, [6, 7, 7, 10][i]!)),
];

describe("load guidelines", () => {
  it("every row matches its schema", () => {
    for (const guideline of listLoadGuidelines()) expect(LoadGuidelineSchema.safeParse(guideline).success).toBe(true);
  });

  it("every guideline and verdict cites sources that exist", () => {
    for (const guideline of listLoadGuidelines()) {
      expect(guideline.sources.length).toBeGreaterThan(0);
      for (const id of [...guideline.sources, ...(guideline.verdict?.sources ?? [])]) expect(isSourceId(id), id).toBe(true);
    }
  });

  it("grades respect the evidence rules", () => {
    for (const guideline of listLoadGuidelines()) {
      const opinionOnly = guideline.sources.every((id) => isSourceId(id) && getSource(id).kind === "practitioner-opinion");
      if (opinionOnly || guideline.verdict?.status === "unverified") expect(guideline.grade, guideline.id).toBe("practitioner-opinion");
      if (guideline.verdict !== undefined && guideline.verdict.status !== "unverified") {
        expect(guideline.verdict.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it("the contested rules say so, and the soreness heuristic is unverified", () => {
    const status = (id: LoadGuidelineId) => getLoadGuideline(id).verdict?.status;
    expect(status("ten-percent-rule")).toBe("contested");
    expect(status("acute-chronic-workload-ratio")).toBe("contested");
    expect(status("single-run-spike")).toBe("supported");
    expect(status("doms-window")).toBe("supported");
    expect(status("soreness-beyond-a-week")).toBe("unverified");
    expect(getLoadGuideline("soreness-beyond-a-week").grade).toBe("practitioner-opinion");
    expect(getLoadGuideline("ten-percent-rule").verdict?.sources).toEqual(["buist-2008", "nielsen-2014", "fredette-2022"]);
    expect(getLoadGuideline("ten-percent-rule").verdict?.note).toContain("HR 1.59 (0.96–2.66, p=.07)");
    expect(getLoadGuideline("acute-chronic-workload-ratio").verdict?.sources).toEqual([
      "lolli-2019",
      "impellizzeri-2020",
      "frandsen-2025",
    ]);
    expect(getLoadGuideline("single-run-spike").claim).toMatch(/1\.64.*1\.52.*2\.28/);
  });

  it("accessors find, list and narrow", () => {
    expect(listLoadGuidelines().map((g) => g.id)).toEqual([
      "ten-percent-rule",
      "single-run-spike",
      "acute-chronic-workload-ratio",
      "doms-window",
      "soreness-beyond-a-week",
    ]);
    expect(findLoadGuideline("10% rule")?.id).toBe("ten-percent-rule");
    expect(findLoadGuideline("Acute:chronic workload ratio")?.id).toBe("acute-chronic-workload-ratio");
    expect(findLoadGuideline("single run spike")?.id).toBe("single-run-spike");
    expect(findLoadGuideline("tempo runs")).toBeUndefined();
    expect(isLoadGuidelineId("doms-window")).toBe(true);
    expect(isLoadGuidelineId("doms")).toBe(false);
    expect(isLoadGuidelineId(7)).toBe(false);
    expect(() => getLoadGuideline("nope" as LoadGuidelineId)).toThrow(/^getLoadGuideline: no load guideline/);
    expect(deeplyFrozen(listLoadGuidelines())).toBe(true);
  });
});

describe("IsoDateSchema and RunSchema", () => {
  it("accept real calendar dates only", () => {
    for (const ok of ["2025-03-09", "2024-02-29", "2000-02-29", "1999-12-31", "1000-01-01", "9999-12-31"]) {
      expect(IsoDateSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ["2025-02-30", "2023-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-01", "0099-01-01", "2025-03-09T00:00:00Z", ""]) {
      expect(IsoDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("bound distance and duration", () => {
    expect(RunSchema.safeParse({ date: AS_OF, distanceKm: 10, durationMin: 55 }).success).toBe(true);
    expect(RunSchema.safeParse({ date: AS_OF, distanceKm: 400 }).success).toBe(true);
    for (const bad of [
      { date: AS_OF, distanceKm: 0 },
      { date: AS_OF, distanceKm: -3 },
      { date: AS_OF, distanceKm: 401 },
      { date: AS_OF, distanceKm: Number.NaN },
      { date: AS_OF, distanceKm: 5, durationMin: 0 },
      { date: AS_OF },
    ]) {
      expect(RunSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("weeklyTotals", () => {
  it("totals a novice's three weeks, oldest first", () => {
    const weeks = weeklyTotals(NOVICE, { asOf: AS_OF, weeks: 3 });
    expect(weeks).toEqual([
      { start: "2025-02-17", end: "2025-02-23", distanceKm: 20, runs: 4 },
      { start: "2025-02-24", end: "2025-03-02", distanceKm: 24, runs: 4 },
      { start: "2025-03-03", end: "2025-03-09", distanceKm: 30, runs: 4 },
    ]);
  });

  it("returns eight contiguous windows by default, the last ending on asOf", () => {
    const weeks = weeklyTotals(NOVICE, { asOf: AS_OF });
    expect(weeks).toHaveLength(8);
    expect(weeks.at(-1)!.end).toBe(AS_OF);
    expect(weeks[0]!.start).toBe(shift(AS_OF, -55));
    expect(weeks.slice(0, 5).every((week) => week.distanceKm === 0 && week.runs === 0)).toBe(true);
  });

  it("counts back across a leap day", () => {
    expect(weeklyTotals([{ date: "2024-02-29", distanceKm: 5.25 }], { asOf: "2024-03-03", weeks: 1 })).toEqual([
      { start: "2024-02-26", end: "2024-03-03", distanceKm: 5.25, runs: 1 },
    ]);
  });

  it("handles empty logs and zero weeks", () => {
    expect(weeklyTotals([], { asOf: AS_OF, weeks: 2 }).map((week) => week.distanceKm)).toEqual([0, 0]);
    expect(weeklyTotals(NOVICE, { asOf: AS_OF, weeks: 0 })).toEqual([]);
  });

  it("ignores runs after asOf and before the oldest window", () => {
    const weeks = weeklyTotals([run(-1, 50), run(0, 5), run(7, 6), run(14, 70)], { asOf: AS_OF, weeks: 2 });
    expect(weeks.map((week) => [week.distanceKm, week.runs])).toEqual([
      [6, 1],
      [5, 1],
    ]);
  });

  it("rejects invalid input with invalid_input", () => {
    const error = expectInvalid("weeklyTotals", () => weeklyTotals([{ date: "2025-02-30", distanceKm: 5 }], { asOf: AS_OF }));
    expect(error.issues[0]!.path).toEqual([0, "date"]);
    expectInvalid("weeklyTotals", () => weeklyTotals([], { asOf: "2025-02-30" }));
    expectInvalid("weeklyTotals", () => weeklyTotals([], { asOf: AS_OF, weeks: -1 }));
    expectInvalid("weeklyTotals", () => weeklyTotals([], { asOf: AS_OF, weeks: 1.5 }));
    expectInvalid("weeklyTotals", () => weeklyTotals([], { asOf: AS_OF, weeks: 521 }));
    expectInvalid("weeklyTotals", () => weeklyTotals([run(0, 500)], { asOf: AS_OF }));
    expectInvalid("weeklyTotals", () => weeklyTotals(null as never, { asOf: AS_OF }));
    expectInvalid("weeklyTotals", () => weeklyTotals([], undefined as never));
  });
});

describe("weeklyChange", () => {
  it("gives the change from each week to the next", () => {
    expect(weeklyChange([20, 24, 30])).toEqual([
      { distanceKm: 20, changePercent: null },
      { distanceKm: 24, changePercent: 20 },
      { distanceKm: 30, changePercent: 25 },
    ]);
    expect(weeklyChange([30, 15]).at(-1)!.changePercent).toBe(-50);
  });

  it("has no percentage after a week of 0 km, and nothing for no weeks", () => {
    expect(weeklyChange([0, 10, 0]).map((week) => week.changePercent)).toEqual([null, null, -100]);
    expect(weeklyChange([])).toEqual([]);
  });

  it("rejects negative or non-finite distances", () => {
    expectInvalid("weeklyChange", () => weeklyChange([10, -1]));
    expectInvalid("weeklyChange", () => weeklyChange([Number.POSITIVE_INFINITY]));
    expectInvalid("weeklyChange", () => weeklyChange(["10"] as never));
  });
});

describe("checkWeeklyIncrease", () => {
  it("flags the novice's 24 → 30 km week, with the contested guideline", () => {
    const check = checkWeeklyIncrease([20, 24, 30]);
    expect(check.changePercent).toBe(25);
    expect(check.exceedsLimit).toBe(true);
    expect(check.exceedsThirtyPercent).toBe(false);
    expect(check.guideline.id).toBe("ten-percent-rule");
    expect(check.guideline.verdict?.status).toBe("contested");
  });

  it("does not flag exactly the limit, despite floating-point noise", () => {
    expect(((4.4 - 4) / 4) * 100).toBeGreaterThan(10);
    expect(checkWeeklyIncrease([4, 4.4])).toMatchObject({ changePercent: 10, exceedsLimit: false });
  });

  it("flags more than 30%, and honours a custom limit", () => {
    expect(checkWeeklyIncrease([20, 27])).toMatchObject({ changePercent: 35, exceedsLimit: true, exceedsThirtyPercent: true });
    expect(checkWeeklyIncrease([20, 24, 30], { limitPercent: 30 }).exceedsLimit).toBe(false);
    expect(checkWeeklyIncrease([30, 20]).exceedsLimit).toBe(false);
  });

  it("has nothing to compare with fewer than two weeks or after a week off", () => {
    for (const distances of [[], [30], [0, 25]]) {
      expect(checkWeeklyIncrease(distances)).toMatchObject({ changePercent: null, exceedsLimit: false, exceedsThirtyPercent: false });
    }
  });

  it("rejects invalid input", () => {
    expectInvalid("checkWeeklyIncrease", () => checkWeeklyIncrease([10, 11], { limitPercent: -5 }));
    expectInvalid("checkWeeklyIncrease", () => checkWeeklyIncrease([10, Number.NaN]));
    expectInvalid("checkWeeklyIncrease", () => checkWeeklyIncrease([10, 11], null as never));
  });
});

describe("longestRunSpike", () => {
  it("reads a long run jump from 14 to 21 km as +50%, band 30-100, HR 1.52", () => {
    const spike = longestRunSpike([run(20, 10), run(13, 14), run(9, 8), run(1, 21), run(3, 6)], { asOf: AS_OF });
    expect(spike.run).toEqual(run(1, 21));
    expect(spike.previousLongestKm).toBe(14);
    expect(spike.increasePercent).toBe(50);
    expect(spike.band).toBe("30-100");
    expect(spike.hazardRatio).toBe(1.52);
    expect(spike.guideline.id).toBe("single-run-spike");
  });

  it("bands the increase as Frandsen 2025 does", () => {
    const cases: [number, string, number | null][] = [
      [9, "none", null],
      [11, "none", null], // exactly 10%
      [11.5, "10-30", 1.64],
      [13, "10-30", 1.64], // exactly 30%
      [14, "30-100", 1.52],
      [20, "30-100", 1.52], // exactly 100%
      [25, "over-100", 2.28],
    ];
    for (const [km, band, hazardRatio] of cases) {
      const spike = longestRunSpike([run(10, 10), run(2, km)], { asOf: AS_OF });
      expect([spike.band, spike.hazardRatio], `${km} km`).toEqual([band, hazardRatio]);
    }
  });

  it("has no band without an earlier run in the 30 days", () => {
    const alone = longestRunSpike([run(3, 12), run(1, 8)], { asOf: AS_OF });
    expect(alone).toMatchObject({ run: run(3, 12), previousLongestKm: null, increasePercent: null, band: "none", hazardRatio: null });
    // 31 days before the run is outside its look-back; 30 days before is inside.
    expect(longestRunSpike([run(32, 10), run(1, 20)], { asOf: AS_OF }).previousLongestKm).toBeNull();
    expect(longestRunSpike([run(31, 10), run(1, 20)], { asOf: AS_OF }).previousLongestKm).toBe(10);
    // Two runs on the same day do not count against each other.
    expect(longestRunSpike([run(1, 10), run(1, 20)], { asOf: AS_OF }).band).toBe("none");
  });

  it("returns no run for an empty week, and ignores runs after asOf", () => {
    expect(longestRunSpike([], { asOf: AS_OF })).toMatchObject({ run: null, band: "none", increasePercent: null });
    expect(longestRunSpike([run(10, 10), run(-1, 40)], { asOf: AS_OF }).run).toBeNull();
    expect(longestRunSpike([run(10, 10), run(7, 40)], { asOf: AS_OF }).run).toBeNull();
  });

  it("reports the biggest spike of the week, not only the longest run", () => {
    // 15 km on Monday after a longest of 10 (+50%); 16 km on Saturday after that 15 (+6.7%).
    const spike = longestRunSpike([run(12, 10), run(6, 15), run(1, 16)], { asOf: AS_OF });
    expect(spike).toMatchObject({ run: run(6, 15), increasePercent: 50, band: "30-100" });
  });

  it("rejects invalid input", () => {
    expectInvalid("longestRunSpike", () => longestRunSpike([{ date: "2025-02-29", distanceKm: 3 }], { asOf: AS_OF }));
    expectInvalid("longestRunSpike", () => longestRunSpike([], { asOf: "9/3/2025" }));
    expectInvalid("longestRunSpike", () => longestRunSpike([], {} as never));
  });
});

describe("acuteChronicRatio", () => {
  /** `weeks` identical weeks ending on `AS_OF`, five runs each; the last week scaled by `lastWeek`. */
  function block(weeks: number, lastWeek = 1): Run[] {
    const pattern: [number, number][] = [[0, 12], [2, 6], [3, 8], [5, 6], [6, 8]]; // 40 km a week
    return Array.from({ length: weeks }, (_, w) =>
      pattern.map(([day, km]) => run(7 * w + day, w === 0 ? km * lastWeek : km)),
    ).flat();
  }

  it("is 1.0 on a steady block, by both methods", () => {
    const rolling = acuteChronicRatio(block(10), { asOf: AS_OF });
    expect(rolling).toMatchObject({ ratio: 1, method: "rolling" });
    expect(rolling.acute).toBeCloseTo(40 / 7, 2);
    const ewma = acuteChronicRatio(block(10), { asOf: AS_OF, method: "ewma" });
    expect(ewma.method).toBe("ewma");
    expect(ewma.ratio!).toBeGreaterThan(0.85);
    expect(ewma.ratio!).toBeLessThan(1.2);
  });

  it("rises above 1.3 after a spike week, by both methods", () => {
    const log = block(10, 1.6); // 40 km weeks, then 64 km
    const rolling = acuteChronicRatio(log, { asOf: AS_OF });
    expect(rolling.ratio).toBe(round(64 / 7 / ((3 * 40 + 64) / 28)));
    expect(rolling.ratio!).toBeGreaterThan(1.3);
    expect(acuteChronicRatio(log, { asOf: AS_OF, method: "ewma" }).ratio!).toBeGreaterThan(1.3);
    expect(rolling.guideline.verdict?.status).toBe("contested");
  });

  it("follows the documented formulas on a single run", () => {
    const rolling = acuteChronicRatio([run(0, 14)], { asOf: AS_OF });
    expect(rolling).toMatchObject({ ratio: 4, acute: 2, chronic: 0.5 });
    const ewma = acuteChronicRatio([run(0, 14)], { asOf: AS_OF, method: "ewma" });
    expect(ewma.acute).toBe(round(14 * (2 / 8)));
    expect(ewma.chronic).toBe(round(14 * (2 / 29)));
    expect(ewma.ratio!).toBeCloseTo(29 / 8, 1);
    const custom = acuteChronicRatio([run(0, 14)], { asOf: AS_OF, acuteDays: 3, chronicDays: 21 });
    expect(custom.ratio).toBe(7);
  });

  it("has no ratio without chronic load, and ignores runs after asOf", () => {
    expect(acuteChronicRatio([], { asOf: AS_OF })).toMatchObject({ ratio: null, acute: 0, chronic: 0 });
    expect(acuteChronicRatio([run(-2, 20), run(40, 10)], { asOf: AS_OF }).ratio).toBeNull();
  });

  it("rejects invalid input, including an acute window longer than the chronic one", () => {
    const error = expectInvalid("acuteChronicRatio", () => acuteChronicRatio([], { asOf: AS_OF, acuteDays: 30 }));
    expect(error.issues[0]!.path).toEqual(["acuteDays"]);
    expectInvalid("acuteChronicRatio", () => acuteChronicRatio([], { asOf: AS_OF, method: "median" as never }));
    expectInvalid("acuteChronicRatio", () => acuteChronicRatio([], { asOf: AS_OF, chronicDays: 0 }));
    expectInvalid("acuteChronicRatio", () => acuteChronicRatio([run(0, 0)], { asOf: AS_OF }));
  });
});

describe("sorenessWindow", () => {
  it("places soreness on days 0, 2, 5 and 9", () => {
    const at = (days: number) => sorenessWindow(shift(AS_OF, -days), { asOf: AS_OF });
    expect(at(0)).toMatchObject({ daysSince: 0, phase: "building", expected: true });
    expect(at(2)).toMatchObject({ daysSince: 2, phase: "peak", expected: true });
    expect(at(5)).toMatchObject({ daysSince: 5, phase: "fading", expected: true });
    const late = at(9);
    expect(late).toMatchObject({ daysSince: 9, phase: "beyond-expected", expected: false });
    expect(late.advice).toMatch(/professional/);
    expect(late.guidelines.map((g) => g.id)).toEqual(["doms-window", "soreness-beyond-a-week"]);
    expect(at(2).guidelines.map((g) => g.id)).toEqual(["doms-window"]);
  });

  it("draws the phase boundaries at 1, 3 and 7 days", () => {
    const phases = [0, 1, 3, 4, 7, 8].map((days) => sorenessWindow(shift(AS_OF, -days), { asOf: AS_OF }).phase);
    expect(phases).toEqual(["building", "peak", "peak", "fading", "fading", "beyond-expected"]);
  });

  it("counts days across a month end and a leap day", () => {
    expect(sorenessWindow("2024-02-27", { asOf: "2024-03-01" }).daysSince).toBe(3);
    expect(sorenessWindow("2024-12-30", { asOf: "2025-01-02" }).daysSince).toBe(3);
  });

  it("rejects a session after asOf and dates that do not exist", () => {
    expectInvalid("sorenessWindow", () => sorenessWindow("2025-03-10", { asOf: AS_OF }));
    expectInvalid("sorenessWindow", () => sorenessWindow("2025-02-30", { asOf: AS_OF }));
    expectInvalid("sorenessWindow", () => sorenessWindow(AS_OF, { asOf: "2025-02-30" }));
  });
});

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const runArb: fc.Arbitrary<Run> = fc.record({
  date: fc.integer({ min: -20, max: 120 }).map((back) => shift(AS_OF, -back)),
  distanceKm: fc.double({ min: 0.5, max: 60, noNaN: true }),
});
const logArb = fc.array(runArb, { maxLength: 40 });

/** Every public function, called with whatever it is given. */
const CALLS: readonly [string, (a: unknown, b: unknown) => unknown][] = [
  ["weeklyTotals", (a, b) => weeklyTotals(a as never, b as never)],
  ["weeklyChange", (a) => weeklyChange(a as never)],
  ["checkWeeklyIncrease", (a, b) => checkWeeklyIncrease(a as never, b as never)],
  ["longestRunSpike", (a, b) => longestRunSpike(a as never, b as never)],
  ["acuteChronicRatio", (a, b) => acuteChronicRatio(a as never, b as never)],
  ["sorenessWindow", (a, b) => sorenessWindow(a as never, b as never)],
];

describe("load functions (property)", () => {
  it("weeklyTotals sums exactly the runs inside each window", () => {
    fc.assert(
      fc.property(logArb, fc.integer({ min: 0, max: 12 }), (log, weeks) => {
        const totals = weeklyTotals(log, { asOf: AS_OF, weeks });
        expect(totals).toHaveLength(weeks);
        totals.forEach((week, i) => {
          const inside = log.filter((r) => r.date >= week.start && r.date <= week.end);
          const sum = inside.reduce((acc, r) => acc + r.distanceKm, 0);
          expect(Math.abs(week.distanceKm - sum)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(week.runs).toBe(inside.length);
          expect(week.start).toBe(shift(week.end, -6));
          if (i > 0) expect(week.start).toBe(shift(totals[i - 1]!.end, 1));
        });
        if (weeks > 0) expect(totals.at(-1)!.end).toBe(AS_OF);
      }),
    );
  });

  it("the rolling ratio never exceeds chronicDays / acuteDays", () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const { ratio } = acuteChronicRatio(log, { asOf: AS_OF });
        if (ratio !== null) expect(ratio).toBeLessThanOrEqual(4);
      }),
    );
  });

  it("every function is deterministic and returns frozen output", () => {
    fc.assert(
      fc.property(logArb, fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { maxLength: 10 }), fc.integer({ min: 0, max: 30 }), (log, distances, back) => {
        const outputs = [
          () => weeklyTotals(log, { asOf: AS_OF }),
          () => weeklyChange(distances),
          () => checkWeeklyIncrease(distances, { limitPercent: 10 }),
          () => longestRunSpike(log, { asOf: AS_OF }),
          () => acuteChronicRatio(log, { asOf: AS_OF }),
          () => acuteChronicRatio(log, { asOf: AS_OF, method: "ewma" }),
          () => sorenessWindow(shift(AS_OF, -back), { asOf: AS_OF }),
        ];
        for (const call of outputs) {
          const first = call();
          expect(call()).toEqual(first);
          expect(deeplyFrozen(first)).toBe(true);
        }
      }),
    );
  });

  it("arbitrary JSON either returns or throws KineticChainError invalid_input", () => {
    const argArb = fc.oneof(fc.jsonValue(), logArb, fc.record({ asOf: fc.oneof(fc.constant(AS_OF), fc.string()), weeks: fc.jsonValue() }));
    fc.assert(
      fc.property(argArb, argArb, (a, b) => {
        for (const [name, call] of CALLS) {
          try {
            call(a, b);
          } catch (error) {
            expect(error).toBeInstanceOf(KineticChainError);
            expect((error as KineticChainError).code).toBe("invalid_input");
            expect((error as KineticChainError).message.startsWith(`${name}:`)).toBe(true);
          }
        }
      }),
    );
  });
});
