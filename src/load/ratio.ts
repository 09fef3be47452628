import * as z from "zod/mini";
import { deepFreeze } from "../internal/freeze";
import { parseInput } from "../internal/input";
import { dayNumber, rejectInput, round2 } from "./days";
import { loadGuidelines } from "./dictionary";
import { IsoDateSchema, type IsoDate, type LoadGuideline, type Run, RunsSchema } from "./schema";

/**
 * How {@link acuteChronicRatio} averages daily load: `rolling` (plain means over each window) or
 * `ewma` (exponentially weighted moving averages).
 */
export type RatioMethod = "rolling" | "ewma";

/** Options of {@link acuteChronicRatio}. */
export interface WorkloadRatioOptions {
  /** The last day counted, e.g. today in the runner's time zone. */
  readonly asOf: IsoDate;
  /** How daily load is averaged. Default `rolling`. */
  readonly method?: RatioMethod;
  /** Length of the acute window in days, 1 to 365 and at most `chronicDays`. Default 7. */
  readonly acuteDays?: number;
  /** Length of the chronic window in days, 1 to 365. Default 28. */
  readonly chronicDays?: number;
}

/** An acute:chronic workload ratio, from {@link acuteChronicRatio}. */
export interface WorkloadRatio {
  /** Acute load divided by chronic load, rounded to 0.01; `null` when the chronic load is 0. */
  readonly ratio: number | null;
  /** The acute load: kilometres per day, averaged as `method` says, rounded to 0.01. */
  readonly acute: number;
  /** The chronic load: kilometres per day, averaged as `method` says, rounded to 0.01. */
  readonly chronic: number;
  /** How the loads were averaged. */
  readonly method: RatioMethod;
  /** The `acute-chronic-workload-ratio` guideline, whose verdict is `contested`: show its caveat with the number. */
  readonly guideline: LoadGuideline;
}

const RatioOptionsSchema = /* @__PURE__ */ z.object({
  asOf: IsoDateSchema,
  method: z.optional(z.enum(["rolling", "ewma"])),
  acuteDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
  chronicDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
});

/**
 * The acute:chronic workload ratio of a training log, with distance (km) as the load: how the
 * last week compares with the last four weeks, by default.
 *
 * - `rolling`: acute = total distance of the `acuteDays` days ending on `asOf`, divided by
 *   `acuteDays`; chronic = total distance of the `chronicDays` days ending on `asOf`, divided by
 *   `chronicDays`. The acute days lie inside the chronic window (the "coupled" ratio).
 * - `ewma`: each window is an exponentially weighted moving average of daily distance,
 *   `E(d) = λ · load(d) + (1 − λ) · E(d − 1)` with `λ = 2 / (N + 1)`, N being `acuteDays` for the
 *   acute load and `chronicDays` for the chronic load. Both start at 0 on the day before the
 *   `2 × chronicDays` days that end on `asOf` and are iterated day by day up to `asOf`; a day
 *   without runs has load 0, and runs before that span do not count.
 *
 * The ratio is `contested`: its 0.8–1.3 "sweet spot" comes from team sports, the coupled form is
 * partly an artefact of its own arithmetic, and in runners its association with injury was
 * negative (Frandsen 2025), the opposite of the sweet-spot idea. The result carries the guideline so an app can say so; prefer `longestRunSpike` for
 * a runner's injury risk.
 *
 * @param runs - The training log, in any order. Runs after `asOf` are ignored.
 * @param options - `asOf`, `method` (default `rolling`), `acuteDays` (default 7), `chronicDays` (default 28).
 * @returns The ratio, both loads, the method and the guideline (frozen).
 * @throws `KineticChainError` `invalid_input` for a run or options that do not match their
 *   schemas, or an acute window longer than the chronic one.
 * @example
 * ```ts
 * import { acuteChronicRatio } from "kinetic-chain/load";
 *
 * // 40 km a week for four weeks, then 60 km in the last week
 * const log = [
 *   ...["2025-02-10", "2025-02-17", "2025-02-24"].map((date) => ({ date, distanceKm: 40 })),
 *   { date: "2025-03-03", distanceKm: 60 },
 * ];
 * const result = acuteChronicRatio(log, { asOf: "2025-03-09" });
 * result.ratio;                     // 1.33
 * result.guideline.verdict?.status; // "contested"
 * acuteChronicRatio(log, { asOf: "2025-03-09", method: "ewma" }).ratio;
 * ```
 */
export function acuteChronicRatio(runs: readonly Run[], options: WorkloadRatioOptions): WorkloadRatio {
  const log = parseInput("acuteChronicRatio", RunsSchema, runs);
  const {
    asOf,
    method = "rolling",
    acuteDays = 7,
    chronicDays = 28,
  } = parseInput("acuteChronicRatio", RatioOptionsSchema, options);
  if (acuteDays > chronicDays) {
    rejectInput("acuteChronicRatio", ["acuteDays"], `The acute window (${acuteDays} days) is longer than the chronic window (${chronicDays} days)`);
  }

  const last = dayNumber(asOf);
  const span = method === "rolling" ? chronicDays : 2 * chronicDays;
  // daily[i] is the distance run on day `last - i`, for the `span` days ending on `asOf`.
  const daily = new Array<number>(span).fill(0);
  for (const run of log) {
    const back = last - dayNumber(run.date);
    if (back >= 0 && back < span) daily[back] = (daily[back] ?? 0) + run.distanceKm;
  }

  let acute = 0;
  let chronic = 0;
  if (method === "rolling") {
    const total = (days: number): number => daily.slice(0, days).reduce((sum, km) => sum + km, 0);
    acute = total(acuteDays) / acuteDays;
    chronic = total(chronicDays) / chronicDays;
  } else {
    const acuteWeight = 2 / (acuteDays + 1);
    const chronicWeight = 2 / (chronicDays + 1);
    for (let back = span - 1; back >= 0; back--) {
      const load = daily[back] ?? 0;
      acute = acuteWeight * load + (1 - acuteWeight) * acute;
      chronic = chronicWeight * load + (1 - chronicWeight) * chronic;
    }
  }

  return deepFreeze({
    ratio: chronic > 0 ? round2(acute / chronic) : null,
    acute: round2(acute),
    chronic: round2(chronic),
    method,
    guideline: loadGuidelines.get("acute-chronic-workload-ratio"),
  });
}
