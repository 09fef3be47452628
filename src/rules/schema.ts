import * as z from "zod/mini";
import { OnsetSchema, TimingSchema, TrainingChangeSchema } from "../assess/schema";
import { ReliefSchema, SensationSchema } from "../chains/schema";
import { evidenceShape } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";
import { RedFlagIdSchema, RunningAdviceSchema, TriageLevelSchema } from "../triage/schema";

/**
 * Holds when at least one complaint matches every field given. `where` lists body regions
 * and structure ids; a complaint matches when its location is one of them, is a structure in
 * one of the listed regions, or is the same structure as, or a group or member of, one listed.
 */
export const ComplaintConditionSchema = z.object({
  /** Discriminator. */
  kind: z.literal("complaint"),
  /** Regions and structure ids; omit for anywhere. */
  where: z.optional(z.readonly(z.array(z.string()))),
  /** At least one of these sensations. */
  sensations: z.optional(z.readonly(z.array(SensationSchema))),
  /** At least one of these timings. */
  when: z.optional(z.readonly(z.array(TimingSchema))),
  /** This onset. */
  onset: z.optional(OnsetSchema),
  /** Lasting at least this many days. */
  minDays: z.optional(z.number().check(z.gte(0))),
  /** Lasting at most this many days. */
  maxDays: z.optional(z.number().check(z.gte(0))),
  /** At least this severity (0–10). */
  minSeverity: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** Not relieved by at least one of these. */
  notRelievedBy: z.optional(z.readonly(z.array(ReliefSchema))),
  /** Relieved by at least one of these. */
  relievedBy: z.optional(z.readonly(z.array(ReliefSchema))),
});

/** Holds when the red flag was reported. */
export const RedFlagConditionSchema = z.object({
  /** Discriminator. */
  kind: z.literal("red-flag"),
  /** The red flag. */
  flag: RedFlagIdSchema,
});

/**
 * Holds when the field test was done with a positive (abnormal) result: single-leg squat rated
 * poor or with the knee falling in; lateral hip pain within 30 s of single-leg stance; pelvic
 * drop on Trendelenburg; a bridge felt mainly in the hamstrings.
 */
export const FieldTestConditionSchema = z.object({
  /** Discriminator. */
  kind: z.literal("field-test"),
  /** Which test. */
  test: z.enum(["single-leg-squat", "single-leg-stance-30s", "trendelenburg", "bridge-endurance"]),
});

/**
 * Holds when the training data show the signal: the last week more than 10% (or 30%) above the
 * one before; a run in the last week more than 10% longer than the longest of the 30 days
 * before it; an acute:chronic workload ratio above 1.3.
 */
export const TrainingConditionSchema = z.object({
  /** Discriminator. */
  kind: z.literal("training"),
  /** The signal. */
  signal: z.enum(["weekly-increase-over-10", "weekly-increase-over-30", "long-run-spike", "acwr-high"]),
});

/** Holds when the runner reported this recent change to training. */
export const TrainingChangeConditionSchema = z.object({
  /** Discriminator. */
  kind: z.literal("training-change"),
  /** The change. */
  change: TrainingChangeSchema,
});

/** Holds when the life context has the factor: prior injury on the same side as a complaint; age over 50. */
export const ContextConditionSchema = z.object({
  /** Discriminator. */
  kind: z.literal("context"),
  /** The factor. */
  factor: z.enum(["sits-most-of-day", "postpartum", "prior-injury-same-side", "age-over-50"]),
});

const leafConditions = [
  ComplaintConditionSchema,
  RedFlagConditionSchema,
  FieldTestConditionSchema,
  TrainingConditionSchema,
  TrainingChangeConditionSchema,
  ContextConditionSchema,
] as const;

/** A single test on the report. */
export const LeafConditionSchema = z.discriminatedUnion("kind", leafConditions);

/** A single test on the report. */
export type LeafCondition = z.infer<typeof LeafConditionSchema>;

/** A condition: a single test, at least one of several (`any`), or the negation of one (`not`). */
export const RuleConditionSchema = z.discriminatedUnion("kind", [
  ...leafConditions,
  z.object({
    /** Discriminator. */
    kind: z.literal("any"),
    /** Holds when at least one of these holds. */
    of: z.readonly(z.array(LeafConditionSchema).check(z.minLength(2))),
  }),
  z.object({
    /** Discriminator. */
    kind: z.literal("not"),
    /** Holds when this does not. */
    of: LeafConditionSchema,
  }),
]);

/** A condition of a rule. */
export type RuleCondition = z.infer<typeof RuleConditionSchema>;

/** What a rule does when it fires. */
export const EffectSchema = z.discriminatedUnion("kind", [
  z.object({
    /** Adds evidence for a hypothesis. */
    kind: z.literal("support"),
    /** The hypothesis id. */
    hypothesis: SlugSchema,
    /** How much, in (0, 1]. */
    weight: z.number().check(z.gt(0), z.lte(1)),
  }),
  z.object({
    /** Adds evidence against a hypothesis. */
    kind: z.literal("oppose"),
    /** The hypothesis id. */
    hypothesis: SlugSchema,
    /** How much, in (0, 1]. */
    weight: z.number().check(z.gt(0), z.lte(1)),
  }),
  z.object({
    /** Raises triage to at least this level. */
    kind: z.literal("triage"),
    /** The floor. */
    level: TriageLevelSchema,
    /** What to do about running. */
    running: RunningAdviceSchema,
  }),
  z.object({
    /**
     * Walks the compensation graph back from the complaints this rule matched (`traceBack`),
     * supporting the compensation hypotheses whose states the explanations start from.
     */
    kind: z.literal("trace-back"),
  }),
]);

/** What a rule does when it fires. */
export type Effect = z.infer<typeof EffectSchema>;

/**
 * A symptom-to-cause or triage rule, as data: when every condition holds, every effect applies.
 *
 * @example
 * ```ts
 * RuleSchema.parse({
 *   id: "soreness-beyond-a-week",
 *   description: "Soreness lasting more than a week is not ordinary post-run soreness.",
 *   when: [{ kind: "complaint", sensations: ["soreness"], minDays: 8 }],
 *   then: [{ kind: "triage", level: "consult", running: "reduce" }, { kind: "oppose", hypothesis: "delayed-onset-muscle-soreness", weight: 0.8 }],
 *   sources: ["seed-003", "cheung-2003"],
 *   grade: "practitioner-opinion",
 * });
 * ```
 */
export const RuleSchema = z.readonly(
  z.object({
    /** Stable kebab-case id. */
    id: SlugSchema,
    /** What the rule says, in one sentence of our own; shown to users as the reason. */
    description: TextSchema,
    /** Conditions that must all hold. */
    when: z.readonly(z.array(RuleConditionSchema).check(z.minLength(1))),
    /** Effects applied when it fires. */
    then: z.readonly(z.array(EffectSchema).check(z.minLength(1))),
    ...evidenceShape,
  }),
);

/** A symptom-to-cause or triage rule. */
export type Rule = z.infer<typeof RuleSchema>;
