import * as z from "zod/mini";
import { evidenceShape } from "../evidence/schema";
import { sensationSchema } from "../links/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { findingIdSchema } from "../triage/schema";
import { once } from "../internal/once";

/** Builds `ExerciseKindSchema` (public in `kinetic-chain/schemas`) on first use. */
export const exerciseKindSchema = /* @__PURE__ */ once(() => z.enum(["stretch", "activation", "strength", "mobility", "soft-tissue-release", "plyometric"]));

/** What kind of exercise it is. */
export type ExerciseKind = z.infer<ReturnType<typeof exerciseKindSchema>>;

/** Builds `EquipmentSchema` (public in `kinetic-chain/schemas`) on first use. */
export const equipmentSchema = /* @__PURE__ */ once(() => z.enum(["none", "band", "foam-roller", "ball", "step", "towel", "weight", "bench", "slant-board"]));

/** Equipment an exercise needs. */
export type Equipment = z.infer<ReturnType<typeof equipmentSchema>>;

/** Builds `PositionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const positionSchema = /* @__PURE__ */ once(() => z.enum(["supine", "prone", "side-lying", "quadruped", "kneeling", "half-kneeling", "seated", "standing", "moving"]));

/** The body position an exercise is done in. */
export type Position = z.infer<ReturnType<typeof positionSchema>>;

/** Builds `TargetActionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const targetActionSchema = /* @__PURE__ */ once(() => z.enum(["stretches", "activates", "strengthens", "releases", "mobilizes"]));

/** How an exercise works on a structure. */
export type TargetAction = z.infer<ReturnType<typeof targetActionSchema>>;

/** Builds `LoadSchema` (public in `kinetic-chain/schemas`) on first use. */
export const loadSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Bodyweight, a resistance band, or an external weight. */
    type: z.enum(["bodyweight", "band", "external"]),
    /** For a band: its resistance. */
    band: z.optional(z.enum(["light", "medium", "heavy"])),
    /** For an external weight: kilograms. */
    kg: z.optional(z.number().check(z.gt(0), z.lte(300))),
    /** Target effort on the 1–10 rating-of-perceived-exertion scale. */
    rpe: z.optional(z.number().check(z.gte(1), z.lte(10))),
  }),
));

/** Load used for an exercise. */
export type Load = z.infer<ReturnType<typeof loadSchema>>;

/** Builds `FrequencySchema` (public in `kinetic-chain/schemas`) on first use. */
export const frequencySchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** How many times. */
    times: z.int().check(z.gte(1), z.lte(14)),
    /** Per day or per week. */
    per: z.enum(["day", "week"]),
  }),
));

/** How often. */
export type Frequency = z.infer<ReturnType<typeof frequencySchema>>;

/** Builds `DosageSchema` (public in `kinetic-chain/schemas`) on first use. */
export const dosageSchema = /* @__PURE__ */ once(() => z.readonly(
  z
    .object({
      /** Number of sets, 1–10. */
      sets: z.int().check(z.gte(1), z.lte(10)),
      /** Repetitions per set, 1–100. */
      reps: z.optional(z.int().check(z.gte(1), z.lte(100))),
      /** Seconds each rep (or the one position) is held, 1–300. */
      holdSeconds: z.optional(z.number().check(z.gt(0), z.lte(300))),
      /** Seconds of continuous work per set (timed work), 1–900. */
      durationSeconds: z.optional(z.number().check(z.gt(0), z.lte(900))),
      /** Whether the dosage is for each side. */
      perSide: z.boolean(),
      /** Rest between sets, in seconds. */
      restSeconds: z.optional(z.number().check(z.gte(0), z.lte(600))),
      /** Tempo as seconds lowering-pause-lifting, e.g. `3-1-1`. */
      tempo: z.optional(z.string().check(z.regex(/^\d{1,2}-\d{1,2}-\d{1,2}$/))),
      /** Load. */
      load: z.optional(loadSchema()),
      /** How often. */
      frequency: frequencySchema(),
      /** For how many weeks. */
      weeks: z.optional(z.int().check(z.gte(1), z.lte(52))),
    })
    .check(
      z.refine((d) => d.reps !== undefined || d.holdSeconds !== undefined || d.durationSeconds !== undefined, {
        message: "A dosage needs reps, holdSeconds or durationSeconds",
      }),
      z.refine((d) => d.durationSeconds === undefined || (d.reps === undefined && d.holdSeconds === undefined), {
        message: "durationSeconds (timed work) excludes reps and holdSeconds",
      }),
    ),
));

/** A dosage. */
export type Dosage = z.infer<ReturnType<typeof dosageSchema>>;

/** Builds `ExerciseTargetSchema` (public in `kinetic-chain/schemas`) on first use. */
export const exerciseTargetSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Id of the structure. */
    structure: slugSchema(),
    /** How the exercise works on it. */
    action: targetActionSchema(),
  }),
));

/** A structure an exercise works on, and how. */
export type ExerciseTarget = z.infer<ReturnType<typeof exerciseTargetSchema>>;

/** Builds `ActivationSchema` (public in `kinetic-chain/schemas`) on first use. */
export const activationSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Id of the muscle measured. */
    structure: slugSchema(),
    /** Mean %MVIC, where the source gives one. */
    mean: z.optional(z.number().check(z.gte(0), z.lte(300))),
    /** Standard deviation, where given. */
    sd: z.optional(z.number().check(z.gte(0))),
    /** Low end of a range, where the source gives a range. */
    min: z.optional(z.number().check(z.gte(0))),
    /** High end of a range. */
    max: z.optional(z.number().check(z.gte(0))),
    /** Id of the source of the figure. */
    source: slugSchema(),
    /** Conditions of the measurement (e.g. "10-rep-max load", "secondary report"). */
    note: z.optional(textSchema()),
  }),
));

/** Measured muscle activation during an exercise. */
export type Activation = z.infer<ReturnType<typeof activationSchema>>;

/** Builds `RuledOutBySchema` (public in `kinetic-chain/schemas`) on first use. */
export const ruledOutBySchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Ids of causes (hypotheses) that, while in play, rule the exercise out. */
    hypotheses: z.optional(z.readonly(z.array(slugSchema()))),
    /** Ids of reported findings (red flags and other yes/no answers of the report) that rule it out. */
    findings: z.optional(z.readonly(z.array(findingIdSchema()))),
    /** Sensations that rule it out when the runner reports them. */
    sensations: z.optional(z.readonly(z.array(sensationSchema()))),
  }),
));

/**
 * The contraindications of an exercise as data: the causes, findings and sensations that rule it
 * out. `buildPlan` checks them against what the runner reported and leaves the exercise out.
 */
export type RuledOutBy = z.infer<ReturnType<typeof ruledOutBySchema>>;

/** Builds `LoadingSchema` (public in `kinetic-chain/schemas`) on first use. */
export const loadingSchema = /* @__PURE__ */ once(() => z.enum(["impact", "single-leg"]));

/**
 * A kind of bone loading an exercise puts through the leg: `impact` (hops, bounds, running) or
 * `single-leg` (the whole body weight on one leg). Both stay out of a plan while a bone stress
 * injury is possible.
 */
export type Loading = z.infer<ReturnType<typeof loadingSchema>>;

/** Builds `ExerciseSchema` (public in `kinetic-chain/schemas`) on first use. */
export const exerciseSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
    /** Stable kebab-case id, e.g. `side-lying-hip-abduction`. */
    id: slugSchema(),
    /** Plain name. */
    name: textSchema(),
    /** Other names. */
    aliases: z.readonly(z.array(textSchema())),
    /** What kind of exercise. */
    kind: exerciseKindSchema(),
    /** Structures it works on, and how; at least one. */
    targets: z.readonly(z.array(exerciseTargetSchema()).check(z.minLength(1))),
    /** Measured activation (%MVIC), where research gives it. */
    activation: z.readonly(z.array(activationSchema())),
    /** Body position. */
    position: positionSchema(),
    /** Equipment needed; `["none"]` when nothing. */
    equipment: z.readonly(z.array(equipmentSchema()).check(z.minLength(1))),
    /** How to do it, step by step, in our own words. */
    cues: z.readonly(z.array(textSchema()).check(z.minLength(1))),
    /** Common faults to avoid. */
    faults: z.readonly(z.array(textSchema())),
    /** When not to do it, in words for the runner. */
    contraindications: z.readonly(z.array(textSchema())),
    /** The same contraindications as data, where they can be checked against a report. */
    ruledOutBy: z.optional(ruledOutBySchema()),
    /** Impact or single-leg loading it puts through the leg, if any. */
    loading: z.optional(z.readonly(z.array(loadingSchema()))),
    /** Ids of easier variants (regressions). */
    easier: z.readonly(z.array(slugSchema())),
    /** Ids of harder variants (progressions). */
    harder: z.readonly(z.array(slugSchema())),
    /** A typical dosage. */
    dosage: dosageSchema(),
    ...evidenceShape(),
  }),
));

/** An exercise. */
export type Exercise = z.infer<ReturnType<typeof exerciseSchema>>;
