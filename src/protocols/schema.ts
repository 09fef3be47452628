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
    /** How many weeks it lasts. */
    weeks: z.int().check(z.gte(1), z.lte(12)),
    /** Its exercises, in the order to do them. */
    items: z.readonly(z.array(protocolItemSchema()).check(z.minLength(1))),
    /** What the runner does about running meanwhile. */
    running: runningAdviceSchema(),
    /** The running advice in a sentence, e.g. "keep easy runs; drop hills". */
    runningNote: textSchema(),
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
    ...evidenceShape(),
  }),
));

/** An exercise protocol for one cause. */
export type Protocol = z.infer<ReturnType<typeof protocolSchema>>;
