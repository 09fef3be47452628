import { type Graph, relatives } from "../chains/graph";
import { acuteChronicRatio, checkWeeklyIncrease, longestRunSpike, weeklyTotals } from "../load";
import type { ComplaintFacts, Facts } from "../rules/evaluate";
import { REGION_STRUCTURES } from "./regions";
import type { RedFlagId } from "../triage/schema";
import { type BodyRegion, bodyRegionSchema, type Report, type Training } from "./schema";
import { once } from "../internal/once";

const isRegion = (value: string): value is BodyRegion => bodyRegionSchema().safeParse(value).success;

/** A `YYYY-MM-DD` date as UTC year, month index and day. */
function ymd(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return [y, m - 1, d];
}

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
    // The ratio means nothing without a full chronic window of history.
    const first = runs.map((run) => run.date).sort()[0] as string;
    const days = (Date.UTC(...ymd(asOf)) - Date.UTC(...ymd(first))) / 86_400_000;
    const ratio = days >= 27 ? acuteChronicRatio(runs, { asOf }).ratio : null;
    if (ratio !== null && ratio > 1.3) signals.add("acwr-high");
  }
  return signals;
}

/**
 * The structures a `where` entry of a rule, or a complaint location, stands for: a region's
 * structures, or the structure itself.
 *
 * @internal
 */
export function resolveWhere(where: string): ReadonlySet<string> {
  return regionSets().get(where) ?? new Set([where]);
}

/** Each region's structures as a set, built once. */
const regionSets = /* @__PURE__ */ once(
  (): ReadonlyMap<string, ReadonlySet<string>> =>
    new Map(Object.entries(REGION_STRUCTURES).map(([region, structures]) => [region, new Set<string>(structures)])),
);

/**
 * Derives, once, everything the rules look at from a validated report.
 *
 * @internal
 */
export function factsOf(report: Report, graph: Graph): Facts {
  const resolve = resolveWhere;
  const complaints: ComplaintFacts[] = report.complaints.map((complaint, index) => {
    const structures = resolve(complaint.location);
    return { index, complaint, structures, related: new Set([...structures].flatMap((s) => [...relatives(graph, s)])) };
  });
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
    redFlags: new Set([...(report.redFlags ?? []), ...inferredRedFlags(report)]),
    positiveTests,
    signals: trainingSignals(report.training),
    changes: new Set(report.training?.recentChanges ?? []),
    context,
    resolve,
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

const NERVE_SIGNS: ReadonlySet<string> = new Set(["numbness", "tingling", "weakness"]);

/**
 * Red flags a complaint itself shows, whether or not the runner ticked them: nerve signs
 * (numbness, tingling, weakness) on both sides are `both-legs`; pain at night or at rest is
 * `night-pain`.
 *
 * @internal
 */
export function inferredRedFlags(report: Report): Set<RedFlagId> {
  const flags = new Set<RedFlagId>();
  for (const complaint of report.complaints) {
    if (complaint.side === "both" && complaint.sensations.some((s) => NERVE_SIGNS.has(s))) flags.add("both-legs");
    if (complaint.sensations.includes("pain") && (complaint.when ?? []).some((w) => w === "at-night" || w === "at-rest")) {
      flags.add("night-pain");
    }
  }
  return flags;
}
