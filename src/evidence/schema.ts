import * as z from "zod/mini";
import { SlugSchema, TextSchema } from "../internal/slug";

/**
 * How strong the evidence behind a knowledge item is.
 *
 * - `reference`: established anatomy or a reference system's own data (identifiers, vocabulary
 *   keys), recorded in a reference ontology or database. Not a clinical claim; allowed only
 *   where a reference system is cited.
 * - `high`: a systematic review of trials, or a guideline's recommendation.
 * - `moderate`: a systematic review, a trial, or consistent prospective cohorts.
 * - `low`: one cohort; cross-sectional, case-control, diagnostic, EMG or cadaver studies; narrative
 *   reviews; or indirect evidence.
 * - `very-low`: conflicting or very indirect findings.
 * - `practitioner-opinion`: only a practitioner's or runner's account (the seed articles); no
 *   research found. Every claim that research has not verified carries this grade.
 *
 * No item may be graded above what the kinds of its sources and its verdict allow: see
 * `gradeCeiling` in `kinetic-chain/evidence`.
 */
export const EvidenceGradeSchema = /* @__PURE__ */ z.enum(["reference", "high", "moderate", "low", "very-low", "practitioner-opinion"]);

/** How strong the evidence behind a knowledge item is. See {@link schemas!EvidenceGradeSchema}. */
export type EvidenceGrade = z.infer<typeof EvidenceGradeSchema>;

/**
 * What research says about a claim that a seed article makes.
 *
 * - `supported`: research agrees.
 * - `contested`: studies disagree, or the claim is a debated clinical model.
 * - `unverified`: no study was found that tests it.
 * - `contradicted`: a study that tested it found otherwise.
 */
export const VerdictStatusSchema = /* @__PURE__ */ z.enum(["supported", "contested", "unverified", "contradicted"]);

/** What research says about a seed claim. See {@link schemas!VerdictStatusSchema}. */
export type VerdictStatus = z.infer<typeof VerdictStatusSchema>;

/**
 * The research verdict on a seed claim, kept beside the claim rather than replacing it.
 */
export const VerdictSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
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
 * grade and, where research has checked a seed claim, the verdict. Added to each item's schema by
 * {@link withEvidence}.
 */
const evidenceShape = {
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
 * An item's own fields followed by the provenance fields. A function call rather than an object
 * spread (`...evidenceShape`) in each item's schema: bundlers keep a spread they cannot prove free
 * of getters, and with it every schema it sits in, while a call marked `@__PURE__` they drop when
 * its result is unused.
 *
 * @internal
 */
export function withEvidence<const Shape extends z.core.$ZodShape>(shape: Shape): Shape & typeof evidenceShape {
  return { ...shape, ...evidenceShape };
}

/**
 * The provenance of one knowledge item, as a standalone schema.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from "kinetic-chain/schemas";
 *
 * EvidenceSchema.parse({ sources: ["seed-002"], grade: "practitioner-opinion" });
 * ```
 */
export const EvidenceSchema = /* @__PURE__ */ z.readonly(z.strictObject(evidenceShape));

/** The provenance of one knowledge item: sources, grade and optional verdict. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** What a seed claim is about: recovery, nutrition, footwear, running form, screening, ... */
export const ClaimTopicSchema = /* @__PURE__ */ z.enum(["recovery", "nutrition", "footwear", "running-form", "screening", "manual-therapy", "diagnosis", "exercise"]);

/** What a seed claim is about. */
export type ClaimTopic = z.infer<typeof ClaimTopicSchema>;

/** A seed claim that no other collection encodes, with its research verdict (see `listClaims`). */
export const ClaimSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** Stable kebab-case id, such as `ice-and-heat`. */
    id: SlugSchema,
    /** A short name, matched by `findClaim`. */
    name: TextSchema,
    /** What the claim is about. */
    topic: ClaimTopicSchema,
    /** The claim as a seed article makes it, restated in the library's own words. */
    claim: TextSchema,
    /** Ids of the sources of the claim itself: the seed articles that make it, and any research behind it. */
    sources: z.readonly(z.array(SlugSchema).check(z.minLength(1))),
    /** How strong the evidence behind the claim is; within `gradeCeiling` of its sources and verdict. */
    grade: EvidenceGradeSchema,
    /** What research says of the claim: every entry carries one. */
    verdict: VerdictSchema,
  }),
);

/**
 * A claim from a seed article that the other collections do not encode as a structure, link,
 * rule or exercise (advice on ice, shoes, running form, screening...), kept with its verdict.
 */
export type Claim = z.infer<typeof ClaimSchema>;
