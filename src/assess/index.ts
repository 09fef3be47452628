/**
 * Assessment: a runner's report in, triage and ranked causes out, with the reasoning. Red flags
 * always come first and alone set the floor of triage; combinations of findings escalate it;
 * causes are ranked from data-driven rules and the compensation graph, each with its reasons,
 * evidence grade and sources. It informs; it does not diagnose.
 *
 * Also here: the report schema as JSON Schema, the intake questionnaire as data, and the
 * triage levels, red flags, hypotheses and rules the assessment uses.
 *
 * @example
 * ```ts
 * import { assess } from "kinetic-chain/assess";
 *
 * const result = assess({
 *   complaints: [{ location: "groin", side: "right", sensations: ["pain"], when: ["during-run"], durationDays: 10 }],
 *   redFlags: ["pain-on-hopping"],
 * });
 * result.triage.level;          // "urgent"
 * result.triage.running;        // "stop"
 * result.triage.redFlags[0]?.id; // "pain-on-hopping"
 * ```
 *
 * @module
 */
import { intakeQuestions } from "../report/intake";
import type { IntakeQuestion } from "../report/schema";

export {
  assess,
  type Assessment,
  type AssessOptions,
  type AssessResult,
  DISCLAIMER,
  type FiredRedFlag,
  IN_PLAY_SCORE,
  type RankedHypothesis,
  type Reason,
  safeAssess,
  type Triage,
  type TriageReason,
} from "./assess";
export { reportJsonSchema } from "./json-schema";
export type {
  Aggravator,
  AnswerType,
  BodyRegion,
  Complaint,
  ComplaintLocation,
  FieldTest,
  Findings,
  IntakeQuestion,
  LifeContext,
  Onset,
  Report,
  Timing,
  Training,
  TrainingChange,
} from "../report/schema";
export { REGION_STRUCTURES } from "./regions";
export { REPORT_LIMITS } from "../report/schema";
export * from "../hypotheses";
export * from "../rules";
export * from "../triage";

/**
 * The intake questionnaire as data an app can render: every question, the kind of answer it
 * takes, its options (the exact values the report accepts), and the report field it fills.
 * Covers the clinician's questions of seed 001 (one side or both, when it starts, when it is
 * worst and for how long, sudden or gradual, what makes it worse or better, recent changes to
 * training, any movement screen), what makes it worse, context (age, sex, pregnancy and birth), and one
 * yes/no question per finding: each names the finding it fills (`findings[id] = true | false`),
 * red flags first. `assess` returns the few still worth asking in `assessment.questions`.
 *
 * @example
 * ```ts
 * import { listIntakeQuestions } from "kinetic-chain/assess";
 *
 * const render = (...parts: unknown[]): void => console.log(...parts); // an app draws a form field
 * for (const question of listIntakeQuestions()) render(question.text, question.answer, question.options);
 * listIntakeQuestions().filter((q) => q.redFlag !== undefined).length; // one per red flag
 * ```
 *
 * @returns The questions in the order to ask them (a frozen array, the same one on every call).
 */
export function listIntakeQuestions(): readonly IntakeQuestion[] {
  return intakeQuestions();
}

