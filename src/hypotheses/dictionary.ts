import { createDictionary } from "../internal/dictionary";
import { hypothesisData } from "./data";
import { injuryHypothesisData } from "./injuries.data";
import type { Hypothesis } from "./schema";
/** Id of a built-in hypothesis, derived from the data: a typo is a compile error. */
export type HypothesisId = [...ReturnType<typeof hypothesisData>, ...ReturnType<typeof injuryHypothesisData>][number]["id"];

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const hypotheses = /* @__PURE__ */ createDictionary<Hypothesis, HypothesisId>(
  { noun: "hypothesis", getter: "getHypothesis" },
  () => [...hypothesisData(), ...injuryHypothesisData()],
  (hypothesis) => [hypothesis.name],
);
