/**
 * Contraindications shared by several exercise rows, as data (see `RuledOutBy`). Used only by the
 * data modules, which the build turns into JSON, so none of this ships as code.
 *
 * - `BONE_STRESS`: while a bone stress injury is possible (a bone-stress cause in play, or a
 *   finding that raises one: pain on hopping, a tender spot on a bone, pain that does not ease as
 *   the run warms up, not bearing weight, long-term corticosteroids), impact and single-leg
 *   loading stay out (injuries.md §4 and §22: the bone must settle under walking and daily life
 *   first).
 * - `NERVE_SIGNS`: numbness or tingling is the very sign that raised deep gluteal (piriformis)
 *   syndrome or nerve-root pain; stretching or pressing on the nerve through it is not advised,
 *   and nerve-root pain (injuries.md §14) is ruled out the same way.
 * - `GLUTEAL_TENDON`: positions that press the outer-hip tendons against the bone (the thigh drawn
 *   across the body, rolling the outer thigh) are avoided in gluteal tendinopathy (injuries.md §13;
 *   the LEAP programme's load advice).
 *
 * @internal
 */
import type { Sensation } from "../links/schema";
import type { FindingId } from "../triage/schema";

/** Causes during which a bone may be under stress. */
const BONE_STRESS_CAUSES = ["bone-stress-injury", "bone-stress-injury-high-risk", "pubic-bone-stress-injury", "spondylolysis"] as const;

/** Findings that raise a bone stress injury. */
export const BONE_STRESS_FINDINGS = ["pain-on-hopping", "focal-bone-tenderness", "pain-not-easing-with-warm-up", "cannot-bear-weight", "long-term-corticosteroids"] as const;

/** Impact and single-leg loading are ruled out while a bone stress injury is possible. */
export const BONE_STRESS = { hypotheses: BONE_STRESS_CAUSES, findings: BONE_STRESS_FINDINGS } as const;

/** Nerve signs, and nerve-root pain, rule out stretching or pressing on the sciatic nerve. */
export const NERVE_SIGNS = { hypotheses: ["lumbar-radicular-pain"], sensations: ["numbness", "tingling"] } as const;

/** Positions that compress the outer-hip tendons. */
export const GLUTEAL_TENDON = { hypotheses: ["gluteal-tendinopathy"] } as const;

/** The union of several contraindication sets, each list deduplicated. */
export function ruledOut(...sets: readonly { readonly hypotheses?: readonly string[]; readonly findings?: readonly FindingId[]; readonly sensations?: readonly Sensation[] }[]): {
  hypotheses: string[];
  findings: FindingId[];
  sensations: Sensation[];
} {
  return {
    hypotheses: [...new Set(sets.flatMap((set) => set.hypotheses ?? []))],
    findings: [...new Set(sets.flatMap((set) => set.findings ?? []))],
    sensations: [...new Set(sets.flatMap((set) => set.sensations ?? []))],
  };
}
