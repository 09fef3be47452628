/**
 * Protocols: the exercise plan for each cause the assessment can rank, in phases, with what to
 * do about running meanwhile.
 *
 * Rows, by the kind of cause they answer:
 * - compensation causes (deep rotators, gluteus maximus, hip abductors, hip flexors, arch
 *   control): activation, then loaded strength, then running-specific work;
 * - soreness and training causes (soreness, load error, warm-up and recovery): mostly running
 *   advice, with light mobility, strength upkeep or a short pre-run routine;
 * - running injuries (iliotibial band syndrome, patellofemoral pain, gluteal tendinopathy,
 *   piriformis syndrome, sacroiliac joint pain): a plan to follow once a professional has
 *   confirmed the problem.
 * There is no protocol for bone stress injury or for the serious conditions behind red flags
 * (cauda equina syndrome, spinal infection, malignancy): those go to a professional, and the
 * library prescribes no exercise for them.
 *
 * Where the facts come from:
 * - Phase shape and dosage follow the trials in section 3 of the project's research notes
 *   (`shared/research/evidence.md`): non-weight-bearing work for 2 weeks then 4 weeks loaded,
 *   3 sessions a week (Willy & Davis 2011); 3×12–20 repetitions for retraining, then 3×8–12 with
 *   load raised by fatigue (trial protocol PMC4756499); the 8-week iliotibial band pilot's sets
 *   for abduction, bridges and side planks; 6 weeks of hip and core work for kneecap pain
 *   (Ferber 2015); stretches held 3 × 30 s (Bandy & Irion 1997; ACSM).
 * - Every activation figure in a `why` comes from section 2 of the notes (%MVIC), exactly as
 *   given there. Stretches, rolling and trigger-point work that the seed articles prescribe keep
 *   the seed's dosage and say so.
 * - Grades are honest about what was tested: a protocol for a compensation pattern rests on a
 *   practitioner model that no study has tested, so it is `practitioner-opinion` even where it
 *   borrows trial dosages. Only the kneecap-pain and iliotibial band protocols follow a trial of
 *   the same treatment for the same problem.
 *
 * Progressions: an item that follows one (`src/protocols/progressions.data.ts`) names the exercise
 * and dosage of the progression's first step, and a plan moves through the steps week by week
 * within that phase. Each progression is attached once per protocol; later phases list the
 * exercises of its later steps as plain items, so no phase starts a runner back at step one.
 *
 * Row format: `{ id, name, hypothesis, goal, phases: [{ name, weeks, items: [{ exercise, dosage,
 * progression?, why }], running, runningNote }], sources, grade, verdict }`, ids
 * `protocol-<hypothesis id>`, in the order of the hypotheses.
 */
import type { Protocol } from "./schema";

/**
 * The criteria to move on from a phase: the pain-monitoring model (`shared/research/injuries.md`
 * §22, `silbernagel-2007`): pain at most 3/10 during, back to its usual level by the next morning,
 * and the phase's work done in full with good form.
 */
const PHASE_DONE = { maxPainDuring: 3, target: "Every set, rep and hold of the phase done in full with good form." } as const;

/**
 * Every built-in protocol, one per cause that exercise can address: compensation patterns
 * first, then soreness, training, and running injuries. See {@link Protocol} for the fields.
 */
export const protocolData = () => [
  // ───────────────────────────── Compensation ─────────────────────────────
  {
    id: "protocol-deep-rotator-inhibition",
    name: "Waking up the deep hip rotators",
    hypothesis: "deep-rotator-inhibition",
    goal: "Teach the small rotators deep in the buttock to switch on as weight comes onto the leg, then load them and carry the habit into running, so gluteus medius no longer has to rein in an inward-rolling thigh.",
    phases: [
      {
        name: "Activation off the feet",
        weeks: 2,
        items: [
          {
            exercise: "clamshell",
            dosage: { sets: 3, reps: 15, perSide: true, tempo: "2-2-1", frequency: { times: 3, per: "week" } },
            why: "Turning the thigh outward against gravity works the rotators directly, and the clam has the highest gluteal-to-TFL activation ratio measured (115; Selkowitz 2013).",
          },
          {
            exercise: "quadruped-hip-extension",
            dosage: { sets: 3, reps: 15, perSide: true, frequency: { times: 3, per: "week" } },
            why: "A low-load way to use the buttock with the hip level and unweighted; quadruped exercises kept a gluteal-to-TFL ratio of 50 (Selkowitz 2013).",
          },
          {
            exercise: "glute-bridge",
            dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "bridge-progression",
            why: "Practises holding the knees apart while the hips lift, the same outward control the rotators give in stance, at a low 28 %MVIC for gluteus medius (IJSPT 2014 review).",
          },
          {
            exercise: "foam-roll-glutes",
            dosage: { sets: 1, durationSeconds: 60, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Optional, for comfort only: in this model the tight gluteus medius is the worker covering for the rotators, so rolling or stretching it is not the fix.",
          },
        ],
        running: "reduce",
        runningNote: "Keep easy runs shorter and slower, under 3/10 pain; leave out hills and speed work while the drills are new.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Loaded strength",
        weeks: 4,
        items: [
          {
            exercise: "squat-knees-out",
            dosage: { sets: 3, reps: 10, perSide: false, tempo: "3-1-1", frequency: { times: 3, per: "week" } },
            why: "Driving the knees outward on the way up asks the rotators to work under body weight, the way seed 004 coaches the squat.",
          },
          {
            exercise: "lateral-band-walk",
            dosage: { sets: 3, reps: 15, perSide: true, load: { type: "band", band: "light" }, frequency: { times: 3, per: "week" } },
            why: "Side-stepping against a band keeps the hip from collapsing inward while standing, with a gluteal-to-TFL ratio of 64 (Selkowitz 2013).",
          },
          {
            exercise: "single-leg-bridge",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Holding the pelvis level on one leg needs both buttock muscles (47–55 %MVIC medius, 40–54 maximus; IJSPT 2014 review).",
          },
          {
            exercise: "lateral-step-up",
            dosage: { sets: 3, reps: 15, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "hip-retraining-to-loaded",
            why: "A step-up with the knee kept over the foot loads the stance leg as running does (gluteus medius 43–59 %MVIC; IJSPT 2014 review), first for high reps, then with a weight.",
          },
        ],
        running: "reduce",
        runningNote: "Build easy distance back slowly; no single run longer than your longest of the past month, and still no hill repeats.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Running-specific control",
        weeks: 2,
        items: [
          {
            exercise: "single-leg-squat",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Checks and trains the knee staying over the foot on one leg (gluteus medius 64±25, maximus 59±27 %MVIC; Distefano 2009); film it to see the thigh roll in.",
          },
          {
            exercise: "single-leg-deadlift",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Hinging on one leg trains hip control through a running-like reach (59±25 medius, 59±28 maximus %MVIC; Distefano 2009).",
          },
          {
            exercise: "forward-hop",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 2, per: "week" } },
            why: "Landing on one leg is the fast version of the weight shift where the rotators failed to engage (gluteus medius 48±25 %MVIC; Distefano 2009).",
          },
        ],
        running: "continue",
        runningNote: "Run normally, and on easy runs think of the buttock steering each landing, slowing down if that is what it takes to feel it.",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-000", "seed-002", "seed-004", "noehren-2014", "willy-2011", "hip-retraining-trial-protocol", "selkowitz-2013", "distefano-2009", "ijspt-2014-gluteal-emg-review"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["noehren-2014", "willy-2011"],
      note: "No study tests this protocol against this cause. Weak rotators with 3.7° more hip internal rotation have been measured in runners with iliotibial band syndrome (Noehren 2014), and the phase shape borrows a hip strengthening trial's schedule (Willy & Davis 2011).",
    },
  },
  {
    id: "protocol-gluteus-maximus-weakness",
    name: "Strengthening gluteus maximus",
    hypothesis: "gluteus-maximus-weakness",
    goal: "Build gluteus maximus strength and staying power so it keeps driving push-off late in a run, leaving the hamstrings to help rather than take over.",
    phases: [
      {
        name: "Activation off the feet",
        weeks: 2,
        items: [
          {
            exercise: "glute-squeeze",
            dosage: { sets: 2, reps: 10, holdSeconds: 5, perSide: false, frequency: { times: 1, per: "day" } },
            why: "Learning to tense the buttock hard on purpose is the first step, and a squeeze alone reached 81 %MVIC for gluteus maximus (Boren 2011).",
          },
          {
            exercise: "quadruped-hip-extension",
            dosage: { sets: 3, reps: 15, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Lifting the leg behind from all fours trains hip extension led by the buttock rather than the low back, with a gluteal-to-TFL ratio of 50 (Selkowitz 2013).",
          },
          {
            exercise: "glute-bridge",
            dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "bridge-progression",
            why: "A gentle start at 25 %MVIC for gluteus maximus (IJSPT 2014 review); if the hamstrings cramp, the feet are too far away.",
          },
        ],
        running: "reduce",
        runningNote: "Keep to easy runs under 3/10 pain; skip hills and fast running, which lean hardest on push-off.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Loaded strength",
        weeks: 4,
        items: [
          {
            exercise: "hip-thrust",
            dosage: { sets: 3, reps: 10, perSide: false, load: { type: "external", rpe: 7 }, frequency: { times: 3, per: "week" } },
            why: "The hip thrust lets gluteus maximus lift a real load through full hip extension, as seed 003 recommends; add weight when 3×12 feels easy.",
          },
          {
            exercise: "prone-hip-extension",
            dosage: { sets: 3, reps: 10, perSide: true, load: { type: "external", rpe: 7 }, frequency: { times: 3, per: "week" } },
            why: "With a heavy ankle weight this reached 100.7±14.5 %MVIC for gluteus maximus (MacAskill 2014).",
          },
          {
            exercise: "single-leg-bridge",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Doing the bridge on one leg roughly doubles the work, to 40–54 %MVIC for gluteus maximus (IJSPT 2014 review).",
          },
          {
            exercise: "front-plank-with-hip-extension",
            dosage: { sets: 3, reps: 8, holdSeconds: 3, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Lifting one leg from a plank pairs trunk control with a very high 106 %MVIC for gluteus maximus (Boren 2011).",
          },
        ],
        running: "reduce",
        runningNote: "Rebuild easy distance gradually; add one short, gentle hill session only once the loaded work feels routine.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Running-specific strength",
        weeks: 2,
        items: [
          {
            exercise: "single-leg-deadlift",
            dosage: { sets: 3, reps: 8, perSide: true, load: { type: "external", rpe: 7 }, frequency: { times: 3, per: "week" } },
            why: "A one-leg hinge works gluteus maximus at 59±28 %MVIC (Distefano 2009) in a stance close to late push-off.",
          },
          {
            exercise: "lunge",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Driving up from a lunge trains the buttock to extend the hip with a long stride (gluteus maximus 41–49 %MVIC, secondary; Distefano 2009).",
          },
          {
            exercise: "forward-hop",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 2, per: "week" } },
            why: "Hopping adds the speed of running to the strength built so far (gluteus maximus 35±22 %MVIC; Distefano 2009).",
          },
        ],
        running: "continue",
        runningNote: "Run as usual, bringing back hills and faster running one session at a time.",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-000", "seed-002", "seed-003", "schuermans-2017", "willy-2011", "hip-retraining-trial-protocol", "boren-2011", "macaskill-2014", "distefano-2009", "ijspt-2014-gluteal-emg-review", "selkowitz-2013", "lauersen-2014"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["schuermans-2017", "lauersen-2014"],
      note: "No trial tests gluteal strengthening against hamstring tightness or soreness. Indirectly, more gluteus maximus activity went with fewer hamstring injuries in soccer (Schuermans 2017), and strength training in general cut sports injuries (RR 0.315; Lauersen 2014).",
    },
  },
  {
    id: "protocol-hip-abductor-weakness",
    name: "Strengthening the hip abductors",
    hypothesis: "hip-abductor-weakness",
    goal: "Restore strength and endurance in the muscles at the side of the hip so they hold the pelvis level for a whole run, instead of leaving the upper buttock or the outer knee to pick up the work.",
    phases: [
      {
        name: "Activation off the feet",
        weeks: 2,
        items: [
          {
            exercise: "clamshell",
            dosage: { sets: 3, reps: 15, perSide: true, frequency: { times: 3, per: "week" } },
            why: "A gentle start that wakes the buttock with little help from TFL (gluteal-to-TFL ratio 115; Selkowitz 2013).",
          },
          {
            exercise: "side-lying-hip-abduction",
            dosage: { sets: 2, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "abduction-to-band-walk",
            why: "The most direct abductor exercise, reaching 81±42 %MVIC for gluteus medius (Distefano 2009), started at the iliotibial band pilot's 2×10.",
          },
          {
            exercise: "side-plank",
            dosage: { sets: 2, holdSeconds: 30, perSide: true, frequency: { times: 3, per: "week" } },
            progression: "side-plank-progression",
            why: "Holding the hips up sideways works the bottom-side abductors hard (74–103 %MVIC; IJSPT 2014 review) without any hip movement.",
          },
          {
            exercise: "figure-four-stretch",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Secondary and optional: the seed runner was already stretching and it was abductor strengthening that cleared the tightness, so stretch for comfort, not as the fix.",
          },
        ],
        running: "reduce",
        runningNote: "Cut long runs back and keep easy runs under 3/10 pain; avoid steep or cambered routes.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Loaded strength",
        weeks: 4,
        items: [
          {
            exercise: "lateral-band-walk",
            dosage: { sets: 3, reps: 15, perSide: true, load: { type: "band", band: "medium" }, frequency: { times: 3, per: "week" } },
            why: "Moves abductor work onto the feet, as the iliotibial band pilot did at 3×15 (gluteus medius 61 %MVIC, secondary; Distefano 2009).",
          },
          {
            exercise: "side-plank-with-abduction",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Raising the top leg from a side plank loads the bottom-leg gluteus medius at 103 %MVIC (Boren 2011).",
          },
          {
            exercise: "single-leg-bridge",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Keeping the pelvis level on one leg works gluteus medius at 47–55 %MVIC (IJSPT 2014 review).",
          },
          {
            exercise: "lateral-step-up",
            dosage: { sets: 3, reps: 15, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "hip-retraining-to-loaded",
            why: "High-rep step-ups, then loaded ones, train holding the pelvis level under body weight; one study measured gluteus medius at 61±20 %MVIC in the step-up (MacAskill 2014).",
          },
        ],
        running: "reduce",
        runningNote: "Build weekly distance back gradually; keep the long run no longer than your longest of the past month.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Running-specific control",
        weeks: 2,
        items: [
          {
            exercise: "single-leg-squat",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Good single-leg squats went with stronger hip abduction (Crossley 2011), and the squat works gluteus medius at 64±25 %MVIC (Distefano 2009).",
          },
          {
            exercise: "single-leg-deadlift",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Keeps the pelvis level while the trunk tips forward over one leg (gluteus medius 59±25 %MVIC; Distefano 2009).",
          },
          {
            exercise: "forward-hop",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 2, per: "week" } },
            why: "Landing on one leg asks the abductors to catch the pelvis quickly, as each running stride does (48±25 %MVIC; Distefano 2009).",
          },
        ],
        running: "continue",
        runningNote: "Run as usual; keep one strength session a week going after the plan ends.",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-001", "seed-002", "fredericson-2000", "willy-2011", "itbs-pilot-2020", "selkowitz-2013", "distefano-2009", "boren-2011", "macaskill-2014", "ijspt-2014-gluteal-emg-review", "crossley-2011", "bandy-1997"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["fredericson-2000", "arab-2010"],
      note: "No study tests abductor strengthening against upper-buttock tightness; the one seed report of success is a single runner. Weak abductors are linked to iliotibial band syndrome (Fredericson 2000), but tightness was unrelated to abductor weakness in 300 people with low back pain (Arab 2010).",
    },
  },
  {
    id: "protocol-tight-hip-flexors-anterior-tilt",
    name: "Hip flexor release with glute and core work",
    hypothesis: "tight-hip-flexors-anterior-tilt",
    goal: "Follow the seed's routine of freeing the front and side of the hip while strengthening the buttock and trunk, without expecting stretching to change pelvic posture.",
    phases: [
      {
        name: "Release and activation",
        weeks: 2,
        items: [
          {
            exercise: "half-kneeling-hip-flexor-stretch",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Seed 004's central step, held 3 × 30 s (Bandy 1997); but hip extension range barely tracked pelvic tilt (r = −0.04; Heino 1990), so it may ease the hip without changing posture.",
          },
          {
            exercise: "foam-roll-itb-lateral-quad",
            dosage: { sets: 1, durationSeconds: 60, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Rolling the outer thigh is seed practice for a tight hip and is untested in the research notes; treat it as comfort work.",
          },
          {
            exercise: "ball-trigger-point-hip",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Sustained ball pressure on tender spots around the hip raised pressure-pain thresholds (SMD 0.67) but did not lower reported pain (SMD −0.22, ns; 2022 meta-analysis); keep the pressure moderate rather than near-unbearable.",
          },
          {
            exercise: "calf-stretch",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "The seed keeps calf stretching for local relief of the calves that take the extra load; it is not meant to fix the cause.",
          },
          {
            exercise: "glute-bridge",
            dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "bridge-progression",
            why: "Extending the hip with the buttock opens the front of the hip actively, the glute side of the seed's routine.",
          },
          {
            exercise: "clamshell",
            dosage: { sets: 3, reps: 15, perSide: true, frequency: { times: 3, per: "week" } },
            why: "The seed lists clams for glute control, and they work the buttock while leaving TFL quiet (ratio 115; Selkowitz 2013).",
          },
        ],
        running: "reduce",
        runningNote: "Keep runs easy and flat, under 3/10 pain in the low back or calves; drop speed work for now.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Glute and trunk strength",
        weeks: 4,
        items: [
          {
            exercise: "squat-knees-out",
            dosage: { sets: 3, reps: 10, perSide: false, tempo: "3-1-1", frequency: { times: 3, per: "week" } },
            why: "The seed rates the squat the best glute builder: feet a little wider than the hips, hips below the knees, knees pushed out on the way up.",
          },
          {
            exercise: "front-plank-with-hip-extension",
            dosage: { sets: 3, reps: 8, holdSeconds: 3, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Holds the trunk still while the hip extends, at 106 %MVIC for gluteus maximus (Boren 2011).",
          },
          {
            exercise: "quadruped-opposite-arm-leg-lift",
            dosage: { sets: 3, reps: 10, holdSeconds: 3, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Trains the trunk to resist arching while the leg lifts (gluteus medius 42, maximus 56 %MVIC; IJSPT 2014 review).",
          },
          {
            exercise: "half-kneeling-hip-flexor-stretch",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Kept up for comfort at 3 × 30 s (Bandy 1997), now secondary to the strength work.",
          },
        ],
        running: "continue",
        runningNote: "Run as usual, returning speed work gradually while the pain stays under 3/10.",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-004", "seed-003", "heino-1990", "naseri-2010", "youdas-1996", "trigger-point-meta-2022", "bandy-1997", "boren-2011", "selkowitz-2013", "ijspt-2014-gluteal-emg-review", "lauersen-2014"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contested",
      sources: ["heino-1990", "naseri-2010", "trigger-point-meta-2022", "lauersen-2014"],
      note: "The routine's premise failed when measured: hip flexor tightness did not go with pelvic tilt (Heino 1990; Naseri 2010), and trigger-point pressure changed pain thresholds but not reported pain (2022 meta-analysis). The strength side is the better-supported half, since strength training cut injuries (RR 0.315) while stretching did not (RR 0.963; Lauersen 2014).",
    },
  },
  {
    id: "protocol-foot-arch-control-fatigue",
    name: "Foot and lower-leg endurance",
    hypothesis: "foot-arch-control-fatigue",
    goal: "Build endurance in the calf and the muscles that hold up the inner arch, and better control of the leg above it, so the arch holds its shape late in a run.",
    phases: [
      {
        name: "Slow calf and arch work",
        weeks: 2,
        items: [
          {
            exercise: "calf-raise",
            dosage: { sets: 3, reps: 15, perSide: false, tempo: "3-1-1", frequency: { times: 3, per: "week" } },
            why: "Slow double-leg heel raises, rising onto the big-toe side, load the deep muscles behind the ankle that hold the arch; this is reasoning, not a tested treatment.",
          },
          {
            exercise: "calf-stretch",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Secondary, for comfort at 3 × 30 s (Bandy 1997); in the compensation model the tired muscle needs endurance, not length.",
          },
          {
            exercise: "clamshell",
            dosage: { sets: 3, reps: 15, perSide: true, frequency: { times: 3, per: "week" } },
            why: "A thigh that rolls inward flattens the arch from above, so the hip's outward control is trained from the start (gluteal-to-TFL ratio 115; Selkowitz 2013).",
          },
        ],
        running: "reduce",
        runningNote: "Shorten runs so the foot is not aching by the end, keep pain under 3/10, and favour soft, flat surfaces.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Single-leg strength",
        weeks: 4,
        items: [
          {
            exercise: "calf-raise",
            dosage: { sets: 3, reps: 12, perSide: true, tempo: "3-1-1", frequency: { times: 3, per: "week" } },
            why: "Moving to one leg at a time raises the load on each foot, following the retraining-then-loading step of a trial protocol (PMC4756499).",
          },
          {
            exercise: "single-leg-squat",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Keeping the knee over the second toe on one leg trains the foot, knee and hip to share the load (gluteus medius 64±25 %MVIC; Distefano 2009).",
          },
          {
            exercise: "lateral-step-up",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Stepping up while the arch stays lifted adds body weight to the control practised so far (gluteus medius 43–59 %MVIC; IJSPT 2014 review).",
          },
        ],
        running: "reduce",
        runningNote: "Add distance back gradually while the foot stays settled the next morning.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Spring and landing",
        weeks: 2,
        items: [
          {
            exercise: "forward-hop",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 2, per: "week" } },
            why: "Hopping asks the arch to absorb and return load quickly, as it must at running pace.",
          },
          {
            exercise: "calf-raise",
            dosage: { sets: 3, reps: 15, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Higher repetitions on one leg target the staying power that the model says gives out late in a run.",
          },
        ],
        running: "continue",
        runningNote: "Run as usual; if the sole of the foot aches again, go back a phase.",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-002", "hip-retraining-trial-protocol", "selkowitz-2013", "distefano-2009", "ijspt-2014-gluteal-emg-review", "bandy-1997"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests arch-muscle fatigue as a cause of foot pain or this plan as its remedy; the exercise choice is the library's reading of the seed.",
    },
  },

  // ───────────────────────────── Soreness ─────────────────────────────
  {
    id: "protocol-delayed-onset-muscle-soreness",
    name: "Easing ordinary post-run soreness",
    hypothesis: "delayed-onset-muscle-soreness",
    goal: "Keep moving gently while ordinary soreness runs its course, and know when it has lasted long enough to look elsewhere.",
    phases: [
      {
        name: "Light mobility while sore",
        weeks: 1,
        items: [
          {
            exercise: "leg-swings",
            dosage: { sets: 2, reps: 10, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Easy swings move stiff hips through their range without adding more eccentric load to sore muscle.",
          },
          {
            exercise: "foam-roll-glutes",
            dosage: { sets: 1, durationSeconds: 60, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Seed 003 suggests rolling for relief; it may feel good, but no study in the notes shows it shortens soreness.",
          },
          {
            exercise: "figure-four-stretch",
            dosage: { sets: 2, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "A gentle buttock stretch for comfort, kept light because the soreness fades on its own within about 5–7 days (Cheung 2003).",
          },
        ],
        running: "continue",
        runningNote: "Easy, short runs or a rest day are fine while it eases; if soreness lasts beyond a week or turns into pain, get it checked.",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-003", "cheung-2003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["cheung-2003"],
      note: "The time course is well described: it builds over the first 24 h, peaks at 24–72 h and is gone by about 5–7 days (Cheung 2003). Whether rolling, stretching or easy movement speeds that up is not tested in the research notes.",
    },
  },

  // ───────────────────────────── Training ─────────────────────────────
  {
    id: "protocol-training-load-error",
    name: "Resetting the training load",
    hypothesis: "training-load-error",
    goal: "Bring running back to a load the body has already handled, rebuild it in small steps, and keep a short strength routine going meanwhile.",
    phases: [
      {
        name: "Step back",
        weeks: 2,
        items: [
          {
            exercise: "glute-bridge",
            dosage: { sets: 3, reps: 12, perSide: false, frequency: { times: 2, per: "week" } },
            why: "Strength work keeps fitness up while running is cut, and strength training reduced sports injuries (RR 0.315; Lauersen 2014).",
          },
          {
            exercise: "lunge",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 2, per: "week" } },
            why: "A basic running-pattern strength exercise (gluteus medius 48±21 %MVIC; Distefano 2009) that needs no equipment.",
          },
          {
            exercise: "side-plank",
            dosage: { sets: 2, holdSeconds: 30, perSide: true, frequency: { times: 2, per: "week" } },
            why: "Covers hip and trunk side strength in one hold (gluteus medius 74–103 %MVIC; IJSPT 2014 review).",
          },
          {
            exercise: "calf-raise",
            dosage: { sets: 3, reps: 15, perSide: false, frequency: { times: 2, per: "week" } },
            why: "Keeps the calves, which take much of each landing, conditioned while distance is down.",
          },
        ],
        running: "reduce",
        runningNote: "Go back to the distance of a week that felt fine before the jump, all easy; drop the extra long run, hills and speed work until pain stays under 3/10.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Rebuild",
        weeks: 4,
        items: [
          {
            exercise: "single-leg-bridge",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 2, per: "week" } },
            why: "A step up in load for the same muscles (gluteus maximus 40–54 %MVIC; IJSPT 2014 review) as running returns.",
          },
          {
            exercise: "single-leg-deadlift",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 2, per: "week" } },
            why: "Adds one-leg hip strength for the stance phase of running (59±25 medius, 59±28 maximus %MVIC; Distefano 2009).",
          },
          {
            exercise: "calf-raise",
            dosage: { sets: 3, reps: 12, perSide: true, frequency: { times: 2, per: "week" } },
            why: "One-leg raises carry calf strength closer to what a running stride asks of it.",
          },
        ],
        running: "continue",
        runningNote: "Raise distance gradually and keep every run within 10% of your longest run of the past 30 days, since single runs beyond that raised injury risk (Frandsen 2025).",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-003", "seed-002", "frandsen-2025", "nielsen-2014", "buist-2008", "fredette-2022", "lauersen-2014", "distefano-2009", "ijspt-2014-gluteal-emg-review"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["frandsen-2025", "lauersen-2014", "buist-2008", "fredette-2022"],
      note: "Single runs more than 10% longer than the longest of the past 30 days raised injury risk (HR 1.64 for 10–30% longer; Frandsen 2025), and strength training cut injuries (RR 0.315) where stretching did not (RR 0.963; Lauersen 2014). The evidence is about preventing injury rather than treating it, and the weekly 10% rule itself is not justified (Buist 2008; Fredette 2022).",
    },
  },
  {
    id: "protocol-poor-warm-up-or-recovery",
    name: "Pre-run warm-up and recovery routine",
    hypothesis: "poor-warm-up-or-recovery",
    goal: "Add a few minutes of movement and buttock activation before each run, and space hard sessions so there is an easy day between them.",
    phases: [
      {
        name: "Warm-up routine",
        weeks: 4,
        items: [
          {
            exercise: "leg-swings",
            dosage: { sets: 1, reps: 10, perSide: true, frequency: { times: 4, per: "week" } },
            why: "Forward and sideways swings before each run take the hips through the range running will use, the dynamic warm-up seed 003 recommends.",
          },
          {
            exercise: "glute-bridge",
            dosage: { sets: 1, reps: 10, perSide: false, frequency: { times: 4, per: "week" } },
            why: "One short set before each run gets the buttock working before the first stride.",
          },
          {
            exercise: "lateral-band-walk",
            dosage: { sets: 1, reps: 10, perSide: true, load: { type: "band", band: "light" }, frequency: { times: 4, per: "week" } },
            why: "A quick set of side-steps wakes the hip abductors with little help from TFL (gluteal-to-TFL ratio 64; Selkowitz 2013).",
          },
        ],
        running: "continue",
        runningNote: "Keep running; start each run with the routine and a few minutes of slow jogging, and leave at least one easy day after each hard session.",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-003", "selkowitz-2013"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether a warm-up or more recovery time changes soreness after running; the routine is seed advice in a practical form.",
    },
  },

  // ───────────────────────────── Running injuries ─────────────────────────────
  {
    id: "protocol-iliotibial-band-syndrome",
    name: "Hip strengthening for iliotibial band syndrome",
    hypothesis: "iliotibial-band-syndrome",
    goal: "Once a physiotherapist has confirmed it, follow the 8-week, three-days-a-week hip strengthening sequence of a pilot trial, finishing with single-leg work that carries the strength into running.",
    phases: [
      {
        name: "Progressive hip strengthening",
        weeks: 6,
        items: [
          {
            exercise: "side-lying-hip-abduction",
            dosage: { sets: 2, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "abduction-to-band-walk",
            why: "The pilot trial's abduction sequence, 2×10, then 3×10, then band walks at 3×15, starting with an exercise that works gluteus medius at 81±42 %MVIC (Distefano 2009).",
          },
          {
            exercise: "glute-bridge",
            dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "bridge-progression",
            why: "The pilot trial's bridge, 3×10 rising to 3×15, before moving on to one leg.",
          },
          {
            exercise: "side-plank",
            dosage: { sets: 2, holdSeconds: 30, perSide: true, frequency: { times: 3, per: "week" } },
            progression: "side-plank-progression",
            why: "The pilot trial's side plank, 2 × 30 s and then 3 × 20 s, a hold that works gluteus medius at 74–103 %MVIC (IJSPT 2014 review).",
          },
          {
            exercise: "clamshell",
            dosage: { sets: 3, reps: 15, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Works the buttock with little TFL, which attaches to the iliotibial band (gluteal-to-TFL ratio 115; Selkowitz 2013).",
          },
          {
            exercise: "foam-roll-itb-lateral-quad",
            dosage: { sets: 1, durationSeconds: 60, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Optional comfort work that seeds suggest; no study in the notes shows that rolling treats the condition, so strength stays the core.",
          },
        ],
        running: "reduce",
        runningNote: "Run only as far as you can without outer-knee pain rising above 3/10, on flat routes; avoid downhill running and tight track bends, and lengthen easy runs slowly from the third week.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Running-specific control",
        weeks: 2,
        items: [
          {
            exercise: "lateral-band-walk",
            dosage: { sets: 3, reps: 15, perSide: true, load: { type: "band", band: "medium" }, frequency: { times: 3, per: "week" } },
            why: "The last step of the pilot's abductor sequence, kept up on the feet (gluteal-to-TFL ratio 64; Selkowitz 2013).",
          },
          {
            exercise: "single-leg-squat",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Trains the pelvis and knee to stay aligned on one leg (gluteus medius 64±25 %MVIC; Distefano 2009); film it to check the knee does not drift in.",
          },
          {
            exercise: "lateral-step-up",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "A step-up with the pelvis held level (gluteus medius 43–59 %MVIC; IJSPT 2014 review) mirrors the stance phase.",
          },
          {
            exercise: "forward-hop",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 2, per: "week" } },
            why: "One-leg landings (gluteus medius 48±25 %MVIC; Distefano 2009) prepare the hip for the impact of full running.",
          },
        ],
        running: "continue",
        runningNote: "Return to your usual running, adding downhill and longer runs one at a time while the outer knee stays quiet.",
        advanceWhen: PHASE_DONE,
      },
    ],
    avoid: ["Running past the distance at which the outer-knee pain starts.", "Downhill running and tight track bends until the knee is quiet."],
    sources: ["seed-001", "seed-002", "itbs-pilot-2020", "fredericson-2000", "willy-2011", "noehren-2014", "mucha-2017", "christopher-2019", "distefano-2009", "selkowitz-2013", "ijspt-2014-gluteal-emg-review"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["fredericson-2000", "itbs-pilot-2020", "mucha-2017", "christopher-2019"],
      note: "Hip abductor strengthening is the treatment used after finding weak abductors in runners with it (Fredericson 2000, 6 weeks) and in a small pilot trial (8 weeks, 3 days a week), but the link between weakness and the condition rests on cross-sectional studies (Mucha 2017), and no strength measure predicts running injury prospectively on better than very low quality evidence, and one study tied stronger abductors to injury (Christopher 2019).",
    },
  },
  {
    id: "protocol-patellofemoral-pain",
    name: "Hip and knee programme for kneecap pain",
    hypothesis: "patellofemoral-pain",
    goal: "Ease pain around the kneecap with hip and knee exercise together, as the guideline recommends, kept within the knee's pain limits, then rebuild single-leg control for running.",
    phases: [
      {
        name: "Hip and knee programme",
        weeks: 6,
        items: [
          {
            exercise: "partial-squat",
            dosage: { sets: 3, reps: 15, perSide: false, frequency: { times: 3, per: "week" } },
            why: "Knee-targeted work belongs with the hip work: the guideline and consensus found hip and knee exercise together better than knee work alone; bend only as far as stays within the pain limits.",
          },
          {
            exercise: "seated-knee-extension",
            dosage: { sets: 3, reps: 10, perSide: true, load: { type: "band", band: "medium" }, frequency: { times: 3, per: "week" } },
            why: "Strengthens the thigh muscles that steady the kneecap, in a range the knee tolerates (knee-targeted exercise, Willy 2019).",
          },
          {
            exercise: "clamshell",
            dosage: { sets: 3, reps: 15, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Starts hip work without bending the knee under load (gluteal-to-TFL ratio 115; Selkowitz 2013).",
          },
          {
            exercise: "side-lying-hip-abduction",
            dosage: { sets: 2, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "abduction-to-band-walk",
            why: "Targets the abduction strength found 26% lower in people with kneecap pain (Ireland 2003), at 81±42 %MVIC (Distefano 2009), moving on to band walks.",
          },
          {
            exercise: "glute-bridge",
            dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "bridge-progression",
            why: "Works the hip extensors with the knee bent but barely loaded, then on one leg (gluteus medius 28 %MVIC on two legs, 47–55 on one; IJSPT 2014 review).",
          },
          {
            exercise: "side-plank",
            dosage: { sets: 2, holdSeconds: 30, perSide: true, frequency: { times: 3, per: "week" } },
            progression: "side-plank-progression",
            why: "Covers the core half of a hip and core programme while working gluteus medius at 74–103 %MVIC (IJSPT 2014 review).",
          },
          {
            exercise: "front-plank-with-hip-extension",
            dosage: { sets: 3, reps: 8, holdSeconds: 3, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Trunk control with a very high gluteus maximus demand, 106 %MVIC (Boren 2011), and no load on the knee.",
          },
        ],
        running: "reduce",
        runningNote: "Keep runs shorter, flat and easy, aiming under 2/10 knee pain and never above 5/10, settling within an hour and no worse the next morning; avoid downhills, and build distance back slowly.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Single-leg control for running",
        weeks: 2,
        items: [
          {
            exercise: "single-leg-squat",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "A shallow squat kept pain-free, knee over the foot; good single-leg squatters had earlier gluteus medius onset and stronger hips (Crossley 2011).",
          },
          {
            exercise: "lateral-step-up",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Loads the knee gradually under hip control (gluteus medius 43–59 %MVIC; IJSPT 2014 review); start on a low step.",
          },
          {
            exercise: "lateral-band-walk",
            dosage: { sets: 3, reps: 15, perSide: true, load: { type: "band", band: "medium" }, frequency: { times: 3, per: "week" } },
            why: "Keeps the standing abductor work from the programme going (gluteal-to-TFL ratio 64; Selkowitz 2013).",
          },
          {
            exercise: "forward-hop",
            dosage: { sets: 2, reps: 8, perSide: true, frequency: { times: 2, per: "week" } },
            why: "Soft one-leg landings prepare the knee for running impact (gluteus medius 48±25 %MVIC; Distefano 2009).",
          },
        ],
        running: "continue",
        runningNote: "Return to usual running; add downhills last and ease off if knee pain passes 3/10.",
        advanceWhen: PHASE_DONE,
      },
    ],
    avoid: ["Deep squats, kneeling and long downhill runs while the kneecap is sore.", "Exercise pain above 5/10, or pain that is worse the next morning."],
    sources: ["willy-2019", "crossley-2016", "collins-2018", "la-trobe-trek-knee-cap", "ferber-2015", "willy-2011", "ireland-2003", "neal-2019", "rathleff-2014", "crossley-2011", "itbs-pilot-2020", "selkowitz-2013", "distefano-2009", "boren-2011", "ijspt-2014-gluteal-emg-review", "seed-002"],
    grade: "moderate",
    verdict: {
      status: "supported",
      sources: ["willy-2019", "crossley-2016", "collins-2018", "ferber-2015", "neal-2019", "rathleff-2014"],
      note: "The guideline and two consensus statements back hip- and knee-targeted exercise together; in a trial of 199 people a hip and core programme helped as much as a knee programme (Ferber 2015). Hip weakness does not predict the condition (Neal 2019; Rathleff 2014), so the programme treats symptoms rather than a proven cause.",
    },
  },
  {
    id: "protocol-gluteal-tendinopathy",
    name: "Education, load management and exercise for gluteal tendinopathy",
    hypothesis: "gluteal-tendinopathy",
    goal: "As in the LEAP trial: learn which positions squeeze the outer-hip tendons and avoid them, manage running load, and build strength back with holds first and then movement, never stretching the leg across the body.",
    phases: [
      {
        name: "Holds that spare the tendon",
        weeks: 2,
        items: [
          {
            exercise: "glute-bridge",
            dosage: { sets: 5, holdSeconds: 30, perSide: false, frequency: { times: 1, per: "day" } },
            why: "A static bridge works the hip muscles with the thigh in line with the body, where the tendon is not pressed against the bone; no trial in the notes sets this dose.",
          },
          {
            exercise: "glute-squeeze",
            dosage: { sets: 5, holdSeconds: 10, perSide: false, frequency: { times: 1, per: "day" } },
            why: "Tensing the buttock without moving (81 %MVIC for gluteus maximus; Boren 2011) keeps the muscles working while the tendon settles.",
          },
          {
            exercise: "isometric-hip-abduction-supine",
            dosage: { sets: 5, holdSeconds: 30, perSide: false, load: { type: "band", band: "light" }, frequency: { times: 1, per: "day" } },
            why: "Works the outer hip with the thighs apart, so the tendons are loaded without being pressed onto the bone.",
          },
        ],
        running: "reduce",
        runningNote: "Run short, flat and easy under 3/10 outer-hip pain; avoid cambered roads, and avoid crossing the legs or hanging on one hip when standing or sitting.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Progressive strength",
        weeks: 4,
        items: [
          {
            exercise: "glute-bridge",
            dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "bridge-progression",
            why: "Moves from holds to movement, 3×10 then 3×15, with the thigh still in line with the body.",
          },
          {
            exercise: "side-plank",
            dosage: { sets: 2, holdSeconds: 30, perSide: true, frequency: { times: 3, per: "week" } },
            progression: "side-plank-progression",
            why: "Longer side holds build abductor endurance while the hip stays out of a crossed position.",
          },
          {
            exercise: "lateral-step-up",
            dosage: { sets: 3, reps: 15, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "hip-retraining-to-loaded",
            why: "Single-leg loading with the pelvis held level, started on a low step for high reps before any weight (gluteus medius 43–59 %MVIC; IJSPT 2014 review).",
          },
          {
            exercise: "lateral-band-walk",
            dosage: { sets: 3, reps: 12, perSide: true, load: { type: "band", band: "light" }, frequency: { times: 3, per: "week" } },
            why: "Standing abduction with the feet kept apart, so the leg never crosses the midline (gluteus medius 61 %MVIC, secondary; Distefano 2009).",
          },
        ],
        running: "reduce",
        runningNote: "Add distance slowly on flat ground while the hip stays under 3/10 during the run and the next morning.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Return to running load",
        weeks: 2,
        items: [
          {
            exercise: "single-leg-bridge",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "One-leg hip extension with the pelvis kept level (gluteus medius 47–55 %MVIC; IJSPT 2014 review).",
          },
          {
            exercise: "single-leg-deadlift",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "One-leg strength through a running-like hinge (gluteus medius 59±25 %MVIC; Distefano 2009).",
          },
          {
            exercise: "hip-hitch",
            dosage: { sets: 3, reps: 12, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Lifts the pelvis level on one leg, the single-leg control running needs, without the thigh crossing the midline.",
          },
          {
            exercise: "single-leg-squat",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Standing on one leg is what provokes this tendon, so it comes last and shallow, knee over the foot (gluteus medius 64±25 %MVIC; Distefano 2009).",
          },
        ],
        running: "continue",
        runningNote: "Return to usual running, bringing back hills and longer runs one at a time while the outer hip stays quiet.",
        advanceWhen: PHASE_DONE,
      },
    ],
    avoid: [
      "Crossing the legs, sitting in low chairs with the knees above the hips, and standing hanging on one hip.",
      "Lying on the painful side, and stretches that draw the thigh across the body (figure-four, piriformis and pigeon stretches).",
      "Rolling the outer thigh with a foam roller.",
    ],
    sources: ["mellor-2018-leap", "lequesne-2008", "grimaldi-2017", "ijspt-2014-gluteal-emg-review", "boren-2011", "distefano-2009", "itbs-pilot-2020", "hip-retraining-trial-protocol"],
    grade: "moderate",
    verdict: {
      status: "supported",
      sources: ["mellor-2018-leap"],
      note: "In the LEAP trial (204 people), education on load plus exercise succeeded at 8 weeks more often than one steroid injection or waiting, and stayed ahead at a year; the notes do not list its exercises, so this plan's are the library's, chosen to spare the tendon from compression.",
    },
  },
  {
    id: "protocol-piriformis-syndrome",
    name: "Stretching and hip strength for piriformis syndrome",
    hypothesis: "piriformis-syndrome",
    goal: "Once a professional has ruled out other causes, ease buttock pain with the stretches seed 001 lists, then strengthen the hip abductors, the change its runner credited for the improvement.",
    phases: [
      {
        name: "Stretches and gentle activation",
        weeks: 3,
        items: [
          {
            exercise: "piriformis-stretch-knee-to-opposite-ankle",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "The first of the seed's three lying piriformis stretches, at its dose of three 30 s holds; stop short of any tingling down the leg.",
          },
          {
            exercise: "piriformis-stretch-foot-outside-knee",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "The seed's second lying stretch, three 30 s holds, easing the knee across only as far as a stretch is felt.",
          },
          {
            exercise: "piriformis-stretch-crossed-knees",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "The seed's third lying stretch, three 30 s holds; a 30 s hold did as well as 60 s in a stretching trial (Bandy 1997).",
          },
          {
            exercise: "all-fours-buttock-stretch",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "The seed's kneeling buttock stretch for the same muscle, three 30 s holds, without forcing the hips down.",
          },
          {
            exercise: "single-knee-to-chest",
            dosage: { sets: 1, reps: 10, perSide: true, frequency: { times: 1, per: "day" } },
            why: "Seed practice of ten gentle knee pulls a side for the low back and buttock; untested.",
          },
          {
            exercise: "prone-press-up",
            dosage: { sets: 1, reps: 10, holdSeconds: 5, perSide: false, frequency: { times: 1, per: "day" } },
            progression: "press-up-hold-progression",
            why: "Seed practice, untested: ten press-ups held 5 s, lengthening the hold week by week towards 30 s, with the low back and buttocks relaxed.",
          },
          {
            exercise: "clamshell",
            dosage: { sets: 3, reps: 15, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Starts the abductor and rotator work gently (gluteal-to-TFL ratio 115; Selkowitz 2013).",
          },
        ],
        running: "reduce",
        runningNote: "Run short and easy under 3/10 pain and break up long spells of sitting; stop and see a professional if numbness or tingling spreads down the leg.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Hip abductor strength",
        weeks: 4,
        items: [
          {
            exercise: "side-lying-hip-abduction",
            dosage: { sets: 2, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "abduction-to-band-walk",
            why: "The abductor strengthening that cleared the seed runner's upper-buttock tightness, here at 81±42 %MVIC for gluteus medius (Distefano 2009).",
          },
          {
            exercise: "glute-bridge",
            dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "bridge-progression",
            why: "Builds hip extension strength without stretching the sore muscle.",
          },
          {
            exercise: "figure-four-stretch",
            dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } },
            why: "One stretch kept up for comfort at 3 × 30 s (Bandy 1997) as the seed stretches are phased down; it is secondary to the strength work.",
          },
        ],
        running: "reduce",
        runningNote: "Lengthen easy runs gradually while the buttock stays under 3/10 and nothing tingles down the leg.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Standing strength",
        weeks: 2,
        items: [
          {
            exercise: "lateral-band-walk",
            dosage: { sets: 3, reps: 15, perSide: true, load: { type: "band", band: "light" }, frequency: { times: 3, per: "week" } },
            why: "Carries the abductor work onto the feet, the last step after side-lying abduction (gluteal-to-TFL ratio 64; Selkowitz 2013).",
          },
          {
            exercise: "single-leg-bridge",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Asks one side to hold the pelvis level (gluteus medius 47–55 %MVIC; IJSPT 2014 review).",
          },
          {
            exercise: "single-leg-deadlift",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "One-leg hip strength through a running-like hinge (59±25 medius, 59±28 maximus %MVIC; Distefano 2009).",
          },
        ],
        running: "continue",
        runningNote: "Return to usual running while the buttock stays settled; if leg symptoms come back, step back and get it checked.",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-001", "hopayian-2010", "hopayian-2017", "bandy-1997", "selkowitz-2013", "distefano-2009", "ijspt-2014-gluteal-emg-review"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["hopayian-2010", "hopayian-2017"],
      note: "No study in the research notes tests these stretches or this plan for it, and the diagnosis itself has no gold-standard test and is made by ruling other causes out (Hopayian 2010; Hopayian 2017).",
    },
  },
  {
    id: "protocol-sacroiliac-joint-pain",
    name: "Pelvic stability for sacroiliac joint pain",
    hypothesis: "sacroiliac-joint-pain",
    goal: "Once a clinician has confirmed the joint as the source, build trunk and hip support around the pelvis with gentle, symmetrical exercises before single-leg loading.",
    phases: [
      {
        name: "Gentle, symmetrical work",
        weeks: 2,
        items: [
          {
            exercise: "single-knee-to-chest",
            dosage: { sets: 1, reps: 10, perSide: true, frequency: { times: 1, per: "day" } },
            why: "A gentle movement for the low back and buttock from seed 001's list; seed practice and untested.",
          },
          {
            exercise: "glute-bridge",
            dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "bridge-progression",
            why: "Both legs share the load evenly, so the pelvis is supported without twisting.",
          },
          {
            exercise: "quadruped-opposite-arm-leg-lift",
            dosage: { sets: 3, reps: 10, holdSeconds: 3, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Trains the trunk to keep the pelvis still while a limb moves (gluteus medius 42, maximus 56 %MVIC; IJSPT 2014 review).",
          },
          {
            exercise: "side-plank",
            dosage: { sets: 2, holdSeconds: 20, perSide: true, frequency: { times: 3, per: "week" } },
            why: "A static hold for the side of the trunk and hip (gluteus medius 74–103 %MVIC; IJSPT 2014 review), kept short at first.",
          },
        ],
        running: "reduce",
        runningNote: "Keep runs short, easy and flat under 3/10 pain; avoid long downhills and uneven trails.",
        advanceWhen: PHASE_DONE,
      },
      {
        name: "Single-leg strength",
        weeks: 4,
        items: [
          {
            exercise: "single-leg-bridge",
            dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Asks one side to hold the pelvis level (gluteus medius 47–55, maximus 40–54 %MVIC; IJSPT 2014 review).",
          },
          {
            exercise: "front-plank-with-hip-extension",
            dosage: { sets: 3, reps: 8, holdSeconds: 3, perSide: true, frequency: { times: 3, per: "week" } },
            why: "Trunk control with strong gluteus maximus work (106 %MVIC; Boren 2011), keeping the low back from sagging.",
          },
          {
            exercise: "lateral-step-up",
            dosage: { sets: 3, reps: 15, perSide: true, load: { type: "bodyweight" }, frequency: { times: 3, per: "week" } },
            progression: "hip-retraining-to-loaded",
            why: "Single-leg loading with the pelvis held level, high reps on a low step before adding weight (gluteus medius 43–59 %MVIC; IJSPT 2014 review).",
          },
          {
            exercise: "single-leg-deadlift",
            dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 3, per: "week" } },
            why: "One-leg hip strength through a hinge (59±25 medius, 59±28 maximus %MVIC; Distefano 2009) for the stance phase of running.",
          },
        ],
        running: "continue",
        runningNote: "Return to usual running gradually while pain stays under 3/10, bringing back hills and trails last.",
        advanceWhen: PHASE_DONE,
      },
    ],
    sources: ["seed-001", "laslett-2005", "ijspt-2014-gluteal-emg-review", "boren-2011", "distefano-2009", "hip-retraining-trial-protocol"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["laslett-2005"],
      note: "The research notes show only how a clinician picks out pain from the joint, with provocation tests checked against an anaesthetic joint block (Laslett 2005); no study among them tests exercise for it.",
    },
  },
] as const satisfies readonly Protocol[];
