/**
 * Evidence: the provenance every knowledge item carries — the sources it cites, an evidence
 * grade, and, where research has checked a seed claim, the verdict beside the claim; the ceiling
 * that the kinds of the sources put on a grade; and the seed claims that no other collection
 * encodes (ice and heat, shoes, running form, screening...), each with its verdict. Zod-free.
 *
 * @example
 * ```ts
 * import { compareGrades, evidenceWeight, gradeCeiling, listClaims } from "kinetic-chain/evidence";
 *
 * compareGrades("moderate", "practitioner-opinion") < 0; // true: moderate is stronger
 * evidenceWeight({ grade: "low", verdict: { status: "supported", sources: ["noehren-2014"], note: "…" } }); // 0.7
 * gradeCeiling(["practitioner-opinion"]).clinical; // "practitioner-opinion": a seed alone
 * listClaims({ topic: "footwear" }).map((claim) => claim.verdict.status); // ["unverified"]
 * ```
 *
 * @module
 */
import { claims, type ClaimId } from "./dictionary";
import type { Claim, ClaimTopic, Evidence, EvidenceGrade, VerdictStatus } from "./schema";

export type { ClaimId } from "./dictionary";
export type { Claim, ClaimTopic, Evidence, EvidenceGrade, Verdict, VerdictStatus } from "./schema";

/** Evidence grades from strongest to weakest; `reference` (established anatomy) ranks first. */
export const EVIDENCE_GRADES: readonly EvidenceGrade[] = /* @__PURE__ */ Object.freeze([
  "reference",
  "high",
  "moderate",
  "low",
  "very-low",
  "practitioner-opinion",
]);

/**
 * Orders two evidence grades, strongest first, for use with `Array.prototype.sort`.
 *
 * @param a - A grade.
 * @param b - Another grade.
 * @returns A negative number when `a` is stronger than `b`, positive when weaker, 0 when equal.
 * @example
 * ```ts
 * import { compareGrades } from "kinetic-chain/evidence";
 *
 * (["low", "high", "practitioner-opinion"] as const).toSorted(compareGrades); // ["high", "low", "practitioner-opinion"]
 * ```
 */
export function compareGrades(a: EvidenceGrade, b: EvidenceGrade): number {
  return EVIDENCE_GRADES.indexOf(a) - EVIDENCE_GRADES.indexOf(b);
}

/** How much each grade counts when ranking explanations: 1 for established, down to opinion. */
const GRADE_WEIGHT: Readonly<Record<EvidenceGrade, number>> = /* @__PURE__ */ Object.freeze({
  reference: 1,
  high: 1,
  moderate: 0.85,
  low: 0.7,
  "very-low": 0.55,
  "practitioner-opinion": 0.45,
});

/** How much a research verdict scales the grade's weight; no verdict scales by 1. */
const VERDICT_WEIGHT: Readonly<Record<VerdictStatus, number>> = /* @__PURE__ */ Object.freeze({
  supported: 1,
  contested: 0.75,
  unverified: 0.7,
  contradicted: 0.3,
});

/**
 * The weight of one knowledge item's evidence, between 0 and 1, used to rank explanations:
 * the grade's weight (1 for `reference` and `high`, 0.85 `moderate`, 0.7 `low`, 0.55 `very-low`,
 * 0.45 `practitioner-opinion`) times the verdict's (1 `supported` or none, 0.75 `contested`,
 * 0.7 `unverified`, 0.3 `contradicted`).
 *
 * @param evidence - An item's grade and optional verdict.
 * @returns A number in (0, 1].
 * @example
 * ```ts
 * import { evidenceWeight } from "kinetic-chain/evidence";
 *
 * evidenceWeight({ grade: "practitioner-opinion", verdict: { status: "contradicted", sources: ["heino-1990"], note: "…" } }); // 0.135
 * ```
 */
export function evidenceWeight(evidence: Pick<Evidence, "grade" | "verdict">): number {
  return GRADE_WEIGHT[evidence.grade] * (evidence.verdict === undefined ? 1 : VERDICT_WEIGHT[evidence.verdict.status]);
}

export { gradeCeiling, SOURCE_KIND_CEILINGS, VERDICT_CEILINGS, withinCeiling } from "./ceiling";
export type { ClinicalGrade, GradeCeiling } from "./ceiling";

/**
 * The built-in seed claim with this id.
 *
 * @param id - A claim id, e.g. `"ice-and-heat"`.
 * @returns The claim with its verdict (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the data.
 * @example
 * ```ts
 * import { getClaim } from "kinetic-chain/evidence";
 *
 * getClaim("functional-movement-screen").verdict.status; // "contested"
 * ```
 */
export function getClaim(id: ClaimId): Claim {
  return claims.get(id);
}

/**
 * Looks a seed claim up by id or name, ignoring case, spaces and hyphens.
 *
 * @param text - An id or a name.
 * @returns The claim, or `undefined` when nothing matches.
 * @example
 * ```ts
 * import { findClaim } from "kinetic-chain/evidence";
 *
 * findClaim("Ice and heat")?.verdict.status; // "unverified"
 * ```
 */
export function findClaim(text: string): Claim | undefined {
  return claims.find(text);
}

/** Narrows {@link listClaims}; every field given must match. */
export interface ClaimFilter {
  /** Only claims on this topic. */
  readonly topic?: ClaimTopic;
  /** Only claims whose verdict has this status. */
  readonly status?: VerdictStatus;
  /** Only claims that cite this source, such as `"seed-003"`. */
  readonly source?: string;
}

/**
 * The seed claims that no other collection encodes, each with its research verdict, optionally
 * filtered, in data order.
 *
 * @param filter - Topic, verdict status and source to match; omit for every claim.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listClaims } from "kinetic-chain/evidence";
 *
 * listClaims({ source: "seed-003" }).map((claim) => claim.id); // ["ice-and-heat", "hydration-and-protein", ...]
 * ```
 */
export function listClaims(filter: ClaimFilter = {}): readonly Claim[] {
  const { topic, status, source } = filter ?? {};
  if (topic === undefined && status === undefined && source === undefined) return claims.all;
  return Object.freeze(
    claims.all.filter(
      (claim) =>
        (topic === undefined || claim.topic === topic) &&
        (status === undefined || claim.verdict.status === status) &&
        (source === undefined || claim.sources.includes(source)),
    ),
  );
}

/**
 * Whether a value is the id of a built-in seed claim.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link ClaimId}.
 * @example
 * ```ts
 * import { isClaimId } from "kinetic-chain/evidence";
 *
 * isClaimId("ice-and-heat"); // true
 * isClaimId("cryotherapy");  // false
 * ```
 */
export function isClaimId(value: unknown): value is ClaimId {
  return claims.is(value);
}
