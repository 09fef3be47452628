/**
 * Seed claims that no other collection encodes: advice on recovery, food, shoes and running form,
 * screening, hands-on treatment and other causes, each kept beside what research says of it.
 *
 * Where the facts come from:
 * - The claims: the seed articles in `shared/seeds`, restated in the library's own words. Claims
 *   the other collections already carry (the compensation links, the soreness window, the 10% rule,
 *   the stretches and glute exercises) are not repeated here.
 * - The verdicts: the project's research notes (`shared/research/evidence.md` and
 *   `injuries.md`). Where the notes hold no study of a claim, the verdict is `unverified` and
 *   says what the nearest evidence is, if any.
 * - The grades: within `gradeCeiling` of the sources and the verdict. Every claim here rests on a
 *   seed alone, so the grade is `practitioner-opinion`, except the movement screen, whose claim
 *   has a diagnostic study behind it.
 *
 * Row format: `{ id, name, topic, claim, sources, grade, verdict }`, grouped by seed.
 */
import type { Claim } from "./schema";

/** Every built-in seed claim with its verdict. */
export const claimData = () => [
  // ───────────────────────────── Seed 000 ─────────────────────────────
  {
    id: "physio-assessment-prevents-injury",
    name: "A check-up before injury prevents it",
    topic: "screening",
    claim:
      "Lasting soreness or tightness signals a weakness or imbalance, and having a physiotherapist look for it before anything is injured can keep a runner from a long lay-off.",
    sources: ["seed-000"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["christopher-2019", "dorrel-2015", "trinidad-fernandez-2019"],
      note: "No study in the notes tests whether an assessment before injury prevents one. What an assessment would measure predicts little: a review of prospective studies found no strength, flexibility, range or alignment measure that predicts running injury on better than very low quality evidence (Christopher 2019), and the Functional Movement Screen predicted injury poorly (Dorrel 2015; Trinidad-Fernandez 2019).",
    },
  },

  // ───────────────────────────── Seed 001 ─────────────────────────────
  {
    id: "functional-movement-screen",
    name: "Functional Movement Screen",
    topic: "screening",
    claim:
      "A movement screen such as the Functional Movement Screen, or its selective version, is a useful step in working out why a runner's buttock hurts.",
    sources: ["seed-001", "kiesel-2007"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["kiesel-2007", "dorrel-2015", "trinidad-fernandez-2019"],
      note: "The screen scores seven tests from 0 to 3; a total of 14 or less was first reported to flag injury risk (sensitivity 0.54, specificity 0.91; Kiesel 2007), but later meta-analyses found it a poor predictor (sensitivity 24.7%, specificity 85.7%, Dorrel 2015; pooled OR 1.86, Trinidad-Fernandez 2019). It needs a trained rater, so it is no tool for self-triage.",
    },
  },
  {
    id: "secondary-causes-of-buttock-pain",
    name: "Other causes behind buttock pain",
    topic: "diagnosis",
    claim:
      "Pain high in the buttock that resembles piriformis syndrome or sacroiliac joint trouble can be made worse by other problems: the spine, a twisted pelvic bone (innominate torsion), narrowing of the spinal canal (stenosis) or weak abdominals.",
    sources: ["seed-001"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["hopayian-2010", "hopayian-2017"],
      note: "Piriformis syndrome has no gold-standard test and is diagnosed by ruling other causes out (Hopayian 2010; Hopayian 2017), which fits looking for them; but the notes hold no study of innominate torsion, stenosis or weak abdominals as causes of this pain.",
    },
  },

  // ───────────────────────────── Seed 002 ─────────────────────────────
  {
    id: "corrective-work-improves-efficiency",
    name: "Corrective exercise makes running more efficient",
    topic: "exercise",
    claim:
      "Simple corrective drills that switch overworking muscles down and under-used ones up, or that even out the hips and pelvis, bring big gains in both pain and running efficiency.",
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["ferber-2015"],
      note: "No study in the notes measures running efficiency after corrective exercise. For pain, a 6-week hip and core programme helped people with kneecap pain, but so did a knee programme; the hip group's pain eased one week sooner (Ferber 2015).",
    },
  },

  // ───────────────────────────── Seed 003 ─────────────────────────────
  {
    id: "ice-and-heat",
    name: "Ice and heat",
    topic: "recovery",
    claim: "Cold calms inflammation and warmth loosens tight muscles, so switching between the two speeds recovery from sore glutes.",
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests ice, heat or alternating them for soreness after running.",
    },
  },
  {
    id: "hydration-and-protein",
    name: "Fluids and protein",
    topic: "nutrition",
    claim: "Drinking enough and eating a varied diet with plenty of protein, vitamins and minerals helps sore muscles recover.",
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests fluids, protein or micronutrients for recovery from running soreness.",
    },
  },
  {
    id: "supportive-cushioned-shoes",
    name: "Supportive, cushioned shoes",
    topic: "footwear",
    claim:
      "Shoes alone do not stop sore glutes, but running shoes with good support and cushioning improve form and lower the chance of straining a muscle.",
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["willy-2019"],
      note: "The notes hold no study of shoe support or cushioning. The nearest evidence is on shoe inserts for kneecap pain: a guideline advises ready-made foot orthoses only for feet that roll in more than usual, and only for up to about six weeks (Willy 2019).",
    },
  },
  {
    id: "upright-midfoot-no-overstriding",
    name: "Run tall, land midfoot, do not overstride",
    topic: "running-form",
    claim:
      "Reaching too far forward with each step or tipping the trunk too far forward strains the glutes; stay tall, land on the middle of the foot and keep the foot from landing far ahead of the body.",
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes tests overstriding, trunk lean or where the foot lands against glute strain or soreness. Seed 004 takes the opposite view of landing, treating a forefoot landing as a fault (see `forefoot-landing-overloads-calves`); the notes settle neither.",
    },
  },

  // ───────────────────────────── Seed 004 ─────────────────────────────
  {
    id: "forefoot-landing-overloads-calves",
    name: "A forefoot landing overloads the calves",
    topic: "running-form",
    claim:
      "Landing on the front of the foot, rather than further back, is a fault that follows a forward-tipped pelvis and a shortened stride, and it overloads the calves and the kneecap.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["heino-1990", "naseri-2010"],
      note: "No study in the research notes tests landing pattern against calf or kneecap load, and the tilt this claim starts from was not tied to hip flexor tightness when measured (Heino 1990; Naseri 2010). Seed 003 recommends a midfoot landing instead (see `upright-midfoot-no-overstriding`); the notes settle neither view.",
    },
  },
  {
    id: "deep-tissue-work-huge-changes",
    name: "Deep-tissue work changes everything",
    topic: "manual-therapy",
    claim:
      "Where self-treatment of the tight hip does not work, a therapist's deep-tissue massage frees the hip and transforms training, mobility and general wellbeing.",
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contested",
      sources: ["trigger-point-meta-2022"],
      note: "The closest evidence does not bear out large effects: in a meta-analysis, pressure on trigger points raised the pressure needed to cause pain (SMD 0.67) but did not change the pain people reported (SMD −0.22, not significant). Deep-tissue massage itself, and any effect on training or mobility, is not studied in the notes.",
    },
  },
] as const satisfies readonly Claim[];
