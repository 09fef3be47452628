/**
 * The intake questionnaire, as data an app can render: one row per question, with the answer it
 * takes, the allowed options (exactly the values the report accepts) and the report field it fills.
 *
 * Order: the complaint (where, what, which side, when, how long, how it began, what helps or not,
 * how bad), then training, field tests, life context, and last one yes/no question per red flag.
 *
 * Where the questions come from:
 * - The complaint and training questions follow the follow-up questions a physical therapist asks
 *   in seed 001 (one side or both, when it starts and peaks, how long it lasts, sudden or gradual,
 *   what makes it better or worse, recent program changes, any movement screen), reworded.
 * - The field tests and life-context questions come from the seeds and studies behind the rules
 *   that use them (Crossley 2011; Lequesne 2008; Grimaldi 2017; Downie 2013 for age).
 * - The red-flag questions come from the red-flag sources in section 4 of the project's research
 *   notes (`shared/research/evidence.md`); each "yes" adds its flag to `redFlags`.
 */
import type { IntakeQuestion } from "./schema";

/** The sensations a runner can report, with labels. */
const SENSATION_OPTIONS = [
  { value: "tightness", label: "Tightness" },
  { value: "soreness", label: "Soreness, aching" },
  { value: "pain", label: "Pain" },
  { value: "fatigue", label: "Tiring early" },
  { value: "numbness", label: "Numbness" },
  { value: "tingling", label: "Tingling, pins and needles" },
  { value: "weakness", label: "Weakness" },
  { value: "snapping", label: "Snapping or clicking" },
] as const;

/** The timings a runner can report, with labels. */
const TIMING_OPTIONS = [
  { value: "during-run", label: "During a run" },
  { value: "after-run", label: "Straight after a run" },
  { value: "next-day", label: "The day after a run" },
  { value: "at-rest", label: "At rest" },
  { value: "at-night", label: "At night" },
  { value: "sitting", label: "When sitting" },
  { value: "morning", label: "First thing in the morning" },
  { value: "stairs-downhill", label: "On stairs or downhill" },
] as const;

/** The things a runner may have tried, with labels. */
const RELIEF_OPTIONS = [
  { value: "stretching", label: "Stretching" },
  { value: "foam-rolling", label: "Foam rolling" },
  { value: "massage", label: "Massage" },
  { value: "rest", label: "Rest" },
  { value: "warm-up", label: "Warming up" },
] as const;

/** Sides of the body, with labels. */
const SIDE_OPTIONS = [
  { value: "left", label: "Left" },
  { value: "right", label: "Right" },
  { value: "both", label: "Both" },
] as const;

/** The sources of the cauda equina questions. */
const CES_SOURCES = ["bmj-best-practice-ces", "girft-2023"] as const;

/**
 * Every intake question, in the order an app would ask them: the complaint, training, field tests,
 * life context, then the red flags. See {@link IntakeQuestion} for the fields.
 */
export const intakeQuestionData = () => [
  // ───────────────────────────── The complaint ─────────────────────────────
  {
    id: "location",
    text: "Where do you feel it? Pick a body area, or a muscle if you know which one.",
    answer: "region-or-structure",
    fills: "complaints[].location",
    sources: ["seed-001"],
  },
  {
    id: "sensations",
    text: "What does it feel like? Choose all that apply.",
    answer: "multiple",
    options: SENSATION_OPTIONS,
    fills: "complaints[].sensations",
    sources: ["seed-001"],
  },
  {
    id: "side",
    text: "Is it on one side, or on both?",
    answer: "single",
    options: SIDE_OPTIONS,
    fills: "complaints[].side",
    sources: ["seed-001"],
  },
  {
    id: "when-it-starts",
    text: "When does it first come on: are you only tight after running, or does it hurt during the run?",
    answer: "multiple",
    options: TIMING_OPTIONS,
    fills: "complaints[].when",
    sources: ["seed-001"],
  },
  {
    id: "when-worst",
    text: "When is it at its worst?",
    answer: "multiple",
    options: TIMING_OPTIONS,
    fills: "complaints[].when",
    sources: ["seed-001"],
  },
  {
    id: "duration",
    text: "How many days has it been going on?",
    answer: "number",
    unit: "days",
    fills: "complaints[].durationDays",
    sources: ["seed-001", "seed-003", "cheung-2003"],
  },
  {
    id: "onset",
    text: "Did it come on suddenly, or build up gradually?",
    answer: "single",
    options: [
      { value: "sudden", label: "Suddenly" },
      { value: "gradual", label: "Gradually" },
    ],
    fills: "complaints[].onset",
    sources: ["seed-001"],
  },
  {
    id: "relieved-by",
    text: "What makes it better?",
    answer: "multiple",
    options: RELIEF_OPTIONS,
    fills: "complaints[].relievedBy",
    sources: ["seed-001"],
  },
  {
    id: "not-relieved-by",
    text: "What have you tried that did not help?",
    answer: "multiple",
    options: RELIEF_OPTIONS,
    fills: "complaints[].notRelievedBy",
    sources: ["seed-000", "seed-001", "seed-002"],
  },
  {
    id: "severity",
    text: "How bad is it, from 0 (nothing) to 10 (the worst you can imagine)?",
    answer: "number",
    unit: "0–10",
    fills: "complaints[].severity",
    sources: ["seed-004"],
  },

  // ───────────────────────────── Training ─────────────────────────────
  {
    id: "recent-changes",
    text: "Have you changed your running lately? Choose all that apply.",
    answer: "multiple",
    options: [
      { value: "more-distance", label: "Running more distance each week" },
      { value: "new-intensity", label: "Faster running or new speed sessions" },
      { value: "hills", label: "More hills" },
      { value: "longer-long-run", label: "A longer long run" },
      { value: "switched-foot-strike", label: "Changed how my foot lands" },
      { value: "new-shoes", label: "New shoes" },
      { value: "less-recovery", label: "Fewer rest or easy days" },
      { value: "no-warm-up", label: "Skipping my warm-up" },
    ],
    fills: "training.recentChanges",
    sources: ["seed-001", "seed-003"],
  },
  {
    id: "weekly-distances",
    text: "How far did you run in each of the last few weeks? Oldest week first, this week last.",
    answer: "number",
    unit: "km",
    fills: "training.weeklyDistancesKm",
    sources: ["seed-003", "frandsen-2025", "nielsen-2014"],
  },

  // ───────────────────────────── Field tests ─────────────────────────────
  {
    id: "field-tests-done",
    text: "Have you had a movement check, or done any of these self-checks? Choose the ones you did.",
    answer: "multiple",
    options: [
      { value: "single-leg-squat", label: "Single-leg squat (filmed from the front)" },
      { value: "single-leg-stance-30s", label: "Standing on one leg for 30 seconds" },
      { value: "trendelenburg", label: "Standing on one leg, watching whether the hip drops" },
      { value: "bridge-endurance", label: "Holding a bridge" },
    ],
    fills: "fieldTests[].test",
    sources: ["seed-001", "crossley-2011", "lequesne-2008", "grimaldi-2017"],
  },
  {
    id: "field-test-side",
    text: "Which leg did you stand or work on?",
    answer: "single",
    options: SIDE_OPTIONS,
    fills: "fieldTests[].side",
    sources: ["crossley-2011"],
  },
  {
    id: "single-leg-squat-quality",
    text: "How did the single-leg squat look on the video?",
    answer: "single",
    options: [
      { value: "good", label: "Good: steady, knee over the foot" },
      { value: "fair", label: "Fair: some wobble" },
      { value: "poor", label: "Poor: unsteady, trunk or pelvis tipping" },
    ],
    fills: "fieldTests[].quality",
    sources: ["crossley-2011"],
  },
  {
    id: "single-leg-squat-knee-valgus",
    text: "During the single-leg squat, did your knee fall inward?",
    answer: "boolean",
    fills: "fieldTests[].kneeValgus",
    sources: ["crossley-2011"],
  },
  {
    id: "single-leg-stance-lateral-hip-pain",
    text: "Standing on one leg, did pain on the outside of the hip come on within 30 seconds?",
    answer: "boolean",
    fills: "fieldTests[].lateralHipPain",
    sources: ["lequesne-2008", "grimaldi-2017"],
  },
  {
    id: "trendelenburg-pelvic-drop",
    text: "Standing on one leg, did your pelvis drop on the side of the lifted leg?",
    answer: "boolean",
    fills: "fieldTests[].pelvicDrop",
    sources: ["seed-001", "crossley-2011"],
  },
  {
    id: "bridge-hold-seconds",
    text: "How long could you hold the bridge?",
    answer: "number",
    unit: "seconds",
    fills: "fieldTests[].holdSeconds",
    sources: ["seed-000"],
  },
  {
    id: "bridge-hamstrings-dominant",
    text: "In the bridge, did you feel it mostly in the back of the thighs rather than the buttocks?",
    answer: "boolean",
    fills: "fieldTests[].hamstringsDominant",
    sources: ["seed-000"],
  },

  // ───────────────────────────── Life context ─────────────────────────────
  {
    id: "sits-most-of-day",
    text: "Do you spend most of the day sitting?",
    answer: "boolean",
    fills: "context.sitsMostOfDay",
    sources: ["seed-001"],
  },
  {
    id: "postpartum",
    text: "Have you had a baby in the past year?",
    answer: "boolean",
    fills: "context.postpartum",
    sources: ["seed-000"],
  },
  {
    id: "prior-injury-sides",
    text: "Have you been injured before? If so, on which side?",
    answer: "multiple",
    options: SIDE_OPTIONS,
    fills: "context.priorInjurySides",
    sources: ["seed-000"],
  },
  {
    id: "age",
    text: "How old are you?",
    answer: "number",
    unit: "years",
    fills: "context.ageYears",
    sources: ["downie-2013", "verhagen-2016"],
  },

  // ───────────────────────────── Red flags ─────────────────────────────
  {
    id: "red-flag-bladder-bowel-change",
    text: "Have you had any new trouble passing or holding urine or stools?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "bladder-bowel-change",
    sources: CES_SOURCES,
  },
  {
    id: "red-flag-saddle-numbness",
    text: "Is there numbness or altered feeling around your groin, genitals or inner buttocks?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "saddle-numbness",
    sources: CES_SOURCES,
  },
  {
    id: "red-flag-sexual-dysfunction",
    text: "Have you noticed any new problem with sexual function?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "sexual-dysfunction",
    sources: ["bmj-best-practice-ces", "girft-2023"],
  },
  {
    id: "red-flag-both-legs",
    text: "Do you have numbness, tingling or weakness in both legs?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "both-legs",
    sources: CES_SOURCES,
  },
  {
    id: "red-flag-progressive-weakness",
    text: "Is a leg or foot getting weaker over time?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "progressive-weakness",
    sources: ["finucane-2020"],
  },
  {
    id: "red-flag-fever",
    text: "Do you have a fever, or feel hot and shivery?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "fever",
    sources: ["finucane-2020"],
  },
  {
    id: "red-flag-recent-infection",
    text: "Have you had an infection in the last few weeks?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "recent-infection",
    sources: ["finucane-2020"],
  },
  {
    id: "red-flag-iv-drug-use",
    text: "Do you inject drugs?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "iv-drug-use",
    sources: ["finucane-2020"],
  },
  {
    id: "red-flag-immunosuppression",
    text: "Do you take medicines, or have an illness, that weaken your immune system?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "immunosuppression",
    sources: ["finucane-2020"],
  },
  {
    id: "red-flag-history-of-cancer",
    text: "Have you ever been treated for cancer?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "history-of-cancer",
    sources: ["downie-2013", "henschke-2013", "verhagen-2016"],
  },
  {
    id: "red-flag-unexplained-weight-loss",
    text: "Have you lost weight recently without trying?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "unexplained-weight-loss",
    sources: ["downie-2013", "henschke-2013", "verhagen-2016"],
  },
  {
    id: "red-flag-night-pain",
    text: "Does the pain wake you at night, or stay when you are resting?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "night-pain",
    sources: ["downie-2013", "verhagen-2016", "robertson-2017"],
  },
  {
    id: "red-flag-pain-on-hopping",
    text: "Does it hurt to hop on the painful leg?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "pain-on-hopping",
    sources: ["robertson-2017", "bone-stress-review-pmc7049623"],
  },
  {
    id: "red-flag-focal-bone-tenderness",
    text: "Is there one small spot on a bone that hurts when you press it?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "focal-bone-tenderness",
    sources: ["warden-2014", "bone-stress-review-pmc7049623"],
  },
  {
    id: "red-flag-pain-not-easing-with-warm-up",
    text: "Does the pain stay the same or get worse as you warm up, instead of easing?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "pain-not-easing-with-warm-up",
    sources: ["warden-2014", "bone-stress-review-pmc7049623", "robertson-2017"],
  },
  {
    id: "red-flag-cannot-bear-weight",
    text: "Are you unable to stand or walk on the leg?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "cannot-bear-weight",
    sources: ["robertson-2017"],
  },
  {
    id: "red-flag-trauma",
    text: "Did it start with a fall, a collision or another injury?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "trauma",
    sources: ["downie-2013"],
  },
  {
    id: "red-flag-long-term-corticosteroids",
    text: "Have you been taking steroid tablets (corticosteroids) for months?",
    answer: "boolean",
    fills: "redFlags",
    redFlag: "long-term-corticosteroids",
    sources: ["downie-2013"],
  },
] as const satisfies readonly IntakeQuestion[];
