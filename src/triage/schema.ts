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

/** Builds `RedFlagIdSchema` (public in `kinetic-chain/schemas`) on first use. */
export const redFlagIdSchema = /* @__PURE__ */ once(() => z.enum([
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
]));

/** A red-flag finding. */
export type RedFlagId = z.infer<ReturnType<typeof redFlagIdSchema>>;

/** Builds `RedFlagSchema` (public in `kinetic-chain/schemas`) on first use. */
export const redFlagSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
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
