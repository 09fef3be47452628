import * as z from "zod/mini";
import { stateSchema } from "../links/schema";
import { evidenceShape } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { runningAdviceSchema, triageLevelSchema } from "../triage/schema";
import { once } from "../internal/once";

/** Builds `HypothesisKindSchema` (public in `kinetic-chain/schemas`) on first use. */
export const hypothesisKindSchema = /* @__PURE__ */ once(() => z.enum(["compensation", "soreness", "training", "injury", "serious"]));

/** What kind of cause a hypothesis is. */
export type HypothesisKind = z.infer<ReturnType<typeof hypothesisKindSchema>>;

/** Builds `HypothesisSchema` (public in `kinetic-chain/schemas`) on first use. */
export const hypothesisSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id. */
    id: slugSchema(),
    /** Plain name, e.g. "Iliotibial band syndrome". */
    name: textSchema(),
    /** What kind of cause it is. */
    kind: hypothesisKindSchema(),
    /** One or two sentences for the runner, in our own words. */
    description: textSchema(),
    /**
     * For compensation hypotheses: the states of the compensation graph this cause starts from.
     * A `traceBack` explanation from one of them supports the hypothesis.
     */
    states: z.readonly(z.array(stateSchema())),
    /**
     * The triage floor this cause sets when it is in play (among the top three causes with real
     * support): e.g. a bone stress injury at a high-risk site is at least `urgent`, stop running.
     */
    triage: z.optional(
      z.readonly(
        z.strictObject({
          /** The least urgent level acceptable while this cause is possible. */
          level: triageLevelSchema(),
          /** What to do about running while this cause is possible. */
          running: runningAdviceSchema(),
        }),
      ),
    ),
    /** What to do about running when this is the likely cause and nothing more serious is in play. */
    running: z.optional(runningAdviceSchema()),
    ...evidenceShape(),
  }),
));

/** A possible cause of a runner's complaint. */
export type Hypothesis = z.infer<ReturnType<typeof hypothesisSchema>>;
