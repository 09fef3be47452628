import * as z from "zod/mini";
import { evidenceShape } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";

/**
 * How urgently a runner should get help, most urgent first:
 * - `emergency`: now (emergency department / ambulance);
 * - `urgent`: within 24 hours;
 * - `consult`: see a professional (physiotherapist, sports doctor) soon, not urgently;
 * - `self-care`: manage it yourself, watching for change.
 */
export const TriageLevelSchema = z.enum(["emergency", "urgent", "consult", "self-care"]);

/** How urgently a runner should get help. See {@link TriageLevelSchema}. */
export type TriageLevel = z.infer<typeof TriageLevelSchema>;

/** What to do about running meanwhile, least restrictive first. */
export const RunningAdviceSchema = z.enum(["continue", "reduce", "stop"]);

/** What to do about running meanwhile. */
export type RunningAdvice = z.infer<typeof RunningAdviceSchema>;

/** A red-flag finding a runner or an app can report. */
export const RedFlagIdSchema = z.enum([
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
]);

/** A red-flag finding. */
export type RedFlagId = z.infer<typeof RedFlagIdSchema>;

/**
 * A red flag: a finding that may mean something serious, the triage level it sets as a floor on
 * its own, what to do about running, and why.
 */
export const RedFlagSchema = z.readonly(
  z.object({
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
    ...evidenceShape,
  }),
);

/** A red flag. */
export type RedFlag = z.infer<typeof RedFlagSchema>;
