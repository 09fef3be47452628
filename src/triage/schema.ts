import * as z from "zod/mini";
import { evidenceShape } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { once } from "../internal/once";

/** Builds `TriageLevelSchema` (public in `kinetic-chain/schemas`) on first use. */
export const triageLevelSchema = /* @__PURE__ */ once(() => z.enum(["emergency", "urgent", "consult", "self-care"]));

/** How urgently a runner should get help. See {@link schemas!TriageLevelSchema}. */
export type TriageLevel = z.infer<ReturnType<typeof triageLevelSchema>>;

/** Builds `RunningAdviceSchema` (public in `kinetic-chain/schemas`) on first use. */
export const runningAdviceSchema = /* @__PURE__ */ once(() => z.enum(["continue", "reduce", "stop"]));

/** What to do about running meanwhile. */
export type RunningAdvice = z.infer<ReturnType<typeof runningAdviceSchema>>;

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

/** Builds `RedFlagIdSchema` (public in `kinetic-chain/schemas`) on first use. */
export const redFlagIdSchema = /* @__PURE__ */ once(() => z.enum(RED_FLAG_IDS));

/** A red-flag finding. */
export type RedFlagId = z.infer<ReturnType<typeof redFlagIdSchema>>;

/** Builds `FindingIdSchema` (public in `kinetic-chain/schemas`) on first use: every red flag, then the other findings. */
export const findingIdSchema = /* @__PURE__ */ once(() => z.enum([...RED_FLAG_IDS, ...OTHER_FINDING_IDS]));

/**
 * A finding a runner can report as present (`true`) or absent (`false`) in `report.findings`:
 * a red flag, or a sign, risk factor or piece of history the rules combine with the complaints.
 */
export type FindingId = z.infer<ReturnType<typeof findingIdSchema>>;

/** Builds `RedFlagSchema` (public in `kinetic-chain/schemas`) on first use. */
export const redFlagSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** The finding's id. */
    id: redFlagIdSchema(),
    /** Short label, e.g. "New bladder or bowel problems". */
    label: textSchema(),
    /** The floor it sets on triage by itself. */
    level: triageLevelSchema(),
    /** What to do about running. */
    running: runningAdviceSchema(),
    /** Why it matters, in plain words for the runner. */
    reason: textSchema(),
    /** Ids of the serious hypotheses it points to (see the hypotheses). */
    suggests: z.readonly(z.array(slugSchema())),
    ...evidenceShape(),
  }),
));

/** A red flag. */
export type RedFlag = z.infer<ReturnType<typeof redFlagSchema>>;
