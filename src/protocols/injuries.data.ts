/**
 * Protocols for the common running injuries that self-care can address (shin, Achilles, heel,
 * patellar tendon, hamstring, calf, groin, hip, nerve root, growth-plate pain in children, hip
 * and knee osteoarthritis, running after birth), their progressions, and the graded walk-run
 * return to running.
 *
 * Where the facts come from (`shared/research/injuries.md`, by section and source id):
 * - Running advice per cause is the notes' triage table and sections: reduce for shin splints
 *   (§3), plantar heel pain (§6), groin pain (§12), nerve-root and other low back pain (§14), Osgood-Schlatter and
 *   Sever's (§18) and proximal hamstring tendinopathy (§10); continue within the pain rules for
 *   Achilles tendinopathy (§5, `silbernagel-2007`), patellar tendinopathy (§7) and osteoarthritis
 *   (§19, `alentorn-geli-2017`); stop then graded for hamstring and calf strains (§10, §11); no
 *   running before three months after birth and a load-and-impact screen first (§20, `goom-2019-postnatal`).
 * - Criteria to move on: the pain-monitoring model (§22): pain at most 3/10 during, back to its
 *   usual level the next morning, target met; a phase's weeks are only the least time in it.
 * - Doses follow the exercises' trials (see `src/exercises/injuries.data.ts`); where the notes
 *   read no dose, the protocol's grade and verdict say so.
 * - The walk-run return is the standard arm of a 2023 trial protocol (§22,
 *   `walk-run-trial-protocol-2023`), copied stage by stage with its rules.
 *
 * Row format as in `data.ts`; ids `protocol-<hypothesis id>`.
 */
import type { Progression, Protocol, ReturnToRun } from "./schema";

/** Three sessions a week. */
const THRICE = { times: 3, per: "week" } as const;
/** Once a day. */
const DAILY = { times: 1, per: "day" } as const;
/** Twice a day. */
const TWICE_DAILY = { times: 2, per: "day" } as const;

/** Criteria for the last phase of a programme that returns to running. */
const RUNNING_BACK = { maxPainDuring: 3, target: "Usual runs done with pain at most 3/10 and the next morning no worse than usual." } as const;

/** The walk-run return to running. See {@link ReturnToRun} for the fields. */
export const returnToRunData = () => [
  {
    id: "walk-run-return",
    name: "Graded walk-run return to running",
    stages: [
      { rpe: 3, intervals: { walkMinutes: 2, runMinutes: 3 }, miles: 1 },
      { rpe: 3, intervals: { walkMinutes: 2, runMinutes: 3 }, miles: 1.5 },
      { rpe: 4, intervals: { walkMinutes: 2, runMinutes: 4 }, miles: 1.5 },
      { rpe: 4, intervals: { walkMinutes: 2, runMinutes: 4 }, miles: 2 },
      { rpe: 5, intervals: { walkMinutes: 1, runMinutes: 4 }, miles: 2 },
      { rpe: 5, miles: 2 },
    ],
    minSessionsPerStage: 2,
    restDaysBetweenRuns: 1,
    advanceWhen: { maxPainDuring: 3, target: "Two sessions of the stage done on flat ground with no swelling, stiffness or extra pain during or after." },
    rules: [
      "Run on flat ground, with at least one rest day between runs.",
      "Do each stage at least twice before moving on.",
      "Stay at a stage, or go back one, if swelling, stiffness or more pain appears during or after a run.",
      "After a bone stress injury the rule is stricter: the old bone pain should not come back at all; if it does, go back a stage.",
    ],
    sources: ["walk-run-trial-protocol-2023", "achieve-podiatry-bsi-return"],
    grade: "very-low",
  },
] as const satisfies readonly ReturnToRun[];

/** The injury progressions. See {@link Progression} for the fields. */
export const injuryProgressionData = () => [
  {
    id: "towel-heel-raise-progression",
    name: "High-load heel raise: 12, then 10, then 8 repetition maximum",
    steps: [
      { exercise: "high-load-heel-raise-towel", dosage: { sets: 3, reps: 12, perSide: true, tempo: "3-2-3", frequency: THRICE } },
      { exercise: "high-load-heel-raise-towel", dosage: { sets: 4, reps: 10, perSide: true, tempo: "3-2-3", load: { type: "external" }, frequency: THRICE } },
      { exercise: "high-load-heel-raise-towel", dosage: { sets: 5, reps: 8, perSide: true, tempo: "3-2-3", load: { type: "external" }, frequency: THRICE } },
    ],
    advanceMaxPain: 3,
    minWeeksPerStep: 2,
    stepBackAbovePain: 5,
    sources: ["rathleff-2015", "silbernagel-2007"],
    grade: "moderate",
    verdict: {
      status: "supported",
      sources: ["rathleff-2015"],
      note: "The trial's steps: 3 × 12RM, 4 × 10RM with a backpack from week 2, 5 × 8RM from week 4, every second day; the pain limits are the pain-monitoring model's.",
    },
  },
  {
    id: "copenhagen-progression",
    name: "Adductor squeeze to Copenhagen adduction",
    steps: [
      { exercise: "adductor-squeeze-ball", dosage: { sets: 5, holdSeconds: 10, perSide: false, frequency: DAILY } },
      { exercise: "copenhagen-adduction-short-lever", dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 2, per: "week" } } },
      { exercise: "copenhagen-adduction", dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 2, per: "week" } } },
    ],
    advanceMaxPain: 3,
    minWeeksPerStep: 2,
    stepBackAbovePain: 5,
    sources: ["ishoi-2020", "silbernagel-2007"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["ishoi-2020"],
      note: "The Copenhagen exercise reduces groin injuries in football, but the notes give no rehabilitation sequence or dose; these steps are the library's.",
    },
  },
] as const satisfies readonly Progression[];

/** The injury protocols. See {@link Protocol} for the fields. */
export const injuryProtocolData = () => [
  {
    id: "protocol-medial-tibial-stress-syndrome",
    name: "Graded running for shin splints",
    hypothesis: "medial-tibial-stress-syndrome",
    goal: "Let the inner shin settle by running less, then rebuild running in graded steps; calf work is optional, as in a trial it added nothing to graded running alone.",
    phases: [
      {
        name: "Graded walk-run",
        weeks: 3,
        items: [
          { exercise: "double-leg-heel-raise", dosage: { sets: 3, reps: 15, perSide: false, tempo: "3-0-3", frequency: THRICE }, why: "Optional calf strength; a graded running programme did as well without it (Moen 2012)." },
          { exercise: "tibialis-posterior-band-inversion", dosage: { sets: 3, reps: 15, perSide: true, load: { type: "band", band: "medium" }, frequency: THRICE }, why: "Optional strength for the muscle along the inner shin; untested for shin splints." },
        ],
        running: "reduce",
        runningNote: "Replace usual runs with the walk-run stages on flat ground, a rest day between; the shin may ache a little but should settle by the next morning.",
        returnToRun: "walk-run-return",
        advanceWhen: { maxPainDuring: 3, target: "The last walk-run stage (2 miles continuous) done twice with the shin back to normal the next morning." },
      },
      {
        name: "Building back",
        weeks: 3,
        items: [
          { exercise: "heavy-slow-standing-heel-raise", dosage: { sets: 3, reps: 12, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: THRICE }, why: "Heavier calf work as running builds; optional, as in the trial." },
          { exercise: "hop-on-the-spot", dosage: { sets: 1, reps: 10, perSide: true, frequency: THRICE }, why: "A check that the shin tolerates one-leg impact before faster running." },
        ],
        running: "reduce",
        runningNote: "Add distance a little at a time on soft, flat routes; no single run much longer than your longest of the past month.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: [
      "Running through pain that lingers into the next day.",
      "A tender spot on the bone smaller than a few centimetres, pain when walking or at night: these point to a bone stress injury; stop and see a professional.",
    ],
    sources: ["moen-2012", "walk-run-trial-protocol-2023", "silbernagel-2007"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["moen-2012"],
      note: "In 74 athletes, a graded running programme alone brought them back as fast as the same programme with calf exercises or a compression stocking; evidence for other treatments is of low quality.",
    },
  },
  {
    id: "protocol-achilles-tendinopathy-midportion",
    name: "Heel-drop loading for mid-portion Achilles pain",
    hypothesis: "achilles-tendinopathy-midportion",
    goal: "Load the tendon with the 12-week heel-drop programme while running continues within the pain-monitoring rules, then bring back speed and hills.",
    phases: [
      {
        name: "Heel-drop programme",
        weeks: 6,
        items: [
          { exercise: "eccentric-heel-drop-straight-knee", dosage: { sets: 3, reps: 15, perSide: true, frequency: TWICE_DAILY }, why: "The heel-drop programme's straight-knee exercise, 3 × 15 twice a day (Alfredson 1998); some discomfort is expected." },
          { exercise: "eccentric-heel-drop-bent-knee", dosage: { sets: 3, reps: 15, perSide: true, frequency: TWICE_DAILY }, why: "The bent-knee version loads the deeper calf muscle (the two versions are from a secondary page)." },
        ],
        running: "continue",
        runningNote: "Keep running, with pain during at most 3/10 and the tendon no stiffer the next morning; if it is, shorten or slow the next run.",
        advanceWhen: { maxPainDuring: 3, target: "All heel-drops done for the six weeks and no longer painful without extra load." },
      },
      {
        name: "Heel-drops with load",
        weeks: 6,
        items: [
          { exercise: "eccentric-heel-drop-straight-knee", dosage: { sets: 3, reps: 15, perSide: true, load: { type: "external" }, frequency: TWICE_DAILY }, why: "A backpack is added once the drops are pain-free (secondary report of the programme)." },
          { exercise: "eccentric-heel-drop-bent-knee", dosage: { sets: 3, reps: 15, perSide: true, load: { type: "external" }, frequency: TWICE_DAILY }, why: "The loaded bent-knee version, to the end of the 12 weeks." },
        ],
        running: "continue",
        runningNote: "Keep running within the same pain rules, bringing back one harder session a week.",
        advanceWhen: { maxPainDuring: 3, target: "Twelve weeks of heel-drops completed with a loaded backpack." },
      },
      {
        name: "Spring and speed",
        weeks: 2,
        items: [
          { exercise: "heavy-slow-standing-heel-raise", dosage: { sets: 3, reps: 8, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: THRICE }, why: "Heavy slow heel raises keep the strength (Beyer 2015: as good as heel-drops at a year)." },
          { exercise: "pogo-hops", dosage: { sets: 3, reps: 20, perSide: false, frequency: { times: 2, per: "week" } }, why: "Quick, springy loading prepares the tendon for faster running; jumping guided by pain was allowed in the pain-monitoring trial." },
        ],
        running: "continue",
        runningNote: "Back to usual training, adding hills and intervals one at a time while the tendon settles by the next morning.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Sudden increases in hills, speed work or distance.", "Pain above 5/10 during exercise, or a tendon stiffer the next morning than before."],
    sources: ["alfredson-1998", "fahlstrom-2003", "health-222-alfredson", "beyer-2015", "silbernagel-2007", "bim-physio-pain-monitoring"],
    grade: "moderate",
    verdict: {
      status: "supported",
      sources: ["alfredson-1998", "fahlstrom-2003", "beyer-2015", "silbernagel-2007"],
      note: "Heel-drops helped mid-tendon pain in most people, heavy slow heel raises did as well at a year, and carrying on running guided by pain did as well as six weeks of rest.",
    },
  },
  {
    id: "protocol-achilles-tendinopathy-insertional",
    name: "Floor-level loading for Achilles pain at the heel",
    hypothesis: "achilles-tendinopathy-insertional",
    goal: "Load the tendon without bending the ankle past neutral, which squeezes the tendon against the heel bone, while running carries on, reduced at first, within the pain rules.",
    phases: [
      {
        name: "Floor-level heel-drops",
        weeks: 6,
        items: [
          { exercise: "floor-level-eccentric-heel-drop", dosage: { sets: 3, reps: 15, perSide: true, frequency: TWICE_DAILY }, why: "Heel-drops from floor level, never below neutral, as in a pilot for this kind of pain (Jonsson 2008; results not read)." },
          { exercise: "heavy-slow-seated-heel-raise", dosage: { sets: 3, reps: 12, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: THRICE }, why: "Slow, heavy loading with the heel never dropping below the toes." },
        ],
        running: "reduce",
        runningNote: "Run less and only on flat routes, with pain during at most 3/10 and the heel no worse the next morning; leave hills out for now.",
        advanceWhen: { maxPainDuring: 3, target: "All floor-level drops done for six weeks with the heel settling by the next morning." },
      },
      {
        name: "Heavier loading",
        weeks: 6,
        items: [
          { exercise: "heavy-slow-standing-heel-raise", dosage: { sets: 3, reps: 10, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: THRICE }, why: "Heavier slow heel raises, heels kept above the step edge (Beyer 2015 approach)." },
          { exercise: "floor-level-eccentric-heel-drop", dosage: { sets: 3, reps: 15, perSide: true, load: { type: "external" }, frequency: { times: 1, per: "day" } }, why: "Floor-level drops with a backpack." },
        ],
        running: "continue",
        runningNote: "Keep running within the same pain rules; bring back gentle hills last.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: [
      "Calf stretches and heel-drops off a step edge, which bend the ankle past neutral and press the tendon on the heel bone.",
      "Uphill running and shoes that pinch the back of the heel.",
    ],
    sources: ["jonsson-2008", "fahlstrom-2003", "beyer-2015", "silbernagel-2007"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["jonsson-2008", "fahlstrom-2003"],
      note: "Heel-drops off a step helped pain at the heel bone far less often than mid-tendon pain; a pilot did them from floor level instead, but the notes did not read its results.",
    },
  },
  {
    id: "protocol-plantar-heel-pain",
    name: "High-load heel raises for plantar heel pain",
    hypothesis: "plantar-heel-pain",
    goal: "Strengthen the foot and calf with the trial's high-load heel raise every second day for three months, running less while the first steps of the day hurt.",
    phases: [
      {
        name: "High-load heel raises",
        weeks: 4,
        items: [
          { exercise: "high-load-heel-raise-towel", dosage: { sets: 3, reps: 12, perSide: true, tempo: "3-2-3", frequency: THRICE }, progression: "towel-heel-raise-progression", why: "The trial's exercise: 3 × 12RM, then 4 × 10RM, then 5 × 8RM, every second day (Rathleff 2015); start on two legs if one is not yet strong enough." },
          { exercise: "plantar-fascia-stretch", dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: DAILY }, why: "Optional, before the first steps of the day; stretching did worse than the heel raises at three months and as well later." },
        ],
        running: "reduce",
        runningNote: "Run shorter and on softer ground while first steps in the morning hurt; stop a run if the heel pain passes 3/10.",
        advanceWhen: { maxPainDuring: 3, target: "Five sets of 8 at the heavier load, every second day, with the heel back to usual the next morning." },
      },
      {
        name: "Keep loading",
        weeks: 8,
        items: [
          { exercise: "high-load-heel-raise-towel", dosage: { sets: 5, reps: 8, perSide: true, tempo: "3-2-3", load: { type: "external" }, frequency: THRICE }, why: "The trial kept going for three months at 5 × 8RM with a loaded backpack." },
        ],
        running: "continue",
        runningNote: "Build running back to usual while morning heel pain stays settled.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Long spells standing on hard floors in the first weeks.", "Burning or tingling in the sole: that suggests a nerve; see a professional."],
    sources: ["rathleff-2015", "martin-2014", "silbernagel-2007"],
    grade: "moderate",
    verdict: {
      status: "supported",
      sources: ["rathleff-2015", "martin-2014"],
      note: "High-load heel raises beat stretching at three months and matched it later in 48 people; the 2014 guideline grades orthoses highest among its treatments, which can be added.",
    },
  },
  {
    id: "protocol-patellar-tendinopathy",
    name: "Heavy slow loading for patellar tendon pain",
    hypothesis: "patellar-tendinopathy",
    goal: "Load the patellar tendon progressively with heavy slow squats and decline squats over 12 weeks, running on within the pain rules; isometric holds are an optional short-term relief.",
    phases: [
      {
        name: "Holds and slow loading",
        weeks: 4,
        items: [
          { exercise: "isometric-knee-extension-hold", dosage: { sets: 5, holdSeconds: 45, perSide: true, load: { type: "band", band: "heavy" }, restSeconds: 60, frequency: DAILY }, why: "Optional short-term relief before a run; studies disagree on whether holds ease pain more than moving exercise, and the 5 × 45 s dose is unverified." },
          { exercise: "heavy-slow-squat", dosage: { sets: 3, reps: 12, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: THRICE }, why: "Heavy slow resistance helped patellar tendon pain and kept helping at six months (Kongsgaard 2009; its doses not read)." },
        ],
        running: "continue",
        runningNote: "Keep running with pain during at most 3/10 and the tendon no worse the next morning; cut back jumping and hill sprints for now.",
        advanceWhen: { maxPainDuring: 3, target: "Slow squats at a load you can move 12 times, with the tendon no worse the next morning." },
      },
      {
        name: "Decline squats and heavier loading",
        weeks: 8,
        items: [
          { exercise: "decline-squat-eccentric", dosage: { sets: 3, reps: 15, perSide: true, frequency: TWICE_DAILY }, why: "Eccentric decline squats, usually twice a day for 12 weeks into some discomfort (Visnes 2007)." },
          { exercise: "heavy-slow-squat", dosage: { sets: 4, reps: 8, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: THRICE }, why: "Heavier slow squats as the tendon tolerates more load." },
        ],
        running: "continue",
        runningNote: "Keep running within the pain rules and bring back hills before jumps.",
        advanceWhen: { maxPainDuring: 3, target: "The decline squat pain-free or nearly so, and heavy squats done with the tendon settled next morning." },
      },
      {
        name: "Spring and jumps",
        weeks: 2,
        items: [
          { exercise: "hop-on-the-spot", dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 2, per: "week" } }, why: "Brings back the quick loading that jumping and fast running put on the tendon." },
          { exercise: "heavy-slow-squat", dosage: { sets: 3, reps: 8, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: { times: 2, per: "week" } }, why: "Keeps the strength gained." },
        ],
        running: "continue",
        runningNote: "Usual training, adding speed and hill work one session at a time.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Lots of jumping or hill sprints while the tendon is reactive.", "Pain above 5/10 during, or a tendon worse the next morning."],
    sources: ["kongsgaard-2009", "visnes-2007", "rio-2015", "rio-2017", "van-ark-2016", "holden-2020", "clifford-2020", "silbernagel-2007"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["kongsgaard-2009", "visnes-2007", "clifford-2020"],
      note: "Heavy slow resistance and eccentric decline squats both helped and held at six months; isometric holds are contested and a meta-analysis found them no better than other exercise.",
    },
  },
  {
    id: "protocol-hamstring-strain",
    name: "Lengthening rehabilitation for a hamstring strain",
    hypothesis: "hamstring-strain",
    goal: "Stop running for the first days, load the hamstring gently, then with lengthening exercises and strength, and return to running and then sprinting in graded stages.",
    phases: [
      {
        name: "Protect and load gently",
        weeks: 1,
        items: [
          { exercise: "hamstring-bridge-isometric", dosage: { sets: 5, holdSeconds: 30, perSide: false, frequency: DAILY }, why: "Early, comfortable hamstring effort without lengthening the injured muscle." },
          { exercise: "supine-active-knee-extension", dosage: { sets: 3, reps: 12, perSide: true, frequency: DAILY }, why: "Gentle lengthening under the muscle's own control, kept short of pain (the lengthening approach; Askling 2013, doses not read)." },
        ],
        running: "stop",
        runningNote: "No running for now; walk normally if it does not hurt.",
        advanceWhen: { maxPainDuring: 2, target: "Walking briskly and the bridge hold pain-free." },
      },
      {
        name: "Lengthening and walk-run",
        weeks: 2,
        items: [
          { exercise: "sliding-hamstring-lengthening", dosage: { sets: 3, reps: 8, perSide: true, frequency: THRICE }, why: "Lengthening exercises returned football players in 28 rather than 51 days (Askling 2013); this one is the library's example of the kind." },
          { exercise: "long-lever-bridge", dosage: { sets: 3, reps: 10, perSide: false, frequency: THRICE }, why: "Hamstring and hip-extensor strength, part of strain rehabilitation (Hickey 2022)." },
          { exercise: "single-leg-deadlift", dosage: { sets: 3, reps: 8, perSide: true, frequency: THRICE }, why: "Hip-extensor strength through a lengthening hinge." },
        ],
        running: "reduce",
        runningNote: "Start the walk-run stages on flat ground at an easy effort; no sprinting yet.",
        returnToRun: "walk-run-return",
        advanceWhen: { maxPainDuring: 2, target: "Continuous easy running of 2 miles and the lengthening exercises pain-free." },
      },
      {
        name: "Strength and speed",
        weeks: 3,
        items: [
          { exercise: "nordic-hamstring-curl", dosage: { sets: 2, reps: 5, perSide: false, frequency: { times: 2, per: "week" } }, why: "Programmes with the Nordic curl reduce hamstring injuries (Ishøi 2020); it rebuilds strength for faster running." },
          { exercise: "single-leg-deadlift", dosage: { sets: 3, reps: 8, perSide: true, frequency: THRICE }, why: "Keeps hip-extensor strength building." },
        ],
        running: "continue",
        runningNote: "Back to usual running, then build faster running in graded steps, strides before sprints.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Stretching the hamstring hard or sprinting in the first weeks.", "A pop under the buttock with a large bruise or weakness: see a professional promptly."],
    sources: ["askling-2013", "askling-2014", "hickey-2022", "heiderscheit-2010", "ishoi-2020", "van-der-horst-2015", "walk-run-trial-protocol-2023"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["askling-2013", "askling-2014", "ishoi-2020"],
      note: "Lengthening rehabilitation returned athletes sooner in two trials (very low to low certainty overall), and Nordic programmes reduce injuries; the notes did not read the lengthening programme's exercises or doses, so those here are the library's.",
    },
  },
  {
    id: "protocol-proximal-hamstring-tendinopathy",
    name: "Progressive loading for hamstring tendon pain at the sitting bone",
    hypothesis: "proximal-hamstring-tendinopathy",
    goal: "Load the hamstring tendon progressively with the hip kept out of deep bending at first, which presses the tendon on the sitting bone, and bring back deeper and faster work later.",
    phases: [
      {
        name: "Low-compression loading",
        weeks: 4,
        items: [
          { exercise: "hamstring-bridge-isometric", dosage: { sets: 5, holdSeconds: 30, perSide: false, frequency: DAILY }, why: "Loads the hamstring with the hip nearly straight, where the tendon is not compressed (expert advice, Nasser 2021)." },
          { exercise: "long-lever-bridge", dosage: { sets: 3, reps: 10, perSide: false, frequency: THRICE }, why: "Moving hamstring strength with the hip still near straight." },
          { exercise: "glute-bridge", dosage: { sets: 3, reps: 12, perSide: false, load: { type: "bodyweight" }, frequency: THRICE }, why: "Hip-extensor strength for the whole leg, part of kinetic-chain loading." },
        ],
        running: "reduce",
        runningNote: "Run shorter and flatter, with no hills or speed work, keeping pain at most 3/10 and no worse the next morning.",
        advanceWhen: { maxPainDuring: 3, target: "Long-lever bridges done in full with sitting less painful than at the start." },
      },
      {
        name: "Deeper hip bending",
        weeks: 6,
        items: [
          { exercise: "single-leg-deadlift", dosage: { sets: 3, reps: 8, perSide: true, frequency: THRICE }, why: "Brings in hip bending under load, gradually deeper as the tendon tolerates it." },
          { exercise: "nordic-hamstring-curl", dosage: { sets: 2, reps: 5, perSide: false, frequency: { times: 2, per: "week" } }, why: "Heavy hamstring loading once the tendon has settled." },
        ],
        running: "continue",
        runningNote: "Build distance back, then hills and speed one at a time while the sitting bone stays settled.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Hamstring stretches and deep hip bending early on.", "Sitting long on hard seats; use a cushion and break it up.", "Uphill running and lunges in the first weeks."],
    sources: ["goom-2016", "nasser-2021-experts", "nasser-2021-review", "silbernagel-2007"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["nasser-2021-review", "nasser-2021-experts"],
      note: "Trials are sparse; experts advise progressive hamstring and whole-leg loading with compression avoided early, which this plan follows.",
    },
  },
  {
    id: "protocol-calf-strain",
    name: "Staged loading after a calf strain",
    hypothesis: "calf-strain",
    goal: "Stop running at first, load the calf within comfort and build its capacity in stages, then return to running with the walk-run programme.",
    phases: [
      {
        name: "Early loading",
        weeks: 1,
        items: [
          { exercise: "isometric-heel-raise-hold", dosage: { sets: 5, holdSeconds: 30, perSide: false, frequency: DAILY }, why: "Early calf effort within comfort; experts load the calf early and watch its response." },
          { exercise: "heavy-slow-seated-heel-raise", dosage: { sets: 3, reps: 12, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: THRICE }, why: "Bent-knee loading for the soleus, which a subtler strain often involves." },
        ],
        running: "stop",
        runningNote: "No running for now; walk normally if it does not hurt.",
        advanceWhen: { maxPainDuring: 2, target: "Walking briskly without a limp and the heel-raise holds pain-free." },
      },
      {
        name: "Calf capacity and walk-run",
        weeks: 2,
        items: [
          { exercise: "double-leg-heel-raise", dosage: { sets: 3, reps: 15, perSide: false, tempo: "3-0-3", frequency: THRICE }, why: "Moving heel raises as the calf tolerates them." },
          { exercise: "heavy-slow-seated-heel-raise", dosage: { sets: 3, reps: 12, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: THRICE }, why: "Heavier bent-knee loading." },
        ],
        running: "reduce",
        runningNote: "Start the walk-run stages on flat ground at an easy effort.",
        returnToRun: "walk-run-return",
        advanceWhen: { maxPainDuring: 2, target: "Continuous easy running of 2 miles, and single-leg heel raises without pain." },
      },
      {
        name: "Spring and speed",
        weeks: 3,
        items: [
          { exercise: "heavy-slow-standing-heel-raise", dosage: { sets: 3, reps: 10, perSide: false, tempo: "3-0-3", load: { type: "external" }, frequency: THRICE }, why: "Heavier loading for the calf." },
          { exercise: "hop-on-the-spot", dosage: { sets: 3, reps: 10, perSide: true, frequency: { times: 2, per: "week" } }, why: "Springy loading before faster running." },
        ],
        running: "continue",
        runningNote: "Back to usual running; add hills and speed one session at a time.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: [
      "Calf swelling with a long journey, recent surgery, hormonal contraception or a past clot: that can be a clot, not a strain; get seen the same day.",
      "Pushing through sharp calf pain early on.",
    ],
    sources: ["green-2022-calf", "green-2024-calf", "walk-run-trial-protocol-2023"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["green-2022-calf"],
      note: "There are no trials; twenty experts described staged loading guided by the calf's capacity and response, which this plan follows.",
    },
  },
  {
    id: "protocol-adductor-related-groin-pain",
    name: "Adductor strengthening for groin pain",
    hypothesis: "adductor-related-groin-pain",
    goal: "Build the inner-thigh muscles from gentle squeezes up to the Copenhagen exercise, running less meanwhile.",
    phases: [
      {
        name: "Squeezes and lifts",
        weeks: 2,
        items: [
          { exercise: "adductor-squeeze-ball", dosage: { sets: 5, holdSeconds: 10, perSide: false, frequency: DAILY }, progression: "copenhagen-progression", why: "A gentle first load for the adductors, building towards the Copenhagen exercise." },
          { exercise: "side-lying-hip-adduction", dosage: { sets: 3, reps: 12, perSide: true, frequency: THRICE }, why: "Moving adductor strength." },
          { exercise: "glute-bridge", dosage: { sets: 3, reps: 12, perSide: false, load: { type: "bodyweight" }, frequency: THRICE }, why: "Hip strength around the pelvis." },
        ],
        running: "reduce",
        runningNote: "Run shorter and flatter, avoiding sharp turns and sprints, with groin pain at most 3/10.",
        advanceWhen: { maxPainDuring: 3, target: "Squeezes and lifts done in full with groin pain at most 3/10." },
      },
      {
        name: "Copenhagen and standing strength",
        weeks: 4,
        items: [
          { exercise: "copenhagen-adduction-short-lever", dosage: { sets: 3, reps: 8, perSide: true, frequency: { times: 2, per: "week" } }, why: "The Copenhagen exercise from the knee; in football the full exercise reduces groin injuries (Ishøi 2020)." },
          { exercise: "lateral-band-walk", dosage: { sets: 3, reps: 15, perSide: true, load: { type: "band", band: "light" }, frequency: THRICE }, why: "Side-to-side strength for the hip." },
        ],
        running: "continue",
        runningNote: "Build running back, adding turns and faster running last.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Sprinting, kicking and sharp changes of direction early on.", "Groin pain that builds through every run, or pain on hopping: possible bone stress; stop and see a professional."],
    sources: ["weir-2015-doha", "ishoi-2020", "silbernagel-2007"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["ishoi-2020", "weir-2015-doha"],
      note: "The Copenhagen exercise prevents groin injuries in football (low to moderate certainty); the notes hold no treatment trial for adductor-related groin pain, so this plan is the library's.",
    },
  },
  {
    id: "protocol-hip-related-groin-pain",
    name: "Hip-friendly strengthening for hip-related groin pain",
    hypothesis: "hip-related-groin-pain",
    goal: "Strengthen the hip in ranges that do not pinch the front of the joint, running less meanwhile; a professional decides whether imaging or other care is needed.",
    phases: [
      {
        name: "Comfortable-range strength",
        weeks: 3,
        items: [
          { exercise: "isometric-hip-abduction-supine", dosage: { sets: 5, holdSeconds: 30, perSide: false, load: { type: "band", band: "light" }, frequency: DAILY }, why: "Outer-hip effort without moving the joint into a pinching range." },
          { exercise: "glute-bridge", dosage: { sets: 3, reps: 12, perSide: false, load: { type: "bodyweight" }, frequency: THRICE }, why: "Hip extension strength with the hip kept out of deep bending." },
          { exercise: "standing-hip-abduction", dosage: { sets: 3, reps: 12, perSide: true, load: { type: "band", band: "light" }, frequency: THRICE }, why: "Standing hip strength in a comfortable range." },
        ],
        running: "reduce",
        runningNote: "Run shorter and flatter with groin pain at most 3/10; avoid hills, which bend the hip more.",
        advanceWhen: { maxPainDuring: 3, target: "All exercises done in full without the groin pinching." },
      },
      {
        name: "Standing strength",
        weeks: 4,
        items: [
          { exercise: "sit-to-stand", dosage: { sets: 3, reps: 10, perSide: false, frequency: THRICE }, why: "Strength from a seat height that keeps the hip out of deep bending." },
          { exercise: "lateral-step-up", dosage: { sets: 3, reps: 10, perSide: true, frequency: THRICE }, why: "Single-leg strength with the pelvis level." },
          { exercise: "hip-hitch", dosage: { sets: 3, reps: 12, perSide: true, frequency: THRICE }, why: "Single-leg hip control for running." },
        ],
        running: "continue",
        runningNote: "Build running back while the groin stays quiet; bring hills back last.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Deep squats, sitting low and stretches that fold the hip up tightly.", "Groin pain that builds through runs, night pain or a limp: possible bone stress of the hip; stop and see a professional."],
    sources: ["weir-2015-doha", "griffin-2016-warwick", "nice-ng226"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["griffin-2016-warwick"],
      note: "Rehabilitation is one of the accepted treatments of impingement syndrome, but the notes hold no trial of a particular programme; this one is the library's.",
    },
  },
  {
    id: "protocol-non-specific-low-back-pain",
    name: "Staying active with low back pain",
    hypothesis: "non-specific-low-back-pain",
    goal: "Keep moving and strengthen the trunk and hips, as NICE advises for low back pain without a specific cause, running a little less until it settles.",
    phases: [
      {
        name: "Gentle movement and trunk control",
        weeks: 2,
        items: [
          { exercise: "single-knee-to-chest", dosage: { sets: 1, reps: 10, perSide: true, frequency: DAILY }, why: "Gentle movement for the low back; keep it comfortable." },
          { exercise: "glute-bridge", dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: THRICE }, why: "Hip strength that takes load off the back." },
          { exercise: "quadruped-opposite-arm-leg-lift", dosage: { sets: 3, reps: 10, holdSeconds: 3, perSide: true, frequency: THRICE }, why: "Trunk control with the spine in a comfortable middle position." },
        ],
        running: "reduce",
        runningNote: "Keep moving every day; run shorter and flatter while the back is sore, with pain at most 3/10 and no worse the next morning.",
        advanceWhen: { maxPainDuring: 3, target: "Everyday movement comfortable and the exercises done in full." },
      },
      {
        name: "Trunk and hip strength",
        weeks: 4,
        items: [
          { exercise: "side-plank", dosage: { sets: 3, holdSeconds: 20, perSide: true, frequency: THRICE }, why: "Trunk strength without bending the back." },
          { exercise: "single-leg-bridge", dosage: { sets: 3, reps: 10, perSide: true, frequency: THRICE }, why: "One-sided hip strength." },
          { exercise: "front-plank-with-hip-extension", dosage: { sets: 3, reps: 8, holdSeconds: 3, perSide: true, frequency: THRICE }, why: "Trunk control with strong hip work." },
        ],
        running: "continue",
        runningNote: "Build running back while the back stays settled the next morning.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Long spells of bed rest or sitting; keep moving.", "Leg pain or tingling, new numbness around the saddle, bladder or bowel change, or weakness: see a professional, the same day for the last three."],
    sources: ["nice-ng59"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["nice-ng59"],
      note: "NICE advises exercise and self-management for low back pain without naming exercises or doses; those here are the library's.",
    },
  },
  {
    id: "protocol-lumbar-radicular-pain",
    name: "Staying active with nerve-root leg pain",
    hypothesis: "lumbar-radicular-pain",
    goal: "Stay active and move the back and nerve gently, as NICE advises for sciatica, while running less; any new numbness, weakness or bladder change needs care straight away.",
    phases: [
      {
        name: "Gentle movement",
        weeks: 3,
        items: [
          { exercise: "sciatic-nerve-slider", dosage: { sets: 2, reps: 10, perSide: true, frequency: DAILY }, why: "Gentle movement of the nerve, never into tingling; untested in the notes." },
          { exercise: "glute-bridge", dosage: { sets: 3, reps: 10, perSide: false, load: { type: "bodyweight" }, frequency: THRICE }, why: "Keeps the hips strong without loading the back heavily." },
          { exercise: "quadruped-opposite-arm-leg-lift", dosage: { sets: 3, reps: 10, holdSeconds: 3, perSide: true, frequency: THRICE }, why: "Trunk control with the spine in a comfortable middle position." },
        ],
        running: "reduce",
        runningNote: "Walk daily and run only short, easy and flat if leg pain stays at most 3/10 and does not spread further down the leg.",
        advanceWhen: { maxPainDuring: 3, target: "Leg pain easing and not spreading, and the exercises done in full." },
      },
      {
        name: "Back to strength",
        weeks: 4,
        items: [
          { exercise: "single-leg-bridge", dosage: { sets: 3, reps: 10, perSide: true, frequency: THRICE }, why: "One-sided hip strength." },
          { exercise: "side-plank", dosage: { sets: 3, holdSeconds: 20, perSide: true, frequency: THRICE }, why: "Trunk strength without bending the back." },
        ],
        running: "continue",
        runningNote: "Build running back while leg symptoms stay settled; step back if they spread.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: [
      "Stretches that bring on tingling or numbness down the leg, such as piriformis stretches.",
      "Long spells of sitting; break them up.",
      "New numbness around the saddle, bladder or bowel change, or weakness getting worse: emergency care the same day.",
    ],
    sources: ["nice-ng59"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["nice-ng59"],
      note: "NICE advises self-management and exercise for sciatica after serious causes are ruled out, without naming exercises; these are the library's.",
    },
  },
  {
    id: "protocol-osgood-schlatter",
    name: "Activity ladder and knee strength for Osgood-Schlatter",
    hypothesis: "osgood-schlatter",
    goal: "Settle the sore bump below the kneecap by adjusting activity and strengthening the knee and hip, then return to sport gradually over about three months.",
    phases: [
      {
        name: "Settle and hold",
        weeks: 4,
        items: [
          { exercise: "wall-sit", dosage: { sets: 4, holdSeconds: 30, perSide: false, frequency: THRICE }, why: "Thigh strength without repeated bending, at a depth that stays comfortable." },
          { exercise: "straight-leg-raise", dosage: { sets: 3, reps: 15, perSide: true, frequency: DAILY }, why: "Gentle thigh strength." },
          { exercise: "side-lying-hip-abduction", dosage: { sets: 2, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: THRICE }, why: "Hip strength alongside the knee work." },
        ],
        running: "reduce",
        runningNote: "Cut running, jumping and sprinting to what keeps knee pain at most 3/10 and settled by the next morning.",
        advanceWhen: { maxPainDuring: 3, target: "Daily activities pain-free and the holds done in full." },
      },
      {
        name: "Knee and hip strength",
        weeks: 8,
        items: [
          { exercise: "partial-squat", dosage: { sets: 3, reps: 15, perSide: false, frequency: THRICE }, why: "Knee strength through a comfortable range." },
          { exercise: "seated-knee-extension", dosage: { sets: 3, reps: 10, perSide: true, load: { type: "band", band: "medium" }, frequency: THRICE }, why: "Thigh strength." },
          { exercise: "lateral-step-up", dosage: { sets: 3, reps: 10, perSide: true, frequency: THRICE }, why: "Single-leg strength for sport." },
        ],
        running: "reduce",
        runningNote: "Add running and sport back a step at a time while knee pain stays at most 3/10.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Kneeling on the sore bump.", "Lots of jumping, and sudden increases in sport, while it is sore."],
    sources: ["rathleff-2020-osgood", "silbernagel-2007"],
    grade: "very-low",
    verdict: {
      status: "supported",
      sources: ["rathleff-2020-osgood"],
      note: "In a case series of 51 adolescents, an activity ladder with knee strengthening and a gradual return left 80% improved at 12 weeks and 90% at a year; without a control group, the certainty is very low.",
    },
  },
  {
    id: "protocol-severs-disease",
    name: "Load management for Sever's heel pain",
    hypothesis: "severs-disease",
    goal: "Ease a child's heel pain by adjusting running and jumping and keeping the calf strong and supple while the growth plate settles.",
    phases: [
      {
        name: "Settle and strengthen",
        weeks: 4,
        items: [
          { exercise: "double-leg-heel-raise", dosage: { sets: 3, reps: 12, perSide: false, tempo: "3-0-3", frequency: THRICE }, why: "Calf strength at an easy load." },
          { exercise: "calf-stretch", dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: DAILY }, why: "Gentle calf stretch, part of usual conservative care." },
          { exercise: "soleus-stretch", dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: DAILY }, why: "The bent-knee version for the lower calf." },
        ],
        running: "reduce",
        runningNote: "Cut running and jumping to what keeps heel pain at most 3/10 and settled by the next morning.",
        advanceWhen: { maxPainDuring: 3, target: "Walking and daily play pain-free." },
      },
      {
        name: "Back to sport",
        weeks: 4,
        items: [
          { exercise: "double-leg-heel-raise", dosage: { sets: 3, reps: 15, perSide: false, tempo: "3-0-3", frequency: THRICE }, why: "More calf strength as activity returns." },
          { exercise: "hop-on-the-spot", dosage: { sets: 2, reps: 10, perSide: true, frequency: { times: 2, per: "week" } }, why: "A check that the heel tolerates impact before full sport." },
        ],
        running: "continue",
        runningNote: "Bring running and sport back gradually while the heel stays settled.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Lots of jumping or running on hard ground while the heel is sore."],
    sources: ["hernandez-lucas-2024-severs"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["hernandez-lucas-2024-severs"],
      note: "A systematic review finds Sever's disease managed conservatively; the notes do not give a particular programme, so this one is the library's.",
    },
  },
  {
    id: "protocol-hip-osteoarthritis",
    name: "Strength and symptom-guided running for hip osteoarthritis",
    hypothesis: "hip-osteoarthritis",
    goal: "Keep running with the load guided by symptoms and add tailored hip strength, the core care NICE recommends; recreational running does not wear out hips.",
    phases: [
      {
        name: "Hip strength",
        weeks: 6,
        items: [
          { exercise: "sit-to-stand", dosage: { sets: 3, reps: 10, perSide: false, frequency: THRICE }, why: "Strength for everyday and running, from a seat height the hip tolerates." },
          { exercise: "standing-hip-abduction", dosage: { sets: 3, reps: 12, perSide: true, load: { type: "band", band: "light" }, frequency: THRICE }, why: "Outer-hip strength that steadies the pelvis." },
          { exercise: "glute-bridge", dosage: { sets: 3, reps: 12, perSide: false, load: { type: "bodyweight" }, frequency: THRICE }, why: "Hip extension strength." },
        ],
        running: "continue",
        runningNote: "Keep running, adjusting distance so hip pain stays at most 3/10 and is back to usual by the next morning.",
        advanceWhen: { maxPainDuring: 3, target: "All exercises done in full, with the hip back to usual the next morning." },
      },
      {
        name: "Single-leg strength",
        weeks: 6,
        items: [
          { exercise: "hip-hitch", dosage: { sets: 3, reps: 12, perSide: true, frequency: THRICE }, why: "Single-leg control of the pelvis." },
          { exercise: "lateral-step-up", dosage: { sets: 3, reps: 10, perSide: true, frequency: THRICE }, why: "Single-leg strength on a low step." },
        ],
        running: "continue",
        runningNote: "Keep running with symptom-guided load.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Big jumps in weekly distance.", "A hot, swollen joint with fever, or night pain and weight loss: see a professional promptly."],
    sources: ["nice-ng226", "alentorn-geli-2017", "silbernagel-2007"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["nice-ng226", "alentorn-geli-2017"],
      note: "NICE makes tailored exercise core care for osteoarthritis, and osteoarthritis was less common in recreational runners than in non-runners; the exercises and doses here are the library's.",
    },
  },
  {
    id: "protocol-knee-osteoarthritis",
    name: "Strength and symptom-guided running for knee osteoarthritis",
    hypothesis: "knee-osteoarthritis",
    goal: "Keep running with the load guided by symptoms and add tailored knee and hip strength, the core care NICE recommends; recreational running does not wear out knees.",
    phases: [
      {
        name: "Knee and hip strength",
        weeks: 6,
        items: [
          { exercise: "straight-leg-raise", dosage: { sets: 3, reps: 15, perSide: true, frequency: DAILY }, why: "A gentle start to thigh strength." },
          { exercise: "seated-knee-extension", dosage: { sets: 3, reps: 10, perSide: true, load: { type: "band", band: "medium" }, frequency: THRICE }, why: "Thigh strength that supports the knee." },
          { exercise: "sit-to-stand", dosage: { sets: 3, reps: 10, perSide: false, frequency: THRICE }, why: "Everyday leg strength." },
          { exercise: "side-lying-hip-abduction", dosage: { sets: 2, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: THRICE }, why: "Hip strength alongside the knee work." },
        ],
        running: "continue",
        runningNote: "Keep running, adjusting distance so knee pain stays at most 3/10 and is back to usual by the next morning.",
        advanceWhen: { maxPainDuring: 3, target: "All exercises done in full, with the knee back to usual the next morning." },
      },
      {
        name: "Standing strength",
        weeks: 6,
        items: [
          { exercise: "partial-squat", dosage: { sets: 3, reps: 15, perSide: false, frequency: THRICE }, why: "Knee strength in a comfortable range." },
          { exercise: "forward-step-down", dosage: { sets: 3, reps: 10, perSide: true, frequency: THRICE }, why: "Controlled single-leg knee bending." },
        ],
        running: "continue",
        runningNote: "Keep running with symptom-guided load.",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: ["Big jumps in weekly distance.", "A hot, swollen knee with fever, or a knee that locks or gives way: see a professional."],
    sources: ["nice-ng226", "alentorn-geli-2017", "silbernagel-2007"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["nice-ng226", "alentorn-geli-2017"],
      note: "NICE makes tailored exercise core care for osteoarthritis, and osteoarthritis was less common in recreational runners than in non-runners; the exercises and doses here are the library's.",
    },
  },
  {
    id: "protocol-postpartum-return-to-running",
    name: "Return to running after birth",
    hypothesis: "postpartum-return-to-running",
    goal: "Rebuild the pelvic floor and leg strength first, run no sooner than three months after birth, pass the load-and-impact screen, then return with the walk-run stages.",
    phases: [
      {
        name: "Pelvic floor and strength",
        weeks: 6,
        items: [
          { exercise: "pelvic-floor-muscle-training", dosage: { sets: 3, reps: 10, holdSeconds: 5, perSide: false, frequency: DAILY }, why: "Guided pelvic-floor rehabilitation is the guideline's first step (Goom 2019)." },
          { exercise: "glute-bridge", dosage: { sets: 3, reps: 12, perSide: false, load: { type: "bodyweight" }, frequency: THRICE }, why: "The bridge is one of the guideline's strength checks." },
          { exercise: "sit-to-stand", dosage: { sets: 3, reps: 10, perSide: false, frequency: THRICE }, why: "Sit-to-stand is another strength check." },
          { exercise: "side-lying-hip-abduction", dosage: { sets: 2, reps: 10, perSide: true, load: { type: "bodyweight" }, frequency: THRICE }, why: "Side-lying abduction is another strength check." },
          { exercise: "double-leg-heel-raise", dosage: { sets: 3, reps: 15, perSide: false, tempo: "3-0-3", frequency: THRICE }, why: "Builds towards the single-leg calf raise check." },
        ],
        running: "stop",
        runningNote: "No running before three months after birth, or later if there is heaviness or leakage; walking is fine.",
        advanceWhen: { maxPainDuring: 0, target: "At least three months since birth, no heaviness or leakage, and a 30-minute walk comfortable." },
      },
      {
        name: "Load-and-impact screen",
        weeks: 2,
        items: [
          { exercise: "single-leg-balance", dosage: { sets: 3, holdSeconds: 30, perSide: true, frequency: DAILY }, why: "Screen item: 10 s on one leg." },
          { exercise: "single-leg-squat", dosage: { sets: 1, reps: 10, perSide: true, frequency: THRICE }, why: "Screen item: 10 single-leg squats each side." },
          { exercise: "jog-on-the-spot", dosage: { sets: 1, durationSeconds: 60, perSide: false, frequency: THRICE }, why: "Screen item: one minute of jogging on the spot." },
          { exercise: "forward-bound", dosage: { sets: 1, reps: 10, perSide: false, frequency: THRICE }, why: "Screen item: 10 forward bounds." },
          { exercise: "hop-on-the-spot", dosage: { sets: 1, reps: 10, perSide: true, frequency: THRICE }, why: "Screen item: 10 hops on each leg." },
          { exercise: "running-man-drill", dosage: { sets: 1, reps: 10, perSide: true, frequency: THRICE }, why: "Screen item: 10 running-man drills each side." },
        ],
        running: "stop",
        runningNote: "No running until every screen item is done without pain, heaviness or leakage.",
        advanceWhen: { maxPainDuring: 0, target: "Every screen item done without pain, heaviness or leakage." },
      },
      {
        name: "Walk-run return",
        weeks: 6,
        items: [
          { exercise: "pelvic-floor-muscle-training", dosage: { sets: 3, reps: 10, holdSeconds: 5, perSide: false, frequency: DAILY }, why: "Keep the pelvic-floor work going as running returns." },
          { exercise: "single-leg-squat", dosage: { sets: 3, reps: 8, perSide: true, frequency: THRICE }, why: "Single-leg strength for running." },
        ],
        running: "reduce",
        runningNote: "Follow the walk-run stages on flat ground; stop and see a pelvic-health physiotherapist if heaviness, leakage or pain appears.",
        returnToRun: "walk-run-return",
        advanceWhen: RUNNING_BACK,
      },
    ],
    avoid: [
      "Running before three months after birth, or while there is heaviness, leakage or bleeding unrelated to periods.",
      "Calf swelling or breathlessness: get seen the same day.",
    ],
    sources: ["goom-2019-postnatal", "acog-2020", "walk-run-trial-protocol-2023"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["goom-2019-postnatal"],
      note: "The postnatal guideline recommends pelvic-floor rehabilitation, no running before three months and a load-and-impact screen; the screen items come from secondary pages, and the strength doses are the library's.",
    },
  },
] as const satisfies readonly Protocol[];
