import { deepFreeze } from "../internal/freeze";
import { parseInput } from "../internal/input";
import { dayNumber, round2 } from "./days";
import { loadGuidelines } from "./dictionary";
import { AsOfOptionsSchema, type IsoDate, type LoadGuideline, type Run, RunsSchema } from "./schema";

/**
 * How much longer a run is than the longest run of the 30 days before it, in the bands of
 * Frandsen 2025: `none` (at most 10% longer, shorter, or nothing to compare with), `10-30`
 * (more than 10% and at most 30%), `30-100` (more than 30% and at most 100%), `over-100`
 * (more than twice as long).
 */
export type SpikeBand = "none" | "10-30" | "30-100" | "over-100";

/** The biggest single-run spike of the last seven days, from {@link longestRunSpike}. */
export interface RunSpike {
  /** The run assessed (see {@link longestRunSpike} for which one); `null` when no run falls in the seven days. */
  readonly run: Run | null;
  /** The longest run of the 30 days before that run's date, in kilometres; `null` when there was none. */
  readonly previousLongestKm: number | null;
  /**
   * How much longer the run is than `previousLongestKm`, in percent, rounded to 0.01; negative
   * for a shorter run; `null` when there is nothing to compare.
   */
  readonly increasePercent: number | null;
  /** The band of `increasePercent`. */
  readonly band: SpikeBand;
  /**
   * The injury hazard ratio Frandsen 2025 reports for the band: 1.64 (`10-30`), 1.52
   * (`30-100`), 2.28 (`over-100`); `null` for `none`. A population figure, not a personal risk.
   */
  readonly hazardRatio: number | null;
  /** The `single-run-spike` guideline the bands and ratios come from. */
  readonly guideline: LoadGuideline;
}

/** Options of {@link longestRunSpike}. */
export interface RunSpikeOptions {
  /** The last day of the seven-day window, e.g. today in the runner's time zone. */
  readonly asOf: IsoDate;
}

const WINDOW_DAYS = 7;
const LOOKBACK_DAYS = 30;

/** Hazard ratio per band, from Frandsen 2025. */
const HAZARD_RATIOS: Readonly<Record<SpikeBand, number | null>> = /* @__PURE__ */ Object.freeze({
  none: null,
  "10-30": 1.64,
  "30-100": 1.52,
  "over-100": 2.28,
});

function bandOf(increasePercent: number | null): SpikeBand {
  if (increasePercent === null || increasePercent <= 10) return "none";
  if (increasePercent <= 30) return "10-30";
  if (increasePercent <= 100) return "30-100";
  return "over-100";
}

/**
 * Whether one of the last seven days' runs was a spike: a run more than 10% longer than the
 * longest run of the 30 days before it, the measure that Frandsen 2025 (5,205 runners, 588,071
 * runs) tied to injury, where week-to-week ratios showed no relationship.
 *
 * Each run from six days before `asOf` to `asOf` is compared with the longest run in the 30
 * calendar days before its own date (runs on the same day do not count against each other).
 * The run reported is the longest run of the seven days (the earlier of equals), unless another
 * run of the seven days is a spike (more than 10% over its own 30-day longest): then the run with
 * the largest increase is reported, so that a spike early in the week is not hidden by a later,
 * longer run that it made look ordinary. Runs after `asOf` are ignored.
 *
 * @param runs - The training log, in any order; include at least the 37 days up to `asOf`.
 * @param options - `asOf`, the last day of the seven-day window.
 * @returns The spike with its band, hazard ratio and guideline (frozen).
 * @throws `KineticChainError` `invalid_input` for a run or options that do not match their schemas.
 * @example
 * ```ts
 * import { longestRunSpike } from "kinetic-chain/load";
 *
 * const spike = longestRunSpike(
 *   [{ date: "2025-03-01", distanceKm: 14 }, { date: "2025-03-08", distanceKm: 21 }],
 *   { asOf: "2025-03-09" },
 * );
 * spike.increasePercent; // 50
 * spike.band;            // "30-100"
 * spike.hazardRatio;     // 1.52
 * ```
 */
export function longestRunSpike(runs: readonly Run[], options: RunSpikeOptions): RunSpike {
  const log = parseInput("longestRunSpike", RunsSchema, runs).map((run) => ({ run, day: dayNumber(run.date) }));
  const { asOf } = parseInput("longestRunSpike", AsOfOptionsSchema, options);
  const last = dayNumber(asOf);

  type Candidate = { run: Run; day: number; previous: number | null; increase: number | null };
  let best: Candidate | undefined;
  for (const { run, day } of log) {
    if (day > last || day <= last - WINDOW_DAYS) continue;
    const previous = log
      .filter((other) => other.day < day && other.day >= day - LOOKBACK_DAYS)
      .reduce<number | null>((longest, other) => Math.max(longest ?? 0, other.run.distanceKm), null);
    const increase = previous === null ? null : ((run.distanceKm - previous) / previous) * 100;
    const candidate = { run, day, previous, increase };
    if (best === undefined || better(candidate, best)) best = candidate;
  }

  const increasePercent = best?.increase === null || best === undefined ? null : round2(best.increase);
  const band = bandOf(increasePercent);
  return deepFreeze({
    run: best?.run ?? null,
    previousLongestKm: best?.previous ?? null,
    increasePercent,
    band,
    hazardRatio: HAZARD_RATIOS[band],
    guideline: loadGuidelines.get("single-run-spike"),
  });
}

/** A candidate's increase when it is a spike (over 10% once rounded), otherwise `null`. */
function spikeOf(candidate: { increase: number | null }): number | null {
  return candidate.increase !== null && round2(candidate.increase) > 10 ? candidate.increase : null;
}

/** Whether `a` should be reported rather than `b`: the bigger spike, else the longer run, else the earlier. */
function better(
  a: { run: Run; day: number; increase: number | null },
  b: { run: Run; day: number; increase: number | null },
): boolean {
  const spikeA = spikeOf(a);
  const spikeB = spikeOf(b);
  if (spikeA !== null || spikeB !== null) {
    if (spikeB === null) return true;
    if (spikeA === null) return false;
    if (spikeA !== spikeB) return spikeA > spikeB;
  }
  if (a.run.distanceKm !== b.run.distanceKm) return a.run.distanceKm > b.run.distanceKm;
  return a.day < b.day;
}
