/**
 * The common running injuries and the conditions an app must never miss, beyond the seeds' glute
 * world: one row per condition, with the triage floor it sets when it is in play and the running
 * advice that goes with it.
 *
 * Where the facts come from: the project's injury notes (`shared/research/injuries.md`), section by
 * section (shin, bone stress, Achilles, heel, knee, hamstring, calf, groin, back, compartments,
 * clots, arteries, children, older runners, postpartum, heat and muscle breakdown), and its
 * triage table (section 2). Floors and running advice follow that table; where the notes mark a
 * line as their own synthesis, the grade is `practitioner-opinion` or `very-low` and the
 * description does not claim more.
 *
 * Kinds: `injury` for what self-care with load changes can address, `serious` for what needs a
 * professional first (no exercise plan is offered while one is in play).
 */
import type { Hypothesis } from "./schema";

/** Every injury hypothesis. See {@link Hypothesis} for the fields. */
export const injuryHypothesisData = () => [
  // ───────────────────────────── Shin and bone ─────────────────────────────
  {
    id: "medial-tibial-stress-syndrome",
    name: "Medial tibial stress syndrome (shin splints)",
    kind: "injury",
    description:
      "An ache along the inner edge of the shin bone, tender over a long stretch (5 cm or more), brought on by running and fading slowly after it. Common in newer runners; a graded return to running is the mainstay.",
    states: [],
    running: "reduce",
    sources: ["winters-2018", "moen-2012", "kakouris-2021"],
    grade: "moderate",
  },
  {
    id: "bone-stress-injury-high-risk",
    name: "Bone stress injury at a high-risk site",
    kind: "serious",
    description:
      "A stress reaction or fracture where healing is slow or the bone can break through: the femoral neck (groin pain), the front of the shin bone, the navicular or the base of the fifth metatarsal (midfoot), the sacrum or pelvis. It needs imaging promptly and no running meanwhile.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["hoenig-2022", "patel-2011", "statpearls-stress-fractures", "mountjoy-2023"],
    grade: "low",
  },
  {
    id: "pubic-bone-stress-injury",
    name: "Pubic bone stress injury",
    kind: "serious",
    description:
      "A stress injury of the pubic bone of the pelvis, felt as deep groin or pubic pain that builds with running; the pelvis counts as a high-risk site, so it needs prompt assessment and a stop to running.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["mountjoy-2023", "weir-2015-doha"],
    grade: "very-low",
  },
  {
    id: "spondylolysis",
    name: "Spondylolysis (adolescent lower-back stress injury)",
    kind: "serious",
    description:
      "A stress injury of the back of a lower lumbar vertebra, found in about half of young athletes with low back pain. Pain bending backwards in a teenager needs assessment, with a pause from running and impact until then.",
    states: [],
    triage: { level: "consult", running: "stop" },
    running: "stop",
    sources: ["pediatrics-spondylolysis"],
    grade: "low",
  },

  // ───────────────────────────── Achilles, calf and heel ─────────────────────────────
  {
    id: "achilles-tendinopathy-midportion",
    name: "Mid-portion Achilles tendinopathy",
    kind: "injury",
    description:
      "Load-related pain and stiffness in the Achilles tendon 2–6 cm above the heel, worst on first steps and early in a run, usually after a change in training. Progressive calf loading works; running can continue if pain stays within limits.",
    states: [],
    running: "continue",
    sources: ["martin-2018-achilles-cpg", "silbernagel-2007", "fahlstrom-2003", "kakouris-2021"],
    grade: "moderate",
  },
  {
    id: "achilles-tendinopathy-insertional",
    name: "Insertional Achilles tendinopathy",
    kind: "injury",
    description:
      "Pain where the Achilles tendon joins the heel bone, often worse uphill or when the ankle bends up and squeezes the tendon against the bone. It responds less to standard heel drops; loading from flat ground helps.",
    states: [],
    running: "reduce",
    sources: ["fahlstrom-2003"],
    grade: "low",
  },
  {
    id: "achilles-rupture",
    name: "Achilles tendon rupture",
    kind: "serious",
    description:
      "A tear of the Achilles tendon: a sudden snap or a feeling of being kicked at the back of the ankle. Walking may still be possible, which is why it is often missed; not being able to rise on tiptoe on that leg is the clue. It needs to be seen within 24 hours.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["boyd-2015", "gpnotebook-achilles-rupture", "aaos-2010-achilles-rupture"],
    grade: "low",
  },
  {
    id: "calf-strain",
    name: "Calf muscle strain",
    kind: "injury",
    description:
      "A tear in the gastrocnemius (sudden pain high in the inner calf at push-off) or the soleus (a subtler onset, but more time lost). Stop running, then load the calf back up in stages; a swollen calf with clot risk factors needs checking first.",
    states: [],
    running: "stop",
    sources: ["green-2022-calf", "green-2024-calf"],
    grade: "low",
  },
  {
    id: "plantar-heel-pain",
    name: "Plantar heel pain (plantar fasciitis)",
    kind: "injury",
    description:
      "Pain under the inner heel, worst on the first steps in the morning or after sitting, after a rise in time on the feet. High-load calf and arch strengthening and supportive insoles help most people over weeks to months.",
    states: [],
    running: "reduce",
    sources: ["martin-2014-heel-cpg", "kakouris-2021"],
    grade: "moderate",
  },
  {
    id: "severs-disease",
    name: "Sever's disease (heel growth-plate pain)",
    kind: "injury",
    description:
      "The commonest heel pain in children: the Achilles pulling on the heel's growth plate during a growth spurt. Activity is adjusted to pain; it settles as the plate closes.",
    states: [],
    running: "reduce",
    sources: ["hernandez-lucas-2024-severs"],
    grade: "low",
  },

  // ───────────────────────────── Knee ─────────────────────────────
  {
    id: "patellar-tendinopathy",
    name: "Patellar tendinopathy (jumper's knee)",
    kind: "injury",
    description:
      "Load-related pain at the lower tip of the kneecap, brought on by jumping, hills and deep squats. Slow heavy loading of the tendon helps; running can continue within pain limits.",
    states: [],
    running: "continue",
    sources: ["kakouris-2021"],
    grade: "low",
  },
  {
    id: "osgood-schlatter",
    name: "Osgood-Schlatter disease",
    kind: "injury",
    description:
      "Pain and a tender bump just below the kneecap in a growing child, where the patellar tendon pulls on the shin's growth plate. Load management and knee strengthening help most within months.",
    states: [],
    running: "reduce",
    sources: ["rathleff-2020-osgood"],
    grade: "very-low",
  },
  {
    id: "knee-osteoarthritis",
    name: "Knee osteoarthritis",
    kind: "injury",
    description:
      "Activity-related knee joint pain from the mid-forties on, with short morning stiffness. Running is not what wears knees out: recreational runners have less arthritis than non-runners. Exercise is core care and running can continue, guided by symptoms.",
    states: [],
    running: "continue",
    sources: ["nice-ng226", "alentorn-geli-2017"],
    grade: "moderate",
  },

  // ───────────────────────────── Thigh, buttock and hip ─────────────────────────────
  {
    id: "hamstring-strain",
    name: "Hamstring strain",
    kind: "injury",
    description:
      "A tear in the back of the thigh that comes on suddenly while sprinting or reaching into a long stride. Stop, then rebuild with lengthening strength work and graded faster running; reinjury is common when the return is rushed.",
    states: [],
    running: "stop",
    sources: ["hickey-2022", "heiderscheit-2010"],
    grade: "low",
  },
  {
    id: "proximal-hamstring-tendinopathy",
    name: "Proximal hamstring tendinopathy",
    kind: "injury",
    description:
      "A deep ache at the sit bone in distance runners, building gradually, worse sitting, on hills, lunging or stretching the hamstrings. Progressive loading that avoids deep hip bending early helps.",
    states: [],
    triage: { level: "consult", running: "reduce" },
    running: "reduce",
    sources: ["goom-2016"],
    grade: "low",
  },
  {
    id: "adductor-related-groin-pain",
    name: "Adductor-related groin pain",
    kind: "injury",
    description:
      "Pain on the inside of the groin where the adductor muscles attach, brought on by running, changing direction or squeezing the knees together. Adductor strengthening such as the Copenhagen exercise helps.",
    states: [],
    triage: { level: "consult", running: "reduce" },
    running: "reduce",
    sources: ["weir-2015-doha"],
    grade: "low",
  },
  {
    id: "hip-related-groin-pain",
    name: "Hip-related groin pain (including hip impingement)",
    kind: "injury",
    description:
      "Pain from the hip joint itself, felt deep at the front of the hip or groin, worse sitting long, squatting deeply or bringing the knee to the chest; catching or locking may come with it. Diagnosis needs symptoms, examination and imaging together.",
    states: [],
    triage: { level: "consult", running: "reduce" },
    running: "reduce",
    sources: ["griffin-2016-warwick", "weir-2015-doha"],
    grade: "low",
  },
  {
    id: "hip-osteoarthritis",
    name: "Hip osteoarthritis",
    kind: "injury",
    description:
      "Activity-related hip or groin pain from the mid-forties on, with stiffness that wears off within half an hour. Exercise and weight management are core care; recreational running is not a cause.",
    states: [],
    running: "continue",
    sources: ["nice-ng226", "alentorn-geli-2017"],
    grade: "moderate",
  },
  {
    id: "non-specific-low-back-pain",
    name: "Non-specific low back pain",
    kind: "injury",
    description:
      "Back pain without a specific cause found, the commonest kind: no leg symptoms, no warning signs. Staying active, exercise and self-management help it settle; imaging is not needed.",
    states: [],
    running: "reduce",
    sources: ["nice-ng59"],
    grade: "low",
  },
  {
    id: "lumbar-radicular-pain",
    name: "Lumbar radicular pain (sciatica from the spine)",
    kind: "injury",
    description:
      "A nerve root irritated in the lower spine, usually by a disc: leg pain worse than back pain, running below the knee in a band, with tingling or numbness, worse on coughing or sneezing. It needs a professional's check for nerve signs; most settle with activity and time.",
    states: [],
    triage: { level: "consult", running: "reduce" },
    running: "reduce",
    sources: ["nice-ng59", "fpnotebook-sciatica"],
    grade: "low",
  },

  // ───────────────────────────── Compartments, clots and arteries ─────────────────────────────
  {
    id: "chronic-exertional-compartment-syndrome",
    name: "Chronic exertional compartment syndrome",
    kind: "serious",
    description:
      "Pressure building inside a muscle compartment of the lower leg while running: tightness, aching or numbness at a predictable point in a run, forcing a stop and settling within minutes. Not dangerous in itself, but it needs a specialist's assessment.",
    states: [],
    triage: { level: "consult", running: "reduce" },
    running: "reduce",
    sources: ["buerba-2019"],
    grade: "low",
  },
  {
    id: "acute-compartment-syndrome",
    name: "Acute compartment syndrome",
    kind: "serious",
    description:
      "Pressure in a muscle compartment that keeps rising, cutting off blood flow: severe pain out of proportion, a tense leg, pain that climbs after stopping, later numbness. A surgical emergency.",
    states: [],
    triage: { level: "emergency", running: "stop" },
    running: "stop",
    sources: ["statpearls-acs"],
    grade: "low",
  },
  {
    id: "deep-vein-thrombosis",
    name: "Deep vein thrombosis (a clot in the leg)",
    kind: "serious",
    description:
      "A blood clot in a deep vein of the calf or thigh, easily taken for a calf strain: a swollen, tender calf, often after a long journey, surgery or a cast, on hormonal contraception, in pregnancy or after a previous clot. It needs a scan the same day.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["nice-ng158", "fleming-2005"],
    grade: "low",
  },
  {
    id: "pulmonary-embolism",
    name: "Pulmonary embolism (a clot in the lungs)",
    kind: "serious",
    description:
      "A clot that has travelled to the lungs: breathlessness, chest pain worse on breathing in, coughing blood or fainting. An emergency.",
    states: [],
    triage: { level: "emergency", running: "stop" },
    running: "stop",
    sources: ["nice-ng158", "nhs-pulmonary-embolism"],
    grade: "low",
  },
  {
    id: "popliteal-artery-entrapment",
    name: "Popliteal artery entrapment",
    kind: "serious",
    description:
      "The artery behind the knee squeezed by the calf muscles in young, active people: calf or foot cramping or tingling during effort that goes quickly with rest. Often missed for months; it needs a vascular assessment.",
    states: [],
    triage: { level: "consult", running: "reduce" },
    running: "reduce",
    sources: ["joy-2015-paes"],
    grade: "very-low",
  },
  {
    id: "peripheral-arterial-disease",
    name: "Narrowed leg arteries (peripheral arterial disease)",
    kind: "serious",
    description:
      "In older runners, calf, thigh or buttock pain that comes on with effort and eases within minutes of stopping can be the leg muscles running short of blood. It needs a doctor's check of the circulation. The notes found no runner-specific guideline.",
    states: [],
    triage: { level: "consult", running: "reduce" },
    running: "reduce",
    sources: ["joy-2015-paes"],
    grade: "practitioner-opinion",
  },

  // ───────────────────────────── Children ─────────────────────────────
  {
    id: "slipped-capital-femoral-epiphysis",
    name: "Slipped capital femoral epiphysis",
    kind: "serious",
    description:
      "In children of about 8–15, the ball of the hip slips on its growth plate: hip, groin, thigh or only knee pain, often with a limp, and easily missed. It needs same-day assessment and no running; being unable to walk makes it an emergency.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["peck-2017-scfe", "rch-limping-child"],
    grade: "low",
  },
  {
    id: "perthes-disease",
    name: "Perthes disease",
    kind: "serious",
    description:
      "In children of about 4–10, the ball of the hip loses part of its blood supply: a limp with hip, thigh or knee pain. It needs a specialist's assessment.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["rch-limping-child"],
    grade: "low",
  },
  {
    id: "pelvic-apophyseal-avulsion",
    name: "Pelvic avulsion injury (adolescents)",
    kind: "serious",
    description:
      "In teenagers, a tendon pulling off a piece of its growth plate at the pelvis during a sprint or kick: a pop, sudden severe pain at the front of the hip or the sit bone, and a limp. It needs an X-ray within a day.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["eberbach-2017"],
    grade: "low",
  },

  // ───────────────────────────── Infection, heat and muscle breakdown ─────────────────────────────
  {
    id: "joint-or-bone-infection",
    name: "Joint or bone infection",
    kind: "serious",
    description:
      "An infection in a joint or bone of the leg or pelvis: pain with fever or feeling unwell, often a hot, swollen joint. Rare but damaging within days; it needs to be seen the same day.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["rch-limping-child", "nice-ng226"],
    grade: "low",
  },
  {
    id: "exertional-rhabdomyolysis",
    name: "Exertional rhabdomyolysis",
    kind: "serious",
    description:
      "Muscle breaking down after very hard or unaccustomed exercise: severe muscle pain and swelling out of proportion, sometimes dark urine, with a risk to the kidneys. It needs blood tests the same day, urgently with dark urine.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["scalco-2016-rhabdo"],
    grade: "low",
  },
  {
    id: "exertional-heat-illness",
    name: "Exertional heat stroke",
    kind: "serious",
    description:
      "Overheating while running hard in the heat, with collapse, confusion or odd behaviour. An emergency: cool the whole body at once, ideally in cold water, and call an ambulance.",
    states: [],
    triage: { level: "emergency", running: "stop" },
    running: "stop",
    sources: ["roberts-2021-heat"],
    grade: "moderate",
  },

  // ───────────────────────────── After childbirth ─────────────────────────────
  {
    id: "postpartum-return-to-running",
    name: "Returning to running after childbirth",
    kind: "injury",
    description:
      "After giving birth, the pelvic floor and tummy need rebuilding before impact: guidance is no running before about three months, after a load-and-impact check, and to see a pelvic-health physiotherapist for leaking, heaviness or pain.",
    states: [],
    triage: { level: "consult", running: "stop" },
    running: "stop",
    sources: ["goom-2019-postnatal"],
    grade: "low",
  },
] as const satisfies readonly Hypothesis[];
