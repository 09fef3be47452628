/**
 * Progressions: ordered steps of one or more exercises, each at a dosage, with the criteria for
 * moving on and for stepping back.
 *
 * What the rows are: one object per progression. Steps run easiest first and name exercises by
 * their id in the exercise catalog. Every row follows the pain-monitoring model
 * (`shared/research/injuries.md` §22, `silbernagel-2007`): it advances when the step's target was
 * met with good form, pain during was at most 3/10 (`advanceMaxPain: 3`) and pain the next
 * morning was back to its usual level; it steps back when pain during rises above 5/10
 * (`stepBackAbovePain: 5`, the model's "unacceptable") or the next morning is worse than usual;
 * and it stays at least one or two weeks on a step (`minWeeksPerStep`), a minimum, never a
 * reason to advance on its own.
 *
 * Where the facts come from:
 * - Step sequences and dosages: the trial dosages in `shared/research/evidence.md` §3, copied as
 *   the notes give them: the 2020 pilot trial in female runners with ITBS (`itbs-pilot-2020`,
 *   8 weeks, 3 days a week), the hip retraining trial protocol (`hip-retraining-trial-protocol`,
 *   3×12–20 reps, then 3×8–12 with load raised by fatigue) and, for the press-up, the seed's own
 *   practice (`seed-001`). Three sessions a week for strength steps follows the trials
 *   (`willy-2011`: 3 sessions a week for 6 weeks). Steps the library adds beyond a source's
 *   sequence, and midpoints it picks, are named as such in the verdict.
 * - Criteria: the pain limits are the pain-monitoring model's, tested for Achilles tendon pain
 *   (`silbernagel-2007`) rather than for these exercises, and the week minimums are the library's
 *   own. Every row therefore carries an `unverified` verdict and is graded `practitioner-opinion`,
 *   even where its steps come from a trial.
 */
import type { Progression } from "./schema";

/**
 * Every progression in the built-in knowledge base: the prone press-up hold, side-lying abduction
 * to band walks, the bridge, the side plank, and hip retraining to loaded single-leg work. See
 * {@link Progression} for the fields.
 */
export const progressionData = () => [
  {
    id: "press-up-hold-progression",
    name: "Prone press-up: longer holds",
    steps: [
      {
        exercise: "prone-press-up",
        dosage: { sets: 1, reps: 10, holdSeconds: 5, perSide: false, frequency: { times: 1, per: "day" } },
      },
      {
        exercise: "prone-press-up",
        dosage: { sets: 1, reps: 10, holdSeconds: 15, perSide: false, frequency: { times: 1, per: "day" } },
      },
      {
        exercise: "prone-press-up",
        dosage: { sets: 1, reps: 10, holdSeconds: 30, perSide: false, frequency: { times: 1, per: "day" } },
      },
    ],
    advanceMaxPain: 3,
    minWeeksPerStep: 1,
    stepBackAbovePain: 5,
    sources: ["seed-001"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "Ten press-ups held 5 s and built up to 30 s is the seed's own practice; the notes found no study of it, the 15 s middle step and daily frequency are the library's, and the pain ≤ 3/10 criterion is a common clinical convention not tested in the notes.",
    },
  },
  {
    id: "abduction-to-band-walk",
    name: "Side-lying abduction to lateral band walks",
    steps: [
      {
        exercise: "side-lying-hip-abduction",
        dosage: {
          sets: 2,
          reps: 10,
          perSide: true,
          load: { type: "bodyweight" },
          frequency: { times: 3, per: "week" },
        },
      },
      {
        exercise: "side-lying-hip-abduction",
        dosage: {
          sets: 3,
          reps: 10,
          perSide: true,
          load: { type: "bodyweight" },
          frequency: { times: 3, per: "week" },
        },
      },
      {
        exercise: "lateral-band-walk",
        dosage: { sets: 3, reps: 15, perSide: true, load: { type: "band" }, frequency: { times: 3, per: "week" } },
      },
    ],
    advanceMaxPain: 3,
    minWeeksPerStep: 2,
    stepBackAbovePain: 5,
    sources: ["itbs-pilot-2020", "distefano-2009", "selkowitz-2013"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["itbs-pilot-2020"],
      note: "The steps follow the 2020 pilot trial in female runners with ITBS (2×10, then 3×10 side-lying abduction, then 3×15 band walks, 3 days a week over 8 weeks). The pain ≤ 3/10 criterion and two-week minimum are the library's, a common clinical convention not tested in the notes.",
    },
  },
  {
    id: "bridge-progression",
    name: "Bridge to single-leg bridge",
    steps: [
      {
        exercise: "glute-bridge",
        dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
      },
      {
        exercise: "glute-bridge",
        dosage: { sets: 3, reps: 15, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
      },
      {
        exercise: "single-leg-bridge",
        dosage: { sets: 3, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
      },
    ],
    advanceMaxPain: 3,
    minWeeksPerStep: 2,
    stepBackAbovePain: 5,
    sources: ["itbs-pilot-2020", "ijspt-2014-gluteal-emg-review", "selkowitz-2013"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["itbs-pilot-2020", "ijspt-2014-gluteal-emg-review"],
      note: "The bridge at 3×10, then 3×15, follows the 2020 ITBS pilot trial; the single-leg bridge step is a library addition, chosen because it draws more gluteal activity (47–55 vs 28 %MVIC for gluteus medius). The pain ≤ 3/10 criterion is a common clinical convention not tested in the notes.",
    },
  },
  {
    id: "side-plank-progression",
    name: "Side plank to side plank with abduction",
    steps: [
      {
        exercise: "side-plank",
        dosage: { sets: 2, holdSeconds: 30, perSide: true, frequency: { times: 3, per: "week" } },
      },
      {
        exercise: "side-plank",
        dosage: { sets: 3, holdSeconds: 20, perSide: true, frequency: { times: 3, per: "week" } },
      },
      {
        exercise: "side-plank-with-abduction",
        dosage: { sets: 3, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
      },
    ],
    advanceMaxPain: 3,
    minWeeksPerStep: 2,
    stepBackAbovePain: 5,
    sources: ["itbs-pilot-2020", "boren-2011"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["itbs-pilot-2020", "boren-2011"],
      note: "The side plank at 2 × 30 s, then 3 × 20 s, is the 2020 ITBS pilot trial's sequence as the notes record it; the side plank with abduction (3×10 per side) is a library addition, picked for its high gluteus medius activity in a secondary EMG report. The pain ≤ 3/10 criterion is a common clinical convention not tested in the notes.",
    },
  },
  {
    id: "hip-retraining-to-loaded",
    name: "Hip retraining to loaded single-leg strength",
    steps: [
      {
        exercise: "lateral-step-up",
        dosage: { sets: 3, reps: 15, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
      },
      {
        exercise: "lateral-step-up",
        dosage: { sets: 3, reps: 10, perSide: true, load: { type: "external" }, frequency: { times: 3, per: "week" } },
      },
      {
        exercise: "single-leg-squat",
        dosage: { sets: 3, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
      },
    ],
    advanceMaxPain: 3,
    minWeeksPerStep: 2,
    stepBackAbovePain: 5,
    sources: ["hip-retraining-trial-protocol", "willy-2011", "ijspt-2014-gluteal-emg-review", "distefano-2009"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["hip-retraining-trial-protocol", "willy-2011"],
      note: "A trial protocol moves from retraining at 3×12–20 reps to strengthening at 3×8–12 with load raised by fatigue, and a runner trial used 3 sessions a week for 6 weeks; the exercises, the 15 and 10 reps picked from those ranges and the single-leg squat step are the library's. The pain ≤ 3/10 criterion is a common clinical convention not tested in the notes.",
    },
  },
] as const satisfies readonly Progression[];
