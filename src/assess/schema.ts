import * as z from "zod/mini";
import { reliefSchema, sensationSchema, sideSchema } from "../chains/schema";
import { isoDateSchema, runSchema } from "../load/schema";
import { redFlagIdSchema } from "../triage/schema";
import { once } from "../internal/once";

/** Builds `BodyRegionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const bodyRegionSchema = /* @__PURE__ */ once(() => z.enum([
  "lower-back",
  "upper-buttock",
  "lateral-hip",
  "groin",
  "lateral-knee",
  "anterior-knee",
  "hamstrings",
  "calf",
  "shin",
  "foot",
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

/** When a complaint is felt or worst. */
export type Timing = z.infer<ReturnType<typeof timingSchema>>;

/** Builds `OnsetSchema` (public in `kinetic-chain/schemas`) on first use. */
export const onsetSchema = /* @__PURE__ */ once(() => z.enum(["sudden", "gradual"]));

/** How a complaint began. */
export type Onset = z.infer<ReturnType<typeof onsetSchema>>;

/** Builds `ComplaintSchema` (public in `kinetic-chain/schemas`) on first use. */
export const complaintSchema = /* @__PURE__ */ once(() => z.object({
  /** Where: a body region (see {@link schemas!BodyRegionSchema}) or a structure id, e.g. `gluteus-medius`. */
  location: z.string().check(z.minLength(1)),
  /** Which side; omit when central or unknown. */
  side: z.optional(sideSchema()),
  /** What is felt; at least one. */
  sensations: z.array(sensationSchema()).check(z.minLength(1)),
  /** How bad, 0 (none) to 10 (worst imaginable). */
  severity: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** When it is felt or worst. */
  when: z.optional(z.array(timingSchema())),
  /** How it began. */
  onset: z.optional(onsetSchema()),
  /** How many days it has lasted. */
  durationDays: z.optional(z.number().check(z.gte(0), z.lte(3650))),
  /** What eased it. */
  relievedBy: z.optional(z.array(reliefSchema())),
  /** What was tried and did not help. */
  notRelievedBy: z.optional(z.array(reliefSchema())),
}));

/** One thing the runner feels. */
export type Complaint = z.infer<ReturnType<typeof complaintSchema>>;

/** Builds `FieldTestSchema` (public in `kinetic-chain/schemas`) on first use. */
export const fieldTestSchema = /* @__PURE__ */ once(() => z.discriminatedUnion("test", [
  z.object({
    /** Single-leg squat, rated as in Crossley 2011. */
    test: z.literal("single-leg-squat"),
    /** The standing leg. */
    side: sideSchema(),
    /** Overall quality. */
    quality: z.enum(["good", "fair", "poor"]),
    /** Whether the knee falls inward. */
    kneeValgus: z.optional(z.boolean()),
  }),
  z.object({
    /** Standing on one leg for 30 seconds. */
    test: z.literal("single-leg-stance-30s"),
    /** The standing leg. */
    side: sideSchema(),
    /** Whether pain on the outside of the hip came on within the 30 seconds. */
    lateralHipPain: z.boolean(),
  }),
  z.object({
    /** Trendelenburg: does the pelvis drop on the lifted side when standing on one leg. */
    test: z.literal("trendelenburg"),
    /** The standing leg. */
    side: sideSchema(),
    /** Whether the pelvis dropped on the lifted side. */
    pelvicDrop: z.boolean(),
  }),
  z.object({
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
export const trainingSchema = /* @__PURE__ */ once(() => z.object({
  /** The date the report is made, `YYYY-MM-DD`; needed to interpret `runs`. Nothing reads the clock. */
  asOf: z.optional(isoDateSchema()),
  /** Weekly distances in km, oldest first, the last being the latest week. */
  weeklyDistancesKm: z.optional(z.array(z.number().check(z.gte(0), z.lte(2000)))),
  /** Individual runs. */
  runs: z.optional(z.array(runSchema())),
  /** Recent changes to training. */
  recentChanges: z.optional(z.array(trainingChangeSchema())),
}));

/** Training context. */
export type Training = z.infer<ReturnType<typeof trainingSchema>>;

/** Builds `LifeContextSchema` (public in `kinetic-chain/schemas`) on first use. */
export const lifeContextSchema = /* @__PURE__ */ once(() => z.object({
  /** Sits for most of the day. */
  sitsMostOfDay: z.optional(z.boolean()),
  /** Has had a baby within the past year. */
  postpartum: z.optional(z.boolean()),
  /** Sides of earlier injuries. */
  priorInjurySides: z.optional(z.array(sideSchema())),
  /** Age in years. */
  ageYears: z.optional(z.int().check(z.gte(5), z.lte(120))),
}));

/** Life context. */
export type LifeContext = z.infer<ReturnType<typeof lifeContextSchema>>;

/** Builds `ReportSchema` (public in `kinetic-chain/schemas`) on first use. */
export const reportSchema = /* @__PURE__ */ once(() => z.object({
  /** What the runner feels; at least one complaint. */
  complaints: z.array(complaintSchema()).check(z.minLength(1)),
  /** Red-flag findings present. Anything not listed is taken as absent or unknown. */
  redFlags: z.optional(z.array(redFlagIdSchema())),
  /** Field tests done, with results. */
  fieldTests: z.optional(z.array(fieldTestSchema())),
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
  z.object({
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
            z.object({
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
     * The report field it fills, as a path: `complaints[].side`, `redFlags`, `training.recentChanges`...
     * `[]` means "for each complaint".
     */
    fills: z.string().check(z.minLength(1)),
    /** For red-flag questions: the red flag a "yes" adds to `redFlags`. */
    redFlag: z.optional(redFlagIdSchema()),
    /** Ids of the sources the question comes from. */
    sources: z.readonly(z.array(z.string())),
  }),
));

/** One question of the intake questionnaire. */
export type IntakeQuestion = z.infer<ReturnType<typeof intakeQuestionSchema>>;
