import * as z from "zod/mini";
import { stateSchema } from "../chains/schema";
import { evidenceShape } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { once } from "../internal/once";

/** Builds `HypothesisKindSchema` (public in `kinetic-chain/schemas`) on first use. */
export const hypothesisKindSchema = /* @__PURE__ */ once(() => z.enum(["compensation", "soreness", "training", "injury", "serious"]));

/** What kind of cause a hypothesis is. */
export type HypothesisKind = z.infer<ReturnType<typeof hypothesisKindSchema>>;

/** Builds `HypothesisSchema` (public in `kinetic-chain/schemas`) on first use. */
export const hypothesisSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
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
    ...evidenceShape(),
  }),
));

/** A possible cause of a runner's complaint. */
export type Hypothesis = z.infer<ReturnType<typeof hypothesisSchema>>;
