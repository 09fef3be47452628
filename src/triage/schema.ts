import * as z from "zod/mini";
import { concat } from "../internal/concat";
import { withEvidence } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";

/**
 * How urgently a runner should get help, most urgent first:
 * - `emergency`: now (emergency department / ambulance);
 * - `urgent`: within 24 hours;
 * - `consult`: see a professional (physiotherapist, sports doctor) soon, not urgently;
 * - `self-care`: manage it yourself, watching for change.
 */
export const TriageLevelSchema = /* @__PURE__ */ z.enum(["emergency", "urgent", "consult", "self-care"]);

/** How urgently a runner should get help. See {@link schemas!TriageLevelSchema}. */
export type TriageLevel = z.infer<typeof TriageLevelSchema>;

/** What to do about running meanwhile, least restrictive first. */
export const RunningAdviceSchema = /* @__PURE__ */ z.enum(["continue", "reduce", "stop"]);

/** What to do about running meanwhile. */
export type RunningAdvice = z.infer<typeof RunningAdviceSchema>;

/** The red-flag ids, in their order: each sets a triage floor on its own. */
const RED_FLAG_IDS = [
  "bladder-bowel-change",
  "saddle-numbness",
  "sexual-dysfunction",
  "both-legs",
  "progressive-weakness",
  "fever",
  "recent-infection",
  "iv-drug-use",
  "immunosuppression",
  "history-of-cancer",
  "unexplained-weight-loss",
  "night-pain",
  "pain-on-hopping",
  "focal-bone-tenderness",
  "pain-not-easing-with-warm-up",
  "cannot-bear-weight",
  "trauma",
  "long-term-corticosteroids",
  "chest-pain-or-breathlessness",
  "confusion-or-collapse-in-heat",
  "dark-urine",
  "pain-rising-after-stopping",
] as const;

/**
 * The findings that are not red flags by themselves: signs, risk factors and history that rules
 * combine with the complaints (a swollen calf after a long flight, a pop at onset...).
 */
const OTHER_FINDING_IDS = [
  "swelling",
  "warmth-or-redness",
  "bruising",
  "pop-at-onset",
  "giving-way",
  "locking",
  "limp",
  "cannot-single-leg-heel-raise",
  "recent-long-haul-travel",
  "recent-surgery-or-immobilisation",
  "hormonal-contraception-or-hrt",
  "pregnant",
  "previous-clot",
  "absent-or-irregular-periods",
  "low-energy-intake",
  "previous-bone-stress-injury",
  "osteoporosis",
  "night-sweats",
  "morning-stiffness-over-30-min",
  "worsening-week-on-week",
  "fluoroquinolone-antibiotics",
  "anticoagulants",
  "stress-urinary-leakage",
  "pelvic-heaviness",
  "exertional-pain-settles-with-rest",
  "pain-spread-out",
] as const;

/** A red-flag finding a runner or an app can report. */
export const RedFlagIdSchema = /* @__PURE__ */ z.enum(RED_FLAG_IDS);

/** A red-flag finding. */
export type RedFlagId = z.infer<typeof RedFlagIdSchema>;

/** Every finding id a report may give in `findings`: the red flags, then the other findings. */
export const FindingIdSchema = /* @__PURE__ */ z.enum(concat(RED_FLAG_IDS, OTHER_FINDING_IDS));

/**
 * A finding a runner can report as present (`true`) or absent (`false`) in `report.findings`:
 * a red flag, or a sign, risk factor or piece of history the rules combine with the complaints.
 */
export type FindingId = z.infer<typeof FindingIdSchema>;

/**
 * A red flag: a finding that may mean something serious, the triage level it sets as a floor on
 * its own, what to do about running, and why.
 */
export const RedFlagSchema = /* @__PURE__ */ z.readonly(
  z.strictObject(withEvidence({
    /** The finding's id. */
    id: RedFlagIdSchema,
    /** Short label, e.g. "New bladder or bowel problems". */
    label: TextSchema,
    /** The floor it sets on triage by itself. */
    level: TriageLevelSchema,
    /** What to do about running. */
    running: RunningAdviceSchema,
    /** Why it matters, in plain words for the runner. */
    reason: TextSchema,
    /** Ids of the serious hypotheses it points to (see the hypotheses). */
    suggests: z.readonly(z.array(SlugSchema)),
  })),
);

/** A red flag. */
export type RedFlag = z.infer<typeof RedFlagSchema>;
