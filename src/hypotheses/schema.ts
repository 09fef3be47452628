import * as z from "zod/mini";
import { StateSchema } from "../chains/schema";
import { evidenceShape } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";

/**
 * What kind of cause a hypothesis is:
 * - `compensation`: a weak, inhibited or tight structure pushing load onto others;
 * - `soreness`: ordinary post-exercise muscle soreness;
 * - `training`: how the running was loaded or recovered from;
 * - `injury`: a specific running injury to be assessed by a professional;
 * - `serious`: a condition behind red flags that needs prompt medical care.
 */
export const HypothesisKindSchema = z.enum(["compensation", "soreness", "training", "injury", "serious"]);

/** What kind of cause a hypothesis is. */
export type HypothesisKind = z.infer<typeof HypothesisKindSchema>;

/** A possible cause of a runner's complaint that the assessment can rank. */
export const HypothesisSchema = z.readonly(
  z.object({
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
    ...evidenceShape,
  }),
);

/** A possible cause of a runner's complaint. */
export type Hypothesis = z.infer<typeof HypothesisSchema>;
