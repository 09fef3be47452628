import * as z from "zod/mini";
import { dosageSchema } from "../exercises/schema";
import { evidenceShape } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { runningAdviceSchema } from "../triage/schema";
import { once } from "../internal/once";

/** Builds `ProgressionStepSchema` (public in `kinetic-chain/schemas`) on first use. */
export const progressionStepSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Id of the exercise. */
    exercise: slugSchema(),
    /** Its dosage at this step. */
    dosage: dosageSchema(),
  }),
));

/** One step of a progression. */
export type ProgressionStep = z.infer<ReturnType<typeof progressionStepSchema>>;

/** Builds `ProgressionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const progressionSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Stable kebab-case id. */
    id: slugSchema(),
    /** Plain name. */
    name: textSchema(),
    /** Steps, easiest first; at least two. */
    steps: z.readonly(z.array(progressionStepSchema()).check(z.minLength(2))),
    /** Advance when the target was met with good form and next-day pain was at most this (0–10). */
    advanceMaxPain: z.int().check(z.gte(0), z.lte(10)),
    /** Least weeks at a step before advancing. */
    minWeeksPerStep: z.int().check(z.gte(1), z.lte(8)),
    /** Step back when pain during or the day after rises above this (0–10). */
    stepBackAbovePain: z.int().check(z.gte(0), z.lte(10)),
    ...evidenceShape(),
  }),
));

/** A progression. */
export type Progression = z.infer<ReturnType<typeof progressionSchema>>;

/** Builds `AdvanceCriteriaSchema` (public in `kinetic-chain/schemas`) on first use. */
export const advanceCriteriaSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Most pain during the exercise or run, 0–10, for the week to count towards moving on (3 in the pain-monitoring model). */
    maxPainDuring: z.int().check(z.gte(0), z.lte(10)),
    /** What must be done with good form before moving on, in a sentence; next-morning pain must also be back to its usual level. */
    target: textSchema(),
  }),
));

/**
 * When to move on from a phase or stage: pain during at most `maxPainDuring`, pain and stiffness
 * back to the usual level by the next morning, and the target met (the pain-monitoring model).
 * The phase's weeks are only the least time to spend in it.
 */
export type AdvanceCriteria = z.infer<ReturnType<typeof advanceCriteriaSchema>>;

/** Builds `ReturnToRunStageSchema` (public in `kinetic-chain/schemas`) on first use. */
export const returnToRunStageSchema = /* @__PURE__ */ once(() => z.readonly(
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
));

/** One stage of a return-to-run programme. */
export type ReturnToRunStage = z.infer<ReturnType<typeof returnToRunStageSchema>>;

/** Builds `ReturnToRunSchema` (public in `kinetic-chain/schemas`) on first use. */
export const returnToRunSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Stable kebab-case id. */
    id: slugSchema(),
    /** Plain name. */
    name: textSchema(),
    /** The stages, easiest first; at least two. */
    stages: z.readonly(z.array(returnToRunStageSchema()).check(z.minLength(2))),
    /** Sessions at a stage before moving on. */
    minSessionsPerStage: z.int().check(z.gte(1), z.lte(7)),
    /** Rest days between runs. */
    restDaysBetweenRuns: z.int().check(z.gte(0), z.lte(3)),
    /** When to move on to the next stage. */
    advanceWhen: advanceCriteriaSchema(),
    /** The programme's rules, in sentences of our own. */
    rules: z.readonly(z.array(textSchema()).check(z.minLength(1))),
    ...evidenceShape(),
  }),
));

/** A graded walk-run return to running, stage by stage. */
export type ReturnToRun = z.infer<ReturnType<typeof returnToRunSchema>>;

/** Builds `ProtocolItemSchema` (public in `kinetic-chain/schemas`) on first use. */
export const protocolItemSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Id of the exercise. */
    exercise: slugSchema(),
    /** Its dosage in this phase. */
    dosage: dosageSchema(),
    /** Id of the progression it follows, when it has one. */
    progression: z.optional(slugSchema()),
    /** Why it is in the protocol, in one sentence of our own. */
    why: textSchema(),
  }),
));

/** One exercise of a protocol phase. */
export type ProtocolItem = z.infer<ReturnType<typeof protocolItemSchema>>;

/** Builds `ProtocolPhaseSchema` (public in `kinetic-chain/schemas`) on first use. */
export const protocolPhaseSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Phase name. */
    name: textSchema(),
    /** The least weeks to spend in it: moving on also needs its criteria met (`advanceWhen`). */
    weeks: z.int().check(z.gte(1), z.lte(12)),
    /** Its exercises, in the order to do them. */
    items: z.readonly(z.array(protocolItemSchema()).check(z.minLength(1))),
    /** What the runner does about running meanwhile. */
    running: runningAdviceSchema(),
    /** The running advice in a sentence, e.g. "keep easy runs; drop hills". */
    runningNote: textSchema(),
    /** Id of the return-to-run programme to follow in this phase, where running comes back in stages. */
    returnToRun: z.optional(slugSchema()),
    /** When to move on to the next phase (or, in the last phase, to finish). */
    advanceWhen: advanceCriteriaSchema(),
  }),
));

/** A phase of a protocol. */
export type ProtocolPhase = z.infer<ReturnType<typeof protocolPhaseSchema>>;

/** Builds `ProtocolSchema` (public in `kinetic-chain/schemas`) on first use. */
export const protocolSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Stable kebab-case id. */
    id: slugSchema(),
    /** Plain name. */
    name: textSchema(),
    /** Id of the hypothesis it addresses. */
    hypothesis: slugSchema(),
    /** What it aims to do, in our own words. */
    goal: textSchema(),
    /** Its phases, in order; at least one. */
    phases: z.readonly(z.array(protocolPhaseSchema()).check(z.minLength(1))),
    /** What to avoid throughout, in sentences of our own. */
    avoid: z.optional(z.readonly(z.array(textSchema()))),
    ...evidenceShape(),
  }),
));

/** An exercise protocol for one cause. */
export type Protocol = z.infer<ReturnType<typeof protocolSchema>>;
