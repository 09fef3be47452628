import type { Graph } from "../chains/graph";
import { relation } from "../chains/graph";
import { acuteChronicRatio, checkWeeklyIncrease, longestRunSpike, weeklyTotals } from "../load";
import type { ComplaintFacts, Facts } from "../rules/evaluate";
import { REGION_STRUCTURES } from "./regions";
import { type BodyRegion, BodyRegionSchema, type Report, type Training } from "./schema";

const isRegion = (value: string): value is BodyRegion => BodyRegionSchema.safeParse(value).success;

/** The day the training data are read at: `asOf`, else the latest run's date. */
function readingDay(training: Training): string | undefined {
  return training.asOf ?? training.runs?.map((run) => run.date).sort().at(-1);
}

/**
 * The training signals the rules look at, computed with the `load` functions.
 *
 * @internal
 */
export function trainingSignals(training: Training | undefined): Set<string> {
  const signals = new Set<string>();
  if (training === undefined) return signals;
  const asOf = readingDay(training);
  const runs = training.runs ?? [];
  const weekly =
    training.weeklyDistancesKm ??
    (asOf !== undefined && runs.length > 0 ? weeklyTotals(runs, { asOf, weeks: 2 }).map((week) => week.distanceKm) : []);
  if (weekly.length >= 2) {
    const increase = checkWeeklyIncrease(weekly);
    if (increase.exceedsLimit) signals.add("weekly-increase-over-10");
    if (increase.exceedsThirtyPercent) signals.add("weekly-increase-over-30");
  }
  if (asOf !== undefined && runs.length > 0) {
    if (longestRunSpike(runs, { asOf }).band !== "none") signals.add("long-run-spike");
    const ratio = acuteChronicRatio(runs, { asOf }).ratio;
    if (ratio !== null && ratio > 1.3) signals.add("acwr-high");
  }
  return signals;
}

/**
 * Derives, once, everything the rules look at from a validated report.
 *
 * @internal
 */
export function factsOf(report: Report, graph: Graph): Facts {
  const resolve = (where: string): ReadonlySet<string> => new Set(isRegion(where) ? REGION_STRUCTURES[where] : [where]);
  const complaints: ComplaintFacts[] = report.complaints.map((complaint, index) => ({
    index,
    complaint,
    structures: resolve(complaint.location),
  }));
  const positiveTests = new Set(
    (report.fieldTests ?? [])
      .filter((test) => {
        switch (test.test) {
          case "single-leg-squat":
            return test.quality === "poor" || test.kneeValgus === true;
          case "single-leg-stance-30s":
            return test.lateralHipPain;
          case "trendelenburg":
            return test.pelvicDrop;
          case "bridge-endurance":
            return test.hamstringsDominant === true;
        }
      })
      .map((test) => test.test),
  );
  const context = new Set<string>();
  const life = report.context ?? {};
  if (life.sitsMostOfDay === true) context.add("sits-most-of-day");
  if (life.postpartum === true) context.add("postpartum");
  if (life.ageYears !== undefined && life.ageYears > 50) context.add("age-over-50");
  const injured = life.priorInjurySides ?? [];
  if (report.complaints.some((c) => c.side !== undefined && injured.some((side) => side === c.side || side === "both" || c.side === "both"))) {
    context.add("prior-injury-same-side");
  }
  return {
    complaints,
    redFlags: new Set(report.redFlags ?? []),
    positiveTests,
    signals: trainingSignals(report.training),
    changes: new Set(report.training?.recentChanges ?? []),
    context,
    resolve,
    related: (a, b) => relation(graph, a, b) !== undefined,
  };
}

/**
 * Whether a complaint location is a body region or a structure of the graph.
 *
 * @internal
 */
export function isKnownLocation(location: string, graph: Graph): boolean {
  return isRegion(location) || graph.structures.has(location);
}
