/**
 * Hypotheses: the causes an assessment can rank for a runner's complaint.
 *
 * Rows, by kind:
 * - `compensation`: a weak, switched-off, tired or tight structure leaving others to do its work.
 *   Each names the `states` of the compensation graph (`src/links/data.ts`) it starts from, so a
 *   trace back up the graph from a sore or tight spot supports it. One row per root of the graph
 *   except `piriformis` tight, which the injury row on piriformis syndrome covers by direct rules.
 * - `soreness`: ordinary delayed-onset muscle soreness after running.
 * - `training`: how running was loaded, or warmed up for and recovered from.
 * - `injury`: a specific running injury that a professional should assess.
 * - `serious`: the conditions behind red flags that need prompt medical care.
 *
 * Where the facts come from:
 * - The compensation, soreness and training rows restate claims of the seed articles
 *   (`seed-000` … `seed-004`) in the library's own words; their `verdict` and every figure come
 *   from the project's research notes (`shared/research/evidence.md`, section 1), exactly as
 *   given there. A claim no study tests is graded `practitioner-opinion`.
 * - The injury and serious rows rest on the research notes' sections 1, 4 and 6 (diagnostic
 *   accuracy studies, reviews and clinical guidelines). These describe possibilities for a
 *   professional to confirm: the library informs, it does not diagnose.
 *
 * Exercise protocols name the hypothesis they address (`kinetic-chain/protocols`), so the link
 * is declared once, on the protocol.
 */
import type { Hypothesis } from "./schema";

/**
 * Every built-in hypothesis: compensation patterns first, then soreness, training, running
 * injuries and serious conditions. See {@link Hypothesis} for the fields.
 */
export const hypothesisData = () => [
  // ───────────────────────────── Compensation ─────────────────────────────
  {
    id: "deep-rotator-inhibition",
    name: "Deep hip rotators not switching on",
    kind: "compensation",
    description:
      "The small rotator muscles deep in the buttock may not engage, or may tire, as weight comes onto the leg, so the thigh rolls inward and gluteus medius works overtime to pull it back, staying tight and sore.",
    states: [
      { structure: "deep-hip-external-rotators", condition: "inhibited" },
      { structure: "deep-hip-external-rotators", condition: "fatigued" },
    ],
    running: "reduce",
    sources: ["seed-000", "seed-002", "noehren-2014", "weppler-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["noehren-2014", "weppler-2010"],
      note: "Only the first step has support: runners with iliotibial band syndrome had weaker hip external rotators and 3.7° more hip internal rotation while running (Noehren 2014). That gluteus medius then overworks, and that tightness resisting stretching marks the overwork, is untested (Weppler 2010).",
    },
  },
  {
    id: "gluteus-maximus-weakness",
    name: "Weak or tiring gluteus maximus",
    kind: "compensation",
    description:
      "When the main buttock muscle is weak, or tires early in a run, the hamstrings and other helpers may take over its push-off work and end up tight and sore.",
    states: [
      { structure: "gluteus-maximus", condition: "weak" },
      { structure: "gluteus-maximus", condition: "fatigued" },
      { structure: "gluteals", condition: "weak" },
    ],
    running: "continue",
    sources: ["seed-000", "seed-002", "seed-003", "schuermans-2017"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["schuermans-2017"],
      note: "Indirect only: in soccer players followed forward in time, more gluteus maximus activity in front swing went with fewer hamstring injuries (10% more activity ≈ 20% lower risk; Schuermans 2017). That study was about injury, not tightness or soreness, and not about runners.",
    },
  },
  {
    id: "hip-abductor-weakness",
    name: "Weak, lengthened or tiring hip abductors",
    kind: "compensation",
    description:
      "The muscles at the side of the hip that keep the pelvis level may be weak, held long by a lot of sitting, or tire during a run; others then steady the pelvis, which may show as tightness high in the buttock, a sore outer knee or a dropping pelvis.",
    states: [
      { structure: "hip-abductors", condition: "weak" },
      { structure: "hip-abductors", condition: "lengthened" },
      { structure: "gluteus-medius", condition: "fatigued" },
    ],
    running: "continue",
    sources: ["seed-001", "seed-002", "fredericson-2000", "mucha-2017", "christopher-2019", "arab-2010", "crossley-2011"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["fredericson-2000", "mucha-2017", "christopher-2019", "arab-2010", "crossley-2011"],
      note: "Weak abductors go with iliotibial band syndrome (injured-side abductor torque 7.82 against 9.82 uninjured and 10.19 in controls, %BW·height, women; Fredericson 2000), but only in cross-sectional studies (Mucha 2017); no strength measure predicts running injury prospectively on better than very low quality evidence, and one study tied stronger abductors to injury (Christopher 2019). Good single-leg squats went with stronger abduction (Crossley 2011). Upper-buttock tightness from weak abductors is untested, and iliotibial band tightness was unrelated to abductor weakness in 300 people with low back pain (Arab 2010).",
    },
  },
  {
    id: "tight-hip-flexors-anterior-tilt",
    name: "Tight hip flexors and a forward-tipped pelvis",
    kind: "compensation",
    description:
      "Tight muscles at the front of the hip are said to tip the pelvis forward, with weak abdominals and tight low-back muscles keeping it there; the low back strains and the calves, knees and buttocks may take extra load.",
    states: [
      { structure: "hip-flexors", condition: "tight" },
      { structure: "core", condition: "weak" },
      { structure: "lumbar-extensors", condition: "tight" },
    ],
    running: "continue",
    sources: ["seed-001", "seed-003", "seed-004", "heino-1990", "naseri-2010", "youdas-1996"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contradicted",
      sources: ["heino-1990", "naseri-2010", "youdas-1996"],
      note: "The first step failed when measured: hip extension range barely tracked pelvic tilt (r = −0.04) or lordosis (r = −0.09) (Heino 1990), and tightness had no significant effect on tilt or lordosis in 75 women (Naseri 2010). The crossed model behind it showed only weak, sex-specific associations (Youdas 1996).",
    },
  },
  {
    id: "foot-arch-control-fatigue",
    name: "Tiring arch support muscle (tibialis posterior)",
    kind: "compensation",
    description:
      "The muscle that holds up the inner arch may tire during a run, passing more strain to the plantar fascia along the sole of the foot.",
    states: [{ structure: "tibialis-posterior", condition: "fatigued" }],
    running: "continue",
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests this; the seed names foot pain only in general, and the pairing with tibialis posterior is the library's reading of it.",
    },
  },

  // ───────────────────────────── Soreness ─────────────────────────────
  {
    id: "delayed-onset-muscle-soreness",
    name: "Delayed-onset muscle soreness",
    kind: "soreness",
    description:
      "Ordinary muscle soreness after a harder or longer run than usual: it builds over the first day, peaks within about three days and fades within a week.",
    states: [],
    running: "continue",
    sources: ["cheung-2003", "seed-003", "seed-001"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["cheung-2003"],
      note: "Soreness builds in the first 24 h, peaks at 24–72 h and is gone by about 5–7 days (Cheung 2003; the last figure seen only in a summary).",
    },
  },

  // ───────────────────────────── Training ─────────────────────────────
  {
    id: "training-load-error",
    name: "Too much, too soon",
    kind: "training",
    description:
      "Running has grown faster than the body has adapted: a sudden long run, a jump in weekly distance, or new speed or hill work. Rising distance can also bring out imbalances that were quiet at lower volume.",
    states: [],
    running: "reduce",
    sources: ["seed-003", "seed-002", "frandsen-2025", "nielsen-2014", "buist-2008", "fredette-2022"],
    grade: "moderate",
    verdict: {
      status: "supported",
      sources: ["frandsen-2025", "nielsen-2014", "buist-2008", "fredette-2022"],
      note: "A single run more than 10% longer than the longest of the past 30 days raised injury risk (HR 1.64 for 10–30% longer, 1.52 for 30–100%, 2.28 for more than double), while the week-to-week ratio showed no relationship (Frandsen 2025). The 10% weekly rule itself is contested: no significant difference in a trial with novices (Buist 2008), a non-significant trend above 30% (HR 1.59, 0.96–2.66; Nielsen 2014), judged not justified by a review (Fredette 2022).",
    },
  },
  {
    id: "poor-warm-up-or-recovery",
    name: "Skipped warm-up or too little recovery",
    kind: "training",
    description:
      "Starting runs without warming up, or leaving too little time between hard sessions, can leave muscles tight, tired and sore.",
    states: [],
    running: "continue",
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests whether warming up or recovery time changes soreness after running.",
    },
  },

  // ───────────────────────────── Running injuries ─────────────────────────────
  {
    id: "iliotibial-band-syndrome",
    name: "Iliotibial band syndrome",
    kind: "injury",
    description:
      "Pain on the outside of the knee where the iliotibial band runs over it, usually coming on during runs and often worse downhill. A physiotherapist can confirm it.",
    states: [],
    running: "reduce",
    sources: ["seed-001", "seed-002", "fredericson-2000", "mucha-2017", "christopher-2019", "noehren-2014"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["fredericson-2000", "mucha-2017", "christopher-2019", "noehren-2014"],
      note: "Runners with it had weaker hip abductors (Fredericson 2000) and weaker external rotators with 3.7° more hip internal rotation (Noehren 2014), but the link appears in cross-sectional studies only (Mucha 2017), and no strength measure predicts running injury prospectively on better than very low quality evidence, and one study tied stronger abductors to injury (Christopher 2019), so weakness as its cause is open.",
    },
  },
  {
    id: "patellofemoral-pain",
    name: "Patellofemoral pain",
    kind: "injury",
    description:
      "Pain around or behind the kneecap, typically worse on stairs, downhill or after sitting with bent knees. A physiotherapist can confirm it.",
    states: [],
    running: "reduce",
    sources: ["seed-002", "seed-004", "ireland-2003", "rathleff-2014", "neal-2019", "crossley-2011"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["ireland-2003", "rathleff-2014", "neal-2019"],
      note: "People with it had 26% less hip abduction and 36% less external rotation strength (Ireland 2003), but prospective studies (18 studies, n=4,818) found hip weakness is not a risk factor (Neal 2019; Rathleff 2014): the weakness looks more like a result of the pain than its cause.",
    },
  },
  {
    id: "gluteal-tendinopathy",
    name: "Gluteal tendinopathy",
    kind: "injury",
    description:
      "Irritated tendons of the side-of-hip muscles where they attach at the outer hip, giving pain on the outside of the hip. Pain within 30 seconds of standing on the leg points strongly to it.",
    states: [],
    triage: { level: "consult", running: "reduce" },
    running: "reduce",
    sources: ["lequesne-2008", "grimaldi-2017"],
    grade: "low",
  },
  {
    id: "piriformis-syndrome",
    name: "Piriformis syndrome / sciatic nerve irritation",
    kind: "injury",
    description:
      "Buttock pain, often worse when sitting, perhaps with numbness or tingling down the leg, put down to the sciatic nerve being irritated where it passes the piriformis. It is a debated diagnosis that a professional makes by ruling out other causes.",
    states: [],
    triage: { level: "consult", running: "reduce" },
    running: "reduce",
    sources: ["seed-001", "hopayian-2010", "hopayian-2017", "smoll-2010", "natsis-2014", "poutoglidou-2020"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["hopayian-2010", "hopayian-2017", "smoll-2010", "natsis-2014", "poutoglidou-2020"],
      note: "Reviews list four typical features (buttock pain, worse sitting, tenderness near the sciatic notch, pain when the muscle is tensioned), find no gold-standard test and treat it as a diagnosis of exclusion (Hopayian 2010; Hopayian 2017). The seed's 15% for the nerve piercing the muscle is overstated: any variant of the nerve's course, 16.9% of 6,062 cadavers (Smoll 2010); a branch through a double piriformis, 4.1% (Natsis 2014); typical anatomy, 90% (Poutoglidou 2020).",
    },
  },
  {
    id: "sacroiliac-joint-pain",
    name: "Sacroiliac joint pain",
    kind: "injury",
    description:
      "Pain from the joint between the base of the spine and the pelvis, felt low in the back or high in the buttock; it can look like piriformis trouble, and a clinician can test the joint with provocation tests.",
    states: [],
    running: "reduce",
    sources: ["seed-001", "laslett-2005"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["laslett-2005"],
      note: "Against an anaesthetic block of the joint, three or more of six provocation tests positive gave sensitivity 94%, specificity 78%, LR+ 4.3 (Laslett 2005). The tests need a clinician, and they were never compared with piriformis syndrome.",
    },
  },
  {
    id: "bone-stress-injury",
    name: "Bone stress injury (lower-risk site)",
    kind: "serious",
    description:
      "A bone overloaded faster than it can adapt, from a stress reaction up to a stress fracture, for example in the shin, foot, or the femoral neck at the hip, where it shows as groin pain. It needs a doctor's assessment, and usually a break from running.",
    states: [],
    triage: { level: "consult", running: "stop" },
    running: "stop",
    sources: ["warden-2014", "bone-stress-review-pmc7049623", "robertson-2017"],
    grade: "low",
  },

  // ───────────────────────────── Serious conditions ─────────────────────────────
  {
    id: "cauda-equina-syndrome",
    name: "Cauda equina syndrome",
    kind: "serious",
    description:
      "Pressure on the bundle of nerves at the base of the spine. New bladder or bowel changes, numbness around the genitals and buttocks, or symptoms in both legs need emergency care the same day.",
    states: [],
    triage: { level: "emergency", running: "stop" },
    running: "stop",
    sources: ["bmj-best-practice-ces", "girft-2023"],
    grade: "moderate",
  },
  {
    id: "spinal-infection",
    name: "Spinal infection",
    kind: "serious",
    description:
      "An infection in or around the spine, rare but serious; back pain with fever or a recent infection needs a doctor to rule it out.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["finucane-2020"],
    grade: "low",
  },
  {
    id: "malignancy",
    name: "Cancer affecting the spine or bone",
    kind: "serious",
    description:
      "Rarely, back or bone pain comes from cancer. A past cancer matters most; weight loss or night pain alone change the odds little, but together with it they need prompt medical review.",
    states: [],
    triage: { level: "urgent", running: "stop" },
    running: "stop",
    sources: ["downie-2013", "henschke-2013", "verhagen-2016"],
    grade: "moderate",
  },
] as const satisfies readonly Hypothesis[];
