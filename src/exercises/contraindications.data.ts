/**
 * Contraindications as data for the exercises of `data.ts`: for each row that has them, the
 * causes, findings and sensations that rule it out (`ruledOutBy`) and the impact or single-leg
 * loading it puts through the leg (`loading`). Kept apart from `data.ts` so that its rows' text
 * and this safety data can be edited independently; the dictionary merges the two by id.
 *
 * Where the facts come from (see `contraindications.ts` for the shared sets):
 * - piriformis, figure-four, pigeon and all-fours buttock stretches draw the thigh across the
 *   body and stretch over the sciatic nerve: out with gluteal tendinopathy (injuries.md §13) and
 *   with numbness or tingling or nerve-root pain (§14), the signs that raised them.
 * - rolling the outer thigh presses the band onto the outer hip: out with gluteal tendinopathy;
 *   pressing a ball or roller into the buttock: out with nerve signs.
 * - the prone press-up takes the low back into extension: out with a suspected spondylolysis
 *   (§14: avoid extension and impact).
 * - the wall calf stretch bends the ankle past neutral: out with insertional
 *   Achilles tendinopathy (§5: no dorsiflexion below neutral).
 * - hops and standing single-leg work: impact or single-leg loading, out while a bone stress
 *   injury is possible (§4, §22).
 */
import { BONE_STRESS, GLUTEAL_TENDON, NERVE_SIGNS, ruledOut } from "./contraindications";
import type { Exercise } from "./schema";

/** Safety data by exercise id. */
export const exerciseSafetyData = () =>
  ({
  "piriformis-stretch-knee-to-opposite-ankle": { ruledOutBy: ruledOut(GLUTEAL_TENDON, NERVE_SIGNS) },
  "piriformis-stretch-foot-outside-knee": { ruledOutBy: ruledOut(GLUTEAL_TENDON, NERVE_SIGNS) },
  "piriformis-stretch-crossed-knees": { ruledOutBy: ruledOut(GLUTEAL_TENDON, NERVE_SIGNS) },
  "all-fours-buttock-stretch": { ruledOutBy: ruledOut(GLUTEAL_TENDON, NERVE_SIGNS) },
  "pigeon-stretch": { ruledOutBy: ruledOut(GLUTEAL_TENDON, NERVE_SIGNS) },
  "figure-four-stretch": { ruledOutBy: ruledOut(GLUTEAL_TENDON, NERVE_SIGNS) },
  "foam-roll-itb-lateral-quad": { ruledOutBy: ruledOut(GLUTEAL_TENDON) },
  "foam-roll-glutes": { ruledOutBy: ruledOut(NERVE_SIGNS) },
  "ball-trigger-point-hip": { ruledOutBy: ruledOut(NERVE_SIGNS) },
  "prone-press-up": { ruledOutBy: ruledOut({ hypotheses: ["spondylolysis"] }) },
  "calf-stretch": { ruledOutBy: ruledOut({ hypotheses: ["achilles-tendinopathy-insertional"] }) },
  "single-leg-squat": { ruledOutBy: ruledOut(BONE_STRESS), loading: ["single-leg"] as const },
  "single-leg-deadlift": { ruledOutBy: ruledOut(BONE_STRESS), loading: ["single-leg"] as const },
  "lateral-step-up": { ruledOutBy: ruledOut(BONE_STRESS), loading: ["single-leg"] as const },
  "forward-hop": { ruledOutBy: ruledOut(BONE_STRESS), loading: ["impact", "single-leg"] as const },
}) satisfies Readonly<Record<string, Pick<Exercise, "ruledOutBy" | "loading">>>;
