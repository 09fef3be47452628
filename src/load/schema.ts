import * as z from "zod/mini";
import { withEvidence } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";
import { isRealDate } from "./days";

/**
 * A calendar date written `YYYY-MM-DD` that exists on the calendar (`2024-02-29` passes,
 * `2025-02-30` and `2025-13-01` do not), with a four-digit year from 1000 to 9999. No time and no
 * time zone: a date is the runner's own calendar day, and every load function counts whole days.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "kinetic-chain/schemas";
 *
 * IsoDateSchema.parse("2025-03-14"); // ok
 * IsoDateSchema.safeParse("2025-02-30").success; // false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date written YYYY-MM-DD"),
    z.refine(isRealDate, "Expected a date that exists on the calendar, from year 1000 to 9999"),
  );

/** A calendar date written `YYYY-MM-DD`. See {@link schemas!IsoDateSchema}. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * One run from a training log: the day it was run and how far. Keys other than these are
 * dropped when a function reads a run.
 *
 * @example
 * ```ts
 * import { RunSchema } from "kinetic-chain/schemas";
 *
 * RunSchema.parse({ date: "2025-03-14", distanceKm: 10.5, durationMin: 58 });
 * ```
 */
export const RunSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** The day of the run. */
    date: IsoDateSchema,
    /** Distance covered, in kilometres: more than 0, at most 400. */
    distanceKm: z.number().check(z.gt(0), z.lte(400)),
    /** Time spent running, in minutes, when known: more than 0. Not used by the load measures, which count distance. */
    durationMin: z.optional(z.number().check(z.gt(0))),
  }),
);

/** One run from a training log. */
export type Run = z.infer<typeof RunSchema>;

/**
 * A training log as the load functions read it: a list of runs.
 *
 * @internal
 */
export const RunsSchema = /* @__PURE__ */ z.array(RunSchema);

/**
 * The options of the load functions that take only the day to count back from.
 *
 * @internal
 */
export const AsOfOptionsSchema = /* @__PURE__ */ z.object({ asOf: IsoDateSchema });

/**
 * A rule of thumb about training load or soreness, as practitioners state it or research
 * proposes it, with the research verdict beside it. The load functions return the guideline
 * they rest on so that an app can show its caveat next to the number.
 *
 * @example
 * ```ts
 * import { LoadGuidelineSchema } from "kinetic-chain/schemas";
 *
 * LoadGuidelineSchema.parse({
 *   id: "doms-window",
 *   name: "Delayed-onset soreness time course",
 *   claim: "Soreness after unaccustomed work peaks one to three days later and clears within a week.",
 *   sources: ["cheung-2003"],
 *   grade: "moderate",
 * });
 * ```
 */
export const LoadGuidelineSchema = /* @__PURE__ */ z.readonly(
  z.strictObject(withEvidence({
    /** Stable kebab-case id, e.g. `ten-percent-rule`. */
    id: SlugSchema,
    /** Plain name, e.g. "10% rule". Matched by `findLoadGuideline`. */
    name: TextSchema,
    /** The guideline as its proponents state it, in our own words; the verdict says whether it holds. */
    claim: TextSchema,
  })),
);

/** A rule of thumb about training load or soreness, with its evidence. */
export type LoadGuideline = z.infer<typeof LoadGuidelineSchema>;
