import { deepFreeze } from "../internal/freeze";
import { parseInput } from "../internal/input";
import { dayNumber, rejectInput } from "./days";
import { loadGuidelines } from "./dictionary";
import { AsOfOptionsSchema, IsoDateSchema, type IsoDate, type LoadGuideline } from "./schema";

/**
 * Where soreness felt on `asOf` sits in the usual course of delayed-onset muscle soreness:
 * `building` (the day of the session), `peak` (1–3 days after), `fading` (4–7 days after) or
 * `beyond-expected` (more than 7 days after).
 */
export type SorenessPhase = "building" | "peak" | "fading" | "beyond-expected";

/** Options of {@link sorenessWindow}. */
export interface SorenessOptions {
  /** The day the soreness is felt, e.g. today in the runner's time zone. */
  readonly asOf: IsoDate;
}

/** Where soreness sits in its usual course, from {@link sorenessWindow}. */
export interface SorenessStatus {
  /** Whole days from the session to `asOf`; 0 on the day of the session. */
  readonly daysSince: number;
  /** The phase those days fall in. */
  readonly phase: SorenessPhase;
  /** Whether soreness at this point is within the usual course (every phase but `beyond-expected`). */
  readonly expected: boolean;
  /** One sentence for the runner, in plain words. */
  readonly advice: string;
  /** The guidelines the phase rests on: `doms-window`, plus `soreness-beyond-a-week` past a week. */
  readonly guidelines: readonly LoadGuideline[];
}

const ADVICE: Readonly<Record<SorenessPhase, string>> = /* @__PURE__ */ Object.freeze({
  building:
    "Soreness from this session may still be on its way: it usually gets worse over the next day or two before it eases.",
  peak: "This is when soreness after a hard or unfamiliar session is usually at its worst; it should ease over the next few days.",
  fading: "Soreness should be easing by now and is normally gone within a week of the session.",
  "beyond-expected":
    "Soreness that is still there more than a week after the session is outside the usual course: have a physiotherapist, sports doctor or other health professional look at it.",
});

function phaseOf(days: number): SorenessPhase {
  if (days < 1) return "building";
  if (days <= 3) return "peak";
  if (days <= 7) return "fading";
  return "beyond-expected";
}

/**
 * Places soreness still felt on `asOf` in the usual course of delayed-onset muscle soreness
 * (Cheung 2003): it builds over the first day, peaks one to three days after the session and
 * clears within about five to seven days. Past seven days the soreness is not expected, and the
 * advice is to have a professional look at it: seed 003's heuristic, consistent with that course
 * but not validated (`soreness-beyond-a-week` is `unverified`).
 *
 * It times ordinary soreness only: sharp or worsening pain, numbness or swelling are matters
 * for triage, whatever the day.
 *
 * @param sessionDate - The day of the session that caused the soreness.
 * @param options - `asOf`, the day the soreness is felt.
 * @returns The days since the session, the phase, whether it is expected, advice and guidelines (frozen).
 * @throws `KineticChainError` `invalid_input` for a date that is not a real `YYYY-MM-DD` date, or
 *   a session after `asOf`.
 * @example
 * ```ts
 * import { sorenessWindow } from "kinetic-chain/load";
 *
 * sorenessWindow("2025-03-08", { asOf: "2025-03-10" }).phase; // "peak"
 * const late = sorenessWindow("2025-03-01", { asOf: "2025-03-10" });
 * late.expected;                        // false
 * late.guidelines.map((g) => g.id);     // ["doms-window", "soreness-beyond-a-week"]
 * ```
 */
export function sorenessWindow(sessionDate: IsoDate, options: SorenessOptions): SorenessStatus {
  const session = parseInput("sorenessWindow", IsoDateSchema, sessionDate);
  const { asOf } = parseInput("sorenessWindow", AsOfOptionsSchema, options);
  const daysSince = dayNumber(asOf) - dayNumber(session);
  if (daysSince < 0) rejectInput("sorenessWindow", [], `The session (${session}) is after asOf (${asOf})`);
  const phase = phaseOf(daysSince);
  const expected = phase !== "beyond-expected";
  return deepFreeze({
    daysSince,
    phase,
    expected,
    advice: ADVICE[phase],
    guidelines: expected
      ? [loadGuidelines.get("doms-window")]
      : [loadGuidelines.get("doms-window"), loadGuidelines.get("soreness-beyond-a-week")],
  });
}
