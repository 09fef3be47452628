import * as z from "zod/mini";
import { deepFreeze } from "../internal/freeze";
import { parseInput } from "../internal/input";
import { dateOf, dayNumber, round2 } from "./days";
import { loadGuidelines } from "./dictionary";
import { IsoDateSchema, type IsoDate, type LoadGuideline, type Run, RunsSchema } from "./schema";

/** One 7-day window of a training log, from {@link weeklyTotals}. */
export interface WeeklyTotal {
  /** The first day of the window. */
  readonly start: IsoDate;
  /** The last day of the window (inclusive). */
  readonly end: IsoDate;
  /** Total distance of the runs in the window, in kilometres, rounded to 0.01. */
  readonly distanceKm: number;
  /** How many runs fall in the window. */
  readonly runs: number;
}

/** Options of {@link weeklyTotals}. */
export interface WeeklyTotalsOptions {
  /** The last day of the most recent window, e.g. today in the runner's time zone. */
  readonly asOf: IsoDate;
  /** How many 7-day windows to return, from 0 to 520. Default 8. */
  readonly weeks?: number;
}

/** One week's distance and its change from the week before, from {@link weeklyChange}. */
export interface WeeklyChange {
  /** The week's distance, in kilometres, as given. */
  readonly distanceKm: number;
  /**
   * The change from the week before, in percent, rounded to 0.01 (`25` for 20 → 25 km); `null`
   * for the first week and after a week of 0 km, where a percentage means nothing.
   */
  readonly changePercent: number | null;
}

/** Options of {@link checkWeeklyIncrease}. */
export interface WeeklyIncreaseOptions {
  /** The largest week-over-week increase allowed, in percent. Default 10 (the 10% rule). */
  readonly limitPercent?: number;
}

/** The last week's increase checked against a limit, from {@link checkWeeklyIncrease}. */
export interface WeeklyIncrease {
  /**
   * The last week's change from the week before, in percent, rounded to 0.01; `null` with fewer
   * than two weeks or after a week of 0 km.
   */
  readonly changePercent: number | null;
  /** Whether the change is above the limit. `false` when `changePercent` is `null`. */
  readonly exceedsLimit: boolean;
  /**
   * Whether the change is above 30%, the band in which Nielsen 2014 saw a trend towards more
   * distance-related injuries. Nielsen measured progression over two weeks, so this one-week
   * reading is an approximation. `false` when `changePercent` is `null`.
   */
  readonly exceedsThirtyPercent: boolean;
  /** The `ten-percent-rule` guideline, whose verdict is `contested`: show its caveat with the result. */
  readonly guideline: LoadGuideline;
}

const DAYS_PER_WEEK = 7;
const DEFAULT_WEEKS = 8;

const WeeklyTotalsOptionsSchema = /* @__PURE__ */ z.object({
  asOf: IsoDateSchema,
  weeks: z.optional(z.int().check(z.gte(0), z.lte(520))),
});

const DistancesSchema = /* @__PURE__ */ z.array(z.number().check(z.gte(0)));

const WeeklyIncreaseOptionsSchema = /* @__PURE__ */ z.optional(z.object({ limitPercent: z.optional(z.number().check(z.gte(0))) }));

/** Percent change from `previous` to `current`, rounded to 0.01; `null` when `previous` is 0. */
function percentChange(previous: number, current: number): number | null {
  return previous > 0 ? round2(((current - previous) / previous) * 100) : null;
}

/**
 * Totals a training log by week: the last `weeks` 7-day windows that end on `asOf`, oldest
 * first. The newest window runs from six days before `asOf` to `asOf` itself; each earlier window
 * is the seven days before the next. Runs after `asOf`, or older than the oldest window, are
 * left out. Windows are counted back from `asOf`, not by calendar week, so the newest one is
 * always complete.
 *
 * @param runs - The training log, in any order.
 * @param options - `asOf` (the last day counted) and `weeks` (default 8).
 * @returns A frozen array of `weeks` windows, oldest first; empty when `weeks` is 0.
 * @throws `KineticChainError` `invalid_input` for a run or options that do not match their
 *   schemas, e.g. a date that is not on the calendar.
 * @example
 * ```ts
 * import { weeklyTotals } from "kinetic-chain/load";
 *
 * weeklyTotals(
 *   [{ date: "2025-03-03", distanceKm: 8 }, { date: "2025-03-08", distanceKm: 12 }],
 *   { asOf: "2025-03-09", weeks: 2 },
 * );
 * // [{ start: "2025-02-24", end: "2025-03-02", distanceKm: 0, runs: 0 },
 * //  { start: "2025-03-03", end: "2025-03-09", distanceKm: 20, runs: 2 }]
 * ```
 */
export function weeklyTotals(runs: readonly Run[], options: WeeklyTotalsOptions): readonly WeeklyTotal[] {
  const log = parseInput("weeklyTotals", RunsSchema, runs);
  const { asOf, weeks = DEFAULT_WEEKS } = parseInput("weeklyTotals", WeeklyTotalsOptionsSchema, options);
  const last = dayNumber(asOf);
  const distance = new Array<number>(weeks).fill(0);
  const count = new Array<number>(weeks).fill(0);
  for (const run of log) {
    const back = last - dayNumber(run.date);
    if (back < 0) continue;
    const index = weeks - 1 - Math.floor(back / DAYS_PER_WEEK);
    if (index < 0) continue;
    distance[index] = (distance[index] ?? 0) + run.distanceKm;
    count[index] = (count[index] ?? 0) + 1;
  }
  return deepFreeze(
    distance.map((km, index) => {
      const end = last - DAYS_PER_WEEK * (weeks - 1 - index);
      return { start: dateOf(end - (DAYS_PER_WEEK - 1)), end: dateOf(end), distanceKm: round2(km), runs: count[index] ?? 0 };
    }),
  );
}

/**
 * The week-over-week change of a series of weekly distances, oldest first. Feed it the
 * `distanceKm` of {@link weeklyTotals}, or weekly totals an app keeps itself.
 *
 * @param weeklyDistances - Kilometres per week, oldest first; each 0 or more.
 * @returns A frozen array, one entry per week given, oldest first.
 * @throws `KineticChainError` `invalid_input` for a distance that is negative or not a finite number.
 * @example
 * ```ts
 * import { weeklyChange } from "kinetic-chain/load";
 *
 * weeklyChange([20, 24, 30]).map((week) => week.changePercent); // [null, 20, 25]
 * ```
 */
export function weeklyChange(weeklyDistances: readonly number[]): readonly WeeklyChange[] {
  const distances = parseInput("weeklyChange", DistancesSchema, weeklyDistances);
  return deepFreeze(
    distances.map((distanceKm, index) => ({
      distanceKm,
      changePercent: index === 0 ? null : percentChange(distances[index - 1] ?? 0, distanceKm),
    })),
  );
}

/**
 * Checks the last week's increase in distance against a limit (by default the 10% rule) and
 * against 30%. The 10% rule is `contested`: a randomised trial found no fewer injuries with it,
 * and a large cohort found single long runs, not weekly ratios, tied to injury (see
 * `longestRunSpike`). The result carries the guideline so an app can say so.
 *
 * The comparison uses the rounded `changePercent`, so that floating-point noise (4 → 4.4 km is
 * 10.000000000000009% in binary arithmetic) does not flag an increase of exactly the limit.
 *
 * @param weeklyDistances - Kilometres per week, oldest first; only the last two are compared.
 * @param options - `limitPercent` (default 10).
 * @returns The change and the two flags, with the `ten-percent-rule` guideline (frozen).
 * @throws `KineticChainError` `invalid_input` for a negative or non-finite distance or limit.
 * @example
 * ```ts
 * import { checkWeeklyIncrease } from "kinetic-chain/load";
 *
 * const check = checkWeeklyIncrease([20, 24, 30]);
 * check.changePercent;           // 25
 * check.exceedsLimit;            // true
 * check.guideline.verdict?.status; // "contested"
 * ```
 */
export function checkWeeklyIncrease(
  weeklyDistances: readonly number[],
  options: WeeklyIncreaseOptions = {},
): WeeklyIncrease {
  const distances = parseInput("checkWeeklyIncrease", DistancesSchema, weeklyDistances);
  const { limitPercent = 10 } = parseInput("checkWeeklyIncrease", WeeklyIncreaseOptionsSchema, options) ?? {};
  const current = distances.at(-1);
  const previous = distances.at(-2);
  const changePercent = current === undefined || previous === undefined ? null : percentChange(previous, current);
  return deepFreeze({
    changePercent,
    exceedsLimit: changePercent !== null && changePercent > limitPercent,
    exceedsThirtyPercent: changePercent !== null && changePercent > 30,
    guideline: loadGuidelines.get("ten-percent-rule"),
  });
}
