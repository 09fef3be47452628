/**
 * Evidence: the provenance every knowledge item carries — the sources it cites, an evidence
 * grade, and, where research has checked a seed claim, the verdict beside the claim. Zod-free.
 *
 * @example
 * ```ts
 * import { compareGrades } from "kinetic-chain/evidence";
 *
 * compareGrades("moderate", "practitioner-opinion") < 0; // true: moderate is stronger
 * ```
 *
 * @module
 */
import type { EvidenceGrade } from "./schema";

export type { Evidence, EvidenceGrade, Verdict, VerdictStatus } from "./schema";

/** Evidence grades from strongest to weakest; `reference` (established anatomy) ranks first. */
export const EVIDENCE_GRADES: readonly EvidenceGrade[] = Object.freeze([
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
 * (["low", "high", "practitioner-opinion"] as const).toSorted(compareGrades); // ["high", "low", "practitioner-opinion"]
 * ```
 */
export function compareGrades(a: EvidenceGrade, b: EvidenceGrade): number {
  return EVIDENCE_GRADES.indexOf(a) - EVIDENCE_GRADES.indexOf(b);
}
