import * as z from "zod/mini";
import { aggravatorSchema, onsetSchema, timingSchema, trainingChangeSchema } from "../report/schema";
import { reliefSchema, sensationSchema } from "../links/schema";
import { evidenceShape } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { findingIdSchema, redFlagIdSchema, runningAdviceSchema, triageLevelSchema } from "../triage/schema";
import { once } from "../internal/once";

/** Builds `ComplaintConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const complaintConditionSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Discriminator. */
  kind: z.literal("complaint"),
  /** Regions and structure ids; omit for anywhere. A complaint matches when its location shares a structure with one of them. */
  where: z.optional(z.readonly(z.array(z.string()))),
  /** Exact complaint locations (regions or structure ids): the runner pointed at this very spot, e.g. the `tibia` itself rather than the `shin`. */
  locatedAt: z.optional(z.readonly(z.array(z.string()))),
  /** At least one of these sensations. */
  sensations: z.optional(z.readonly(z.array(sensationSchema()))),
  /** At least one of these timings. */
  when: z.optional(z.readonly(z.array(timingSchema()))),
  /** This onset. */
  onset: z.optional(onsetSchema()),
  /** Lasting at least this many days. */
  minDays: z.optional(z.number().check(z.gte(0))),
  /** Lasting at most this many days. */
  maxDays: z.optional(z.number().check(z.gte(0))),
  /** At least this severity (0–10). */
  minSeverity: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** Not relieved by at least one of these. */
  notRelievedBy: z.optional(z.readonly(z.array(reliefSchema()))),
  /** Relieved by at least one of these. */
  relievedBy: z.optional(z.readonly(z.array(reliefSchema()))),
  /** Made worse by at least one of these. */
  aggravatedBy: z.optional(z.readonly(z.array(aggravatorSchema()))),
  /**
   * `true`: felt on one side, that is any side but `both` (a complaint with no side counts, since
   * it may be one-sided). A clot, for one, is one-sided; soreness in both calves after a race is not.
   */
  oneSided: z.optional(z.literal(true)),
}));

/** Builds `RedFlagConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const redFlagConditionSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Discriminator. */
  kind: z.literal("red-flag"),
  /** The red flag. */
  flag: redFlagIdSchema(),
}));

/** Builds `FindingConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const findingConditionSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Discriminator. */
  kind: z.literal("finding"),
  /** The finding (a red flag or another finding id). */
  finding: findingIdSchema(),
  /**
   * `true` (the default): holds when the finding is present. `false`: holds when the runner was
   * asked and said no. An unknown finding satisfies neither. A rule that raises triage may not
   * use `false`, so that reporting a finding can never lower triage.
   */
  present: z.optional(z.boolean()),
}));

/** Builds `AgeConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const ageConditionSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Discriminator. */
  kind: z.literal("age"),
  /** At least this age in years. */
  min: z.optional(z.int().check(z.gte(0), z.lte(120))),
  /** At most this age in years. */
  max: z.optional(z.int().check(z.gte(0), z.lte(120))),
}));

/** Builds `FieldTestConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const fieldTestConditionSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Discriminator. */
  kind: z.literal("field-test"),
  /** Which test. */
  test: z.enum(["single-leg-squat", "single-leg-stance-30s", "trendelenburg", "bridge-endurance"]),
}));

/** Builds `TrainingConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const trainingConditionSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Discriminator. */
  kind: z.literal("training"),
  /** The signal. */
  signal: z.enum(["weekly-increase-over-10", "weekly-increase-over-30", "long-run-spike", "acwr-high"]),
}));

/** Builds `TrainingChangeConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const trainingChangeConditionSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Discriminator. */
  kind: z.literal("training-change"),
  /** The change. */
  change: trainingChangeSchema(),
}));

/** Builds `ContextConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const contextConditionSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Discriminator. */
  kind: z.literal("context"),
  /** The factor. */
  factor: z.enum(["sits-most-of-day", "postpartum", "postpartum-under-12-weeks", "pregnant", "female", "prior-injury-same-side", "age-over-50"]),
}));

const leafConditions = /* @__PURE__ */ once(() => [
  complaintConditionSchema(),
  redFlagConditionSchema(),
  findingConditionSchema(),
  ageConditionSchema(),
  fieldTestConditionSchema(),
  trainingConditionSchema(),
  trainingChangeConditionSchema(),
  contextConditionSchema(),
] as const);

/** Builds `LeafConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const leafConditionSchema = /* @__PURE__ */ once(() => z.discriminatedUnion("kind", leafConditions()));

/** A single test on the report. */
export type LeafCondition = z.infer<ReturnType<typeof leafConditionSchema>>;

/** Builds `RuleConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const ruleConditionSchema = /* @__PURE__ */ once(() => z.discriminatedUnion("kind", [
  ...leafConditions(),
  z.strictObject({
    /** Discriminator. */
    kind: z.literal("any"),
    /** Holds when at least one of these holds. */
    of: z.readonly(z.array(leafConditionSchema()).check(z.minLength(2))),
  }),
  z.strictObject({
    /** Discriminator. */
    kind: z.literal("not"),
    /** Holds when this does not. */
    of: leafConditionSchema(),
  }),
]));

/** A condition of a rule. */
export type RuleCondition = z.infer<ReturnType<typeof ruleConditionSchema>>;

/** Builds `EffectSchema` (public in `kinetic-chain/schemas`) on first use. */
export const effectSchema = /* @__PURE__ */ once(() => z.discriminatedUnion("kind", [
  z.strictObject({
    /** Adds evidence for a hypothesis. */
    kind: z.literal("support"),
    /** The hypothesis id. */
    hypothesis: slugSchema(),
    /** How much, in (0, 1]. */
    weight: z.number().check(z.gt(0), z.lte(1)),
  }),
  z.strictObject({
    /** Adds evidence against a hypothesis. */
    kind: z.literal("oppose"),
    /** The hypothesis id. */
    hypothesis: slugSchema(),
    /** How much, in (0, 1]. */
    weight: z.number().check(z.gt(0), z.lte(1)),
  }),
  z.strictObject({
    /** Raises triage to at least this level. */
    kind: z.literal("triage"),
    /** The floor. */
    level: triageLevelSchema(),
    /** What to do about running. */
    running: runningAdviceSchema(),
  }),
  z.strictObject({
    /**
     * Walks the compensation graph back from the complaints this rule matched (`traceBack`),
     * supporting the compensation hypotheses whose states the explanations start from.
     */
    kind: z.literal("trace-back"),
  }),
]));

/** What a rule does when it fires. */
export type Effect = z.infer<ReturnType<typeof effectSchema>>;

/** Builds `RuleSchema` (public in `kinetic-chain/schemas`) on first use. */
export const ruleSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id. */
    id: slugSchema(),
    /** What the rule says, in one sentence of our own; shown to users as the reason. */
    description: textSchema(),
    /** Conditions that must all hold. */
    when: z.readonly(z.array(ruleConditionSchema()).check(z.minLength(1))),
    /** Effects applied when it fires. */
    then: z.readonly(z.array(effectSchema()).check(z.minLength(1))),
    ...evidenceShape(),
  }),
));

/** A symptom-to-cause or triage rule. */
export type Rule = z.infer<ReturnType<typeof ruleSchema>>;
