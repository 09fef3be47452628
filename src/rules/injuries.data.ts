/**
 * Rules for the common running injuries and the conditions an app must never miss, as data.
 *
 * Groups, in order:
 * 1. Emergencies and same-day patterns that need no ticked red flag: compartment pressure, clots,
 *    infection at any site, severe or sudden pain, muscle breakdown, cauda equina with context.
 * 2. Age: children's hips and growth plates, adolescent backs, new back pain and leg claudication
 *    over 50, osteoarthritis.
 * 3. Bone: high- and lower-risk stress injury sites, energy availability, shin splints.
 * 4. Tendons, muscles and joints, region by region: Achilles, calf, heel, knee, hamstring, groin,
 *    hip, back and nerve roots.
 * 5. After childbirth.
 *
 * Where the facts come from: the project's injury notes (`shared/research/injuries.md`): the
 * triage table (section 2) for floors and running advice, the topic sections for the features
 * each rule reads, and the intake table (section 23) for what a runner can report. Weights are
 * the library's judgement: a condition's defining picture carries 0.6–0.9, a supporting feature
 * 0.2–0.4, and a feature that points elsewhere opposes it. Where the notes mark a feature as their
 * own synthesis, the rule's grade is `practitioner-opinion` or `very-low`.
 */
import type { Rule } from "./schema";

/**
 * The exact complaint locations that count as each place a rule names: the region itself, its
 * finer or broader regions, and the structures a runner or clinician may name there. Rules here
 * match these exactly rather than through shared muscles, so that a knee complaint never matches a
 * hip rule through the quadriceps.
 */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  "lower-back": ["lower-back", "lumbar-spine", "lumbar-extensors", "erector-spinae", "multifidus", "quadratus-lumborum", "lumbar-nerve-roots", "pars-interarticularis"],
  sacrum: ["sacrum"],
  "upper-buttock": ["upper-buttock", "piriformis", "deep-hip-external-rotators", "gluteus-maximus", "gluteals", "sciatic-nerve", "gluteus-medius", "gluteus-minimus"],
  "sit-bone": ["sit-bone", "ischial-tuberosity", "proximal-hamstring-tendon"],
  "lateral-hip": ["lateral-hip", "gluteal-tendons"],
  "anterior-hip": ["anterior-hip", "hip-joint", "femoral-neck", "femoral-head-growth-plate", "iliopsoas", "hip-flexors"],
  groin: ["groin", "hip-adductors", "adductor-longus", "adductor-brevis", "adductor-magnus", "gracilis", "femoral-neck", "hip-joint", "iliopsoas"],
  "pubic-bone": ["pubic-bone", "pubic-ramus", "pubic-symphysis"],
  "anterior-thigh": ["anterior-thigh", "quadriceps", "rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius"],
  hamstrings: ["hamstrings", "biceps-femoris", "semitendinosus", "semimembranosus"],
  "lateral-knee": ["lateral-knee", "iliotibial-band"],
  "anterior-knee": ["anterior-knee", "patellofemoral-joint", "patellar-tendon", "tibial-tuberosity"],
  "medial-knee": ["medial-knee", "knee-joint"],
  "posterior-knee": ["posterior-knee", "popliteal-artery"],
  calf: ["calf", "triceps-surae", "gastrocnemius", "soleus", "deep-calf-veins"],
  shin: ["shin", "medial-shin", "anterior-shin", "tibia", "anterior-tibial-cortex", "tibialis-anterior", "tibialis-posterior", "fibula", "lower-leg-compartments"],
  "medial-shin": ["medial-shin", "shin", "tibia", "tibialis-posterior"],
  "anterior-shin": ["anterior-shin", "shin", "anterior-tibial-cortex", "tibialis-anterior", "lower-leg-compartments"],
  achilles: ["achilles", "achilles-tendon"],
  "posterior-heel": ["posterior-heel"],
  ankle: ["ankle", "ankle-joint"],
  heel: ["heel", "foot", "plantar-fascia", "calcaneus", "calcaneal-apophysis"],
  foot: ["foot", "heel", "midfoot", "forefoot", "plantar-fascia", "calcaneus", "navicular", "metatarsals", "fifth-metatarsal-base"],
  midfoot: ["midfoot", "navicular", "fifth-metatarsal-base"],
  forefoot: ["forefoot", "metatarsals"],
};

/** The exact locations that count as any of these places (see {@link PLACES}); a structure id stands for itself. */
const at = (places: readonly string[]): string[] => [...new Set(places.flatMap((place) => PLACES[place] ?? [place]))];

/** Where the lower leg hurts: calf, shin and the back of the knee. */
const LOWER_LEG = ["calf", "shin", "posterior-knee"] as const;

/** Every leg and pelvis region and structure, for patterns that can show anywhere below the back. */
const LIMB = [
  "upper-buttock",
  "sit-bone",
  "lateral-hip",
  "anterior-hip",
  "groin",
  "pubic-bone",
  "anterior-thigh",
  "hamstrings",
  "lateral-knee",
  "anterior-knee",
  "medial-knee",
  "posterior-knee",
  "calf",
  "shin",
  "achilles",
  "posterior-heel",
  "ankle",
  "foot",
] as const;

/** The lower back as a runner points to it. */
const BACK = ["lower-back", "sacrum"] as const;

/** The leg below the buttock, where nerve-root pain travels. */
const LEG = ["hamstrings", "anterior-thigh", "posterior-knee", "calf", "shin", "ankle", "foot", "upper-buttock"] as const;

/** Back pain, or nerve symptoms in a leg: the context in which cauda equina signs are read. */
const BACK_OR_LEG_NERVE = [
  { kind: "complaint", locatedAt: at(BACK) },
  { kind: "complaint", locatedAt: at(LEG), sensations: ["numbness", "tingling", "weakness", "burning"] },
] as const;

/** Hip and groin, where a child's hip disorder and a femoral neck stress fracture show. */
const HIP_AND_GROIN = ["anterior-hip", "groin", "hip-joint", "femoral-neck"] as const;

/** Where a child's hip disorder can be felt: hip, groin, thigh or only the knee. */
const CHILD_HIP_REFERRAL = ["anterior-hip", "groin", "anterior-thigh", "anterior-knee", "medial-knee", "hip-joint"] as const;

/** The clot risk factors a runner can report (NICE NG158 and the notes' section 16). */
const CLOT_RISKS = [
  { kind: "finding", finding: "recent-long-haul-travel" },
  { kind: "finding", finding: "recent-surgery-or-immobilisation" },
  { kind: "finding", finding: "hormonal-contraception-or-hrt" },
  { kind: "finding", finding: "pregnant" },
  { kind: "finding", finding: "previous-clot" },
  { kind: "finding", finding: "history-of-cancer" },
  { kind: "context", factor: "postpartum-under-12-weeks" },
] as const;

/** The training changes that precede bone and tendon overload. */
const LOAD_RISE = [
  { kind: "training-change", change: "more-distance" },
  { kind: "training-change", change: "longer-long-run" },
  { kind: "training-change", change: "new-intensity" },
  { kind: "training", signal: "long-run-spike" },
  { kind: "training", signal: "weekly-increase-over-30" },
] as const;

/** Signs that a bone rather than a soft tissue is overloaded. */
const BONE_SIGNS = [
  { kind: "finding", finding: "focal-bone-tenderness" },
  { kind: "finding", finding: "pain-on-hopping" },
  { kind: "finding", finding: "night-pain" },
  { kind: "finding", finding: "pain-not-easing-with-warm-up" },
  { kind: "finding", finding: "limp" },
  { kind: "finding", finding: "worsening-week-on-week" },
] as const;

/** Low energy availability and bone health: the REDs and Triad risk factors. */
const BONE_HEALTH_RISKS = [
  { kind: "finding", finding: "absent-or-irregular-periods" },
  { kind: "finding", finding: "low-energy-intake" },
  { kind: "finding", finding: "previous-bone-stress-injury" },
  { kind: "finding", finding: "osteoporosis" },
] as const;

/** Nerve sensations. */
const NERVE = ["numbness", "tingling", "burning"] as const;

/** Pain-like sensations, for conditions that ache rather than hurt sharply. */
const ACHE = ["pain", "soreness", "burning"] as const;

/**
 * Every injury rule, in the order of the groups in this file's header. See {@link Rule} for the
 * fields and the rule language.
 */
export const injuryRuleData = () => [
  // ───────────────────────────── 1. Emergencies and same-day patterns ─────────────────────────────
  {
    id: "pain-rising-after-stopping-with-tense-leg",
    description:
      "Lower-leg pain that keeps climbing after stopping, with swelling, numbness or severe pain, can mean rising pressure in a muscle compartment: go to an emergency department now.",
    when: [
      { kind: "finding", finding: "pain-rising-after-stopping" },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "swelling" },
          { kind: "complaint", sensations: ["numbness", "tingling", "weakness"] },
          { kind: "complaint", locatedAt: at(LOWER_LEG), minSeverity: 7 },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "acute-compartment-syndrome", weight: 1 },
    ],
    sources: ["statpearls-acs"],
    grade: "low",
  },
  {
    id: "severe-lower-leg-pain-at-rest-with-numbness",
    description:
      "Severe lower-leg pain at rest together with numbness, tingling or swelling can mean pressure cutting off the blood supply to the muscles: get emergency care now.",
    when: [
      { kind: "complaint", locatedAt: at(LOWER_LEG), minSeverity: 8, when: ["at-rest", "at-night"] },
      {
        kind: "any",
        of: [
          { kind: "complaint", sensations: ["numbness", "tingling"] },
          { kind: "finding", finding: "swelling" },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "acute-compartment-syndrome", weight: 0.9 },
    ],
    sources: ["statpearls-acs"],
    grade: "low",
  },
  {
    id: "severe-lower-leg-pain-at-rest",
    description:
      "Severe calf or shin pain at rest is not ordinary running soreness: a clot, a torn muscle or tendon, or pressure in a muscle compartment need to be ruled out today.",
    when: [{ kind: "complaint", locatedAt: at(LOWER_LEG), minSeverity: 8, when: ["at-rest", "at-night"] }],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "deep-vein-thrombosis", weight: 0.3 },
      { kind: "support", hypothesis: "acute-compartment-syndrome", weight: 0.3 },
    ],
    sources: ["statpearls-acs", "nice-ng158"],
    grade: "very-low",
  },
  {
    id: "calf-swelling-with-clot-risk",
    description:
      "Pain or tenderness in one calf together with a clot risk (a long journey, recent surgery or a cast, hormonal contraception or HRT, pregnancy or a recent birth, a past clot, cancer) needs a scan the same day to rule out a clot. Soreness in both calves after a race is not this picture; a swollen calf is urgent whatever the side.",
    when: [
      { kind: "complaint", locatedAt: at(["calf", "posterior-knee"]), oneSided: true },
      { kind: "any", of: CLOT_RISKS },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "deep-vein-thrombosis", weight: 0.8 },
    ],
    sources: ["nice-ng158", "fleming-2005"],
    grade: "low",
  },
  {
    id: "calf-swelling",
    description:
      "A swollen, painful calf needs examining the same day: a clot is easily taken for a strained muscle, and only an examination (and often a scan) tells them apart.",
    when: [
      { kind: "complaint", locatedAt: at(["calf", "posterior-knee"]) },
      { kind: "finding", finding: "swelling" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "deep-vein-thrombosis", weight: 0.4 },
    ],
    sources: ["nice-ng158"],
    grade: "low",
  },
  {
    id: "leg-pain-with-chest-symptoms",
    description:
      "Leg pain together with breathlessness, chest pain or fainting can mean a clot that has reached the lungs: call an ambulance.",
    when: [
      { kind: "complaint", locatedAt: at(["calf", "posterior-knee", "hamstrings", "anterior-thigh"]) },
      { kind: "finding", finding: "chest-pain-or-breathlessness" },
    ],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "pulmonary-embolism", weight: 0.8 },
      { kind: "support", hypothesis: "deep-vein-thrombosis", weight: 0.4 },
    ],
    sources: ["nice-ng158", "nhs-pulmonary-embolism"],
    grade: "low",
  },
  {
    id: "fever-with-limb-pain",
    description:
      "Pain in a leg, hip or joint together with a fever can come from an infection of a bone or joint: stop running and see a doctor today.",
    when: [
      { kind: "complaint", locatedAt: at(LIMB) },
      { kind: "finding", finding: "fever" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "joint-or-bone-infection", weight: 0.9 },
    ],
    sources: ["rch-limping-child", "nice-ng226"],
    grade: "low",
  },
  {
    id: "hot-swollen-joint",
    description: "A joint that is swollen and warm or red needs a doctor the same day to rule out infection.",
    when: [
      { kind: "complaint", locatedAt: at(["hip-joint", "knee-joint", "ankle-joint", "anterior-knee", "medial-knee", "ankle", "anterior-hip"]) },
      { kind: "finding", finding: "swelling" },
      { kind: "finding", finding: "warmth-or-redness" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "joint-or-bone-infection", weight: 0.5 },
    ],
    sources: ["nice-ng226"],
    grade: "very-low",
  },
  {
    id: "infection-risk-with-limb-pain",
    description:
      "Leg or joint pain in someone who injects drugs, has a weakened immune system or had a recent infection is worth a doctor's check for a bone or joint infection.",
    when: [
      { kind: "complaint", locatedAt: at(LIMB) },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "iv-drug-use" },
          { kind: "finding", finding: "immunosuppression" },
          { kind: "finding", finding: "recent-infection" },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "support", hypothesis: "joint-or-bone-infection", weight: 0.3 },
    ],
    sources: ["rch-limping-child"],
    grade: "very-low",
  },
  {
    id: "severe-sudden-onset",
    description:
      "Pain, of any kind, that came on suddenly and is severe (7/10 or more) suggests a tear or a fracture rather than overuse: stop running and have it examined.",
    when: [{ kind: "complaint", onset: "sudden", minSeverity: 7 }],
    then: [{ kind: "triage", level: "consult", running: "stop" }],
    sources: ["hickey-2022", "boyd-2015"],
    grade: "very-low",
  },
  {
    id: "severe-symptoms",
    description: "Symptoms of 8 out of 10 or worse, of any kind, are more than ordinary soreness: rest from running and have them checked.",
    when: [{ kind: "complaint", minSeverity: 8 }],
    then: [{ kind: "triage", level: "consult", running: "stop" }],
    sources: ["scalco-2016-rhabdo", "statpearls-acs"],
    grade: "practitioner-opinion",
  },
  {
    id: "dark-urine-with-severe-muscle-pain",
    description:
      "Dark urine with severe muscle pain or swelling after hard exercise can mean muscle breakdown straining the kidneys: go to an emergency department.",
    when: [
      { kind: "finding", finding: "dark-urine" },
      {
        kind: "any",
        of: [
          { kind: "complaint", minSeverity: 7 },
          { kind: "finding", finding: "swelling" },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "exertional-rhabdomyolysis", weight: 1 },
    ],
    sources: ["scalco-2016-rhabdo"],
    grade: "low",
  },
  {
    id: "severe-swollen-muscles-after-hard-session",
    description:
      "Very severe, swollen muscles after an unusually hard or new session can be muscle breakdown rather than soreness: get a blood test today, sooner if the urine darkens.",
    when: [
      { kind: "complaint", sensations: ["soreness", "pain"], minSeverity: 8 },
      { kind: "finding", finding: "swelling" },
      { kind: "any", of: [{ kind: "training-change", change: "new-intensity" }, { kind: "training", signal: "long-run-spike" }] },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "exertional-rhabdomyolysis", weight: 0.6 },
    ],
    sources: ["scalco-2016-rhabdo"],
    grade: "very-low",
  },
  {
    id: "severe-swollen-muscles-at-rest",
    description:
      "Severe pain in the big leg or buttock muscles that persists at rest, with swelling, is out of proportion to soreness and can be muscle breakdown even before the urine darkens: stop and get a blood test the same day.",
    when: [
      {
        kind: "any",
        of: [
          { kind: "complaint", where: ["anterior-thigh", "hamstrings", "calf", "upper-buttock"], sensations: ["pain", "soreness"], minSeverity: 7, when: ["at-rest"] },
          { kind: "complaint", where: ["anterior-thigh", "hamstrings", "calf", "upper-buttock"], sensations: ["pain", "soreness"], minSeverity: 7, notRelievedBy: ["rest"] },
        ],
      },
      { kind: "finding", finding: "swelling" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "exertional-rhabdomyolysis", weight: 0.6 },
    ],
    sources: ["scalco-2016-rhabdo"],
    grade: "very-low",
  },
  {
    id: "sudden-injury-with-swelling-or-bruising",
    description:
      "A sudden injury that swells or bruises is damaged tissue, not soreness: stop running until walking is pain-free, then build back in stages (the library's reading of the guidance for muscle strains, applied to any acute injury).",
    when: [
      { kind: "complaint", onset: "sudden", sensations: [...ACHE, "stiffness", "weakness"] },
      { kind: "any", of: [{ kind: "finding", finding: "swelling" }, { kind: "finding", finding: "bruising" }] },
    ],
    then: [{ kind: "triage", level: "self-care", running: "stop" }],
    sources: ["green-2024-calf", "hickey-2022"],
    grade: "practitioner-opinion",
  },
  {
    id: "heat-collapse",
    description: "Collapse or confusion while running in the heat is heat stroke until proven otherwise: cool at once and call an ambulance.",
    when: [{ kind: "finding", finding: "confusion-or-collapse-in-heat" }],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "exertional-heat-illness", weight: 1 },
    ],
    sources: ["roberts-2021-heat"],
    grade: "moderate",
  },
  {
    id: "back-or-leg-symptoms-with-saddle-numbness",
    description:
      "Back or leg symptoms together with numbness in the saddle area can mean pressure on the nerves at the base of the spine: go to an emergency department now.",
    when: [
      { kind: "any", of: BACK_OR_LEG_NERVE },
      { kind: "finding", finding: "saddle-numbness" },
    ],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "cauda-equina-syndrome", weight: 0.8 },
    ],
    sources: ["bmj-best-practice-ces"],
    grade: "moderate",
  },
  {
    id: "back-or-leg-symptoms-with-bladder-bowel-change",
    description:
      "Back or leg symptoms together with new trouble passing or holding urine or stools can mean pressure on the nerves at the base of the spine: go to an emergency department now.",
    when: [
      { kind: "any", of: BACK_OR_LEG_NERVE },
      { kind: "any", of: [{ kind: "finding", finding: "bladder-bowel-change" }, { kind: "finding", finding: "sexual-dysfunction" }] },
    ],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "cauda-equina-syndrome", weight: 0.8 },
    ],
    sources: ["bmj-best-practice-ces"],
    grade: "moderate",
  },
  {
    id: "back-pain-with-symptoms-in-both-legs",
    description:
      "Back pain with pain or nerve symptoms in both legs can be an early sign of pressure on the nerves at the base of the spine: get emergency care, and check for saddle numbness and bladder changes.",
    when: [
      { kind: "complaint", locatedAt: at(BACK) },
      { kind: "finding", finding: "both-legs" },
    ],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "cauda-equina-syndrome", weight: 0.6 },
      { kind: "support", hypothesis: "lumbar-radicular-pain", weight: 0.3 },
    ],
    sources: ["bmj-best-practice-ces", "nice-ng59"],
    grade: "low",
  },
  {
    id: "back-pain-with-worsening-weakness",
    description: "Back pain with leg weakness that is getting worse needs a doctor within 24 hours.",
    when: [
      { kind: "any", of: BACK_OR_LEG_NERVE },
      { kind: "finding", finding: "progressive-weakness" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "lumbar-radicular-pain", weight: 0.4 },
    ],
    sources: ["nice-ng59", "finucane-2020"],
    grade: "low",
  },
  {
    id: "back-or-buttock-pain-with-cancer-or-steroids",
    description:
      "Back or buttock pain in someone with a past cancer, unexplained weight loss, long-term steroids or who injects drugs needs a doctor before any exercise programme.",
    when: [
      { kind: "complaint", locatedAt: at([...BACK, "upper-buttock", "sacroiliac-joint"]) },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "history-of-cancer" },
          { kind: "finding", finding: "unexplained-weight-loss" },
          { kind: "finding", finding: "long-term-corticosteroids" },
          { kind: "finding", finding: "iv-drug-use" },
          { kind: "finding", finding: "night-sweats" },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "malignancy", weight: 0.3 },
    ],
    sources: ["downie-2013", "finucane-2020"],
    grade: "low",
  },
  {
    id: "injury-with-bone-tenderness-or-swelling",
    description:
      "After a fall, collision or twist, a tender spot on a bone, or a swollen ankle or foot, can mean a fracture: have it X-rayed within 24 hours.",
    when: [
      { kind: "finding", finding: "trauma" },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "focal-bone-tenderness" },
          { kind: "complaint", locatedAt: at(["ankle", "foot"]), onset: "sudden", minSeverity: 6 },
        ],
      },
    ],
    then: [{ kind: "triage", level: "urgent", running: "stop" }],
    sources: ["downie-2013"],
    grade: "low",
  },
  {
    id: "knee-locking-or-giving-way",
    description: "A knee that locks or gives way may have a mechanical problem inside the joint, such as a torn meniscus: have it examined.",
    when: [
      { kind: "complaint", locatedAt: at(["anterior-knee", "medial-knee", "lateral-knee", "posterior-knee", "knee-joint"]) },
      { kind: "any", of: [{ kind: "finding", finding: "locking" }, { kind: "finding", finding: "giving-way" }] },
    ],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "oppose", hypothesis: "patellofemoral-pain", weight: 0.2 },
    ],
    sources: ["willy-2019"],
    grade: "very-low",
  },
  {
    id: "knee-that-locks",
    description:
      "A knee that locks may have a loose or torn piece inside the joint, such as a torn meniscus: stop running until it has been examined (the library's own caution; the guidance names the meniscus only as a look-alike).",
    when: [
      { kind: "complaint", locatedAt: at(["anterior-knee", "medial-knee", "lateral-knee", "posterior-knee", "knee-joint"]) },
      { kind: "finding", finding: "locking" },
    ],
    then: [{ kind: "triage", level: "consult", running: "stop" }],
    sources: ["willy-2019"],
    grade: "practitioner-opinion",
  },
  {
    id: "knee-giving-way-and-swelling-after-a-sudden-injury",
    description:
      "A knee that swells and gives way after a sudden injury, such as a twist, may have a torn ligament or meniscus: stop running until it has been examined (the library's own caution).",
    when: [
      { kind: "complaint", locatedAt: at(["anterior-knee", "medial-knee", "lateral-knee", "posterior-knee", "knee-joint"]), onset: "sudden" },
      { kind: "finding", finding: "giving-way" },
      { kind: "finding", finding: "swelling" },
    ],
    then: [{ kind: "triage", level: "consult", running: "stop" }],
    sources: ["willy-2019"],
    grade: "practitioner-opinion",
  },

  // ───────────────────────────── 2. Age ─────────────────────────────
  {
    id: "child-hip-or-knee-pain-with-limp",
    description:
      "A child or teenager with hip, groin, thigh or knee pain and a limp needs a same-day check: a slipped growth plate of the hip (ages 8–15) or Perthes disease (ages 4–10) can show only as knee pain.",
    when: [
      { kind: "age", max: 16 },
      { kind: "complaint", locatedAt: at(CHILD_HIP_REFERRAL) },
      { kind: "finding", finding: "limp" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "slipped-capital-femoral-epiphysis", weight: 0.5 },
      { kind: "support", hypothesis: "perthes-disease", weight: 0.4 },
    ],
    sources: ["rch-limping-child", "peck-2017-scfe"],
    grade: "low",
  },
  {
    id: "child-with-a-limp",
    description:
      "A child who limps, wherever the pain is, should be seen by a professional; a limp lasting more than a week, or with hip, thigh or knee pain, needs a check the same day.",
    when: [
      { kind: "age", max: 16 },
      { kind: "finding", finding: "limp" },
    ],
    then: [{ kind: "triage", level: "consult", running: "stop" }],
    sources: ["rch-limping-child"],
    grade: "low",
  },
  {
    id: "adolescent-hip-or-groin-pain",
    description:
      "Hip or groin pain in a child of 9 to 16 needs the hip examined the same day to rule out a slipped growth plate, which is easily missed.",
    when: [
      { kind: "age", min: 9, max: 16 },
      { kind: "complaint", locatedAt: at(HIP_AND_GROIN), sensations: ACHE },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "slipped-capital-femoral-epiphysis", weight: 0.7 },
    ],
    sources: ["rch-limping-child", "peck-2017-scfe"],
    grade: "low",
  },
  {
    id: "young-child-hip-pain",
    description: "Hip or groin pain in a child under 10 needs a doctor's check the same day (Perthes disease, an irritable hip or infection).",
    when: [
      { kind: "age", max: 10 },
      { kind: "complaint", locatedAt: at(HIP_AND_GROIN) },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "perthes-disease", weight: 0.6 },
    ],
    sources: ["rch-limping-child"],
    grade: "low",
  },
  {
    id: "young-child-leg-pain",
    description:
      "In a child under 10, hip, thigh or knee pain can come from the hip (an irritable hip, Perthes disease or infection): have a doctor examine the hip, and the same day if there is a limp or fever.",
    when: [
      { kind: "age", max: 10 },
      { kind: "complaint", locatedAt: at([...CHILD_HIP_REFERRAL]) },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "perthes-disease", weight: 0.3 },
    ],
    sources: ["rch-limping-child"],
    grade: "low",
  },
  {
    id: "child-night-pain-or-fever",
    description: "In a child, pain at night, fever, or being unable to bear weight needs a doctor the same day.",
    when: [
      { kind: "age", max: 16 },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "night-pain" },
          { kind: "finding", finding: "fever" },
          { kind: "finding", finding: "night-sweats" },
          { kind: "finding", finding: "unexplained-weight-loss" },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "joint-or-bone-infection", weight: 0.6 },
    ],
    sources: ["rch-limping-child"],
    grade: "low",
  },
  {
    id: "child-sudden-hip-pain",
    description: "Sudden hip or thigh pain in a child or teenager needs a same-day check for a slipped growth plate, an avulsion or an infected joint.",
    when: [
      { kind: "age", max: 17 },
      { kind: "complaint", locatedAt: at([...HIP_AND_GROIN, "anterior-thigh", "sit-bone"]), onset: "sudden", sensations: [...ACHE, "stiffness"] },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "slipped-capital-femoral-epiphysis", weight: 0.4 },
      { kind: "support", hypothesis: "pelvic-apophyseal-avulsion", weight: 0.4 },
    ],
    sources: ["rch-limping-child", "eberbach-2017"],
    grade: "low",
  },
  {
    id: "adolescent-knee-or-thigh-pain",
    description:
      "Knee or thigh pain in a child of 9 to 16 deserves an examination that includes the hip: a slipped growth plate of the hip is felt only at the knee in about one case in seven, and is easily missed.",
    when: [
      { kind: "age", min: 9, max: 16 },
      { kind: "complaint", locatedAt: at(["anterior-knee", "medial-knee", "posterior-knee", "lateral-knee", "anterior-thigh"]), sensations: ACHE, oneSided: true },
    ],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "support", hypothesis: "slipped-capital-femoral-epiphysis", weight: 0.2 },
    ],
    sources: ["peck-2017-scfe", "rch-limping-child"],
    grade: "low",
  },
  {
    id: "child-sudden-knee-or-thigh-pain",
    description:
      "Knee or thigh pain that came on suddenly in a child or teenager should be examined, hip included: a slipped growth plate of the hip can be felt only at the knee.",
    when: [
      { kind: "age", max: 16 },
      { kind: "complaint", locatedAt: at(["anterior-knee", "medial-knee", "posterior-knee", "anterior-thigh"]), onset: "sudden", sensations: [...ACHE, "stiffness"] },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "slipped-capital-femoral-epiphysis", weight: 0.3 },
    ],
    sources: ["peck-2017-scfe"],
    grade: "very-low",
  },
  {
    id: "adolescent-pop-at-the-pelvis",
    description:
      "A teenager who felt a pop at the front of the hip or the sit bone while sprinting or kicking, then pain and a limp, may have pulled off a piece of growth plate: an X-ray within a day.",
    when: [
      { kind: "age", min: 11, max: 19 },
      { kind: "complaint", locatedAt: at(["anterior-hip", "groin", "sit-bone", "anterior-thigh"]) },
      { kind: "any", of: [{ kind: "finding", finding: "pop-at-onset" }, { kind: "complaint", locatedAt: at(["anterior-hip", "sit-bone"]), onset: "sudden" }] },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "pelvic-apophyseal-avulsion", weight: 0.9 },
    ],
    sources: ["eberbach-2017"],
    grade: "low",
  },
  {
    id: "adolescent-knee-bump-pain",
    description: "Pain just below the kneecap in a growing child, worse with running, jumping or kneeling, fits Osgood-Schlatter disease.",
    when: [
      { kind: "age", min: 8, max: 16 },
      { kind: "complaint", locatedAt: at(["anterior-knee", "tibial-tuberosity"]), onset: "gradual" },
    ],
    then: [{ kind: "support", hypothesis: "osgood-schlatter", weight: 0.9 }],
    sources: ["rathleff-2020-osgood"],
    grade: "very-low",
  },
  {
    id: "child-heel-pain",
    description: "Heel pain in a child of 7 to 15 that builds with running is most often Sever's disease, an irritated heel growth plate.",
    when: [
      { kind: "age", min: 7, max: 15 },
      { kind: "complaint", locatedAt: at(["heel", "posterior-heel", "calcaneal-apophysis"]) },
    ],
    then: [
      { kind: "support", hypothesis: "severs-disease", weight: 1 },
      { kind: "oppose", hypothesis: "plantar-heel-pain", weight: 0.4 },
      { kind: "oppose", hypothesis: "achilles-tendinopathy-insertional", weight: 0.4 },
    ],
    sources: ["hernandez-lucas-2024-severs"],
    grade: "low",
  },
  {
    id: "adolescent-back-pain",
    description:
      "Lasting low back pain in a young athlete, especially on bending backwards, can be a stress injury of the vertebra: stop running and have it assessed.",
    when: [
      { kind: "age", min: 10, max: 19 },
      {
        kind: "any",
        of: [
          { kind: "complaint", locatedAt: at(BACK), minDays: 14 },
          { kind: "complaint", locatedAt: at(BACK), aggravatedBy: ["bending-backwards"] },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "spondylolysis", weight: 0.8 },
    ],
    sources: ["pediatrics-spondylolysis"],
    grade: "low",
  },
  {
    id: "new-back-pain-over-50",
    description: "Back pain starting after 50 is worth a professional's check, as serious causes become a little more likely with age.",
    when: [
      { kind: "age", min: 51 },
      { kind: "complaint", locatedAt: at(BACK) },
    ],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "support", hypothesis: "malignancy", weight: 0.2 },
    ],
    sources: ["downie-2013", "finucane-2020"],
    grade: "low",
  },
  {
    id: "exertional-leg-pain-over-50",
    description:
      "Calf, thigh or buttock pain that comes on with effort and eases within minutes of stopping, in someone over 50, can be narrowed leg arteries: a doctor should check the circulation.",
    when: [
      { kind: "age", min: 50 },
      { kind: "complaint", locatedAt: at(["calf", "hamstrings", "anterior-thigh", "upper-buttock", "posterior-knee"]) },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "exertional-pain-settles-with-rest" },
          { kind: "complaint", locatedAt: at(["calf", "hamstrings", "anterior-thigh", "upper-buttock"]), when: ["during-run"], relievedBy: ["rest"] },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "support", hypothesis: "peripheral-arterial-disease", weight: 0.9 },
    ],
    sources: ["joy-2015-paes"],
    grade: "practitioner-opinion",
  },
  {
    id: "rest-pain-with-claudication-over-50",
    description:
      "Over 50, leg pain on walking or running that eases with rest, together with foot or leg pain at rest or at night, can mean the circulation is failing even at rest: see a doctor within 24 hours.",
    when: [
      { kind: "age", min: 50 },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "exertional-pain-settles-with-rest" },
          { kind: "complaint", locatedAt: at(["calf", "hamstrings", "anterior-thigh", "upper-buttock"]), aggravatedBy: ["walking"], relievedBy: ["rest"] },
        ],
      },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "night-pain" },
          { kind: "complaint", locatedAt: at(["foot", "calf", "shin"]), when: ["at-rest", "at-night"] },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "peripheral-arterial-disease", weight: 0.6 },
    ],
    sources: ["joy-2015-paes"],
    grade: "practitioner-opinion",
  },
  {
    id: "knee-pain-over-45",
    description: "Activity-related knee joint pain from the mid-forties, with stiffness that wears off within half an hour, fits osteoarthritis.",
    when: [
      { kind: "age", min: 45 },
      { kind: "complaint", locatedAt: at(["medial-knee", "knee-joint", "posterior-knee", "anterior-knee"]), onset: "gradual" },
    ],
    then: [{ kind: "support", hypothesis: "knee-osteoarthritis", weight: 0.6 }],
    sources: ["nice-ng226"],
    grade: "moderate",
  },
  {
    id: "hip-pain-over-45",
    description: "Activity-related hip or groin pain from the mid-forties, with short morning stiffness, fits hip osteoarthritis.",
    when: [
      { kind: "age", min: 45 },
      { kind: "complaint", locatedAt: at(["anterior-hip", "groin", "hip-joint"]), onset: "gradual" },
    ],
    then: [
      { kind: "support", hypothesis: "hip-osteoarthritis", weight: 0.8 },
      { kind: "oppose", hypothesis: "hip-related-groin-pain", weight: 0.3 },
    ],
    sources: ["nice-ng226", "griffin-2016-warwick"],
    grade: "moderate",
  },
  {
    id: "joint-stiffness-in-the-morning",
    description: "Short morning stiffness of a knee or hip fits osteoarthritis; stiffness that lasts more than half an hour points to an inflammatory joint problem, which a doctor should see.",
    when: [
      { kind: "complaint", locatedAt: at(["medial-knee", "knee-joint", "anterior-hip", "hip-joint", "groin", "anterior-knee"]), when: ["morning"] },
      { kind: "finding", finding: "morning-stiffness-over-30-min" },
    ],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "oppose", hypothesis: "knee-osteoarthritis", weight: 0.3 },
      { kind: "oppose", hypothesis: "hip-osteoarthritis", weight: 0.3 },
    ],
    sources: ["nice-ng226"],
    grade: "moderate",
  },

  // ───────────────────────────── 3. Bone ─────────────────────────────
  {
    id: "groin-pain-in-runs-after-load-rise",
    description:
      "Groin or front-of-hip pain that comes on during runs after running more must be treated as a possible stress fracture of the femoral neck until imaged: stop running and see a doctor within 24 hours.",
    when: [
      { kind: "complaint", locatedAt: at(["groin", "anterior-hip", "femoral-neck"]), sensations: ACHE, when: ["during-run", "after-run"] },
      { kind: "any", of: LOAD_RISE },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.7 },
    ],
    sources: ["statpearls-stress-fractures", "patel-2011", "robertson-2017"],
    grade: "low",
  },
  {
    id: "groin-pain-with-bone-signs",
    description:
      "Groin pain with a limp, pain on walking or hopping, night pain, or pain that builds week on week fits a stress fracture of the hip or pelvis: stop running and see a doctor within 24 hours.",
    when: [
      { kind: "complaint", locatedAt: at(["groin", "anterior-hip", "femoral-neck", "pubic-bone"]), sensations: ACHE },
      {
        kind: "any",
        of: [
          ...BONE_SIGNS,
          { kind: "complaint", locatedAt: at(["groin", "anterior-hip", "femoral-neck", "pubic-bone"]), aggravatedBy: ["hopping-or-jumping"] },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.7 },
    ],
    sources: ["patel-2011", "hoenig-2022", "robertson-2017"],
    grade: "low",
  },
  {
    id: "groin-pain-on-walking-in-younger-or-loaded-runner",
    description:
      "Groin pain that now hurts on walking, in a runner under 50 or after running more, can be a femoral neck stress fracture: stop running and see a doctor within 24 hours.",
    when: [
      { kind: "complaint", locatedAt: at(["groin", "anterior-hip", "femoral-neck", "pubic-bone"]), aggravatedBy: ["walking"] },
      { kind: "any", of: [{ kind: "age", max: 49 }, ...LOAD_RISE, ...BONE_HEALTH_RISKS] },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.6 },
    ],
    sources: ["patel-2011", "hoenig-2022"],
    grade: "low",
  },
  {
    id: "severe-groin-pain-at-rest",
    description:
      "Severe groin or front-of-hip pain at rest or at night in a runner must be checked for a femoral neck stress fracture within 24 hours.",
    when: [{ kind: "complaint", locatedAt: at(["groin", "anterior-hip", "femoral-neck"]), minSeverity: 7, when: ["at-rest", "at-night"] }],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.7 },
    ],
    sources: ["patel-2011", "robertson-2017"],
    grade: "very-low",
  },
  {
    id: "pain-pointed-at-a-bone",
    description:
      "Pain the runner places on a bone itself (the tibia, the femoral neck, a foot bone) rather than on a muscle or tendon is a reason to rule out a bone stress injury before running on.",
    when: [
      {
        kind: "complaint",
        locatedAt: ["tibia", "femoral-neck", "anterior-tibial-cortex", "fibula", "navicular", "metatarsals", "fifth-metatarsal-base", "calcaneus", "sacrum", "pubic-ramus"],
        sensations: ACHE,
      },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury", weight: 0.6 },
    ],
    sources: ["patel-2011", "bsi-prediction-rule-2020"],
    grade: "low",
  },
  {
    id: "pain-at-a-high-risk-bone-site",
    description:
      "Pain at the femoral neck, the front of the shin bone, the navicular, the base of the fifth metatarsal, the sacrum or the pubic bone, where stress fractures heal poorly, needs imaging within 24 hours.",
    when: [
      {
        kind: "complaint",
        locatedAt: ["femoral-neck", "anterior-tibial-cortex", "navicular", "fifth-metatarsal-base", "sacrum", "pubic-ramus"],
        sensations: ACHE,
      },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.8 },
    ],
    sources: ["hoenig-2022", "statpearls-stress-fractures", "mountjoy-2023"],
    grade: "low",
  },
  {
    id: "midfoot-or-front-shin-pain-after-load-rise",
    description:
      "Gradual midfoot or front-of-shin pain during runs after a training increase fits a stress injury at a site that heals poorly (navicular, fifth metatarsal, front of the tibia).",
    when: [
      { kind: "complaint", locatedAt: at(["midfoot", "anterior-tibial-cortex"]), sensations: ACHE, onset: "gradual" },
      { kind: "any", of: [...LOAD_RISE, ...BONE_SIGNS] },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.6 },
    ],
    sources: ["hoenig-2022", "patel-2011"],
    grade: "low",
  },
  {
    id: "front-of-shin-pain-with-bone-signs",
    description:
      "Front-of-shin pain with a bone sign (a tender spot on the bone, pain on hopping, at night or not easing as the run warms up, a limp, or pain worse week on week) can be a stress fracture of the front of the tibia, which heals poorly and can break through: stop running and have it imaged within 24 hours.",
    when: [
      // The front of the shin itself, not the whole shin: most shin stress injuries are on the inner border, a low-risk site.
      { kind: "complaint", locatedAt: ["anterior-shin", "anterior-tibial-cortex"], sensations: ACHE },
      { kind: "any", of: BONE_SIGNS },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.7 },
    ],
    sources: ["hoenig-2022", "patel-2011"],
    grade: "low",
  },
  {
    id: "sacral-or-pubic-pain-in-runner",
    description: "Gradual sacral or pubic bone pain that builds with running, above all with low energy intake or missed periods, fits a pelvic stress injury.",
    when: [
      { kind: "complaint", locatedAt: at(["sacrum", "pubic-bone"]), sensations: ACHE, onset: "gradual" },
      { kind: "any", of: [...LOAD_RISE, ...BONE_HEALTH_RISKS, ...BONE_SIGNS] },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.4 },
      { kind: "support", hypothesis: "pubic-bone-stress-injury", weight: 0.5 },
    ],
    sources: ["mountjoy-2023", "hoenig-2022"],
    grade: "very-low",
  },
  {
    id: "pubic-bone-pain",
    description: "Pain on the pubic bone that builds with running fits pubic-related groin pain or a pubic stress injury.",
    when: [{ kind: "complaint", locatedAt: at(["pubic-bone"]), sensations: ACHE }],
    then: [
      { kind: "support", hypothesis: "pubic-bone-stress-injury", weight: 0.4 },
      { kind: "support", hypothesis: "adductor-related-groin-pain", weight: 0.3 },
    ],
    sources: ["weir-2015-doha", "mountjoy-2023"],
    grade: "very-low",
  },
  {
    id: "bone-pain-with-energy-or-bone-health-risk",
    description:
      "Bone pain in a runner with missed periods, low energy intake, thin bones or a past stress fracture makes a bone stress injury more likely and needs assessment.",
    when: [
      { kind: "complaint", locatedAt: at(["shin", "foot", "groin", "anterior-hip", "sacrum", "pubic-bone", "femoral-neck"]), sensations: ACHE },
      { kind: "any", of: BONE_HEALTH_RISKS },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      // Enough to put a bone stress injury in play: no loading plan until a professional has ruled it out.
      { kind: "support", hypothesis: "bone-stress-injury", weight: 0.6 },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.2 },
    ],
    sources: ["mountjoy-2023", "bsi-prediction-rule-2020"],
    grade: "low",
  },
  {
    id: "shin-or-foot-pain-with-bone-signs",
    description: "Shin or foot pain with pain walking, a limp, night pain or pain that builds week on week points to the bone rather than the muscle's attachment: stop running and have it checked.",
    when: [
      { kind: "complaint", locatedAt: at(["shin", "foot"]), sensations: ACHE },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "limp" },
          { kind: "finding", finding: "night-pain" },
          { kind: "finding", finding: "worsening-week-on-week" },
          { kind: "finding", finding: "pain-on-hopping" },
          { kind: "complaint", locatedAt: at(["shin", "midfoot", "forefoot"]), aggravatedBy: ["walking"] },
          { kind: "complaint", locatedAt: at(["shin", "foot"]), aggravatedBy: ["hopping-or-jumping"] },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury", weight: 0.5 },
      { kind: "oppose", hypothesis: "medial-tibial-stress-syndrome", weight: 0.3 },
    ],
    sources: ["patel-2011", "winters-2018"],
    grade: "low",
  },
  {
    id: "focal-shin-tenderness",
    description: "A single tender spot on the shin bone, rather than a long tender stretch, fits a stress fracture better than shin splints.",
    when: [
      { kind: "complaint", locatedAt: at(["shin", "medial-shin", "tibia"]) },
      { kind: "finding", finding: "focal-bone-tenderness" },
    ],
    then: [
      { kind: "support", hypothesis: "bone-stress-injury", weight: 0.4 },
      { kind: "oppose", hypothesis: "medial-tibial-stress-syndrome", weight: 0.4 },
    ],
    sources: ["winters-2018", "bsi-prediction-rule-2020"],
    grade: "low",
  },
  {
    id: "shin-pain-in-runner",
    description: "Shin pain in a runner is most often shin splints; a bone stress injury must be considered when it is focal or hurts at rest.",
    when: [{ kind: "complaint", locatedAt: at(["shin"]), sensations: ACHE }],
    then: [{ kind: "support", hypothesis: "medial-tibial-stress-syndrome", weight: 0.3 }],
    sources: ["kakouris-2021", "winters-2018"],
    grade: "low",
  },
  {
    id: "inner-shin-ache-with-running",
    description:
      "An ache along the inner edge of the shin that comes on with running and fades slowly afterwards is the picture of shin splints (medial tibial stress syndrome).",
    when: [{ kind: "complaint", locatedAt: at(["medial-shin", "shin"]), sensations: ACHE, when: ["during-run", "after-run"] }],
    then: [{ kind: "support", hypothesis: "medial-tibial-stress-syndrome", weight: 0.6 }],
    sources: ["winters-2018"],
    grade: "low",
  },
  {
    id: "spread-out-shin-tenderness",
    description: "Tenderness spread along the shin bone (5 cm or more) rather than at one spot fits shin splints rather than a stress fracture.",
    when: [
      { kind: "complaint", locatedAt: at(["medial-shin", "shin", "tibia"]) },
      { kind: "finding", finding: "pain-spread-out" },
    ],
    then: [
      { kind: "support", hypothesis: "medial-tibial-stress-syndrome", weight: 0.5 },
      { kind: "oppose", hypothesis: "bone-stress-injury", weight: 0.3 },
    ],
    sources: ["winters-2018"],
    grade: "low",
  },
  {
    id: "shin-pain-in-newer-or-increasing-runner",
    description: "Shin splints often follow a rise in running, especially in newer runners.",
    when: [
      { kind: "complaint", locatedAt: at(["medial-shin", "shin"]), sensations: ACHE },
      { kind: "any", of: LOAD_RISE },
    ],
    then: [{ kind: "support", hypothesis: "medial-tibial-stress-syndrome", weight: 0.3 }],
    sources: ["mulvad-2018", "winters-2018"],
    grade: "low",
  },

  {
    id: "calf-pain-in-runner",
    description: "Calf pain in a runner is most often a strained or overloaded calf muscle, once a clot has been ruled out.",
    when: [{ kind: "complaint", locatedAt: at(["calf"]), sensations: ["pain", "tightness", "soreness"] }],
    then: [{ kind: "support", hypothesis: "calf-strain", weight: 0.3 }],
    sources: ["green-2022-calf"],
    grade: "very-low",
  },
  {
    id: "back-pain-without-nerve-signs",
    description:
      "Low back pain without leg symptoms or warning signs is most often non-specific: it usually settles with staying active and exercise.",
    when: [{ kind: "complaint", locatedAt: at(BACK), sensations: ["pain", "soreness", "stiffness", "tightness"] }],
    then: [{ kind: "support", hypothesis: "non-specific-low-back-pain", weight: 0.5 }],
    sources: ["nice-ng59"],
    grade: "low",
  },

  // ───────────────────────────── 4a. Lower leg: compartments and arteries ─────────────────────────────
  {
    id: "exertional-leg-pain-settling-with-rest",
    description:
      "Lower-leg tightness, cramping or numbness that starts at about the same point in each run and goes within minutes of stopping fits chronic exertional compartment syndrome, or in young runners an entrapped artery: a specialist should assess it.",
    when: [
      { kind: "complaint", locatedAt: at(["shin", "calf", "anterior-shin", "posterior-knee", "foot"]) },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "exertional-pain-settles-with-rest" },
          { kind: "complaint", locatedAt: at(["shin", "calf", "anterior-shin"]), sensations: ["cramping", "tightness", "numbness"], when: ["during-run"], relievedBy: ["rest"], minDays: 14 },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "support", hypothesis: "chronic-exertional-compartment-syndrome", weight: 0.8 },
      { kind: "oppose", hypothesis: "medial-tibial-stress-syndrome", weight: 0.2 },
    ],
    sources: ["buerba-2019", "joy-2015-paes"],
    grade: "low",
  },
  {
    id: "exertional-numbness-in-the-leg",
    description: "Numbness or tingling in the foot or lower leg that comes on during runs and clears at rest fits a compartment or artery problem.",
    when: [{ kind: "complaint", locatedAt: at(["shin", "calf", "anterior-shin", "foot"]), sensations: ["numbness", "tingling"], when: ["during-run"] }],
    then: [
      { kind: "support", hypothesis: "chronic-exertional-compartment-syndrome", weight: 0.3 },
      { kind: "support", hypothesis: "popliteal-artery-entrapment", weight: 0.2 },
    ],
    sources: ["buerba-2019", "joy-2015-paes"],
    grade: "very-low",
  },
  {
    id: "young-runner-calf-claudication",
    description:
      "In a young, active runner, calf or foot cramping or tingling during effort that goes quickly with rest can be the artery behind the knee being squeezed: it needs a vascular check.",
    when: [
      { kind: "age", max: 40 },
      { kind: "complaint", locatedAt: at(["calf", "posterior-knee", "foot"]), sensations: ["cramping", "tingling", "numbness", "pain"] },
      { kind: "finding", finding: "exertional-pain-settles-with-rest" },
    ],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "support", hypothesis: "popliteal-artery-entrapment", weight: 0.6 },
    ],
    sources: ["joy-2015-paes"],
    grade: "very-low",
  },

  // ───────────────────────────── 4b. Achilles, calf and heel ─────────────────────────────
  {
    id: "achilles-pop-or-sudden-pain",
    description:
      "A sudden pain, snap or kicked feeling at the back of the ankle can be a torn Achilles tendon, even if you can still walk: stop and be seen within 24 hours.",
    when: [
      { kind: "complaint", locatedAt: at(["achilles", "posterior-heel", "achilles-tendon"]) },
      {
        kind: "any",
        of: [
          { kind: "finding", finding: "pop-at-onset" },
          { kind: "complaint", locatedAt: at(["achilles", "achilles-tendon"]), onset: "sudden" },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "achilles-rupture", weight: 0.9 },
    ],
    sources: ["boyd-2015", "aaos-2010-achilles-rupture"],
    grade: "low",
  },
  {
    id: "cannot-rise-on-tiptoe",
    description: "Being unable to rise on tiptoe on one leg after sudden calf or Achilles pain points to a torn Achilles tendon: be seen within 24 hours.",
    when: [
      { kind: "complaint", locatedAt: at(["achilles", "calf", "posterior-heel"]) },
      { kind: "finding", finding: "cannot-single-leg-heel-raise" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "achilles-rupture", weight: 0.8 },
    ],
    sources: ["gpnotebook-achilles-rupture", "aaos-2010-achilles-rupture"],
    grade: "low",
  },
  {
    id: "achilles-midportion-load-pain",
    description:
      "Pain or stiffness in the Achilles tendon a few centimetres above the heel, built up gradually and worst on first steps or early in a run, is the picture of mid-portion Achilles tendinopathy.",
    when: [{ kind: "complaint", locatedAt: at(["achilles", "achilles-tendon"]), onset: "gradual" }],
    then: [{ kind: "support", hypothesis: "achilles-tendinopathy-midportion", weight: 0.7 }],
    sources: ["martin-2018-achilles-cpg", "silbernagel-2007"],
    grade: "moderate",
  },
  {
    id: "achilles-stiff-on-first-steps",
    description: "Achilles stiffness on first steps in the morning or at the start of a run, easing as it warms up, is typical of a tendinopathy.",
    when: [
      { kind: "complaint", locatedAt: at(["achilles", "posterior-heel", "achilles-tendon"]) },
      {
        kind: "any",
        of: [
          { kind: "complaint", locatedAt: at(["achilles", "posterior-heel", "achilles-tendon"]), when: ["morning"] },
          { kind: "complaint", locatedAt: at(["achilles", "posterior-heel", "achilles-tendon"]), aggravatedBy: ["first-steps"] },
          { kind: "complaint", locatedAt: at(["achilles", "posterior-heel", "achilles-tendon"]), sensations: ["stiffness"] },
        ],
      },
    ],
    then: [
      { kind: "support", hypothesis: "achilles-tendinopathy-midportion", weight: 0.3 },
      { kind: "support", hypothesis: "achilles-tendinopathy-insertional", weight: 0.3 },
    ],
    sources: ["martin-2018-achilles-cpg"],
    grade: "low",
  },
  {
    id: "achilles-after-hills-or-speed",
    description: "Achilles pain that followed more hills or faster running fits tendon overload.",
    when: [
      { kind: "complaint", locatedAt: at(["achilles", "posterior-heel", "achilles-tendon"]) },
      { kind: "any", of: [{ kind: "training-change", change: "hills" }, { kind: "training-change", change: "new-intensity" }, { kind: "training-change", change: "switched-foot-strike" }] },
    ],
    then: [
      { kind: "support", hypothesis: "achilles-tendinopathy-midportion", weight: 0.2 },
      { kind: "support", hypothesis: "achilles-tendinopathy-insertional", weight: 0.2 },
    ],
    sources: ["martin-2018-achilles-cpg"],
    grade: "very-low",
  },
  {
    id: "pain-where-achilles-meets-heel",
    description:
      "Pain at the back of the heel where the Achilles attaches, built up gradually and worse uphill or on stairs, is the picture of insertional Achilles tendinopathy.",
    when: [{ kind: "complaint", locatedAt: at(["posterior-heel"]), onset: "gradual" }],
    then: [
      { kind: "support", hypothesis: "achilles-tendinopathy-insertional", weight: 0.7 },
      { kind: "oppose", hypothesis: "achilles-tendinopathy-midportion", weight: 0.3 },
      { kind: "oppose", hypothesis: "plantar-heel-pain", weight: 0.3 },
    ],
    sources: ["fahlstrom-2003"],
    grade: "low",
  },
  {
    id: "back-of-heel-worse-uphill",
    description: "Pain at the back of the heel that is worse uphill or climbing stairs, when the ankle bends up and squeezes the tendon against the bone, fits insertional tendinopathy.",
    when: [{ kind: "complaint", locatedAt: at(["posterior-heel"]), aggravatedBy: ["uphill", "stairs-up"] }],
    then: [{ kind: "support", hypothesis: "achilles-tendinopathy-insertional", weight: 0.3 }],
    sources: ["fahlstrom-2003"],
    grade: "very-low",
  },
  {
    id: "sudden-calf-pain-while-running",
    description:
      "A sudden sharp pain in the calf while running or pushing off is the picture of a calf muscle strain: stop, and build back up in stages.",
    when: [{ kind: "complaint", locatedAt: at(["calf", "gastrocnemius", "soleus"]), onset: "sudden", sensations: ["pain"] }],
    then: [
      { kind: "support", hypothesis: "calf-strain", weight: 0.8 },
      { kind: "oppose", hypothesis: "delayed-onset-muscle-soreness", weight: 0.5 },
    ],
    sources: ["green-2024-calf", "green-2022-calf"],
    grade: "low",
  },
  {
    id: "calf-pop-or-bruising",
    description: "A pop in the calf or bruising after a sudden pain fits a muscle tear.",
    when: [
      { kind: "complaint", locatedAt: at(["calf", "gastrocnemius", "soleus"]) },
      { kind: "any", of: [{ kind: "finding", finding: "pop-at-onset" }, { kind: "finding", finding: "bruising" }] },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "calf-strain", weight: 0.4 },
    ],
    sources: ["green-2024-calf"],
    grade: "very-low",
  },
  {
    id: "gradual-calf-tightness-in-runs",
    description: "Calf tightness that builds during runs and lingers can be a low-grade soleus strain, which starts subtly but costs more time.",
    when: [{ kind: "complaint", locatedAt: at(["calf", "soleus"]), sensations: ["tightness", "pain"], onset: "gradual", when: ["during-run"] }],
    then: [{ kind: "support", hypothesis: "calf-strain", weight: 0.3 }],
    sources: ["green-2024-calf"],
    grade: "very-low",
  },
  {
    id: "heel-pain-on-first-steps",
    description:
      "Pain under the inner heel that is worst on the first steps in the morning or after sitting is the defining picture of plantar heel pain.",
    when: [
      { kind: "complaint", locatedAt: at(["heel", "plantar-fascia"]) },
      {
        kind: "any",
        of: [
          { kind: "complaint", locatedAt: at(["heel", "plantar-fascia"]), aggravatedBy: ["first-steps"] },
          { kind: "complaint", locatedAt: at(["heel", "plantar-fascia"]), when: ["morning"] },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "plantar-heel-pain", weight: 0.9 }],
    sources: ["martin-2014-heel-cpg"],
    grade: "moderate",
  },
  {
    id: "heel-pain-gradual",
    description: "Heel pain under the foot that built up with more time on the feet fits plantar heel pain.",
    when: [{ kind: "complaint", locatedAt: at(["heel", "plantar-fascia"]), onset: "gradual" }],
    then: [{ kind: "support", hypothesis: "plantar-heel-pain", weight: 0.4 }],
    sources: ["martin-2014-heel-cpg"],
    grade: "low",
  },
  {
    id: "heel-burning-or-tingling",
    description: "Burning or tingling in the heel points to an irritated nerve rather than the plantar fascia, which the heel guideline asks to rule out.",
    when: [{ kind: "complaint", locatedAt: at(["heel", "plantar-fascia"]), sensations: ["burning", "tingling", "numbness"] }],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "oppose", hypothesis: "plantar-heel-pain", weight: 0.3 },
    ],
    sources: ["martin-2014-heel-cpg"],
    grade: "low",
  },

  // ───────────────────────────── 4c. Knee ─────────────────────────────
  {
    id: "kneecap-pain-squatting-or-stairs",
    description: "Pain around or behind the kneecap with squatting, stairs or long sitting is the picture of patellofemoral pain; squatting pain is its most sensitive sign.",
    when: [{ kind: "complaint", locatedAt: at(["anterior-knee", "patellofemoral-joint"]), aggravatedBy: ["squatting-or-kneeling", "stairs-down", "stairs-up", "sitting"] }],
    then: [
      { kind: "support", hypothesis: "patellofemoral-pain", weight: 0.7 },
      { kind: "support", hypothesis: "patellar-tendinopathy", weight: 0.1 },
    ],
    sources: ["willy-2019", "crossley-2016", "gaitonde-2019"],
    grade: "moderate",
  },
  {
    id: "lower-kneecap-pain-with-jumping",
    description: "Pain at the lower tip of the kneecap brought on by jumping, hopping or hills fits patellar tendinopathy rather than kneecap joint pain.",
    when: [
      { kind: "complaint", locatedAt: at(["anterior-knee", "patellar-tendon"]) },
      {
        kind: "any",
        of: [
          { kind: "complaint", locatedAt: at(["anterior-knee", "patellar-tendon"]), aggravatedBy: ["hopping-or-jumping", "uphill"] },
          { kind: "complaint", locatedAt: ["patellar-tendon"] },
        ],
      },
    ],
    then: [
      { kind: "support", hypothesis: "patellar-tendinopathy", weight: 0.8 },
      { kind: "oppose", hypothesis: "patellofemoral-pain", weight: 0.2 },
    ],
    sources: ["kakouris-2021"],
    grade: "low",
  },
  {
    id: "front-knee-pain-in-runner",
    description: "Gradual pain at the front of the knee in a runner is most often patellofemoral pain.",
    when: [{ kind: "complaint", locatedAt: at(["anterior-knee"]), onset: "gradual" }],
    then: [
      { kind: "support", hypothesis: "patellofemoral-pain", weight: 0.3 },
      { kind: "support", hypothesis: "patellar-tendinopathy", weight: 0.2 },
    ],
    sources: ["kakouris-2021", "willy-2019"],
    grade: "low",
  },
  {
    id: "outer-knee-pain-downhill-or-at-set-distance",
    description: "Outer-knee pain that starts at a predictable distance and is worse downhill fits iliotibial band syndrome.",
    when: [{ kind: "complaint", locatedAt: at(["lateral-knee", "iliotibial-band"]), aggravatedBy: ["downhill", "stairs-down"] }],
    then: [{ kind: "support", hypothesis: "iliotibial-band-syndrome", weight: 0.4 }],
    sources: ["van-der-worp-2012"],
    grade: "very-low",
  },

  // ───────────────────────────── 4d. Hamstring and sit bone ─────────────────────────────
  {
    id: "sudden-back-of-thigh-pain",
    description:
      "Sudden pain in the back of the thigh while sprinting or taking a long stride is the picture of a hamstring strain: stop, then rebuild with lengthening strength work.",
    when: [{ kind: "complaint", locatedAt: at(["hamstrings"]), onset: "sudden" }],
    then: [
      { kind: "support", hypothesis: "hamstring-strain", weight: 0.8 },
      { kind: "oppose", hypothesis: "delayed-onset-muscle-soreness", weight: 0.5 },
    ],
    sources: ["hickey-2022"],
    grade: "low",
  },
  {
    id: "hamstring-pain-with-sprinting",
    description: "Back-of-thigh pain that came with sprinting or faster running fits a hamstring strain.",
    when: [
      { kind: "complaint", locatedAt: at(["hamstrings"]) },
      { kind: "any", of: [{ kind: "complaint", locatedAt: at(["hamstrings"]), aggravatedBy: ["sprinting"] }, { kind: "training-change", change: "new-intensity" }] },
    ],
    then: [{ kind: "support", hypothesis: "hamstring-strain", weight: 0.3 }],
    sources: ["hickey-2022"],
    grade: "low",
  },
  {
    id: "hamstring-pop-or-bruising",
    description: "A pop or bruising in the back of the thigh fits a muscle tear; a pop right under the buttock with a large bruise and weakness needs a prompt specialist review for a tendon pulled off the bone.",
    when: [
      { kind: "complaint", locatedAt: at(["hamstrings", "sit-bone"]) },
      { kind: "any", of: [{ kind: "finding", finding: "pop-at-onset" }, { kind: "finding", finding: "bruising" }] },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "hamstring-strain", weight: 0.4 },
    ],
    sources: ["hickey-2022"],
    grade: "very-low",
  },
  {
    id: "sit-bone-pain-gradual",
    description:
      "A deep ache at the sit bone that built up gradually, worse sitting, on hills or when the hamstrings are stretched, is the picture of proximal hamstring tendinopathy.",
    when: [{ kind: "complaint", locatedAt: at(["sit-bone", "ischial-tuberosity", "proximal-hamstring-tendon"]), onset: "gradual" }],
    then: [{ kind: "support", hypothesis: "proximal-hamstring-tendinopathy", weight: 0.7 }],
    sources: ["goom-2016"],
    grade: "low",
  },
  {
    id: "sit-bone-pain-sitting-or-stretching",
    description: "Sit-bone pain worse sitting, lunging, uphill or on stretching the hamstrings fits a tendon being compressed at the bone.",
    when: [{ kind: "complaint", locatedAt: at(["sit-bone", "ischial-tuberosity", "proximal-hamstring-tendon"]), aggravatedBy: ["sitting", "stretching", "uphill", "bending-forwards"] }],
    then: [
      { kind: "support", hypothesis: "proximal-hamstring-tendinopathy", weight: 0.5 },
      { kind: "oppose", hypothesis: "piriformis-syndrome", weight: 0.2 },
    ],
    sources: ["goom-2016"],
    grade: "low",
  },

  // ───────────────────────────── 4e. Groin and hip ─────────────────────────────
  {
    id: "inner-groin-pain",
    description: "Pain on the inside of the groin at the adductor attachment, brought on by running or squeezing the legs together, fits adductor-related groin pain.",
    when: [{ kind: "complaint", locatedAt: at(["groin", "hip-adductors", "adductor-longus"]), sensations: ACHE }],
    then: [{ kind: "support", hypothesis: "adductor-related-groin-pain", weight: 0.6 }],
    sources: ["weir-2015-doha"],
    grade: "low",
  },
  {
    id: "deep-front-hip-pain-sitting-or-squatting",
    description:
      "Deep pain at the front of the hip or groin, worse sitting long or squatting deeply, or with catching or locking, points to the hip joint itself.",
    when: [
      { kind: "complaint", locatedAt: at(["anterior-hip", "hip-joint", "groin"]) },
      {
        kind: "any",
        of: [
          { kind: "complaint", locatedAt: at(["anterior-hip", "hip-joint", "groin"]), aggravatedBy: ["sitting", "squatting-or-kneeling"] },
          { kind: "finding", finding: "locking" },
          { kind: "finding", finding: "giving-way" },
        ],
      },
    ],
    then: [
      { kind: "support", hypothesis: "hip-related-groin-pain", weight: 0.7 },
      { kind: "support", hypothesis: "hip-osteoarthritis", weight: 0.1 },
      { kind: "oppose", hypothesis: "adductor-related-groin-pain", weight: 0.2 },
    ],
    sources: ["griffin-2016-warwick", "weir-2015-doha"],
    grade: "low",
  },
  {
    id: "front-of-hip-pain",
    description: "Pain at the front of the hip points to the hip joint or the hip flexors rather than the adductors.",
    when: [{ kind: "complaint", locatedAt: at(["anterior-hip", "hip-joint"]), sensations: ACHE }],
    then: [{ kind: "support", hypothesis: "hip-related-groin-pain", weight: 0.3 }],
    sources: ["weir-2015-doha"],
    grade: "low",
  },
  {
    id: "outer-hip-pain-lying-on-it",
    description:
      "Outer-hip pain over the bony point, worse lying on that side, climbing stairs or standing on one leg, is the picture of gluteal tendinopathy.",
    when: [{ kind: "complaint", locatedAt: at(["lateral-hip", "gluteal-tendons"]), aggravatedBy: ["lying-on-painful-side", "stairs-up", "sitting"] }],
    then: [{ kind: "support", hypothesis: "gluteal-tendinopathy", weight: 0.6 }],
    sources: ["leap-protocol-2016", "mellor-2018-leap"],
    grade: "moderate",
  },

  // ───────────────────────────── 4f. Back and nerve roots ─────────────────────────────
  {
    id: "back-pain-with-leg-nerve-symptoms",
    description:
      "Back pain with pain, tingling, numbness or burning travelling down one leg fits an irritated nerve root in the spine (sciatica), which a professional should examine.",
    when: [
      { kind: "complaint", locatedAt: at(BACK) },
      { kind: "complaint", locatedAt: at(LEG), sensations: [...NERVE, "pain", "weakness"] },
    ],
    then: [
      { kind: "support", hypothesis: "lumbar-radicular-pain", weight: 0.8 },
      { kind: "oppose", hypothesis: "tight-hip-flexors-anterior-tilt", weight: 0.3 },
      { kind: "oppose", hypothesis: "non-specific-low-back-pain", weight: 0.4 },
    ],
    sources: ["nice-ng59", "fpnotebook-sciatica"],
    grade: "low",
  },
  {
    id: "leg-pain-worse-coughing",
    description: "Leg or buttock pain that is worse on coughing, sneezing or straining points to a disc pressing on a nerve root rather than to the buttock muscles.",
    when: [{ kind: "complaint", locatedAt: at([...BACK, ...LEG]), aggravatedBy: ["coughing-sneezing-straining"] }],
    then: [
      { kind: "support", hypothesis: "lumbar-radicular-pain", weight: 0.6 },
      { kind: "oppose", hypothesis: "piriformis-syndrome", weight: 0.3 },
    ],
    sources: ["fpnotebook-sciatica"],
    grade: "practitioner-opinion",
  },
  {
    id: "nerve-symptoms-below-the-knee",
    description: "Tingling, numbness or burning below the knee together with buttock or thigh pain follows a nerve root's path down the leg.",
    when: [
      { kind: "complaint", locatedAt: at(["calf", "shin", "foot", "ankle"]), sensations: NERVE },
      { kind: "complaint", locatedAt: at(["upper-buttock", "hamstrings", "lower-back", "sit-bone"]) },
    ],
    then: [
      { kind: "support", hypothesis: "lumbar-radicular-pain", weight: 0.4 },
      { kind: "support", hypothesis: "piriformis-syndrome", weight: 0.1 },
    ],
    sources: ["fpnotebook-sciatica", "martin-2015-deep-gluteal"],
    grade: "very-low",
  },
  {
    id: "buttock-pain-without-back-pain",
    description: "Buttock pain with sciatic symptoms, worse sitting, and no back pain fits deep gluteal (piriformis) syndrome once spinal causes are excluded.",
    when: [{ kind: "complaint", locatedAt: at(["upper-buttock", "piriformis"]), aggravatedBy: ["sitting"] }],
    then: [{ kind: "support", hypothesis: "piriformis-syndrome", weight: 0.3 }],
    sources: ["martin-2015-deep-gluteal"],
    grade: "very-low",
  },

  // ───────────────────────────── 5. After childbirth ─────────────────────────────
  {
    id: "running-within-three-months-of-birth",
    description:
      "Guidance is not to run in the first three months after giving birth, and then only after a load-and-impact check: build pelvic-floor and strength work first.",
    when: [{ kind: "context", factor: "postpartum-under-12-weeks" }],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "postpartum-return-to-running", weight: 0.9 },
    ],
    sources: ["goom-2019-postnatal"],
    grade: "low",
  },
  {
    id: "pelvic-floor-symptoms-when-running",
    description:
      "Leaking urine, heaviness or dragging in the pelvis when running after childbirth are pelvic-floor warning signs: see a pelvic-health physiotherapist and pause running. Leakage on coughing or jumping is not a sign of nerve compression.",
    when: [
      { kind: "any", of: [{ kind: "finding", finding: "stress-urinary-leakage" }, { kind: "finding", finding: "pelvic-heaviness" }] },
      { kind: "any", of: [{ kind: "context", factor: "postpartum" }, { kind: "finding", finding: "pelvic-heaviness" }] },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "postpartum-return-to-running", weight: 0.7 },
    ],
    sources: ["goom-2019-postnatal"],
    grade: "low",
  },
] as const satisfies readonly Rule[];
