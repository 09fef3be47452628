import * as z from "zod/mini";
import { concat } from "../internal/concat";
import { AggravatorSchema, OnsetSchema, TimingSchema, TrainingChangeSchema } from "../report/schema";
import { ReliefSchema, SensationSchema } from "../links/schema";
import { withEvidence } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";
import { FindingIdSchema, RedFlagIdSchema, RunningAdviceSchema, TriageLevelSchema } from "../triage/schema";

/**
 * Holds when at least one complaint matches every field given. `where` lists body regions
 * and structure ids; a complaint matches when its location is one of them, is a structure in
 * one of the listed regions, or is the same structure as, or a group or member of, one listed.
 */
export const ComplaintConditionSchema = /* @__PURE__ */ z.strictObject({
  /** Discriminator. */
  kind: z.literal("complaint"),
  /** Regions and structure ids; omit for anywhere. A complaint matches when its location shares a structure with one of them. */
  where: z.optional(z.readonly(z.array(z.string()))),
  /** Exact complaint locations (regions or structure ids): the runner pointed at this very spot, e.g. the `tibia` itself rather than the `shin`. */
  locatedAt: z.optional(z.readonly(z.array(z.string()))),
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
  /** Made worse by at least one of these. */
  aggravatedBy: z.optional(z.readonly(z.array(AggravatorSchema))),
  /**
   * `true`: felt on one side, that is any side but `both` (a complaint with no side counts, since
   * it may be one-sided). A clot, for one, is one-sided; soreness in both calves after a race is not.
   */
  oneSided: z.optional(z.literal(true)),
});

/** Holds when the red flag was reported. */
export const RedFlagConditionSchema = /* @__PURE__ */ z.strictObject({
  /** Discriminator. */
  kind: z.literal("red-flag"),
  /** The red flag. */
  flag: RedFlagIdSchema,
});

/** Holds when a finding is present (`present` omitted or `true`), or when it was asked about and is absent (`present: false`). */
export const FindingConditionSchema = /* @__PURE__ */ z.strictObject({
  /** Discriminator. */
  kind: z.literal("finding"),
  /** The finding (a red flag or another finding id). */
  finding: FindingIdSchema,
  /**
   * `true` (the default): holds when the finding is present. `false`: holds when the runner was
   * asked and said no. An unknown finding satisfies neither. A rule that raises triage may not
   * use `false`, so that reporting a finding can never lower triage.
   */
  present: z.optional(z.boolean()),
});

/** Holds when the runner's age is known and within the bounds. */
export const AgeConditionSchema = /* @__PURE__ */ z.strictObject({
  /** Discriminator. */
  kind: z.literal("age"),
  /** At least this age in years. */
  min: z.optional(z.int().check(z.gte(0), z.lte(120))),
  /** At most this age in years. */
  max: z.optional(z.int().check(z.gte(0), z.lte(120))),
});

/**
 * Holds when the field test was done with a positive (abnormal) result: single-leg squat rated
 * poor or with the knee falling in; lateral hip pain within 30 s of single-leg stance; pelvic
 * drop on Trendelenburg; a bridge felt mainly in the hamstrings.
 */
export const FieldTestConditionSchema = /* @__PURE__ */ z.strictObject({
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
export const TrainingConditionSchema = /* @__PURE__ */ z.strictObject({
  /** Discriminator. */
  kind: z.literal("training"),
  /** The signal. */
  signal: z.enum(["weekly-increase-over-10", "weekly-increase-over-30", "long-run-spike", "acwr-high"]),
});

/** Holds when the runner reported this recent change to training. */
export const TrainingChangeConditionSchema = /* @__PURE__ */ z.strictObject({
  /** Discriminator. */
  kind: z.literal("training-change"),
  /** The change. */
  change: TrainingChangeSchema,
});

/** Holds when the life context has the factor: prior injury on the same side as a complaint; age over 50; pregnancy; a birth in the past year or 12 weeks; female sex. */
export const ContextConditionSchema = /* @__PURE__ */ z.strictObject({
  /** Discriminator. */
  kind: z.literal("context"),
  /** The factor. */
  factor: z.enum(["sits-most-of-day", "postpartum", "postpartum-under-12-weeks", "pregnant", "female", "prior-injury-same-side", "age-over-50"]),
});

/** The single tests, in the order both unions below list them. */
const leafConditions = [
  ComplaintConditionSchema,
  RedFlagConditionSchema,
  FindingConditionSchema,
  AgeConditionSchema,
  FieldTestConditionSchema,
  TrainingConditionSchema,
  TrainingChangeConditionSchema,
  ContextConditionSchema,
] as const;

/** A single test on the report. */
export const LeafConditionSchema = /* @__PURE__ */ z.discriminatedUnion("kind", leafConditions);

/** A single test on the report. */
export type LeafCondition = z.infer<typeof LeafConditionSchema>;

/** A condition: a single test, at least one of several (`any`), or the negation of one (`not`). */
export const RuleConditionSchema = /* @__PURE__ */ z.discriminatedUnion(
  "kind",
  concat(leafConditions, [
    z.strictObject({
      /** Discriminator. */
      kind: z.literal("any"),
      /** Holds when at least one of these holds. */
      of: z.readonly(z.array(LeafConditionSchema).check(z.minLength(2))),
    }),
    z.strictObject({
      /** Discriminator. */
      kind: z.literal("not"),
      /** Holds when this does not. */
      of: LeafConditionSchema,
    }),
  ]),
);

/** A condition of a rule. */
export type RuleCondition = z.infer<typeof RuleConditionSchema>;

/** What a rule does when it fires. */
export const EffectSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.strictObject({
    /** Adds evidence for a hypothesis. */
    kind: z.literal("support"),
    /** The hypothesis id. */
    hypothesis: SlugSchema,
    /** How much, in (0, 1]. */
    weight: z.number().check(z.gt(0), z.lte(1)),
  }),
  z.strictObject({
    /** Adds evidence against a hypothesis. */
    kind: z.literal("oppose"),
    /** The hypothesis id. */
    hypothesis: SlugSchema,
    /** How much, in (0, 1]. */
    weight: z.number().check(z.gt(0), z.lte(1)),
  }),
  z.strictObject({
    /** Raises triage to at least this level. */
    kind: z.literal("triage"),
    /** The floor. */
    level: TriageLevelSchema,
    /** What to do about running. */
    running: RunningAdviceSchema,
  }),
  z.strictObject({
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
 * import { RuleSchema } from "kinetic-chain/schemas";
 *
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
export const RuleSchema = /* @__PURE__ */ z.readonly(
  z.strictObject(withEvidence({
    /** Stable kebab-case id. */
    id: SlugSchema,
    /** What the rule says, in one sentence of our own; shown to users as the reason. */
    description: TextSchema,
    /** Conditions that must all hold. */
    when: z.readonly(z.array(RuleConditionSchema).check(z.minLength(1))),
    /** Effects applied when it fires. */
    then: z.readonly(z.array(EffectSchema).check(z.minLength(1))),
  })),
);

/** A symptom-to-cause or triage rule. */
export type Rule = z.infer<typeof RuleSchema>;
