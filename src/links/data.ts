/**
 * The compensation graph: what leads to what when a running muscle falls short.
 *
 * Rows:
 * - `linkData` holds the edges. Each link goes from one state (a structure in a condition, such
 *   as gluteus maximus, weak; or a movement fault, such as the thigh rolling inward) to the next,
 *   names the mechanism, and lists the symptoms it produces on the exact structure where a runner
 *   feels them, so that a symptom can be traced back up the graph to possible causes.
 * - `chainData` holds the named runs of links that the seed articles describe. A chain starts
 *   with its first link; every later link starts where an earlier link of the same chain ends,
 *   so a chain may branch. Links are shared between chains where the states match.
 *
 * Where the facts come from:
 * - Every link and chain encodes a claim from the seed articles (`seed-000` … `seed-004`) or, for
 *   a few assessment links, the library's reading of them; the description says which.
 * - The `verdict` of each item comes from the project's research notes (`shared/research/
 *   evidence.md`), with figures exactly as given there. Most of the compensation model is
 *   untested (`unverified`, graded `practitioner-opinion`); links that case-control,
 *   cross-sectional or cadaver work bears on are graded `low` or `very-low`; a link that research
 *   tested and did not confirm keeps the seed's claim, graded `practitioner-opinion`, with a
 *   `contradicted` verdict.
 * - A chain's grade and verdict summarise the whole run, which is never better established than
 *   its untested steps unless research has looked at the run end to end.
 *
 * Conventions:
 * - `side` is `same` throughout. Pelvic drop is named from the stance leg (the pelvis sags on the
 *   swing side because the stance-side abductors fall short), so that link stays on its side.
 * - The lower crossed model is a loop (forward tilt, tight back extensors, weak abdominals, more
 *   tilt); code that walks the graph must guard against revisiting a state.
 */
import type { Verdict } from "../evidence/schema";
import type { Chain, Link } from "./schema";

/**
 * The verdict on each step of the lower crossed model, shared by its links: no study in the notes
 * measured a step on its own, so each is untested; the model as a whole is judged on its chain.
 */
const LOWER_CROSSED_STEP = {
  status: "unverified",
  sources: ["youdas-1996"],
  note: "No study in the research notes measured this step. Posture studies of the model as a whole found only weak, sex-specific associations (Youdas 1996).",
} as const satisfies Verdict;

/** The verdict on a step no study in the research notes tests. */
const UNTESTED_STEP = {
  status: "unverified",
  sources: [],
  note: "No study in the research notes tests this step.",
} as const satisfies Verdict;


/** Every link of the built-in compensation graph. */
export const linkData = () => [
  // ───────────────────────────── Seed 000: deep rotators and the weak glute ─────────────────────────────
  {
    id: "deep-rotators-inhibited-femur-rotates-in",
    from: { structure: "deep-hip-external-rotators", condition: "inhibited" },
    to: { fault: "femoral-internal-rotation" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [],
    description:
      "If the small rotators deep in the buttock stay switched off as weight comes onto the leg, nothing checks the thigh's inward roll, and the femur turns in during stance.",
    sources: ["seed-000", "noehren-2014"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["noehren-2014"],
      note: "Only indirect support: a case-control study of 17 men with iliotibial band syndrome and 17 controls found weaker hip external rotators and 3.7° more hip internal rotation while running (Noehren 2014). It measured strength, not whether the rotators switch on, compared groups at one time so cannot say which came first, and the difference in rotation is small.",
    },
  },
  {
    id: "femur-rotates-in-gluteus-medius-overloaded",
    from: { fault: "femoral-internal-rotation" },
    to: { structure: "gluteus-medius", condition: "overloaded" },
    mechanism: "substitution",
    side: "same",
    symptoms: [{ structure: "gluteus-medius", sensations: ["tightness", "soreness"] }],
    description:
      "Gluteus medius works to pull the inward-turning thigh back into line, a control job the deep rotators should carry, and becomes the tight, sore spot that stretching and rolling do not settle.",
    sources: ["seed-000"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["noehren-2014", "weppler-2010"],
      note: "No study has measured whether gluteus medius works harder to correct inward thigh rotation; the study that found the rotation did not look at it (Noehren 2014). Treating tightness that resists stretching as a sign of overwork is untested too, and stretching gains mostly reflect altered sensation rather than longer muscle (Weppler 2010).",
    },
  },
  {
    id: "gluteus-maximus-weak-hamstrings-overloaded",
    from: { structure: "gluteus-maximus", condition: "weak" },
    to: { structure: "hamstrings", condition: "overloaded" },
    mechanism: "substitution",
    side: "same",
    symptoms: [{ structure: "hamstrings", sensations: ["tightness", "soreness"] }],
    description:
      "With a weak gluteus maximus the hamstrings supply more of the hip extension that drives each stride, and they stay tight and sore. Seed 000 speaks only of a weakened glute; the library reads it as gluteus maximus because the hamstrings are the back-up for hip extension. The seed does not say whether the soreness cleared once the glute was trained.",
    sources: ["seed-000", "schuermans-2017"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["schuermans-2017"],
      note: "Only indirect evidence: in soccer players followed prospectively, more gluteus maximus activity in front swing went with fewer hamstring injuries (10% more activity ≈ 20% lower risk; Schuermans 2017). It studied injury, not tightness or soreness, and not runners.",
    },
  },

  // ───────────────────────────── Seed 001: hip abductors, piriformis, lateral knee ─────────────────────────────
  {
    id: "hip-abductors-lengthened-weak",
    from: { structure: "hip-abductors", condition: "lengthened" },
    to: { structure: "hip-abductors", condition: "weak" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [],
    description:
      "Long, slumped sitting is thought to leave the outer hip muscles held at length; the seed treats abductors left lengthened this way as doing their job no better than weak ones.",
    sources: ["seed-001"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether sitting lengthens the hip abductors, or whether lengthened abductors act like weak ones.",
    },
  },
  {
    id: "hip-abductors-weak-piriformis-overloaded",
    from: { structure: "hip-abductors", condition: "weak" },
    to: { structure: "piriformis", condition: "overloaded" },
    mechanism: "substitution",
    side: "same",
    symptoms: [
      { structure: "piriformis", sensations: ["tightness", "soreness"] },
      { structure: "gluteus-minimus", sensations: ["tightness", "soreness"] },
    ],
    description:
      "When gluteus medius and minimus fall short at steadying the pelvis, piriformis is drafted in to help, and the runner feels disproportionate tightness and soreness high in the buttock after long runs.",
    sources: ["seed-001"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["arab-2010"],
      note: "No study was found on upper-buttock or piriformis tightness from weak abductors; the seed's evidence is one runner whose problem faded with abductor strengthening. The one direct test of the tight-covers-for-weak idea, iliotibial band tightness against hip abductor weakness in 300 people with low back pain, found no link (Arab 2010).",
    },
  },
  {
    id: "hip-abductors-weak-iliotibial-band-irritated",
    from: { structure: "hip-abductors", condition: "weak" },
    to: { structure: "iliotibial-band", condition: "irritated" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "iliotibial-band", sensations: ["soreness", "pain"] }],
    description:
      "With weak abductors, more of the work of steadying the hip falls on the iliotibial band along the outer thigh, which becomes irritated and sore at the outside of the knee.",
    sources: ["seed-001", "fredericson-2000", "mucha-2017", "christopher-2019"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["fredericson-2000", "mucha-2017", "christopher-2019"],
      note: "Weak abductors go with iliotibial band syndrome: in one study (n=24) abductor torque was 7.82 on the injured side against 9.82 on the uninjured side and 10.19 in controls (%BW·height, women; Fredericson 2000). A systematic review found the link in cross-sectional studies only (Mucha 2017), and in a review of prospective studies no strength measure predicts running injury prospectively on better than very low quality evidence, and one study tied stronger abductors to injury (Christopher 2019), so whether weakness causes the pain is open.",
    },
  },
  {
    id: "hip-abductors-weak-iliotibial-band-tight",
    from: { structure: "hip-abductors", condition: "weak" },
    to: { structure: "iliotibial-band", condition: "tight" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "iliotibial-band", sensations: ["snapping"] }],
    description:
      "The seed names snapping at the side of the hip during movement as another sign of weak abductors; modelled as a band under extra tension flicking over the bony point of the outer hip.",
    sources: ["seed-001"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["arab-2010"],
      note: "No study was found linking weak abductors to hip snapping. Iliotibial band tightness was not related to hip abductor weakness in 300 people with low back pain (Arab 2010), though that was not a group of runners.",
    },
  },
  {
    id: "hip-abductors-weak-pelvic-drop",
    from: { structure: "hip-abductors", condition: "weak" },
    to: { fault: "contralateral-pelvic-drop" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [],
    description:
      "Abductors on the stance leg that cannot hold the pelvis level let it sag toward the swinging leg. The fault is named from the stance side, so the link stays on that side; kept for movement checks.",
    sources: ["seed-001", "seed-003", "crossley-2011"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["crossley-2011"],
      note: "No study in the research notes measures pelvic drop against abductor strength in running. The nearest evidence is indirect: people rated good at the single-leg squat had earlier gluteus medius onset and stronger hip abduction and external rotation (Crossley 2011), a cross-sectional comparison in a squat rather than a test of this step.",
    },
  },
  {
    id: "pelvic-drop-knee-valgus",
    from: { fault: "contralateral-pelvic-drop" },
    to: { fault: "knee-valgus" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [],
    description:
      "As the pelvis sags away from the stance leg, the thigh angles inward beneath it and the knee tends to drift toward the midline. The library's reading of the seeds' talk of lost alignment control.",
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes measures pelvic drop against inward knee collapse in runners.",
    },
  },
  {
    id: "knee-valgus-patellofemoral-overloaded",
    from: { fault: "knee-valgus" },
    to: { structure: "patellofemoral-joint", condition: "overloaded" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "patellofemoral-joint", sensations: ["pain"] }],
    description:
      "A knee drifting inward is thought to change how the kneecap sits in its groove and to concentrate load behind it, felt as pain at the front of the knee.",
    sources: ["seed-002", "ireland-2003", "rathleff-2014", "neal-2019"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["ireland-2003", "rathleff-2014", "neal-2019"],
      note: "The research looks at hip weakness and kneecap pain rather than knee collapse itself. People with patellofemoral pain had 26% less hip abduction and 36% less external rotation strength (Ireland 2003), yet prospective studies (18 studies, n=4,818) found hip weakness is not a risk factor (Neal 2019; Rathleff 2014): the weakness looks more like a consequence of the pain than its cause.",
    },
  },
  {
    id: "piriformis-tight-sciatic-compressed",
    from: { structure: "piriformis", condition: "tight" },
    to: { structure: "sciatic-nerve", condition: "compressed" },
    mechanism: "nerve-compression",
    side: "same",
    symptoms: [
      { structure: "piriformis", sensations: ["pain"] },
      { structure: "sciatic-nerve", sensations: ["numbness", "tingling", "pain"] },
    ],
    description:
      "A tight piriformis is said to squeeze the sciatic nerve where it runs beneath or through the muscle, giving buttock pain with numbness or tingling down the leg. Pain together with numbness calls for a professional's assessment.",
    sources: ["seed-001", "hopayian-2010", "hopayian-2017", "smoll-2010", "natsis-2014", "poutoglidou-2020"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["hopayian-2010", "hopayian-2017", "smoll-2010", "natsis-2014", "poutoglidou-2020"],
      note: "Piriformis syndrome is itself debated: reviews give four typical features (buttock pain, worse sitting, tenderness near the sciatic notch, pain when the muscle is tensioned), find no gold-standard test and treat it as a diagnosis of exclusion (Hopayian 2010; Hopayian 2017), which backs referring pain with numbness. The seed's 15% for the nerve piercing the muscle is overstated: 16.9% (95% CI 16.0–17.9) of 6,062 cadavers had any variant of the nerve's course (Smoll 2010), typical anatomy was found in 90% (Poutoglidou 2020), and one branch ran through a double piriformis in 4.1% of 294 limbs (Natsis 2014).",
    },
  },

  // ───────────────────────────── Seed 004: tight hip flexors and forward pelvic tilt ─────────────────────────────
  {
    id: "hip-flexors-tight-anterior-pelvic-tilt",
    from: { structure: "hip-flexors", condition: "tight" },
    to: { fault: "anterior-pelvic-tilt" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [],
    description:
      "Short, tight hip flexors (the seed singles out the tensor fasciae latae) are said to pull the front of the pelvis down so that it tips forward.",
    sources: ["seed-004", "heino-1990", "naseri-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contradicted",
      sources: ["heino-1990", "naseri-2010"],
      note: "Tested and not found: hip extension range barely tracked pelvic tilt (r = −0.04) or lordosis (r = −0.09) (Heino 1990), and in 75 women muscle tightness had no significant effect on pelvic tilt or lumbar lordosis (Naseri 2010).",
    },
  },
  {
    id: "anterior-pelvic-tilt-lumbar-extensors-overloaded",
    from: { fault: "anterior-pelvic-tilt" },
    to: { structure: "lumbar-extensors", condition: "overloaded" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "lumbar-extensors", sensations: ["soreness", "tightness"] }],
    description:
      "With the pelvis tipped forward, the low back muscles strain to keep the trunk upright, and the runner feels a sore, tight lower back during and after runs.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["heino-1990", "naseri-2010"],
      note: "No study in the research notes tests this step, and the forward tilt it starts from was not tied to hip flexor tightness when measured (Heino 1990; Naseri 2010).",
    },
  },
  {
    id: "anterior-pelvic-tilt-shortened-stride",
    from: { fault: "anterior-pelvic-tilt" },
    to: { fault: "shortened-stride" },
    mechanism: "altered-gait",
    side: "same",
    symptoms: [],
    description: "The seed holds that once the pelvis sits tipped forward the running pattern changes and each stride gets shorter.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether forward pelvic tilt shortens the running stride.",
    },
  },
  {
    id: "shortened-stride-forefoot-strike",
    from: { fault: "shortened-stride" },
    to: { fault: "forefoot-strike" },
    mechanism: "altered-gait",
    side: "same",
    symptoms: [],
    description: "With the shorter stride, the foot meets the ground on its front part instead of the heel.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: UNTESTED_STEP,
  },
  {
    id: "forefoot-strike-triceps-surae-overloaded",
    from: { fault: "forefoot-strike" },
    to: { structure: "triceps-surae", condition: "overloaded" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "triceps-surae", sensations: ["tightness", "fatigue", "pain"] }],
    description:
      "Landing on the forefoot makes the calf take up more of each impact, so it is the first place to tire and it feels tight and painful; stretching it only eases the local symptom.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether this route explains calf tightness or fatigue in runners.",
    },
  },
  {
    id: "forefoot-strike-patellar-tendon-overloaded",
    from: { fault: "forefoot-strike" },
    to: { structure: "patellar-tendon", condition: "overloaded" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "patellar-tendon", sensations: ["pain"] }],
    description:
      "The seed has the kneecap bearing more of the load after a forefoot landing; modelled as extra strain on the patellar tendon, felt as knee pain.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether a forefoot landing overloads the kneecap or its tendon.",
    },
  },
  {
    id: "forefoot-strike-hip-flexors-overloaded",
    from: { fault: "forefoot-strike" },
    to: { structure: "hip-flexors", condition: "overloaded" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "hip-flexors", sensations: ["tightness"] }],
    description: "The seed also routes the shifted load to the hip flexors, which adds to their tightness and keeps the cycle going.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: UNTESTED_STEP,
  },
  {
    id: "forefoot-strike-gluteals-weak",
    from: { fault: "forefoot-strike" },
    to: { structure: "gluteals", condition: "weak" },
    mechanism: "deconditioning",
    side: "same",
    symptoms: [],
    description:
      "With calves, kneecap and hip flexors taking the load, the glutes do less of the work of each stride, and whatever weakness they had gets worse.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether a changed landing leaves the glutes weaker.",
    },
  },
  {
    id: "forefoot-strike-hamstrings-weak",
    from: { fault: "forefoot-strike" },
    to: { structure: "hamstrings", condition: "weak" },
    mechanism: "deconditioning",
    side: "same",
    symptoms: [{ structure: "hamstrings", sensations: ["soreness"] }],
    description:
      "The hamstrings, the other hip extensors, are said to lose strength the same way; the seed counts sore hamstrings among the complaints of this pattern.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether a changed landing leaves the hamstrings weaker or sore.",
    },
  },

  // ───────────────────────────── Seed 002: primary muscles that tire early ─────────────────────────────
  {
    id: "gluteus-maximus-fatigued-hamstrings-overloaded",
    from: { structure: "gluteus-maximus", condition: "fatigued" },
    to: { structure: "hamstrings", condition: "overloaded" },
    mechanism: "substitution",
    side: "same",
    symptoms: [{ structure: "hamstrings", sensations: ["tightness", "pain"] }],
    description:
      "When gluteus maximus tires early in a run, the hamstrings take over more of the hip drive as its back-ups, and become tight and painful. Seed 002 says only that back-up muscles overwork when primary ones tire and lists hamstring pain among runners' complaints; pairing these two muscles is the library's reading of that general claim, drawn from the running roles.",
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["schuermans-2017", "weppler-2010"],
      note: "No study in the research notes tests whether a tiring gluteus maximus hands work to the hamstrings during a run. The nearest evidence is indirect (soccer players with more gluteus maximus activity in front swing had fewer hamstring injuries; Schuermans 2017), and reading tightness as overwork is untested, since stretching gains mostly reflect altered sensation (Weppler 2010).",
    },
  },
  {
    id: "gluteus-medius-fatigued-tfl-overloaded",
    from: { structure: "gluteus-medius", condition: "fatigued" },
    to: { structure: "tensor-fasciae-latae", condition: "overloaded" },
    mechanism: "substitution",
    side: "same",
    symptoms: [{ structure: "tensor-fasciae-latae", sensations: ["tightness"] }],
    description:
      "As gluteus medius tires, the tensor fasciae latae, also a hip abductor, does more of the work of holding the pelvis level and tightens at the front and side of the hip. Seed 002 names no muscles; this pairing is the library's reading of its general primary-and-back-up claim, drawn from the running roles.",
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["arab-2010"],
      note: "No study in the research notes tests whether the tensor fasciae latae takes over from a tired gluteus medius; the one direct test of the tight-covers-for-weak idea found no link between iliotibial band tightness and abductor weakness (Arab 2010).",
    },
  },
  {
    id: "tfl-overloaded-iliotibial-band-irritated",
    from: { structure: "tensor-fasciae-latae", condition: "overloaded" },
    to: { structure: "iliotibial-band", condition: "irritated" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "iliotibial-band", sensations: ["pain", "tightness"] }],
    description:
      "A hard-working tensor fasciae latae pulls harder on the iliotibial band it joins, and the band grows tight and painful down the outer thigh to the knee. Seed 002 lists iliotibial band pain but names no muscle behind it; tying it to the tensor fasciae latae is the library's reading of the seed's general claim, drawn from the running roles.",
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["mucha-2017", "arab-2010"],
      note: "Untested as a sequence. Weak abductors go with iliotibial band syndrome in cross-sectional studies (Mucha 2017), but iliotibial band tightness was not linked to abductor weakness in 300 people with low back pain (Arab 2010).",
    },
  },
  {
    id: "gluteus-medius-fatigued-pelvic-drop",
    from: { structure: "gluteus-medius", condition: "fatigued" },
    to: { fault: "contralateral-pelvic-drop" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [],
    description:
      "A tiring gluteus medius holds the pelvis less well late in a run, so it sags toward the swinging leg; named from the stance side, so the link stays on that side. Seed 002 names no muscles; singling out gluteus medius is the library's reading of its general claim about tiring primary muscles, drawn from the running roles.",
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["crossley-2011"],
      note: "No study in the research notes looks at gluteus medius fatigue and pelvic drop during a run; the related evidence concerns strength and single-leg squat quality, not fatigue (Crossley 2011).",
    },
  },
  {
    id: "deep-rotators-fatigued-femur-rotates-in",
    from: { structure: "deep-hip-external-rotators", condition: "fatigued" },
    to: { fault: "femoral-internal-rotation" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [],
    description:
      "Deep rotators that tire during a run check the thigh's inward roll less well, so the femur turns in during stance. Seed 002 names no muscles, only hip pain among other complaints; naming the deep rotators is the library's reading of its general claim, drawn from the running roles.",
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["noehren-2014"],
      note: "Weak external rotators go with more hip internal rotation in runners with iliotibial band syndrome (Noehren 2014), but that study measured strength, not fatigue over a run.",
    },
  },
  {
    id: "tibialis-posterior-fatigued-plantar-fascia-overloaded",
    from: { structure: "tibialis-posterior", condition: "fatigued" },
    to: { structure: "plantar-fascia", condition: "overloaded" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "plantar-fascia", sensations: ["pain"] }],
    description:
      "When tibialis posterior tires and holds up the inner arch less well, more strain passes to the plantar fascia along the sole, felt as foot pain. Seed 002 mentions foot pain only in general; this pairing is the library's reading of that claim, drawn from the running roles.",
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests this. The seed names foot pain only in general; the pairing follows the library's running roles.",
    },
  },

  // ───────────────────────────── Seed 003: weak or strained glutes ─────────────────────────────
  {
    id: "gluteals-weak-gluteals-overloaded",
    from: { structure: "gluteals", condition: "weak" },
    to: { structure: "gluteals", condition: "overloaded" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "gluteals", sensations: ["soreness", "fatigue"] }],
    description:
      "The seed says other muscles step in for weak glutes, yet places the resulting overuse soreness in the glutes themselves; read here as weak glutes working nearer their limit on every stride.",
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether weak glutes get sorer after running.",
    },
  },
  {
    id: "hip-flexors-tight-gluteals-overloaded",
    from: { structure: "hip-flexors", condition: "tight" },
    to: { structure: "gluteals", condition: "overloaded" },
    mechanism: "increased-load",
    side: "same",
    symptoms: [{ structure: "gluteals", sensations: ["soreness"] }],
    description: "Tight hip flexors are said to change running mechanics in a way that puts extra strain on the glutes, leaving them sore.",
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["heino-1990", "naseri-2010"],
      note: "No study in the research notes tests this. The related idea that hip flexor tightness alters posture by tipping the pelvis did not hold up when measured (Heino 1990; Naseri 2010).",
    },
  },

  // ───────────────────────────── Seed 001: the lower crossed model ─────────────────────────────
  {
    id: "hip-flexors-tight-gluteals-weak",
    from: { structure: "hip-flexors", condition: "tight" },
    to: { structure: "gluteals", condition: "weak" },
    mechanism: "reciprocal-inhibition",
    side: "same",
    symptoms: [],
    description:
      "In the crossed model, tight hip flexors damp their opposite numbers at the back of the hip, so the glutes fire less and weaken; one seed pairs tight hip flexors with poorly activated glutes in the same way.",
    sources: ["seed-001", "seed-004", "youdas-1996"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["youdas-1996"],
      note: "No study in the research notes measured gluteal strength against hip flexor tightness. The step belongs to Janda's lower crossed syndrome, whose postural links as a whole showed only weak, sex-specific associations (Youdas 1996).",
    },
  },
  {
    id: "gluteals-weak-anterior-pelvic-tilt",
    from: { structure: "gluteals", condition: "weak" },
    to: { fault: "anterior-pelvic-tilt" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [],
    description: "In the crossed model, weak glutes fail to counter the forward pull on the pelvis, which tips forward.",
    sources: ["seed-001", "youdas-1996"],
    grade: "practitioner-opinion",
    verdict: LOWER_CROSSED_STEP,
  },
  {
    id: "anterior-pelvic-tilt-lumbar-extensors-tight",
    from: { fault: "anterior-pelvic-tilt" },
    to: { structure: "lumbar-extensors", condition: "tight" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [{ structure: "lumbar-extensors", sensations: ["tightness"] }],
    description:
      "In the crossed model, a forward-tipped pelvis deepens the lumbar curve and holds the low back extensors short and tight, each keeping the other going.",
    sources: ["seed-001", "youdas-1996"],
    grade: "practitioner-opinion",
    verdict: LOWER_CROSSED_STEP,
  },
  {
    id: "lumbar-extensors-tight-core-weak",
    from: { structure: "lumbar-extensors", condition: "tight" },
    to: { structure: "core", condition: "weak" },
    mechanism: "reciprocal-inhibition",
    side: "same",
    symptoms: [],
    description:
      "The model pairs tight back extensors with weak abdominals: the overactive muscles behind the trunk are said to damp the ones in front.",
    sources: ["seed-001", "youdas-1996"],
    grade: "practitioner-opinion",
    verdict: LOWER_CROSSED_STEP,
  },
  {
    id: "core-weak-anterior-pelvic-tilt",
    from: { structure: "core", condition: "weak" },
    to: { fault: "anterior-pelvic-tilt" },
    mechanism: "altered-alignment",
    side: "same",
    symptoms: [],
    description: "Weak abdominals hold the front of the pelvis up less well, adding to the forward tilt and closing the loop of the model.",
    sources: ["seed-001", "youdas-1996"],
    grade: "practitioner-opinion",
    verdict: LOWER_CROSSED_STEP,
  },
] as const satisfies readonly Link[];

/** The named compensation chains of the seed articles. */
export const chainData = () => [
  {
    id: "deep-rotator-inhibition",
    name: "Switched-off deep rotators, overworked gluteus medius",
    description:
      "The deep hip rotators do not engage as weight comes onto the leg, the thigh rolls inward, and gluteus medius works to correct it until it stays tight and sore. The first step has only indirect case-control support; the overwork that makes gluteus medius the sore spot has not been tested.",
    links: ["deep-rotators-inhibited-femur-rotates-in", "femur-rotates-in-gluteus-medius-overloaded"],
    sources: ["seed-000", "noehren-2014", "weppler-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["noehren-2014", "weppler-2010"],
      note: "Half of it holds: runners with iliotibial band syndrome had weaker external rotators and 3.7° more hip internal rotation while running (Noehren 2014). That gluteus medius then overworks, and that tightness resisting stretching marks such overwork, is untested (Weppler 2010).",
    },
  },
  {
    id: "gluteus-maximus-weakness",
    name: "Weak gluteus maximus, overworked hamstrings",
    description:
      "The hamstrings take over hip extension from a weak gluteus maximus and stay tight and sore. The seed names only a weakened glute, read here as gluteus maximus because the hamstrings back up hip extension. Research offers only indirect support, from injury in soccer rather than tightness in runners.",
    links: ["gluteus-maximus-weak-hamstrings-overloaded"],
    sources: ["seed-000", "schuermans-2017"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["schuermans-2017"],
      note: "Indirect only: more gluteus maximus activity in front swing went with fewer hamstring injuries in soccer players (10% more activity ≈ 20% lower risk; Schuermans 2017). Not about tightness, not runners.",
    },
  },
  {
    id: "hip-abductor-weakness",
    name: "Weak or lengthened hip abductors",
    description:
      "Abductors that are weak, or held long by sitting, leave others to steady the pelvis: piriformis tightens and aches high in the buttock, the iliotibial band is irritated at the outside of the knee, and the hip may snap. Only the lateral knee branch has been studied, and there the link is an association, not an established cause.",
    links: [
      "hip-abductors-lengthened-weak",
      "hip-abductors-weak-piriformis-overloaded",
      "hip-abductors-weak-iliotibial-band-irritated",
      "hip-abductors-weak-iliotibial-band-tight",
    ],
    sources: ["seed-001", "fredericson-2000", "mucha-2017", "christopher-2019", "arab-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contested",
      sources: ["fredericson-2000", "mucha-2017", "christopher-2019", "arab-2010"],
      note: "Weak abductors go with iliotibial band syndrome in cross-sectional and case-control work (Fredericson 2000; Mucha 2017), and no strength measure predicts running injury prospectively on better than very low quality evidence, and one study tied stronger abductors to injury (Christopher 2019). Upper-buttock tightness and hip snapping from weak abductors are untested, and iliotibial band tightness was unrelated to abductor weakness in 300 people with low back pain (Arab 2010).",
    },
  },
  {
    id: "pelvic-drop-knee-valgus",
    name: "Pelvic drop, inward knee, kneecap pain",
    description:
      "Weak abductors on the stance leg let the pelvis sag toward the swinging leg, the knee drifts inward and load builds behind the kneecap. Built for movement checks such as the single-leg squat; hip weakness goes with kneecap pain but does not predict it.",
    links: ["hip-abductors-weak-pelvic-drop", "pelvic-drop-knee-valgus", "knee-valgus-patellofemoral-overloaded"],
    sources: ["seed-001", "seed-002", "seed-003", "crossley-2011", "ireland-2003", "rathleff-2014", "neal-2019"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contested",
      sources: ["ireland-2003", "rathleff-2014", "neal-2019", "crossley-2011"],
      note: "A cross-sectional link only: people with patellofemoral pain had 26% less hip abduction and 36% less external rotation strength (Ireland 2003), but 18 prospective studies (n=4,818) found hip weakness is not a risk factor (Neal 2019; Rathleff 2014). The pelvic drop and knee steps are untested; better single-leg squats went with stronger abductors (Crossley 2011), which bears on them only indirectly.",
    },
  },
  {
    id: "piriformis-sciatic-compression",
    name: "Tight piriformis pressing on the sciatic nerve",
    description:
      "A tight piriformis is said to compress the sciatic nerve, giving buttock pain with numbness or tingling. The diagnosis is debated and made by excluding other causes, the seed overstates how often the nerve passes through the muscle, and pain with numbness is a reason to see a professional.",
    links: ["piriformis-tight-sciatic-compressed"],
    sources: ["seed-001", "hopayian-2010", "hopayian-2017", "smoll-2010", "natsis-2014", "poutoglidou-2020", "laslett-2005"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["hopayian-2010", "hopayian-2017", "smoll-2010", "natsis-2014", "poutoglidou-2020", "laslett-2005"],
      note: "No gold-standard test; a diagnosis of exclusion (Hopayian 2010; Hopayian 2017). Any variant of the nerve's course: 16.9% (Smoll 2010); one branch through a double piriformis: 4.1% (Natsis 2014); typical anatomy: 90% (Poutoglidou 2020). Sacroiliac joint pain looks similar; against an anaesthetic joint block, three or more of six provocation tests positive gave sensitivity 94%, specificity 78% (Laslett 2005), though the tests were never compared with piriformis syndrome.",
    },
  },
  {
    id: "tight-hip-flexors-anterior-tilt",
    name: "Tight hip flexors, forward pelvic tilt, calf and knee overload",
    description:
      "Tight hip flexors (the tensor fasciae latae, in the seed) tip the pelvis forward; the low back strains, the stride shortens, the foot lands on its front, and calves, kneecap and hip flexors take the load while glutes and hamstrings weaken. The first step failed when tested; the rest is untested.",
    links: [
      "hip-flexors-tight-anterior-pelvic-tilt",
      "anterior-pelvic-tilt-lumbar-extensors-overloaded",
      "anterior-pelvic-tilt-shortened-stride",
      "shortened-stride-forefoot-strike",
      "forefoot-strike-triceps-surae-overloaded",
      "forefoot-strike-patellar-tendon-overloaded",
      "forefoot-strike-hip-flexors-overloaded",
      "forefoot-strike-gluteals-weak",
      "forefoot-strike-hamstrings-weak",
    ],
    sources: ["seed-004", "heino-1990", "naseri-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contradicted",
      sources: ["heino-1990", "naseri-2010"],
      note: "First link contradicted: hip extension range vs pelvic tilt r = −0.04, vs lordosis r = −0.09 (Heino 1990); tightness had no significant effect on tilt or lordosis in 75 women (Naseri 2010). The later steps are unverified.",
    },
  },
  {
    id: "primary-fatigue-hamstrings",
    name: "Tired gluteus maximus, overworked hamstrings",
    description:
      "When the main hip extensor tires early in a run, its back-ups, the hamstrings, carry the drive and become tight and painful. The clinic's model of primary muscles quitting and back-ups overworking names no muscles; this pairing is the library's reading, drawn from the running roles. Untested.",
    links: ["gluteus-maximus-fatigued-hamstrings-overloaded"],
    sources: ["seed-002", "weppler-2010", "schuermans-2017"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["weppler-2010", "schuermans-2017"],
      note: "No study tests the back-up model itself; stretching gains mostly reflect altered sensation (Weppler 2010), and the gluteal–hamstring evidence is indirect, from soccer injuries (Schuermans 2017).",
    },
  },
  {
    id: "primary-fatigue-iliotibial-band",
    name: "Tired gluteus medius, overworked tensor fasciae latae, sore iliotibial band",
    description:
      "A tiring gluteus medius leaves the tensor fasciae latae to hold the pelvis level; it tightens and pulls on the iliotibial band, which hurts along the outer thigh and knee. The muscles are the library's reading of the clinic's general model, drawn from the running roles. Untested.",
    links: ["gluteus-medius-fatigued-tfl-overloaded", "tfl-overloaded-iliotibial-band-irritated"],
    sources: ["seed-002", "arab-2010", "mucha-2017"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["arab-2010", "mucha-2017"],
      note: "Iliotibial band tightness was not linked to hip abductor weakness in 300 people with low back pain (Arab 2010); weak abductors go with iliotibial band syndrome only in cross-sectional studies (Mucha 2017). Fatigue over a run has not been studied.",
    },
  },
  {
    id: "primary-fatigue-knee",
    name: "Tired gluteus medius, pelvic drop, kneecap pain",
    description:
      "A tiring gluteus medius lets the pelvis sag late in a run, the knee drifts inward and the kneecap takes more load. The clinic's fatigue model, which names no muscles (gluteus medius is the library's reading, drawn from the running roles), joined to the library's alignment links; untested as a whole.",
    links: ["gluteus-medius-fatigued-pelvic-drop", "pelvic-drop-knee-valgus", "knee-valgus-patellofemoral-overloaded"],
    sources: ["seed-002", "ireland-2003", "neal-2019"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["neal-2019", "ireland-2003"],
      note: "Fatigue has not been studied. For hip weakness, patellofemoral pain shows a cross-sectional link (Ireland 2003) but no prospective risk (Neal 2019).",
    },
  },
  {
    id: "primary-fatigue-hip",
    name: "Tired deep rotators, overworked gluteus medius",
    description:
      "Deep rotators that tire during a run let the thigh roll inward, and gluteus medius takes over the correction, becoming the painful, tight spot at the hip. The clinic's model names no muscles; these are the library's reading, drawn from the running roles. Untested.",
    links: ["deep-rotators-fatigued-femur-rotates-in", "femur-rotates-in-gluteus-medius-overloaded"],
    sources: ["seed-002", "noehren-2014", "weppler-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["noehren-2014", "weppler-2010"],
      note: "Weak, not tired, rotators go with more hip internal rotation (Noehren 2014); that gluteus medius then overworks and tightens is untested (Weppler 2010).",
    },
  },
  {
    id: "primary-fatigue-foot",
    name: "Tired tibialis posterior, strained plantar fascia",
    description:
      "When the arch-supporting tibialis posterior tires, the plantar fascia takes more strain and the sole of the foot hurts. The library's reading of the clinic's mention of foot pain; untested.",
    links: ["tibialis-posterior-fatigued-plantar-fascia-overloaded"],
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests this.",
    },
  },
  {
    id: "weak-glutes-compensation",
    name: "Weak glutes, sore glutes",
    description:
      "Glutes that are weak for the running asked of them get overused and sore after runs, even when other muscles try to help. Untested; ordinary post-run soreness that fades within days is a separate matter.",
    links: ["gluteals-weak-gluteals-overloaded"],
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether weak glutes cause soreness after running.",
    },
  },
  {
    id: "tight-hip-flexors-glute-strain",
    name: "Tight hip flexors, strained glutes",
    description: "Tight hip flexors alter running mechanics and leave the glutes strained and sore. Untested.",
    links: ["hip-flexors-tight-gluteals-overloaded"],
    sources: ["seed-003", "heino-1990", "naseri-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["heino-1990", "naseri-2010"],
      note: "No study tests it; hip flexor tightness was not tied to pelvic posture when measured (Heino 1990; Naseri 2010).",
    },
  },
  {
    id: "lower-crossed-syndrome",
    name: "Lower crossed syndrome",
    description:
      "Janda's model: tight hip flexors and low back extensors cross with weak glutes and abdominals, and the pelvis tips forward; the tilt keeps the back extensors tight, closing a loop. A debated clinical model: posture studies support it only weakly, and its core, tight hip flexors tipping the pelvis forward, did not hold when measured.",
    links: [
      "hip-flexors-tight-gluteals-weak",
      "gluteals-weak-anterior-pelvic-tilt",
      "anterior-pelvic-tilt-lumbar-extensors-tight",
      "lumbar-extensors-tight-core-weak",
      "core-weak-anterior-pelvic-tilt",
    ],
    sources: ["seed-001", "seed-004", "heino-1990", "youdas-1996", "naseri-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contradicted",
      sources: ["heino-1990", "youdas-1996", "naseri-2010"],
      note: "Its core, tight muscles at the front of the hip going with a forward-tipped pelvis, is the mechanism of seed 004's chain and did not hold when measured: hip extension range did not track pelvic tilt (r = −0.04; Heino 1990), and tightness had no significant effect on tilt in 75 women (Naseri 2010). The model's postural links showed only weak, sex-specific associations (Youdas 1996), and no study in the notes measured its single steps.",
    },
  },
] as const satisfies readonly Chain[];
