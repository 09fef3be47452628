import * as z from "zod/mini";
import { SlugSchema, TextSchema } from "../internal/slug";

/**
 * How strong the evidence behind a knowledge item is.
 *
 * - `reference`: established anatomy or a reference system's own data (identifiers, vocabulary
 *   keys), recorded in a reference ontology or database or in anatomical research. Not a
 *   clinical claim.
 * - `high`: consistent systematic reviews or randomised trials.
 * - `moderate`: a single good trial or consistent prospective cohorts.
 * - `low`: cross-sectional, case-control, EMG or cadaver studies, or indirect evidence.
 * - `very-low`: conflicting or very indirect findings.
 * - `practitioner-opinion`: only a practitioner's or runner's account (the seed articles); no
 *   research found. Every claim that research has not verified carries this grade.
 */
export const EvidenceGradeSchema = z.enum(["reference", "high", "moderate", "low", "very-low", "practitioner-opinion"]);

/** How strong the evidence behind a knowledge item is. See {@link EvidenceGradeSchema}. */
export type EvidenceGrade = z.infer<typeof EvidenceGradeSchema>;

/**
 * What research says about a claim that a seed article makes.
 *
 * - `supported`: research agrees.
 * - `contested`: studies disagree, or the claim is a debated clinical model.
 * - `unverified`: no study was found that tests it.
 * - `contradicted`: a study that tested it found otherwise.
 */
export const VerdictStatusSchema = z.enum(["supported", "contested", "unverified", "contradicted"]);

/** What research says about a seed claim. See {@link VerdictStatusSchema}. */
export type VerdictStatus = z.infer<typeof VerdictStatusSchema>;

/**
 * The research verdict on a seed claim, kept beside the claim rather than replacing it.
 */
export const VerdictSchema = z.readonly(
  z.object({
    /** Whether research supports, contests, has not tested, or contradicts the claim. */
    status: VerdictStatusSchema,
    /** Ids of the sources the verdict rests on; empty only when the status is `unverified`. */
    sources: z.readonly(z.array(SlugSchema)),
    /** The verdict in one or two sentences, in the library's own words. */
    note: TextSchema,
  }),
);

/** The research verdict on a seed claim. */
export type Verdict = z.infer<typeof VerdictSchema>;

/**
 * Provenance fields that every knowledge item carries: the sources it rests on, its evidence
 * grade and, where research has checked a seed claim, the verdict. Spread into each item's schema.
 */
export const evidenceShape = {
  /**
   * Ids of the sources (see the `sources` entry point) this item rests on. At least one:
   * `validateKnowledgeBase` reports an empty list as `missing_source`.
   */
  sources: z.readonly(z.array(SlugSchema)),
  /** How strong the evidence behind this item is. */
  grade: EvidenceGradeSchema,
  /** What research says of the seed claim behind this item, where research has looked at it. */
  verdict: z.optional(VerdictSchema),
};

/**
 * The provenance of one knowledge item, as a standalone schema.
 *
 * @example
 * ```ts
 * EvidenceSchema.parse({ sources: ["seed-002"], grade: "practitioner-opinion" });
 * ```
 */
export const EvidenceSchema = z.readonly(z.object(evidenceShape));

/** The provenance of one knowledge item: sources, grade and optional verdict. */
export type Evidence = z.infer<typeof EvidenceSchema>;
