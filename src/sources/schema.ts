import * as z from "zod/mini";
import { SlugSchema, TextSchema } from "../internal/slug";

/**
 * What kind of work a source is. Research designs first, then reference systems and
 * practitioner opinion (the seed articles).
 */
export const SourceKindSchema = /* @__PURE__ */ z.enum([
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
]);

/** What kind of work a source is. */
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** The form a seed article takes. */
export const SeedFormatSchema = /* @__PURE__ */ z.enum(["practitioner-blog", "q-and-a", "clinic-article", "general-article"]);

/** The form a seed article takes. */
export type SeedFormat = z.infer<typeof SeedFormatSchema>;

/**
 * Where in the project's shared material a source is recorded, so every citation can be traced
 * back to a file that names it.
 */
export const OriginSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** Path of the file under `shared/`, such as `research/evidence.md` or `seeds/000_….txt`. */
    file: z.string().check(z.regex(/^(seeds|research)\/[\w.-]+$/)),
    /** A short phrase (under eight words) that appears in that file and locates the source. */
    anchor: TextSchema,
  }),
);

/** Where a source is recorded in the shared material. */
export type Origin = z.infer<typeof OriginSchema>;

/**
 * One source the knowledge base cites: a seed article, a research paper or a reference system.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "kinetic-chain/schemas";
 *
 * SourceSchema.parse({
 *   id: "noehren-2014",
 *   kind: "case-control",
 *   citation: "Noehren 2014, JOSPT 44:217",
 *   year: 2014,
 *   summary: "Runners with ITBS had weaker hip external rotators than controls.",
 *   origin: { file: "research/evidence.md", anchor: "Noehren 2014" },
 * });
 * ```
 */
export const SourceSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** Stable kebab-case id, such as `seed-002` or `noehren-2014`. */
    id: SlugSchema,
    /** What kind of work this is. */
    kind: SourceKindSchema,
    /** The full citation as the research notes give it (authors, year, venue, locator). */
    citation: TextSchema,
    /** Title, where the shared material gives one. */
    title: z.optional(TextSchema),
    /** Year of publication, where known. */
    year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
    /** For seed articles: the website kind and the form of the article. */
    seed: z.optional(
      z.readonly(
        z.strictObject({
          /** The website, described without personal names or contact details. */
          site: TextSchema,
          /** The form the article takes. */
          format: SeedFormatSchema,
        }),
      ),
    ),
    /** What the source contributes to the knowledge base, in one or two sentences of our own. */
    summary: TextSchema,
    /** Where the source is recorded in the shared material. */
    origin: OriginSchema,
  }),
);

/** One source the knowledge base cites. */
export type Source = z.infer<typeof SourceSchema>;
