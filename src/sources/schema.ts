import * as z from "zod/mini";
import { slugSchema, textSchema } from "../internal/slug";
import { once } from "../internal/once";

/** Builds `SourceKindSchema` (public in `kinetic-chain/schemas`) on first use. */
export const sourceKindSchema = /* @__PURE__ */ once(() => z.enum([
  "systematic-review",
  "review",
  "rct",
  "controlled-trial",
  "cohort",
  "case-control",
  "cross-sectional",
  "case-series",
  "diagnostic-accuracy",
  "emg-study",
  "cadaver-study",
  "methods-study",
  "trial-protocol",
  "guideline",
  "reference-system",
  "practitioner-opinion",
]));

/** What kind of work a source is. */
export type SourceKind = z.infer<ReturnType<typeof sourceKindSchema>>;

/** Builds `SeedFormatSchema` (public in `kinetic-chain/schemas`) on first use. */
export const seedFormatSchema = /* @__PURE__ */ once(() => z.enum(["practitioner-blog", "q-and-a", "clinic-article", "general-article"]));

/** The form a seed article takes. */
export type SeedFormat = z.infer<ReturnType<typeof seedFormatSchema>>;

/** Builds `OriginSchema` (public in `kinetic-chain/schemas`) on first use. */
export const originSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Path of the file under `shared/`, such as `research/evidence.md` or `seeds/000_….txt`. */
    file: z.string().check(z.regex(/^(seeds|research)\/[\w.-]+$/)),
    /** A short phrase (under eight words) that appears in that file and locates the source. */
    anchor: textSchema(),
  }),
));

/** Where a source is recorded in the shared material. */
export type Origin = z.infer<ReturnType<typeof originSchema>>;

/** Builds `SourceSchema` (public in `kinetic-chain/schemas`) on first use. */
export const sourceSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id, such as `seed-002` or `noehren-2014`. */
    id: slugSchema(),
    /** What kind of work this is. */
    kind: sourceKindSchema(),
    /** The full citation as the research notes give it (authors, year, venue, locator). */
    citation: textSchema(),
    /** Title, where the shared material gives one. */
    title: z.optional(textSchema()),
    /** Year of publication, where known. */
    year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
    /** For seed articles: the website kind and the form of the article. */
    seed: z.optional(
      z.readonly(
        z.strictObject({
          /** The website, described without personal names or contact details. */
          site: textSchema(),
          /** The form the article takes. */
          format: seedFormatSchema(),
        }),
      ),
    ),
    /** What the source contributes to the knowledge base, in one or two sentences of our own. */
    summary: textSchema(),
    /** Where the source is recorded in the shared material. */
    origin: originSchema(),
  }),
));

/** One source the knowledge base cites. */
export type Source = z.infer<ReturnType<typeof sourceSchema>>;
