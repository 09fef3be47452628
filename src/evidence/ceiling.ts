import { KineticChainError } from "../errors";
import type { SourceKind } from "../sources/schema";
import type { EvidenceGrade, VerdictStatus } from "./schema";

/** The grades of clinical claims: every {@link EvidenceGrade} but `reference`. */
export type ClinicalGrade = Exclude<EvidenceGrade, "reference">;

/** Clinical grades from strongest to weakest. */
const CLINICAL_GRADES: readonly ClinicalGrade[] = ["high", "moderate", "low", "very-low", "practitioner-opinion"];

/**
 * The ceiling table: the strongest clinical grade each kind of source can carry on its own.
 * Two combinations lift it, see {@link gradeCeiling}. A reference system carries no clinical
 * grade (`null`): it can only make the `reference` grade available.
 */
export const SOURCE_KIND_CEILINGS: Readonly<Record<SourceKind, ClinicalGrade | null>> = /* @__PURE__ */ Object.freeze({
  guideline: "high",
  "systematic-review": "moderate",
  rct: "moderate",
  "controlled-trial": "moderate",
  cohort: "low",
  "case-control": "low",
  "cross-sectional": "low",
  "case-series": "low",
  "diagnostic-accuracy": "low",
  "emg-study": "low",
  "cadaver-study": "low",
  "methods-study": "low",
  "trial-protocol": "low",
  review: "low",
  "practitioner-opinion": "practitioner-opinion",
  "reference-system": null,
});

/**
 * The strongest clinical grade each research verdict allows: a claim research has not tested or
 * has contradicted stays practitioner opinion, and a contested one is at best `low`.
 */
export const VERDICT_CEILINGS: Readonly<Record<VerdictStatus, ClinicalGrade>> = /* @__PURE__ */ Object.freeze({
  supported: "high",
  contested: "low",
  unverified: "practitioner-opinion",
  contradicted: "practitioner-opinion",
});

/** What {@link gradeCeiling} allows an item. */
export interface GradeCeiling {
  /** The strongest clinical grade the sources and the verdict allow; every weaker one is allowed too. */
  readonly clinical: ClinicalGrade;
  /**
   * Whether the `reference` grade is allowed: at least one source is a reference system and the
   * verdict, if any, is `supported`.
   */
  readonly reference: boolean;
}

const TRIALS: ReadonlySet<SourceKind> = /* @__PURE__ */ new Set<SourceKind>(["rct", "controlled-trial"]);

const stronger = (a: ClinicalGrade, b: ClinicalGrade): ClinicalGrade =>
  CLINICAL_GRADES.indexOf(a) <= CLINICAL_GRADES.indexOf(b) ? a : b;
const weaker = (a: ClinicalGrade, b: ClinicalGrade): ClinicalGrade => (stronger(a, b) === a ? b : a);

/**
 * The strongest grade an item may carry, given the kinds of the sources it cites and its research
 * verdict. Each kind has a ceiling of its own ({@link SOURCE_KIND_CEILINGS}): seed articles and
 * practitioner pages give `practitioner-opinion`; narrative reviews, observational, diagnostic,
 * EMG, cadaver and methods studies give `low`; a systematic review or a trial gives `moderate`; a
 * guideline gives `high`. Two cohorts together give `moderate` (consistent cohorts), and a
 * systematic review cited with a trial gives `high` (the kinds do not say what a review pooled, so
 * this stands for "a systematic review of trials"). The strongest source sets the ceiling; reference
 * systems never lift it, and with no clinical source it is `practitioner-opinion`. A verdict then
 * caps it ({@link VERDICT_CEILINGS}). The `reference` grade is allowed apart, where a reference
 * system is cited and no verdict doubts the claim.
 *
 * @param sources - The kinds of the sources an item cites, in any order; repeats count (two cohorts).
 * @param verdict - The status of the item's research verdict, if it has one.
 * @returns The strongest clinical grade allowed, and whether `reference` is allowed.
 * @throws `KineticChainError` `invalid_input` for sources that are not source kinds, or a verdict
 *   that is not a verdict status.
 * @example
 * ```ts
 * import { gradeCeiling } from "kinetic-chain/evidence";
 *
 * gradeCeiling(["practitioner-opinion", "reference-system"]); // { clinical: "practitioner-opinion", reference: true }
 * gradeCeiling(["cohort", "cohort"]).clinical;                 // "moderate"
 * gradeCeiling(["systematic-review", "rct"], "contested");     // { clinical: "low", reference: false }
 * ```
 */
export function gradeCeiling(sources: readonly SourceKind[], verdict?: VerdictStatus): GradeCeiling {
  if (!Array.isArray(sources as unknown) || !sources.every((kind) => typeof kind === "string" && Object.hasOwn(SOURCE_KIND_CEILINGS, kind))) {
    throw new KineticChainError("invalid_input", "gradeCeiling: sources must be an array of source kinds");
  }
  if (verdict !== undefined && !(typeof verdict === "string" && Object.hasOwn(VERDICT_CEILINGS, verdict))) {
    throw new KineticChainError("invalid_input", "gradeCeiling: verdict must be a verdict status");
  }
  const combined: ClinicalGrade[] = [];
  if (sources.filter((kind) => kind === "cohort").length >= 2) combined.push("moderate");
  if (sources.includes("systematic-review") && sources.some((kind) => TRIALS.has(kind))) combined.push("high");
  const fromSources = [...sources.map((kind) => SOURCE_KIND_CEILINGS[kind] ?? "practitioner-opinion"), ...combined].reduce(
    stronger,
    "practitioner-opinion",
  );
  return Object.freeze({
    clinical: verdict === undefined ? fromSources : weaker(fromSources, VERDICT_CEILINGS[verdict]),
    reference: sources.includes("reference-system") && (verdict === undefined || verdict === "supported"),
  });
}

/**
 * Whether a grade is within a ceiling from {@link gradeCeiling}.
 *
 * @param grade - The grade an item carries.
 * @param ceiling - What its sources and verdict allow.
 * @returns `true` when the grade is allowed.
 * @throws `KineticChainError` `invalid_input` for a grade that is not an evidence grade, or a
 *   ceiling that is not one from {@link gradeCeiling}.
 * @example
 * ```ts
 * import { gradeCeiling, withinCeiling } from "kinetic-chain/evidence";
 *
 * withinCeiling("high", gradeCeiling(["practitioner-opinion", "reference-system"])); // false
 * withinCeiling("reference", gradeCeiling(["reference-system"]));                     // true
 * ```
 */
export function withinCeiling(grade: EvidenceGrade, ceiling: GradeCeiling): boolean {
  if (typeof ceiling !== "object" || ceiling === null || !CLINICAL_GRADES.includes(ceiling.clinical)) {
    throw new KineticChainError("invalid_input", "withinCeiling: the ceiling must come from gradeCeiling");
  }
  if (grade !== "reference" && !CLINICAL_GRADES.includes(grade)) throw new KineticChainError("invalid_input", "withinCeiling: not an evidence grade");
  return grade === "reference" ? ceiling.reference : CLINICAL_GRADES.indexOf(grade) >= CLINICAL_GRADES.indexOf(ceiling.clinical);
}
