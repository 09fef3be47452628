import * as z from "zod/mini";
import { parseInput } from "../internal/input";
import { type Progression, progressionSchema, type ProgressionStep } from "./schema";
import { once } from "../internal/once";

/** Builds `FeedbackSchema` (public in `kinetic-chain/schemas`) on first use. */
export const feedbackSchema = /* @__PURE__ */ once(() => z.object({
  /** Whether the step's target (all sets and reps or holds) was met. */
  targetMet: z.boolean(),
  /** Whether it was done with good form. */
  goodForm: z.boolean(),
  /** Pain during or the day after, 0–10. */
  pain: z.number().check(z.gte(0), z.lte(10)),
  /** Weeks spent at the current step so far. */
  weeksAtStep: z.int().check(z.gte(0), z.lte(104)),
}));

/** How a runner did at the current step of a progression. */
export type Feedback = z.infer<ReturnType<typeof feedbackSchema>>;

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

/**
 * Applies a progression's rules to a runner's feedback: step back when pain rose above the
 * progression's limit; advance when the target was met with good form, pain stayed within the
 * limit and the minimum weeks at the step have passed; otherwise hold.
 *
 * @param progression - A progression (e.g. from `getProgression`).
 * @param current - Index of the current step.
 * @param feedback - How the current step went.
 * @returns The action, the next step's index and the step, and the reason.
 * @throws `KineticChainError` `invalid_input` for a progression or feedback that does not match
 *   its schema, or a step index outside the progression.
 * @example
 * ```ts
 * nextStep(getProgression("bridge-progression"), 0, { targetMet: true, goodForm: true, pain: 2, weeksAtStep: 2 }).action; // "advance"
 * nextStep(getProgression("bridge-progression"), 1, { targetMet: true, goodForm: true, pain: 5, weeksAtStep: 1 }).action; // "step-back"
 * ```
 */
export function nextStep(progression: Progression, current: number, feedback: Feedback): NextStep {
  parseInput("nextStep", progressionSchema(), progression); // checked; the steps returned are the caller's own
  const last = progression.steps.length - 1;
  const index = parseInput("nextStep", z.int().check(z.gte(0), z.lte(last)), current);
  const { targetMet, goodForm, pain, weeksAtStep } = parseInput("nextStep", feedbackSchema(), feedback);
  const at = (step: number, action: NextStep["action"], reason: string): NextStep =>
    Object.freeze({ action, step, next: progression.steps[step] as ProgressionStep, reason });
  if (pain > progression.stepBackAbovePain) {
    return at(Math.max(0, index - 1), "step-back", `Pain ${pain}/10 is above ${progression.stepBackAbovePain}/10: go back a step.`);
  }
  if (index === last) return at(index, "hold", "This is the last step: keep it up.");
  if (!targetMet || !goodForm) return at(index, "hold", "Stay until the target is met with good form.");
  if (pain > progression.advanceMaxPain) return at(index, "hold", `Stay until pain the next day is ${progression.advanceMaxPain}/10 or less.`);
  if (weeksAtStep < progression.minWeeksPerStep) {
    return at(index, "hold", `Stay at least ${progression.minWeeksPerStep} week(s) at a step.`);
  }
  return at(index + 1, "advance", "Target met with good form and little pain: move on.");
}
