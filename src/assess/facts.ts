import { type Graph, relatives } from "../chains/graph";
import { acuteChronicRatio, checkWeeklyIncrease, longestRunSpike, weeklyTotals } from "../load";
import type { ComplaintFacts, Facts } from "../rules/evaluate";
import { REGION_STRUCTURES } from "./regions";
import { type RedFlagId, RedFlagIdSchema } from "../triage/schema";
import { type BodyRegion, BodyRegionSchema, type Report, type Training } from "../report/schema";
import { once } from "../internal/once";

const isRegion = (value: string): value is BodyRegion => BodyRegionSchema.safeParse(value).success;

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
  const life = report.context ?? {};
  const present = new Set<string>([...(report.redFlags ?? []), ...inferredRedFlags(report)]);
  const absent = new Set<string>();
  for (const [finding, value] of Object.entries(report.findings ?? {})) {
    if (value === true) present.add(finding);
    else if (value === false) absent.add(finding);
  }
  if (life.pregnant === true) present.add("pregnant");
  // A finding both reported and denied counts as present: more information never lowers triage.
  for (const finding of present) absent.delete(finding);
  const context = new Set<string>();
  if (life.sitsMostOfDay === true) context.add("sits-most-of-day");
  if (life.postpartum === true || (life.weeksSinceBirth !== undefined && life.weeksSinceBirth <= 52)) context.add("postpartum");
  if (life.weeksSinceBirth !== undefined && life.weeksSinceBirth < 12) context.add("postpartum-under-12-weeks");
  if (present.has("pregnant")) context.add("pregnant");
  if (life.sex === "female") context.add("female");
  if (life.ageYears !== undefined && life.ageYears > 50) context.add("age-over-50");
  const injured = life.priorInjurySides ?? [];
  if (report.complaints.some((c) => c.side !== undefined && injured.some((side) => side === c.side || side === "both" || c.side === "both"))) {
    context.add("prior-injury-same-side");
  }
  const redFlagIds = redFlagIdSet();
  return {
    complaints,
    redFlags: new Set([...present].filter((finding) => redFlagIds.has(finding))),
    present,
    absent,
    age: life.ageYears,
    positiveTests,
    signals: trainingSignals(report.training),
    changes: new Set(report.training?.recentChanges ?? []),
    context,
    resolve,
  };
}

/** The red-flag ids as a set, built once. */
const redFlagIdSet = /* @__PURE__ */ once((): ReadonlySet<string> => new Set(RedFlagIdSchema.options));

/**
 * Whether a complaint location is a body region or a structure of the graph.
 *
 * @internal
 */
export function isKnownLocation(location: string, graph: Graph): boolean {
  return isRegion(location) || graph.structures.has(location);
}

/** Complaint locations that are the back: a nerve-root source for symptoms in the legs. */
const BACK_LOCATIONS: ReadonlySet<string> = new Set(["lower-back", "sacrum", "lumbar-spine", "lumbar-extensors", "erector-spinae", "multifidus", "quadratus-lumborum", "lumbar-nerve-roots", "pars-interarticularis"]);

/** Locations of the foot alone, where tingling on both sides is usually local (tight laces, cold). */
const FOOT_LOCATIONS: ReadonlySet<string> = new Set(["foot", "heel", "midfoot", "forefoot", "plantar-fascia", "calcaneus", "navicular", "metatarsals", "fifth-metatarsal-base"]);

/** Nerve sensations that, in both legs, point to the spine. */
const NERVE_SIGNS: ReadonlySet<string> = new Set(["numbness", "tingling"]);

/** Sensations that say a complaint is ordinary muscle soreness rather than a nerve problem. */
const MUSCLE_SIGNS: ReadonlySet<string> = new Set(["soreness", "tightness", "fatigue", "cramping", "stiffness"]);

/** Leg sensations that, with back pain on both sides, fit pressure on the nerve roots. */
const ROOT_SIGNS: ReadonlySet<string> = new Set(["pain", "numbness", "tingling", "weakness", "burning"]);

/** Sensations of pain, for pain at night. */
const PAINFUL: ReadonlySet<string> = new Set(["pain", "soreness", "burning"]);

/** The sides a complaint covers. */
const sidesOf = (side: string | undefined): readonly string[] => (side === "both" ? ["left", "right"] : side === undefined ? [] : [side]);

/**
 * Red flags a report itself shows, whether or not the runner ticked them.
 *
 * - `both-legs`: symptoms in both legs, across one complaint (`side: "both"`) or two (left and
 *   right), when they fit the spine: numbness or tingling above the feet; or, together with back
 *   pain, pain, numbness, tingling, weakness or burning anywhere in the legs; or weakness that is
 *   not ordinary muscle soreness. Soreness and weakness in both legs the day after a race, or
 *   tingling in both feet alone, are not read as a red flag.
 * - `night-pain`: pain, aching or burning at night, unless it comes from lying on the painful side.
 *
 * Numbness or tingling felt only during runs is exertional (a compartment or an artery) and is not
 * read as `both-legs` without back pain.
 *
 * @internal
 */
export function inferredRedFlags(report: Report): Set<RedFlagId> {
  const flags = new Set<RedFlagId>();
  const isBack = (location: string): boolean => BACK_LOCATIONS.has(location);
  const back = report.complaints.some((c) => isBack(c.location));
  const nerveSides = new Set<string>();
  for (const complaint of report.complaints) {
    if (isBack(complaint.location)) continue;
    const sensations = complaint.sensations;
    const muscular = sensations.some((s) => MUSCLE_SIGNS.has(s));
    // Numbness that comes only while running and clears at rest is exertional (a compartment or an artery), not the spine.
    const exertional = complaint.when !== undefined && complaint.when.length > 0 && complaint.when.every((w) => w === "during-run");
    const fits =
      (back && sensations.some((s) => ROOT_SIGNS.has(s))) ||
      (!exertional && !FOOT_LOCATIONS.has(complaint.location) && sensations.some((s) => NERVE_SIGNS.has(s))) ||
      (!muscular && sensations.includes("weakness"));
    if (fits) for (const side of sidesOf(complaint.side)) nerveSides.add(side);
  }
  if (nerveSides.has("left") && nerveSides.has("right")) flags.add("both-legs");
  for (const complaint of report.complaints) {
    // Night pain from lying on the sore side is positional (gluteal tendinopathy), not the warning sign.
    const positional = (complaint.aggravatedBy ?? []).includes("lying-on-painful-side");
    if (!positional && complaint.sensations.some((s) => PAINFUL.has(s)) && (complaint.when ?? []).includes("at-night")) flags.add("night-pain");
  }
  return flags;
}
