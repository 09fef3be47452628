import * as z from "zod/mini";
import { reliefSchema, sensationSchema, sideSchema } from "../links/schema";
import { isoDateSchema, runSchema } from "../load/schema";
import { type FindingId, findingIdSchema, redFlagIdSchema } from "../triage/schema";
import { once } from "../internal/once";
import type { StructureId } from "../structures/dictionary";

/** Builds `BodyRegionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const bodyRegionSchema = /* @__PURE__ */ once(() => z.enum([
  "lower-back",
  "sacrum",
  "upper-buttock",
  "sit-bone",
  "lateral-hip",
  "anterior-hip",
  "groin",
  "pubic-bone",
  "anterior-thigh",
  "hamstrings",
  "lateral-knee",
  "anterior-knee",
  "medial-knee",
  "posterior-knee",
  "calf",
  "shin",
  "medial-shin",
  "anterior-shin",
  "achilles",
  "posterior-heel",
  "ankle",
  "heel",
  "foot",
  "midfoot",
  "forefoot",
]));

/** A body region a runner can point to. */
export type BodyRegion = z.infer<ReturnType<typeof bodyRegionSchema>>;

/** Builds `TimingSchema` (public in `kinetic-chain/schemas`) on first use. */
export const timingSchema = /* @__PURE__ */ once(() => z.enum([
  "during-run",
  "after-run",
  "next-day",
  "at-rest",
  "at-night",
  "sitting",
  "morning",
  "stairs-downhill",
]));

/** Builds `AggravatorSchema` (public in `kinetic-chain/schemas`) on first use. */
export const aggravatorSchema = /* @__PURE__ */ once(() => z.enum([
  "first-steps",
  "stairs-up",
  "stairs-down",
  "downhill",
  "uphill",
  "squatting-or-kneeling",
  "sitting",
  "lying-on-painful-side",
  "coughing-sneezing-straining",
  "bending-backwards",
  "bending-forwards",
  "hopping-or-jumping",
  "walking",
  "sprinting",
  "stretching",
]));

/** Something that makes a complaint worse. */
export type Aggravator = z.infer<ReturnType<typeof aggravatorSchema>>;

/**
 * The documented size limits of a report, so that hostile or runaway input fails fast with a
 * typed error instead of exhausting the validator: at most 20 complaints, 64 entries in any other
 * list (red flags, findings, field tests, changes...), 3,660 daily runs or weekly distances, and
 * 200 characters in any string.
 *
 * @example
 * ```ts
 * import { assess, REPORT_LIMITS, type Complaint } from "kinetic-chain/assess";
 *
 * const fromForm: Complaint[] = [{ location: "hamstrings", sensations: ["tightness"] }];
 * assess({ complaints: fromForm.slice(0, REPORT_LIMITS.complaints) }); // at most 20: more is invalid
 * ```
 */
export const REPORT_LIMITS = /* @__PURE__ */ Object.freeze({
  complaints: 20,
  list: 64,
  history: 3660,
  text: 200,
});

/** When a complaint is felt or worst. */
export type Timing = z.infer<ReturnType<typeof timingSchema>>;

/** Builds `OnsetSchema` (public in `kinetic-chain/schemas`) on first use. */
export const onsetSchema = /* @__PURE__ */ once(() => z.enum(["sudden", "gradual"]));

/** How a complaint began. */
export type Onset = z.infer<ReturnType<typeof onsetSchema>>;

/**
 * A complaint's location: a body region or a structure id. Written so that editors complete the
 * built-in ones while any string (an app's own structure id) is still accepted.
 */
export type ComplaintLocation = BodyRegion | StructureId | (string & Record<never, never>);

/** Builds `ComplaintSchema` (public in `kinetic-chain/schemas`) on first use. */
export const complaintSchema = /* @__PURE__ */ once(() => z.strictObject({
  /**
   * Where: a body region (see {@link schemas!BodyRegionSchema}) or a structure id, e.g.
   * `gluteus-medius`. Editors offer the built-in regions and structure ids; an app's own structure
   * id (from an extended knowledge base) is accepted too.
   */
  location: z.string().check(z.minLength(1), z.maxLength(REPORT_LIMITS.text)) as unknown as z.ZodMiniType<ComplaintLocation, string>,
  /** Which side; omit when central or unknown. */
  side: z.optional(sideSchema()),
  /** What is felt; at least one. */
  sensations: z.array(sensationSchema()).check(z.minLength(1), z.maxLength(REPORT_LIMITS.list)),
  /** How bad, 0 (none) to 10 (worst imaginable). */
  severity: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** When it is felt or worst. */
  when: z.optional(z.array(timingSchema()).check(z.maxLength(REPORT_LIMITS.list))),
  /** How it began. */
  onset: z.optional(onsetSchema()),
  /** How many days it has lasted. */
  durationDays: z.optional(z.number().check(z.gte(0), z.lte(3650))),
  /** What eased it. */
  relievedBy: z.optional(z.array(reliefSchema()).check(z.maxLength(REPORT_LIMITS.list))),
  /** What was tried and did not help. */
  notRelievedBy: z.optional(z.array(reliefSchema()).check(z.maxLength(REPORT_LIMITS.list))),
  /** What makes it worse: first steps, stairs, sitting, lying on it, coughing... */
  aggravatedBy: z.optional(z.array(aggravatorSchema()).check(z.maxLength(REPORT_LIMITS.list))),
}));

/** One thing the runner feels. */
export type Complaint = z.infer<ReturnType<typeof complaintSchema>>;

/** Builds `FieldTestSchema` (public in `kinetic-chain/schemas`) on first use. */
export const fieldTestSchema = /* @__PURE__ */ once(() => z.discriminatedUnion("test", [
  z.strictObject({
    /** Single-leg squat, rated as in Crossley 2011. */
    test: z.literal("single-leg-squat"),
    /** The standing leg. */
    side: sideSchema(),
    /** Overall quality. */
    quality: z.enum(["good", "fair", "poor"]),
    /** Whether the knee falls inward. */
    kneeValgus: z.optional(z.boolean()),
  }),
  z.strictObject({
    /** Standing on one leg for 30 seconds. */
    test: z.literal("single-leg-stance-30s"),
    /** The standing leg. */
    side: sideSchema(),
    /** Whether pain on the outside of the hip came on within the 30 seconds. */
    lateralHipPain: z.boolean(),
  }),
  z.strictObject({
    /** Trendelenburg: does the pelvis drop on the lifted side when standing on one leg. */
    test: z.literal("trendelenburg"),
    /** The standing leg. */
    side: sideSchema(),
    /** Whether the pelvis dropped on the lifted side. */
    pelvicDrop: z.boolean(),
  }),
  z.strictObject({
    /** Holding a bridge (single-leg where a side is given). */
    test: z.literal("bridge-endurance"),
    /** The working leg, for a single-leg bridge. */
    side: z.optional(sideSchema()),
    /** How long it was held, in seconds. */
    holdSeconds: z.number().check(z.gte(0), z.lte(3600)),
    /** Whether it was felt mainly in the hamstrings rather than the buttock. */
    hamstringsDominant: z.optional(z.boolean()),
  }),
]));

/** A field test and its result. */
export type FieldTest = z.infer<ReturnType<typeof fieldTestSchema>>;

/** Builds `TrainingChangeSchema` (public in `kinetic-chain/schemas`) on first use. */
export const trainingChangeSchema = /* @__PURE__ */ once(() => z.enum([
  "more-distance",
  "new-intensity",
  "hills",
  "longer-long-run",
  "switched-foot-strike",
  "new-shoes",
  "less-recovery",
  "no-warm-up",
]));

/** A recent change to training. */
export type TrainingChange = z.infer<ReturnType<typeof trainingChangeSchema>>;


/** Builds `TrainingSchema` (public in `kinetic-chain/schemas`) on first use. */
export const trainingSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** The date the report is made, `YYYY-MM-DD`; needed to interpret `runs`. Nothing reads the clock. */
  asOf: z.optional(isoDateSchema()),
  /** Weekly distances in km, oldest first, the last being the latest week. */
  weeklyDistancesKm: z.optional(z.array(z.number().check(z.gte(0), z.lte(2000))).check(z.maxLength(REPORT_LIMITS.history))),
  /** Individual runs. */
  runs: z.optional(z.array(runSchema()).check(z.maxLength(REPORT_LIMITS.history))),
  /** Recent changes to training. */
  recentChanges: z.optional(z.array(trainingChangeSchema()).check(z.maxLength(REPORT_LIMITS.list))),
}));

/** Training context. */
export type Training = z.infer<ReturnType<typeof trainingSchema>>;

/** Builds `LifeContextSchema` (public in `kinetic-chain/schemas`) on first use. */
export const lifeContextSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Sits for most of the day. */
  sitsMostOfDay: z.optional(z.boolean()),
  /** Has had a baby within the past year. */
  postpartum: z.optional(z.boolean()),
  /** Sides of earlier injuries. */
  priorInjurySides: z.optional(z.array(sideSchema()).check(z.maxLength(REPORT_LIMITS.list))),
  /** Age in years. Children (under 16) and people over 50 get their own rules. */
  ageYears: z.optional(z.int().check(z.gte(1), z.lte(120))),
  /** Sex, where the runner gives it: it matters for periods and bone health, and for some clots. */
  sex: z.optional(z.enum(["female", "male", "other"])),
  /** Currently pregnant (the same as the finding `pregnant`). */
  pregnant: z.optional(z.boolean()),
  /** Weeks since giving birth, for a birth within the past two years. */
  weeksSinceBirth: z.optional(z.int().check(z.gte(0), z.lte(104))),
}));

/** Life context. */
export type LifeContext = z.infer<ReturnType<typeof lifeContextSchema>>;

/** Builds `FindingsSchema` (public in `kinetic-chain/schemas`) on first use: one optional boolean per finding id, nothing else. */
export const findingsSchema = /* @__PURE__ */ once(() =>
  z.strictObject(Object.fromEntries(findingIdSchema().options.map((id) => [id, z.optional(z.boolean())])) as Record<FindingId, z.ZodMiniOptional<z.ZodMiniBoolean>>),
);

/** Findings as the report gives them: `true` present, `false` asked and absent, missing unknown. */
export type Findings = z.infer<ReturnType<typeof findingsSchema>>;

/** Builds `ReportSchema` (public in `kinetic-chain/schemas`) on first use. */
export const reportSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** What the runner feels; at least one complaint, at most 20. */
  complaints: z.array(complaintSchema()).check(z.minLength(1), z.maxLength(REPORT_LIMITS.complaints)),
  /** Red-flag findings present: shorthand for `findings: { [id]: true }`. */
  redFlags: z.optional(z.array(redFlagIdSchema()).check(z.maxLength(REPORT_LIMITS.list))),
  /**
   * Findings asked about: `true` present, `false` asked and absent; a finding left out is unknown.
   * An absent finding may count against a cause; it never lowers a red flag's triage floor.
   */
  findings: z.optional(findingsSchema()),
  /** Field tests done, with results. */
  fieldTests: z.optional(z.array(fieldTestSchema()).check(z.maxLength(REPORT_LIMITS.list))),
  /** Training context. */
  training: z.optional(trainingSchema()),
  /** Life context. */
  context: z.optional(lifeContextSchema()),
}));

/** A runner's report. */
export type Report = z.infer<ReturnType<typeof reportSchema>>;

/** Builds `AnswerTypeSchema` (public in `kinetic-chain/schemas`) on first use. */
export const answerTypeSchema = /* @__PURE__ */ once(() => z.enum(["single", "multiple", "boolean", "number", "date", "region-or-structure"]));

/** The kind of answer an intake question takes. */
export type AnswerType = z.infer<ReturnType<typeof answerTypeSchema>>;

/** Builds `IntakeQuestionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const intakeQuestionSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id. */
    id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    /** The question as shown to the runner, in our own words. */
    text: z.string().check(z.minLength(1)),
    /** The kind of answer. */
    answer: answerTypeSchema(),
    /** For `single` and `multiple`: the allowed values (as they go into the report) and labels. */
    options: z.optional(
      z.readonly(
        z.array(
          z.readonly(
            z.strictObject({
              /** The value written into the report. */
              value: z.string(),
              /** The label shown. */
              label: z.string(),
            }),
          ),
        ),
      ),
    ),
    /** For `number`: the unit, e.g. "days", "km". */
    unit: z.optional(z.string()),
    /**
     * The report field it fills, as a path: `complaints[].side`, `findings`, `training.recentChanges`...
     * `[]` means "for each complaint".
     */
    fills: z.string().check(z.minLength(1)),
    /** For yes/no finding questions: the finding the answer fills, `findings[finding] = true | false`. */
    finding: z.optional(findingIdSchema()),
    /** For red-flag questions: the red flag a "yes" reports (the same id as `finding`). */
    redFlag: z.optional(redFlagIdSchema()),
    /** Ids of the sources the question comes from. */
    sources: z.readonly(z.array(z.string())),
  }),
));

/** One question of the intake questionnaire. */
export type IntakeQuestion = z.infer<ReturnType<typeof intakeQuestionSchema>>;
