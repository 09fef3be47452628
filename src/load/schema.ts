import * as z from "zod/mini";
import { evidenceShape } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { isRealDate } from "./days";
import { once } from "../internal/once";

/** Builds `IsoDateSchema` (public in `kinetic-chain/schemas`) on first use. */
export const isoDateSchema = /* @__PURE__ */ once(() => z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date written YYYY-MM-DD"),
    z.refine(isRealDate, "Expected a date that exists on the calendar, from year 1000 to 9999"),
  ));

/** A calendar date written `YYYY-MM-DD`. See {@link schemas!IsoDateSchema}. */
export type IsoDate = z.infer<ReturnType<typeof isoDateSchema>>;

/** Builds `RunSchema` (public in `kinetic-chain/schemas`) on first use. */
export const runSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** The day of the run. */
    date: isoDateSchema(),
    /** Distance covered, in kilometres: more than 0, at most 400. */
    distanceKm: z.number().check(z.gt(0), z.lte(400)),
    /** Time spent running, in minutes, when known: more than 0. Not used by the load measures, which count distance. */
    durationMin: z.optional(z.number().check(z.gt(0))),
  }),
));

/** One run from a training log. */
export type Run = z.infer<ReturnType<typeof runSchema>>;

/** Builds `LoadGuidelineSchema` (public in `kinetic-chain/schemas`) on first use. */
export const loadGuidelineSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id, e.g. `ten-percent-rule`. */
    id: slugSchema(),
    /** Plain name, e.g. "10% rule". Matched by `findLoadGuideline`. */
    name: textSchema(),
    /** The guideline as its proponents state it, in our own words; the verdict says whether it holds. */
    claim: textSchema(),
    ...evidenceShape(),
  }),
));

/** A rule of thumb about training load or soreness, with its evidence. */
export type LoadGuideline = z.infer<ReturnType<typeof loadGuidelineSchema>>;
