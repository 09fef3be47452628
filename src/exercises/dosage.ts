import { parseInput } from "../internal/input";
import { type Dosage, DosageSchema } from "./schema";

/** Seconds as a short phrase: "30 s", "90 s", "2 min". */
function seconds(value: number): string {
  return value >= 120 && value % 60 === 0 ? `${value / 60} min` : `${value} s`;
}

/** How often, in words: "daily", "2× daily", "3×/week", "weekly". */
function frequencyText({ times, per }: Dosage["frequency"]): string {
  if (per === "day") return times === 1 ? "daily" : `${times}× daily`;
  if (times === 7) return "daily";
  return times === 1 ? "weekly" : `${times}×/week`;
}

/**
 * A dosage as one readable line: sets and reps, holds or timed work; each side; load; tempo;
 * rest; frequency; weeks.
 *
 * @param dosage - A dosage (validated).
 * @returns E.g. `"3 × 30 s hold, each side, daily"` or `"3 × 10, each side, medium band, rest 60 s, 3×/week, 6 weeks"`.
 * @throws `KineticChainError` `invalid_input` for a dosage that does not match `DosageSchema`.
 * @example
 * ```ts
 * import { formatDosage } from "kinetic-chain/exercises";
 *
 * formatDosage({ sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } });
 * // "3 × 30 s hold, each side, daily"
 * formatDosage({ sets: 1, reps: 10, holdSeconds: 5, perSide: false, frequency: { times: 1, per: "day" } });
 * // "1 × 10 × 5 s hold, daily"
 * ```
 */
export function formatDosage(dosage: Dosage): string {
  const d = parseInput("formatDosage", DosageSchema, dosage);
  const volume =
    d.durationSeconds !== undefined
      ? seconds(d.durationSeconds)
      : [d.reps === undefined ? undefined : String(d.reps), d.holdSeconds === undefined ? undefined : `${seconds(d.holdSeconds)} hold`]
          .filter((part) => part !== undefined)
          .join(" × ");
  const load =
    d.load === undefined || d.load.type === "bodyweight"
      ? []
      : d.load.type === "band"
        ? [d.load.band === undefined ? "band" : `${d.load.band} band`]
        : [d.load.kg === undefined ? "added weight" : `${d.load.kg} kg`];
  const parts = [
    `${d.sets} × ${volume}`,
    ...(d.perSide ? ["each side"] : []),
    ...load,
    ...(d.load?.rpe === undefined ? [] : [`RPE ${d.load.rpe}`]),
    ...(d.tempo === undefined ? [] : [`tempo ${d.tempo}`]),
    ...(d.restSeconds === undefined ? [] : [`rest ${seconds(d.restSeconds)}`]),
    frequencyText(d.frequency),
    ...(d.weeks === undefined ? [] : [`${d.weeks} week${d.weeks === 1 ? "" : "s"}`]),
  ];
  return parts.join(", ");
}

/** Seconds one repetition takes when no tempo or hold is given. */
const SECONDS_PER_REP = 3;
/** Rest between sets when the dosage gives none. */
const DEFAULT_REST = 30;
/** Setting up and moving between exercises. */
const TRANSITION = 15;

/**
 * How long one session of a dosage takes, in seconds: per side, sets × (reps × seconds per rep,
 * where a rep lasts its hold, else its tempo, else 3 s; or the hold; or the timed work), plus rest
 * between sets (30 s when not given), plus 15 s to set up.
 *
 * @param dosage - A dosage (validated).
 * @returns Whole seconds.
 * @throws `KineticChainError` `invalid_input` for a dosage that does not match `DosageSchema`.
 * @example
 * ```ts
 * import { estimateSeconds } from "kinetic-chain/exercises";
 *
 * estimateSeconds({ sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } }); // 315
 * ```
 */
export function estimateSeconds(dosage: Dosage): number {
  const d = parseInput("estimateSeconds", DosageSchema, dosage);
  const repSeconds =
    d.holdSeconds ?? (d.tempo === undefined ? SECONDS_PER_REP : d.tempo.split("-").reduce((sum, part) => sum + Number(part), 0));
  const work = d.durationSeconds ?? (d.reps === undefined ? repSeconds : d.reps * repSeconds);
  const sides = d.perSide ? 2 : 1;
  const rest = (d.sets - 1) * (d.restSeconds ?? DEFAULT_REST);
  return Math.round(sides * (d.sets * work + rest) + TRANSITION);
}
