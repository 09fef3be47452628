import * as z from "zod/mini";
import { DosageSchema } from "../exercises/schema";
import { withEvidence } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";
import { RunningAdviceSchema } from "../triage/schema";

/** One step of a progression: an exercise at a dosage. */
export const ProgressionStepSchema = /* @__PURE__ */ z.readonly(
  z.object({
    /** Id of the exercise. */
    exercise: SlugSchema,
    /** Its dosage at this step. */
    dosage: DosageSchema,
  }),
);

/** One step of a progression. */
export type ProgressionStep = z.infer<typeof ProgressionStepSchema>;

/**
 * A progression: ordered steps, with the criteria to advance (target met with good form, pain
 * the next day at most so much) and to step back (pain rising above a level).
 */
export const ProgressionSchema = /* @__PURE__ */ z.readonly(
  z.object(withEvidence({
    /** Stable kebab-case id. */
    id: SlugSchema,
    /** Plain name. */
    name: TextSchema,
    /** Steps, easiest first; at least two. */
    steps: z.readonly(z.array(ProgressionStepSchema).check(z.minLength(2))),
    /** Advance when the target was met with good form and next-day pain was at most this (0–10). */
    advanceMaxPain: z.int().check(z.gte(0), z.lte(10)),
    /** Least weeks at a step before advancing. */
    minWeeksPerStep: z.int().check(z.gte(1), z.lte(8)),
    /** Step back when pain during or the day after rises above this (0–10). */
    stepBackAbovePain: z.int().check(z.gte(0), z.lte(10)),
  })),
);

/** A progression. */
export type Progression = z.infer<typeof ProgressionSchema>;

/** When to move on from a phase: pain during at most so much, the next morning back to usual, a target met. */
export const AdvanceCriteriaSchema = /* @__PURE__ */ z.readonly(
  z.object({
    /** Most pain during the exercise or run, 0–10, for the week to count towards moving on (3 in the pain-monitoring model). */
    maxPainDuring: z.int().check(z.gte(0), z.lte(10)),
    /** What must be done with good form before moving on, in a sentence; next-morning pain must also be back to its usual level. */
    target: TextSchema,
  }),
);

/**
 * When to move on from a phase or stage: pain during at most `maxPainDuring`, pain and stiffness
 * back to the usual level by the next morning, and the target met (the pain-monitoring model).
 * The phase's weeks are only the least time to spend in it.
 */
export type AdvanceCriteria = z.infer<typeof AdvanceCriteriaSchema>;

/** One stage of a return-to-run programme. */
export const ReturnToRunStageSchema = /* @__PURE__ */ z.readonly(
  z.object({
    /** Target effort, 1–10 rating of perceived exertion. */
    rpe: z.int().check(z.gte(1), z.lte(10)),
    /** Minutes of walking then of running, repeated; absent when the running is continuous. */
    intervals: z.optional(
      z.readonly(
        z.object({
          /** Minutes walking. */
          walkMinutes: z.number().check(z.gt(0), z.lte(30)),
          /** Minutes running. */
          runMinutes: z.number().check(z.gt(0), z.lte(60)),
        }),
      ),
    ),
    /** Total distance of the session, in miles. */
    miles: z.number().check(z.gt(0), z.lte(30)),
  }),
);

/** One stage of a return-to-run programme. */
export type ReturnToRunStage = z.infer<typeof ReturnToRunStageSchema>;

/** A graded walk-run return to running. */
export const ReturnToRunSchema = /* @__PURE__ */ z.readonly(
  z.object(withEvidence({
    /** Stable kebab-case id. */
    id: SlugSchema,
    /** Plain name. */
    name: TextSchema,
    /** The stages, easiest first; at least two. */
    stages: z.readonly(z.array(ReturnToRunStageSchema).check(z.minLength(2))),
    /** Sessions at a stage before moving on. */
    minSessionsPerStage: z.int().check(z.gte(1), z.lte(7)),
    /** Rest days between runs. */
    restDaysBetweenRuns: z.int().check(z.gte(0), z.lte(3)),
    /** When to move on to the next stage. */
    advanceWhen: AdvanceCriteriaSchema,
    /** The programme's rules, in sentences of our own. */
    rules: z.readonly(z.array(TextSchema).check(z.minLength(1))),
  })),
);

/** A graded walk-run return to running, stage by stage. */
export type ReturnToRun = z.infer<typeof ReturnToRunSchema>;

/** One exercise of a protocol phase. */
export const ProtocolItemSchema = /* @__PURE__ */ z.readonly(
  z.object({
    /** Id of the exercise. */
    exercise: SlugSchema,
    /** Its dosage in this phase. */
    dosage: DosageSchema,
    /** Id of the progression it follows, when it has one. */
    progression: z.optional(SlugSchema),
    /** Why it is in the protocol, in one sentence of our own. */
    why: TextSchema,
  }),
);

/** One exercise of a protocol phase. */
export type ProtocolItem = z.infer<typeof ProtocolItemSchema>;

/** A phase of a protocol, e.g. activation, then loaded strength, then running-specific. */
export const ProtocolPhaseSchema = /* @__PURE__ */ z.readonly(
  z.object({
    /** Phase name. */
    name: TextSchema,
    /** The least weeks to spend in it: moving on also needs its criteria met (`advanceWhen`). */
    weeks: z.int().check(z.gte(1), z.lte(12)),
    /** Its exercises, in the order to do them. */
    items: z.readonly(z.array(ProtocolItemSchema).check(z.minLength(1))),
    /** What the runner does about running meanwhile. */
    running: RunningAdviceSchema,
    /** The running advice in a sentence, e.g. "keep easy runs; drop hills". */
    runningNote: TextSchema,
    /** Id of the return-to-run programme to follow in this phase, where running comes back in stages. */
    returnToRun: z.optional(SlugSchema),
    /** When to move on to the next phase (or, in the last phase, to finish). */
    advanceWhen: AdvanceCriteriaSchema,
  }),
);

/** A phase of a protocol. */
export type ProtocolPhase = z.infer<typeof ProtocolPhaseSchema>;

/** An exercise protocol for one cause (a hypothesis of the assessment). */
export const ProtocolSchema = /* @__PURE__ */ z.readonly(
  z.object(withEvidence({
    /** Stable kebab-case id. */
    id: SlugSchema,
    /** Plain name. */
    name: TextSchema,
    /** Id of the hypothesis it addresses. */
    hypothesis: SlugSchema,
    /** What it aims to do, in our own words. */
    goal: TextSchema,
    /** Its phases, in order; at least one. */
    phases: z.readonly(z.array(ProtocolPhaseSchema).check(z.minLength(1))),
    /** What to avoid throughout, in sentences of our own. */
    avoid: z.optional(z.readonly(z.array(TextSchema))),
  })),
);

/** An exercise protocol for one cause. */
export type Protocol = z.infer<typeof ProtocolSchema>;
