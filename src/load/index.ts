/**
 * Training load and soreness: weekly totals and week-over-week change from a run log, the
 * single-run spike that research ties to injury, the acute:chronic workload ratio, and where
 * soreness sits in its usual course. Every result carries the guideline it rests on, with its
 * research verdict, because two of the best-known rules here (the 10% rule and the workload
 * ratio's "sweet spot") are contested. Pure: no clock, so every function takes the day to count
 * to (`asOf`) as input.
 *
 * @example
 * ```ts
 * import { checkWeeklyIncrease, longestRunSpike, sorenessWindow, weeklyTotals } from "kinetic-chain/load";
 *
 * const runs = [
 *   { date: "2025-02-23", distanceKm: 14 },
 *   { date: "2025-03-08", distanceKm: 21 },
 * ];
 * const weeks = weeklyTotals(runs, { asOf: "2025-03-09", weeks: 3 });
 * checkWeeklyIncrease(weeks.map((week) => week.distanceKm)).guideline.verdict?.status; // "contested"
 * longestRunSpike(runs, { asOf: "2025-03-09" }).band; // "30-100" (21 km after a longest of 14 km)
 * sorenessWindow("2025-03-08", { asOf: "2025-03-10" }).phase; // "peak"
 * ```
 *
 * @module
 */
import { loadGuidelines, type LoadGuidelineId } from "./dictionary";
import type { LoadGuideline } from "./schema";

export type { IsoDate, LoadGuideline, Run } from "./schema";
export type { LoadGuidelineId } from "./dictionary";
export { acuteChronicRatio, type RatioMethod, type WorkloadRatio, type WorkloadRatioOptions } from "./ratio";
export { type SorenessOptions, type SorenessPhase, type SorenessStatus, sorenessWindow } from "./soreness";
export { longestRunSpike, type RunSpike, type RunSpikeOptions, type SpikeBand } from "./spike";
export {
  checkWeeklyIncrease,
  type WeeklyChange,
  weeklyChange,
  type WeeklyIncrease,
  type WeeklyIncreaseOptions,
  type WeeklyTotal,
  weeklyTotals,
  type WeeklyTotalsOptions,
} from "./weekly";

/**
 * The built-in load guideline with this id.
 *
 * @param id - A load guideline id, e.g. `"ten-percent-rule"`.
 * @returns The guideline (frozen).
 * @throws `KineticChainError` with code `unknown_id` when called (from untyped code) with an id
 *   that is not in the data; use {@link findLoadGuideline} or {@link isLoadGuidelineId} for outside input.
 * @example
 * ```ts
 * import { getLoadGuideline } from "kinetic-chain/load";
 *
 * getLoadGuideline("ten-percent-rule").verdict?.status; // "contested"
 * ```
 */
export function getLoadGuideline(id: LoadGuidelineId): LoadGuideline {
  return loadGuidelines.get(id);
}

/**
 * Looks a load guideline up by id or name, ignoring case, accents, spaces and hyphens.
 *
 * @param text - An id or a name, e.g. `"Acute:chronic workload ratio"`.
 * @returns The guideline, or `undefined` when nothing matches.
 * @example
 * ```ts
 * import { findLoadGuideline } from "kinetic-chain/load";
 *
 * findLoadGuideline("10% rule")?.id; // "ten-percent-rule"
 * findLoadGuideline("tempo runs");   // undefined
 * ```
 */
export function findLoadGuideline(text: string): LoadGuideline | undefined {
  return loadGuidelines.find(text);
}

/**
 * Every built-in load guideline, in data order.
 *
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listLoadGuidelines } from "kinetic-chain/load";
 *
 * listLoadGuidelines().filter((g) => g.verdict?.status === "contested").map((g) => g.id);
 * // ["ten-percent-rule", "acute-chronic-workload-ratio"]
 * ```
 */
export function listLoadGuidelines(): readonly LoadGuideline[] {
  return loadGuidelines.all;
}

/**
 * Whether a value is the id of a built-in load guideline. Use it to narrow outside input.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link LoadGuidelineId}.
 * @example
 * ```ts
 * import { getLoadGuideline, isLoadGuidelineId } from "kinetic-chain/load";
 *
 * const raw: string = "doms-window";
 * if (isLoadGuidelineId(raw)) getLoadGuideline(raw);
 * ```
 */
export function isLoadGuidelineId(value: unknown): value is LoadGuidelineId {
  return loadGuidelines.is(value);
}
