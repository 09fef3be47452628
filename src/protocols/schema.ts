import * as z from "zod/mini";
import { DosageSchema } from "../exercises/schema";
import { evidenceShape } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";
import { RunningAdviceSchema } from "../triage/schema";

/** One step of a progression: an exercise at a dosage. */
export const ProgressionStepSchema = z.readonly(
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
export const ProgressionSchema = z.readonly(
  z.object({
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
    ...evidenceShape,
  }),
);

/** A progression. */
export type Progression = z.infer<typeof ProgressionSchema>;

/** One exercise of a protocol phase. */
export const ProtocolItemSchema = z.readonly(
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
export const ProtocolPhaseSchema = z.readonly(
  z.object({
    /** Phase name. */
    name: TextSchema,
    /** How many weeks it lasts. */
    weeks: z.int().check(z.gte(1), z.lte(12)),
    /** Its exercises, in the order to do them. */
    items: z.readonly(z.array(ProtocolItemSchema).check(z.minLength(1))),
    /** What the runner does about running meanwhile. */
    running: RunningAdviceSchema,
    /** The running advice in a sentence, e.g. "keep easy runs; drop hills". */
    runningNote: TextSchema,
  }),
);

/** A phase of a protocol. */
export type ProtocolPhase = z.infer<typeof ProtocolPhaseSchema>;

/** An exercise protocol for one cause (a hypothesis of the assessment). */
export const ProtocolSchema = z.readonly(
  z.object({
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
    ...evidenceShape,
  }),
);

/** An exercise protocol for one cause. */
export type Protocol = z.infer<typeof ProtocolSchema>;
