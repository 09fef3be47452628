import * as z from "zod/mini";
import { ReliefSchema, SensationSchema, SideSchema } from "../links/schema";
import { IsoDateSchema, RunSchema } from "../load/schema";
import { type FindingId, FindingIdSchema, RedFlagIdSchema } from "../triage/schema";
import type { StructureId } from "../structures/dictionary";

/** Body regions a runner can point to when no structure is known. */
export const BodyRegionSchema = /* @__PURE__ */ z.enum([
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
]);

/** A body region a runner can point to. */
export type BodyRegion = z.infer<typeof BodyRegionSchema>;

/** When a complaint is felt or worst. */
export const TimingSchema = /* @__PURE__ */ z.enum([
  "during-run",
  "after-run",
  "next-day",
  "at-rest",
  "at-night",
  "sitting",
  "morning",
  "stairs-downhill",
]);

/** Something that makes a complaint worse: first steps, stairs, sitting, lying on it, coughing... */
export const AggravatorSchema = /* @__PURE__ */ z.enum([
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
]);

/** Something that makes a complaint worse. */
export type Aggravator = z.infer<typeof AggravatorSchema>;

// The limits as plain constants for the schemas below: a bundler drops an unused schema only when its
// arguments are free of side effects, and it cannot tell that of a property read (`REPORT_LIMITS.list`).
const MAX_COMPLAINTS = 20;
const MAX_LIST = 64;
const MAX_HISTORY = 3660;
const MAX_TEXT = 200;

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
  complaints: MAX_COMPLAINTS,
  list: MAX_LIST,
  history: MAX_HISTORY,
  text: MAX_TEXT,
});

/** When a complaint is felt or worst. */
export type Timing = z.infer<typeof TimingSchema>;

/** How a complaint began. */
export const OnsetSchema = /* @__PURE__ */ z.enum(["sudden", "gradual"]);

/** How a complaint began. */
export type Onset = z.infer<typeof OnsetSchema>;

/**
 * A complaint's location: a body region or a structure id. Written so that editors complete the
 * built-in ones while any string (an app's own structure id) is still accepted.
 */
export type ComplaintLocation = BodyRegion | StructureId | (string & Record<never, never>);

/** One thing the runner feels. */
export const ComplaintSchema = /* @__PURE__ */ z.strictObject({
  /**
   * Where: a body region (see {@link schemas!BodyRegionSchema}) or a structure id, e.g.
   * `gluteus-medius`. Editors offer the built-in regions and structure ids; an app's own structure
   * id (from an extended knowledge base) is accepted too.
   */
  location: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)) as unknown as z.ZodMiniType<ComplaintLocation, string>,
  /** Which side; omit when central or unknown. */
  side: z.optional(SideSchema),
  /** What is felt; at least one. */
  sensations: z.array(SensationSchema).check(z.minLength(1), z.maxLength(MAX_LIST)),
  /** How bad, 0 (none) to 10 (worst imaginable). */
  severity: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** When it is felt or worst. */
  when: z.optional(z.array(TimingSchema).check(z.maxLength(MAX_LIST))),
  /** How it began. */
  onset: z.optional(OnsetSchema),
  /** How many days it has lasted. */
  durationDays: z.optional(z.number().check(z.gte(0), z.lte(3650))),
  /** What eased it. */
  relievedBy: z.optional(z.array(ReliefSchema).check(z.maxLength(MAX_LIST))),
  /** What was tried and did not help. */
  notRelievedBy: z.optional(z.array(ReliefSchema).check(z.maxLength(MAX_LIST))),
  /** What makes it worse: first steps, stairs, sitting, lying on it, coughing... */
  aggravatedBy: z.optional(z.array(AggravatorSchema).check(z.maxLength(MAX_LIST))),
});

/** One thing the runner feels. */
export type Complaint = z.infer<typeof ComplaintSchema>;

/** A field test a runner can do alone (with a phone video where useful), and its result. */
export const FieldTestSchema = /* @__PURE__ */ z.discriminatedUnion("test", [
  z.strictObject({
    /** Single-leg squat, rated as in Crossley 2011. */
    test: z.literal("single-leg-squat"),
    /** The standing leg. */
    side: SideSchema,
    /** Overall quality. */
    quality: z.enum(["good", "fair", "poor"]),
    /** Whether the knee falls inward. */
    kneeValgus: z.optional(z.boolean()),
  }),
  z.strictObject({
    /** Standing on one leg for 30 seconds. */
    test: z.literal("single-leg-stance-30s"),
    /** The standing leg. */
    side: SideSchema,
    /** Whether pain on the outside of the hip came on within the 30 seconds. */
    lateralHipPain: z.boolean(),
  }),
  z.strictObject({
    /** Trendelenburg: does the pelvis drop on the lifted side when standing on one leg. */
    test: z.literal("trendelenburg"),
    /** The standing leg. */
    side: SideSchema,
    /** Whether the pelvis dropped on the lifted side. */
    pelvicDrop: z.boolean(),
  }),
  z.strictObject({
    /** Holding a bridge (single-leg where a side is given). */
    test: z.literal("bridge-endurance"),
    /** The working leg, for a single-leg bridge. */
    side: z.optional(SideSchema),
    /** How long it was held, in seconds. */
    holdSeconds: z.number().check(z.gte(0), z.lte(3600)),
    /** Whether it was felt mainly in the hamstrings rather than the buttock. */
    hamstringsDominant: z.optional(z.boolean()),
  }),
]);

/** A field test and its result. */
export type FieldTest = z.infer<typeof FieldTestSchema>;

/** A recent change to training. */
export const TrainingChangeSchema = /* @__PURE__ */ z.enum([
  "more-distance",
  "new-intensity",
  "hills",
  "longer-long-run",
  "switched-foot-strike",
  "new-shoes",
  "less-recovery",
  "no-warm-up",
]);

/** A recent change to training. */
export type TrainingChange = z.infer<typeof TrainingChangeSchema>;


/** Training context: what the runner has been doing. */
export const TrainingSchema = /* @__PURE__ */ z.strictObject({
  /** The date the report is made, `YYYY-MM-DD`; needed to interpret `runs`. Nothing reads the clock. */
  asOf: z.optional(IsoDateSchema),
  /** Weekly distances in km, oldest first, the last being the latest week. */
  weeklyDistancesKm: z.optional(z.array(z.number().check(z.gte(0), z.lte(2000))).check(z.maxLength(MAX_HISTORY))),
  /** Individual runs. */
  runs: z.optional(z.array(RunSchema).check(z.maxLength(MAX_HISTORY))),
  /** Recent changes to training. */
  recentChanges: z.optional(z.array(TrainingChangeSchema).check(z.maxLength(MAX_LIST))),
});

/** Training context. */
export type Training = z.infer<typeof TrainingSchema>;

/** Life context that bears on the causes. */
export const LifeContextSchema = /* @__PURE__ */ z.strictObject({
  /** Sits for most of the day. */
  sitsMostOfDay: z.optional(z.boolean()),
  /** Has had a baby within the past year. */
  postpartum: z.optional(z.boolean()),
  /** Sides of earlier injuries. */
  priorInjurySides: z.optional(z.array(SideSchema).check(z.maxLength(MAX_LIST))),
  /** Age in years. Children (under 16) and people over 50 get their own rules. */
  ageYears: z.optional(z.int().check(z.gte(1), z.lte(120))),
  /** Sex, where the runner gives it: it matters for periods and bone health, and for some clots. */
  sex: z.optional(z.enum(["female", "male", "other"])),
  /** Currently pregnant (the same as the finding `pregnant`). */
  pregnant: z.optional(z.boolean()),
  /** Weeks since giving birth, for a birth within the past two years. */
  weeksSinceBirth: z.optional(z.int().check(z.gte(0), z.lte(104))),
});

/** Life context. */
export type LifeContext = z.infer<typeof LifeContextSchema>;

/**
 * Findings asked about, as a closed object: one optional boolean per finding id (`true` present,
 * `false` asked and absent; a finding left out is unknown).
 */
export const FindingsSchema = /* @__PURE__ */ z.strictObject(
  /* @__PURE__ */ Object.fromEntries(FindingIdSchema.options.map((id) => [id, z.optional(z.boolean())])) as Record<FindingId, z.ZodMiniOptional<z.ZodMiniBoolean>>,
);

/** Findings as the report gives them: `true` present, `false` asked and absent, missing unknown. */
export type Findings = z.infer<typeof FindingsSchema>;

/**
 * A runner's report: what a running app can collect. Only `complaints` is required.
 *
 * @example
 * ```ts
 * import { ReportSchema } from "kinetic-chain/schemas";
 *
 * ReportSchema.parse({
 *   complaints: [{ location: "gluteus-medius", side: "right", sensations: ["tightness", "soreness"],
 *     durationDays: 28, onset: "gradual", notRelievedBy: ["stretching", "foam-rolling"] }],
 *   context: { postpartum: true },
 * });
 * ```
 */
export const ReportSchema = /* @__PURE__ */ z.strictObject({
  /** What the runner feels; at least one complaint, at most 20. */
  complaints: z.array(ComplaintSchema).check(z.minLength(1), z.maxLength(MAX_COMPLAINTS)),
  /** Red-flag findings present: shorthand for `findings: { [id]: true }`. */
  redFlags: z.optional(z.array(RedFlagIdSchema).check(z.maxLength(MAX_LIST))),
  /**
   * Findings asked about: `true` present, `false` asked and absent; a finding left out is unknown.
   * An absent finding may count against a cause; it never lowers a red flag's triage floor.
   */
  findings: z.optional(FindingsSchema),
  /** Field tests done, with results. */
  fieldTests: z.optional(z.array(FieldTestSchema).check(z.maxLength(MAX_LIST))),
  /** Training context. */
  training: z.optional(TrainingSchema),
  /** Life context. */
  context: z.optional(LifeContextSchema),
});

/** A runner's report. */
export type Report = z.infer<typeof ReportSchema>;

/** The kind of answer an intake question takes. */
export const AnswerTypeSchema = /* @__PURE__ */ z.enum(["single", "multiple", "boolean", "number", "date", "region-or-structure"]);

/** The kind of answer an intake question takes. */
export type AnswerType = z.infer<typeof AnswerTypeSchema>;

/**
 * One question of the intake questionnaire, as data an app can render: the question, the answer
 * it takes, and which report field the answer fills.
 */
export const IntakeQuestionSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** Stable kebab-case id. */
    id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    /** The question as shown to the runner, in our own words. */
    text: z.string().check(z.minLength(1)),
    /** The kind of answer. */
    answer: AnswerTypeSchema,
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
    finding: z.optional(FindingIdSchema),
    /** For red-flag questions: the red flag a "yes" reports (the same id as `finding`). */
    redFlag: z.optional(RedFlagIdSchema),
    /** Ids of the sources the question comes from. */
    sources: z.readonly(z.array(z.string())),
  }),
);

/** One question of the intake questionnaire. */
export type IntakeQuestion = z.infer<typeof IntakeQuestionSchema>;
