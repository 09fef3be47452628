import * as z from "zod/mini";
import { StateSchema } from "../links/schema";
import { withEvidence } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";
import { RunningAdviceSchema, TriageLevelSchema } from "../triage/schema";

/**
 * What kind of cause a hypothesis is:
 * - `compensation`: a weak, inhibited or tight structure pushing load onto others;
 * - `soreness`: ordinary post-exercise muscle soreness;
 * - `training`: how the running was loaded or recovered from;
 * - `injury`: a specific running injury to be assessed by a professional;
 * - `serious`: a condition behind red flags that needs prompt medical care.
 */
export const HypothesisKindSchema = /* @__PURE__ */ z.enum(["compensation", "soreness", "training", "injury", "serious"]);

/** What kind of cause a hypothesis is. */
export type HypothesisKind = z.infer<typeof HypothesisKindSchema>;

/** A possible cause of a runner's complaint that the assessment can rank. */
export const HypothesisSchema = /* @__PURE__ */ z.readonly(
  z.strictObject(withEvidence({
    /** Stable kebab-case id. */
    id: SlugSchema,
    /** Plain name, e.g. "Iliotibial band syndrome". */
    name: TextSchema,
    /** What kind of cause it is. */
    kind: HypothesisKindSchema,
    /** One or two sentences for the runner, in our own words. */
    description: TextSchema,
    /**
     * For compensation hypotheses: the states of the compensation graph this cause starts from.
     * A `traceBack` explanation from one of them supports the hypothesis.
     */
    states: z.readonly(z.array(StateSchema)),
    /**
     * The triage floor this cause sets when it is in play (its support reaches `IN_PLAY_SCORE`, or a
     * red flag points to it): e.g. a bone stress injury at a high-risk site is at least `urgent`,
     * stop running.
     */
    triage: z.optional(
      z.readonly(
        z.strictObject({
          /** The least urgent level acceptable while this cause is possible. */
          level: TriageLevelSchema,
          /** What to do about running while this cause is possible. */
          running: RunningAdviceSchema,
        }),
      ),
    ),
    /** What to do about running when this is the likely cause and nothing more serious is in play. */
    running: z.optional(RunningAdviceSchema),
  })),
);

/** A possible cause of a runner's complaint. */
export type Hypothesis = z.infer<typeof HypothesisSchema>;
