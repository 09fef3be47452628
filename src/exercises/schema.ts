import * as z from "zod/mini";
import { withEvidence } from "../evidence/schema";
import { SensationSchema } from "../links/schema";
import { SlugSchema, TextSchema } from "../internal/slug";
import { FindingIdSchema } from "../triage/schema";

/** What kind of exercise it is. */
export const ExerciseKindSchema = /* @__PURE__ */ z.enum(["stretch", "activation", "strength", "mobility", "soft-tissue-release", "plyometric"]);

/** What kind of exercise it is. */
export type ExerciseKind = z.infer<typeof ExerciseKindSchema>;

/** Equipment an exercise needs; `none` for nothing (a wall or floor counts as nothing). */
export const EquipmentSchema = /* @__PURE__ */ z.enum(["none", "band", "foam-roller", "ball", "step", "towel", "weight", "bench", "slant-board"]);

/** Equipment an exercise needs. */
export type Equipment = z.infer<typeof EquipmentSchema>;

/** The body position an exercise is done in. */
export const PositionSchema = /* @__PURE__ */ z.enum(["supine", "prone", "side-lying", "quadruped", "kneeling", "half-kneeling", "seated", "standing", "moving"]);

/** The body position an exercise is done in. */
export type Position = z.infer<typeof PositionSchema>;

/** How an exercise works on a structure. */
export const TargetActionSchema = /* @__PURE__ */ z.enum(["stretches", "activates", "strengthens", "releases", "mobilizes"]);

/** How an exercise works on a structure. */
export type TargetAction = z.infer<typeof TargetActionSchema>;

/** Load used for an exercise. */
export const LoadSchema = /* @__PURE__ */ z.readonly(
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
);

/** Load used for an exercise. */
export type Load = z.infer<typeof LoadSchema>;

/** How often: so many times per day or per week. */
export const FrequencySchema = /* @__PURE__ */ z.readonly(
  z.object({
    /** How many times. */
    times: z.int().check(z.gte(1), z.lte(14)),
    /** Per day or per week. */
    per: z.enum(["day", "week"]),
  }),
);

/** How often. */
export type Frequency = z.infer<typeof FrequencySchema>;

/**
 * A dosage: sets of reps, holds or timed work, per side or not, with rest, tempo, load,
 * frequency and weeks. Valid shapes: `reps`; `holdSeconds`; `reps` with `holdSeconds` (each rep
 * held, as in a press-up held 5 s); or `durationSeconds` alone (timed work such as foam rolling).
 *
 * @example
 * ```ts
 * import { DosageSchema } from "kinetic-chain/schemas";
 *
 * DosageSchema.parse({ sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } });
 * ```
 */
export const DosageSchema = /* @__PURE__ */ z.readonly(
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
      load: z.optional(LoadSchema),
      /** How often. */
      frequency: FrequencySchema,
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
);

/** A dosage. */
export type Dosage = z.infer<typeof DosageSchema>;

/** A structure an exercise works on, and how. */
export const ExerciseTargetSchema = /* @__PURE__ */ z.readonly(
  z.object({
    /** Id of the structure. */
    structure: SlugSchema,
    /** How the exercise works on it. */
    action: TargetActionSchema,
  }),
);

/** A structure an exercise works on, and how. */
export type ExerciseTarget = z.infer<typeof ExerciseTargetSchema>;

/** Measured muscle activation during an exercise, as a percentage of maximal voluntary isometric contraction. */
export const ActivationSchema = /* @__PURE__ */ z.readonly(
  z.object({
    /** Id of the muscle measured. */
    structure: SlugSchema,
    /** Mean %MVIC, where the source gives one. */
    mean: z.optional(z.number().check(z.gte(0), z.lte(300))),
    /** Standard deviation, where given. */
    sd: z.optional(z.number().check(z.gte(0))),
    /** Low end of a range, where the source gives a range. */
    min: z.optional(z.number().check(z.gte(0))),
    /** High end of a range. */
    max: z.optional(z.number().check(z.gte(0))),
    /** Id of the source of the figure. */
    source: SlugSchema,
    /** Conditions of the measurement (e.g. "10-rep-max load", "secondary report"). */
    note: z.optional(TextSchema),
  }),
);

/** Measured muscle activation during an exercise. */
export type Activation = z.infer<typeof ActivationSchema>;

/** The contraindications of an exercise as data: causes, findings and sensations that rule it out. */
export const RuledOutBySchema = /* @__PURE__ */ z.readonly(
  z.object({
    /** Ids of causes (hypotheses) that, while in play, rule the exercise out. */
    hypotheses: z.optional(z.readonly(z.array(SlugSchema))),
    /** Ids of reported findings (red flags and other yes/no answers of the report) that rule it out. */
    findings: z.optional(z.readonly(z.array(FindingIdSchema))),
    /** Sensations that rule it out when the runner reports them. */
    sensations: z.optional(z.readonly(z.array(SensationSchema))),
  }),
);

/**
 * The contraindications of an exercise as data: the causes, findings and sensations that rule it
 * out. `buildPlan` checks them against what the runner reported and leaves the exercise out.
 */
export type RuledOutBy = z.infer<typeof RuledOutBySchema>;

/** A kind of bone loading an exercise involves: impact or single-leg. */
export const LoadingSchema = /* @__PURE__ */ z.enum(["impact", "single-leg"]);

/**
 * A kind of bone loading an exercise puts through the leg: `impact` (hops, bounds, running) or
 * `single-leg` (the whole body weight on one leg). Both stay out of a plan while a bone stress
 * injury is possible.
 */
export type Loading = z.infer<typeof LoadingSchema>;

/**
 * An exercise: what it works and how, measured activation where research gives it, position,
 * equipment, cues and faults in our own words, contraindications, easier and harder variants,
 * and a default dosage.
 */
export const ExerciseSchema = /* @__PURE__ */ z.readonly(
  z.object(withEvidence({
    /** Stable kebab-case id, e.g. `side-lying-hip-abduction`. */
    id: SlugSchema,
    /** Plain name. */
    name: TextSchema,
    /** Other names. */
    aliases: z.readonly(z.array(TextSchema)),
    /** What kind of exercise. */
    kind: ExerciseKindSchema,
    /** Structures it works on, and how; at least one. */
    targets: z.readonly(z.array(ExerciseTargetSchema).check(z.minLength(1))),
    /** Measured activation (%MVIC), where research gives it. */
    activation: z.readonly(z.array(ActivationSchema)),
    /** Body position. */
    position: PositionSchema,
    /** Equipment needed; `["none"]` when nothing. */
    equipment: z.readonly(z.array(EquipmentSchema).check(z.minLength(1))),
    /** How to do it, step by step, in our own words. */
    cues: z.readonly(z.array(TextSchema).check(z.minLength(1))),
    /** Common faults to avoid. */
    faults: z.readonly(z.array(TextSchema)),
    /** When not to do it, in words for the runner. */
    contraindications: z.readonly(z.array(TextSchema)),
    /** The same contraindications as data, where they can be checked against a report. */
    ruledOutBy: z.optional(RuledOutBySchema),
    /** Impact or single-leg loading it puts through the leg, if any. */
    loading: z.optional(z.readonly(z.array(LoadingSchema))),
    /** Ids of easier variants (regressions). */
    easier: z.readonly(z.array(SlugSchema)),
    /** Ids of harder variants (progressions). */
    harder: z.readonly(z.array(SlugSchema)),
    /** A typical dosage. */
    dosage: DosageSchema,
  })),
);

/** An exercise. */
export type Exercise = z.infer<typeof ExerciseSchema>;
