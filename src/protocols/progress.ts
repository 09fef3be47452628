import * as z from "zod/mini";
import { parseInput } from "../internal/input";
import { type Progression, ProgressionSchema, type ProgressionStep } from "./schema";

/** Pain during above this is "unacceptable" in the pain-monitoring model (injuries.md §22): step back. */
export const UNACCEPTABLE_PAIN = 5;

/** A 0–10 pain score. */
const PainScoreSchema = /* @__PURE__ */ z.number().check(z.gte(0), z.lte(10));

/** One week's check-in for `buildPlan`'s `progress`: pain during, pain the next morning, target met. */
export const CheckInSchema = /* @__PURE__ */ z.object({
  /** Whether the target (all sets and reps or holds, or the run) was met. */
  targetMet: z.boolean(),
  /** Whether it was done with good form. Default `true`. */
  goodForm: z.optional(z.boolean()),
  /** Highest pain during the exercise or run, 0–10. */
  painDuring: PainScoreSchema,
  /** Pain (or stiffness) the next morning, 0–10. */
  painNextMorning: PainScoreSchema,
  /** The usual morning pain before the week's work, 0–10: the baseline the next morning is compared with. Default 0. */
  usualMorningPain: z.optional(PainScoreSchema),
});

/** One week's check-in: how the work went, by the pain-monitoring model's measures. */
export type CheckIn = z.input<typeof CheckInSchema>;

/**
 * A check-in as parsed.
 *
 * @internal
 */
export type ParsedCheckIn = z.output<typeof CheckInSchema>;

/** How a runner did at the current step of a progression. */
export const FeedbackSchema = /* @__PURE__ */ z.extend(CheckInSchema, {
  /** Weeks spent at the current step so far, this one included. */
  weeksAtStep: z.int().check(z.gte(0), z.lte(104)),
});

/** How a runner did at the current step of a progression. */
export type Feedback = z.input<typeof FeedbackSchema>;

/** What to do next in a progression, and why. */
export interface NextStep {
  /** Advance to the next step, hold the current one, or step back. */
  readonly action: "advance" | "hold" | "step-back";
  /** Index of the step to do next. */
  readonly step: number;
  /** The step to do next. */
  readonly next: ProgressionStep;
  /** Why, in a sentence. */
  readonly reason: string;
}

/** The pain limits a check-in is judged against. */
export interface PainLimits {
  /** Most pain during for the week to count towards moving on. */
  readonly advanceMaxPain: number;
  /** Step back when pain during rises above this. */
  readonly stepBackAbovePain: number;
}

/**
 * Judges a check-in by the pain-monitoring model, before any minimum time: step back when pain
 * during rose above the limit or the next morning was worse than usual; move on when the target
 * was met with good form and pain during stayed within the limit; otherwise stay.
 *
 * @internal
 */
export function judge(limits: PainLimits, checkIn: ParsedCheckIn): { readonly action: NextStep["action"]; readonly reason: string } {
  const { targetMet, goodForm = true, painDuring, painNextMorning, usualMorningPain = 0 } = checkIn;
  if (painDuring > limits.stepBackAbovePain) return { action: "step-back", reason: `Pain during was ${painDuring}/10, above ${limits.stepBackAbovePain}/10: go back a step.` };
  if (painNextMorning > usualMorningPain) {
    return { action: "step-back", reason: `Next-morning pain was ${painNextMorning}/10, above the usual ${usualMorningPain}/10: go back a step.` };
  }
  if (!targetMet || !goodForm) return { action: "hold", reason: "Stay until the target is met with good form." };
  if (painDuring > limits.advanceMaxPain) return { action: "hold", reason: `Stay until pain during is ${limits.advanceMaxPain}/10 or less.` };
  return { action: "advance", reason: "Target met with good form, pain within limits and settled by the next morning: move on." };
}

/**
 * Applies a progression's rules to a check-in, by the pain-monitoring model: step back when pain
 * during rose above the progression's limit (`stepBackAbovePain`) or pain the next morning was
 * worse than usual; advance when the target was met with good form, pain during stayed within
 * `advanceMaxPain` and the minimum weeks at the step have passed; otherwise hold. The calendar
 * alone never advances a step: the weeks are only the least time at it.
 *
 * @param progression - A progression (e.g. from `getProgression`).
 * @param current - Index of the current step.
 * @param feedback - How the current step went.
 * @returns The action, the next step's index and the step, and the reason.
 * @throws `KineticChainError` `invalid_input` for a progression or feedback that does not match
 *   its schema, or a step index outside the progression.
 * @example
 * ```ts
 * import { getProgression, nextStep } from "kinetic-chain/protocols";
 *
 * const bridge = getProgression("bridge-progression");
 * nextStep(bridge, 0, { targetMet: true, painDuring: 2, painNextMorning: 0, weeksAtStep: 2 }).action; // "advance"
 * nextStep(bridge, 1, { targetMet: true, painDuring: 2, painNextMorning: 6, weeksAtStep: 1 }).action; // "step-back"
 * ```
 */
export function nextStep(progression: Progression, current: number, feedback: Feedback): NextStep {
  parseInput("nextStep", ProgressionSchema, progression); // checked; the steps returned are the caller's own
  const last = progression.steps.length - 1;
  const index = parseInput("nextStep", z.int().check(z.gte(0), z.lte(last)), current);
  const parsed = parseInput("nextStep", FeedbackSchema, feedback);
  const at = (step: number, action: NextStep["action"], reason: string): NextStep =>
    Object.freeze({ action, step, next: progression.steps[step] as ProgressionStep, reason });
  const verdict = judge(progression, parsed);
  if (verdict.action === "step-back") return at(Math.max(0, index - 1), "step-back", verdict.reason);
  if (index === last) return at(index, "hold", "This is the last step: keep it up.");
  if (verdict.action === "hold") return at(index, "hold", verdict.reason);
  if (parsed.weeksAtStep < progression.minWeeksPerStep) {
    return at(index, "hold", `Stay at least ${progression.minWeeksPerStep} week(s) at a step.`);
  }
  return at(index + 1, "advance", verdict.reason);
}
