import * as z from "zod/mini";
import { slugSchema, textSchema } from "../internal/slug";
import { once } from "../internal/once";

/** Builds `EvidenceGradeSchema` (public in `kinetic-chain/schemas`) on first use. */
export const evidenceGradeSchema = /* @__PURE__ */ once(() => z.enum(["reference", "high", "moderate", "low", "very-low", "practitioner-opinion"]));

/** How strong the evidence behind a knowledge item is. See {@link schemas!EvidenceGradeSchema}. */
export type EvidenceGrade = z.infer<ReturnType<typeof evidenceGradeSchema>>;

/** Builds `VerdictStatusSchema` (public in `kinetic-chain/schemas`) on first use. */
export const verdictStatusSchema = /* @__PURE__ */ once(() => z.enum(["supported", "contested", "unverified", "contradicted"]));

/** What research says about a seed claim. See {@link schemas!VerdictStatusSchema}. */
export type VerdictStatus = z.infer<ReturnType<typeof verdictStatusSchema>>;

/** Builds `VerdictSchema` (public in `kinetic-chain/schemas`) on first use. */
export const verdictSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Whether research supports, contests, has not tested, or contradicts the claim. */
    status: verdictStatusSchema(),
    /** Ids of the sources the verdict rests on; empty only when the status is `unverified`. */
    sources: z.readonly(z.array(slugSchema())),
    /** The verdict in one or two sentences, in the library's own words. */
    note: textSchema(),
  }),
));

/** The research verdict on a seed claim. */
export type Verdict = z.infer<ReturnType<typeof verdictSchema>>;

/**
 * Provenance fields that every knowledge item carries: the sources it rests on, its evidence
 * grade and, where research has checked a seed claim, the verdict. Spread into each item's schema.
 */
export const evidenceShape = /* @__PURE__ */ once(() => ({
  /**
   * Ids of the sources (see the `sources` entry point) this item rests on. At least one:
   * `validateKnowledgeBase` reports an empty list as `missing_source`.
   */
  sources: z.readonly(z.array(slugSchema())),
  /** How strong the evidence behind this item is. */
  grade: evidenceGradeSchema(),
  /** What research says of the seed claim behind this item, where research has looked at it. */
  verdict: z.optional(verdictSchema()),
}));

/** Builds `EvidenceSchema` (public in `kinetic-chain/schemas`) on first use. */
export const evidenceSchema = /* @__PURE__ */ once(() => z.readonly(z.strictObject(evidenceShape())));

/** The provenance of one knowledge item: sources, grade and optional verdict. */
export type Evidence = z.infer<ReturnType<typeof evidenceSchema>>;

/** Builds `ClaimTopicSchema` (public in `kinetic-chain/schemas`) on first use. */
export const claimTopicSchema = /* @__PURE__ */ once(() => z.enum(["recovery", "nutrition", "footwear", "running-form", "screening", "manual-therapy", "diagnosis", "exercise"]));

/** What a seed claim is about. */
export type ClaimTopic = z.infer<ReturnType<typeof claimTopicSchema>>;

/** Builds `ClaimSchema` (public in `kinetic-chain/schemas`) on first use. */
export const claimSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id, such as `ice-and-heat`. */
    id: slugSchema(),
    /** A short name, matched by `findClaim`. */
    name: textSchema(),
    /** What the claim is about. */
    topic: claimTopicSchema(),
    /** The claim as a seed article makes it, restated in the library's own words. */
    claim: textSchema(),
    /** Ids of the sources of the claim itself: the seed articles that make it, and any research behind it. */
    sources: z.readonly(z.array(slugSchema()).check(z.minLength(1))),
    /** How strong the evidence behind the claim is; within `gradeCeiling` of its sources and verdict. */
    grade: evidenceGradeSchema(),
    /** What research says of the claim: every entry carries one. */
    verdict: verdictSchema(),
  }),
));

/**
 * A claim from a seed article that the other collections do not encode as a structure, link,
 * rule or exercise (advice on ice, shoes, running form, screening...), kept with its verdict.
 */
export type Claim = z.infer<ReturnType<typeof claimSchema>>;
