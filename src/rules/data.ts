/**
 * Rules: symptom-to-cause and triage rules over a runner's report, as data.
 *
 * A rule fires when every condition in `when` holds; it then supports or opposes hypotheses
 * (weights in (0, 1]), raises triage to a floor with running advice, or traces the matched
 * complaints back up the compensation graph. Its `description` is shown to the runner as the
 * reason, so it is one plain sentence of our own.
 *
 * Groups, in order:
 * 1. Triage combinations ("triage tuples"): pairs of findings that together escalate the level.
 *    Single red flags have poor accuracy, so combinations are encoded as well (Cook 2018;
 *    Finucane 2020; Downie 2013). The flags themselves already set a floor in the engine; the rules
 *    here add combinations and support the conditions the flags point to.
 * 2. Triage without red flags: soreness beyond a week; numbness or tingling.
 * 3. Tracing chronic tightness back up the compensation graph (the seeds' model, untested).
 * 4. Delayed-onset muscle soreness.
 * 5. Training load, warm-up and recovery.
 * 6. Running injuries.
 * 7. Compensation support from field tests and life context.
 *
 * Where the facts come from: the seed articles (`seed-000` … `seed-004`) for the practitioner
 * claims, and the project's research notes (`shared/research/evidence.md`, sections 1, 4 and 6)
 * for verdicts and figures, given exactly as there. Weights are the library's judgement: larger
 * where research is stronger (the single-leg stance test, the single-run spike), small where it
 * is contested (the 10% rule, the acute:chronic workload ratio) or untested.
 */
import type { Verdict } from "../evidence/schema";
import type { Rule } from "./schema";

/** The verdict on reading lasting tightness as a muscle covering for a weaker one. */
const TIGHTNESS_AS_COMPENSATION = {
  status: "unverified",
  sources: ["weppler-2010", "arab-2010"],
  note: "A practitioner model no study tests: stretching gains over 3–8 weeks are mostly changed sensation rather than longer muscle (Weppler 2010), and the one direct check found iliotibial band tightness unrelated to hip abductor weakness in 300 people with low back pain (Arab 2010).",
} as const satisfies Verdict;

/** The verdict on the weekly 10% rule. */
const TEN_PERCENT_RULE = {
  status: "contested",
  sources: ["buist-2008", "nielsen-2014", "fredette-2022", "frandsen-2025"],
  note: "No significant injury difference in a trial with novices (Buist 2008); a non-significant trend above 30% over two weeks, HR 1.59 (0.96–2.66, p=.07) (Nielsen 2014); judged not justified by a review (Fredette 2022); the week-to-week ratio showed no relationship in 5,205 runners (Frandsen 2025).",
} as const satisfies Verdict;

/** The verdict on a seed claim that no study in the research notes tests. */
const UNTESTED = {
  status: "unverified",
  sources: [],
  note: "No study in the research notes tests this.",
} as const satisfies Verdict;

/** Sites where running bone stress injuries show: the shin, the foot, and the femoral neck (groin). */
const BONE_SITES = ["shin", "foot", "femoral-neck"] as const;

/** The groin structures behind a femoral neck stress fracture and its look-alikes. */
const GROIN = ["femoral-neck", "iliopsoas", "hip-adductors"] as const;

/** The lumbar structures, without the sacroiliac joint shared with the buttock. */
const LOW_BACK = ["lumbar-spine", "lumbar-extensors"] as const;

/**
 * Every built-in rule, in the order of the groups in this file's header. See {@link Rule} for the
 * fields and the rule language.
 */
export const ruleData = () => [
  // ───────────────────────────── 1. Triage combinations ─────────────────────────────
  {
    id: "groin-pain-with-pain-on-hopping",
    description:
      "Groin pain together with pain on hopping can mean a stress fracture of the hip: stop running and get imaging within 24 hours.",
    when: [
      { kind: "complaint", where: GROIN },
      { kind: "red-flag", flag: "pain-on-hopping" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.8 },
    ],
    sources: ["robertson-2017", "cook-2018"],
    grade: "low",
  },
  {
    id: "groin-pain-with-night-pain",
    description:
      "Groin pain that also aches at night fits a stress fracture of the hip: stop running and see a doctor within 24 hours.",
    when: [
      { kind: "complaint", where: GROIN },
      { kind: "red-flag", flag: "night-pain" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.6 },
    ],
    sources: ["robertson-2017", "cook-2018"],
    grade: "low",
  },
  {
    id: "groin-pain-not-easing-with-warm-up",
    description:
      "Groin pain that gets worse as the run goes on rather than easing can mean a stress fracture of the hip: stop running and get imaging within 24 hours.",
    when: [
      { kind: "complaint", where: GROIN },
      { kind: "red-flag", flag: "pain-not-easing-with-warm-up" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.6 },
    ],
    sources: ["robertson-2017", "cook-2018"],
    grade: "low",
  },
  {
    id: "steroids-with-bone-pain",
    description: "Bone pain in someone on long-term steroid tablets makes a fracture more likely: have a professional check it.",
    when: [
      { kind: "red-flag", flag: "long-term-corticosteroids" },
      { kind: "complaint", where: ["tibia", "femoral-neck", "shin", "foot", "groin"], sensations: ["pain"] },
    ],
    then: [
      { kind: "triage", level: "consult", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury", weight: 0.5 },
    ],
    sources: ["downie-2013"],
    grade: "low",
  },
  {
    id: "weakness-reported",
    description: "Weakness, rather than soreness or tightness, can come from a nerve and is worth a professional's look; weakness that gets worse is urgent.",
    when: [{ kind: "complaint", sensations: ["weakness"], minDays: 4 }],
    then: [{ kind: "triage", level: "consult", running: "reduce" }],
    sources: ["finucane-2020"],
    grade: "low",
  },
  {
    id: "severe-pain",
    description: "Pain of 7 out of 10 or worse is more than ordinary soreness: rest from running and have it checked.",
    when: [{ kind: "complaint", sensations: ["pain"], minSeverity: 7 }],
    then: [{ kind: "triage", level: "consult", running: "stop" }],
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: { status: "unverified", sources: [], note: "A seed's advice to rest when soreness is severe or painful; the threshold of 7/10 is the library's." },
  },
  {
    id: "groin-pain-cannot-bear-weight",
    description:
      "Groin pain with being unable to put weight on the leg can mean the hip has fractured: get emergency care now.",
    when: [
      { kind: "complaint", where: GROIN },
      { kind: "red-flag", flag: "cannot-bear-weight" },
    ],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury-high-risk", weight: 0.8 },
    ],
    sources: ["robertson-2017"],
    grade: "low",
  },
  {
    id: "back-pain-with-fever-or-infection",
    description:
      "Back pain together with a fever, a recent infection, injecting drugs or a weakened immune system needs a doctor within 24 hours to rule out an infection of the spine.",
    when: [
      { kind: "complaint", where: LOW_BACK },
      {
        kind: "any",
        of: [
          { kind: "red-flag", flag: "fever" },
          { kind: "red-flag", flag: "recent-infection" },
          { kind: "red-flag", flag: "iv-drug-use" },
          { kind: "red-flag", flag: "immunosuppression" },
        ],
      },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "spinal-infection", weight: 0.6 },
    ],
    sources: ["finucane-2020", "cook-2018"],
    grade: "low",
  },
  {
    id: "cancer-history-with-night-pain",
    description:
      "Pain at night in someone who has had cancer needs a doctor within 24 hours, because together the two signs matter far more than either alone.",
    when: [
      { kind: "red-flag", flag: "history-of-cancer" },
      { kind: "red-flag", flag: "night-pain" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "malignancy", weight: 0.6 },
    ],
    sources: ["downie-2013", "henschke-2013", "verhagen-2016", "cook-2018"],
    grade: "low",
  },
  {
    id: "cancer-history-with-weight-loss",
    description:
      "Unexplained weight loss in someone who has had cancer needs a doctor within 24 hours.",
    when: [
      { kind: "red-flag", flag: "history-of-cancer" },
      { kind: "red-flag", flag: "unexplained-weight-loss" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "malignancy", weight: 0.6 },
    ],
    sources: ["downie-2013", "henschke-2013", "verhagen-2016", "cook-2018"],
    grade: "low",
  },
  {
    id: "bone-tenderness-not-easing-with-warm-up",
    description:
      "A tender spot on a bone together with pain that does not ease as you warm up points to a bone stress injury: stop running and get it checked within 24 hours.",
    when: [
      { kind: "red-flag", flag: "focal-bone-tenderness" },
      { kind: "red-flag", flag: "pain-not-easing-with-warm-up" },
    ],
    then: [
      { kind: "triage", level: "urgent", running: "stop" },
      { kind: "support", hypothesis: "bone-stress-injury", weight: 0.7 },
    ],
    sources: ["warden-2014", "bone-stress-review-pmc7049623", "cook-2018"],
    grade: "low",
  },
  {
    id: "progressive-weakness-in-both-legs",
    description:
      "Weakness that is getting worse in both legs can mean pressure on the nerves at the base of the spine: get emergency care today.",
    when: [
      { kind: "red-flag", flag: "progressive-weakness" },
      { kind: "red-flag", flag: "both-legs" },
    ],
    then: [
      { kind: "triage", level: "emergency", running: "stop" },
      { kind: "support", hypothesis: "cauda-equina-syndrome", weight: 0.8 },
    ],
    sources: ["bmj-best-practice-ces", "girft-2023", "finucane-2020"],
    grade: "moderate",
  },
  {
    id: "trauma-in-older-runner",
    description:
      "After a fall or blow, being over 50 makes a fracture more likely: see a doctor within 24 hours.",
    when: [
      { kind: "red-flag", flag: "trauma" },
      { kind: "context", factor: "age-over-50" },
    ],
    then: [{ kind: "triage", level: "urgent", running: "stop" }],
    sources: ["downie-2013", "cook-2018"],
    grade: "low",
  },
  {
    id: "red-flag-cauda-equina-signs",
    description:
      "Bladder or bowel changes, saddle numbness, new sexual problems, or symptoms in both legs are the warning signs of pressure on the nerves at the base of the spine.",
    when: [
      {
        kind: "any",
        of: [
          { kind: "red-flag", flag: "bladder-bowel-change" },
          { kind: "red-flag", flag: "saddle-numbness" },
          { kind: "red-flag", flag: "sexual-dysfunction" },
          { kind: "red-flag", flag: "both-legs" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "cauda-equina-syndrome", weight: 0.8 }],
    sources: ["bmj-best-practice-ces", "girft-2023"],
    grade: "moderate",
  },
  {
    id: "red-flag-cancer-history",
    description: "A past cancer is the warning sign that on its own most raises the chance that back or bone pain has a serious cause.",
    when: [{ kind: "red-flag", flag: "history-of-cancer" }],
    then: [{ kind: "support", hypothesis: "malignancy", weight: 0.4 }],
    sources: ["downie-2013", "henschke-2013", "verhagen-2016"],
    grade: "moderate",
  },
  {
    id: "red-flag-weight-loss-or-night-pain",
    description: "Unexplained weight loss or pain at night on its own only slightly raises the chance of a serious cause, but is worth a doctor's check.",
    when: [
      {
        kind: "any",
        of: [
          { kind: "red-flag", flag: "unexplained-weight-loss" },
          { kind: "red-flag", flag: "night-pain" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "malignancy", weight: 0.1 }],
    sources: ["downie-2013", "henschke-2013", "verhagen-2016", "cook-2018"],
    grade: "low",
  },
  {
    id: "red-flag-infection-signs",
    description:
      "A fever, a recent infection, injecting drugs or a weakened immune system, together with back pain, is a reason to have a doctor rule out infection.",
    when: [
      { kind: "complaint", where: LOW_BACK },
      {
        kind: "any",
        of: [
          { kind: "red-flag", flag: "fever" },
          { kind: "red-flag", flag: "recent-infection" },
          { kind: "red-flag", flag: "iv-drug-use" },
          { kind: "red-flag", flag: "immunosuppression" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "spinal-infection", weight: 0.2 }],
    sources: ["finucane-2020"],
    grade: "low",
  },
  {
    id: "red-flag-bone-stress-signs",
    description:
      "Pain on hopping, a tender spot on a bone, pain that does not warm up or being unable to bear weight are signs of a bone stress injury.",
    when: [
      {
        kind: "any",
        of: [
          { kind: "red-flag", flag: "pain-on-hopping" },
          { kind: "red-flag", flag: "focal-bone-tenderness" },
          { kind: "red-flag", flag: "pain-not-easing-with-warm-up" },
          { kind: "red-flag", flag: "cannot-bear-weight" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "bone-stress-injury", weight: 0.3 }],
    sources: ["warden-2014", "bone-stress-review-pmc7049623", "robertson-2017"],
    grade: "low",
  },

  // ───────────────────────────── 2. Triage without red flags ─────────────────────────────
  {
    id: "soreness-beyond-a-week",
    description:
      "Soreness that has lasted more than a week is longer than ordinary post-run soreness, so ease off and have a professional look at it.",
    when: [{ kind: "complaint", sensations: ["soreness"], minDays: 8 }],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "oppose", hypothesis: "delayed-onset-muscle-soreness", weight: 0.8 },
    ],
    sources: ["seed-003", "cheung-2003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["cheung-2003"],
      note: "Consistent with the time course of delayed-onset soreness, which is gone by about 5–7 days (Cheung 2003), but the one-week cut-off itself is an unvalidated rule of thumb.",
    },
  },
  {
    id: "numbness-or-tingling",
    description:
      "Numbness or tingling with your symptoms can mean a nerve is irritated or squeezed, which a professional should assess.",
    when: [{ kind: "complaint", sensations: ["numbness", "tingling"] }],
    then: [
      { kind: "triage", level: "consult", running: "reduce" },
      { kind: "support", hypothesis: "piriformis-syndrome", weight: 0.15 },
    ],
    sources: ["seed-001", "hopayian-2010", "hopayian-2017"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["hopayian-2010", "hopayian-2017"],
      note: "Supported as a reason to see a professional. Which nerve or cause is behind it needs an examination; piriformis syndrome in particular has no gold-standard test and is a diagnosis of exclusion (Hopayian 2010; Hopayian 2017).",
    },
  },

  // ───────────────────────────── 3. Tracing chronic tightness back ─────────────────────────────
  {
    id: "chronic-tightness-not-relieved-by-stretching",
    description:
      "Tightness or soreness that stretching, rolling or massage has not settled may come from a muscle doing extra work for a weaker one, so the search moves up the chain.",
    when: [
      {
        kind: "complaint",
        sensations: ["tightness", "soreness"],
        notRelievedBy: ["stretching", "foam-rolling", "massage", "rest"],
      },
    ],
    then: [{ kind: "trace-back" }],
    sources: ["seed-000", "seed-002", "weppler-2010", "arab-2010"],
    grade: "practitioner-opinion",
    verdict: TIGHTNESS_AS_COMPENSATION,
  },
  {
    id: "lasting-tightness-or-soreness",
    description:
      "Tightness or soreness lasting two weeks or more is past ordinary soreness, so the muscles upstream of it are worth a look.",
    when: [{ kind: "complaint", sensations: ["tightness", "soreness"], minDays: 14 }],
    then: [{ kind: "trace-back" }],
    sources: ["seed-000", "seed-002", "weppler-2010", "arab-2010"],
    grade: "practitioner-opinion",
    verdict: TIGHTNESS_AS_COMPENSATION,
  },
  {
    id: "mileage-rise-exposes-imbalance",
    description:
      "Symptoms that appear as distance goes up can mean an imbalance that was quiet at lower volume, so the chain is traced back as well.",
    when: [
      { kind: "complaint", sensations: ["tightness", "soreness", "pain"] },
      {
        kind: "any",
        of: [
          { kind: "training-change", change: "more-distance" },
          { kind: "training-change", change: "longer-long-run" },
          { kind: "training", signal: "weekly-increase-over-10" },
          { kind: "training", signal: "long-run-spike" },
        ],
      },
    ],
    then: [{ kind: "trace-back" }],
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },

  // ───────────────────────────── 4. Delayed-onset muscle soreness ─────────────────────────────
  {
    id: "soreness-within-three-days",
    description:
      "Soreness that starts after a run or the next day and has lasted three days or less matches the usual pattern of post-exercise muscle soreness.",
    when: [{ kind: "complaint", sensations: ["soreness"], when: ["after-run", "next-day"], maxDays: 3 }],
    then: [{ kind: "support", hypothesis: "delayed-onset-muscle-soreness", weight: 0.5 }],
    sources: ["cheung-2003", "seed-003"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["cheung-2003"],
      note: "Soreness builds over the first 24 h and peaks at 24–72 h (Cheung 2003).",
    },
  },
  {
    id: "soreness-after-harder-training",
    description:
      "Fresh soreness after running further, faster or on hills than you are used to is most often the muscles adapting to new work.",
    when: [
      { kind: "complaint", sensations: ["soreness"], maxDays: 3 },
      {
        kind: "any",
        of: [
          { kind: "training-change", change: "new-intensity" },
          { kind: "training-change", change: "more-distance" },
          { kind: "training-change", change: "hills" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "delayed-onset-muscle-soreness", weight: 0.3 }],
    sources: ["seed-003", "cheung-2003"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["cheung-2003"],
      note: "Soreness that follows harder or unaccustomed work is well described: it builds over the first 24 h, peaks at 24–72 h and is gone by about 5–7 days (Cheung 2003, a narrative review).",
    },
  },
  {
    id: "soreness-with-numbness-is-not-doms",
    description: "Numbness or tingling is not part of ordinary muscle soreness, so soreness that comes with it needs another explanation.",
    when: [
      { kind: "complaint", sensations: ["soreness"] },
      { kind: "complaint", sensations: ["numbness", "tingling"] },
    ],
    then: [{ kind: "oppose", hypothesis: "delayed-onset-muscle-soreness", weight: 0.6 }],
    sources: ["seed-001"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },
  {
    id: "pain-during-run-is-not-doms",
    description: "Pain that comes on during the run itself is not delayed soreness, which builds over the following day.",
    when: [{ kind: "complaint", sensations: ["pain"], when: ["during-run"] }],
    then: [{ kind: "oppose", hypothesis: "delayed-onset-muscle-soreness", weight: 0.3 }],
    sources: ["cheung-2003"],
    grade: "low",
  },

  // ───────────────────────────── 5. Training load, warm-up and recovery ─────────────────────────────
  {
    id: "weekly-increase-over-10",
    description:
      "Your last week was more than 10% longer than the one before; the popular 10% rule is contested, so this counts only a little.",
    when: [{ kind: "training", signal: "weekly-increase-over-10" }],
    then: [{ kind: "support", hypothesis: "training-load-error", weight: 0.15 }],
    sources: ["seed-003", "buist-2008", "nielsen-2014", "fredette-2022", "frandsen-2025"],
    grade: "practitioner-opinion",
    verdict: TEN_PERCENT_RULE,
  },
  {
    id: "weekly-increase-over-30",
    description:
      "Your last week was more than 30% longer than the one before, a jump that went with more injuries in one study, though short of significance.",
    when: [{ kind: "training", signal: "weekly-increase-over-30" }],
    then: [{ kind: "support", hypothesis: "training-load-error", weight: 0.3 }],
    sources: ["nielsen-2014", "frandsen-2025"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["nielsen-2014", "frandsen-2025"],
      note: "More than 30% over two weeks against under 10%: HR 1.59 (0.96–2.66, p=.07) for distance-related injuries (Nielsen 2014), a trend only; the week-to-week ratio showed no relationship in a larger cohort (Frandsen 2025).",
    },
  },
  {
    id: "long-run-spike",
    description:
      "A run in the last week was more than 10% longer than your longest in the month before, the load change most clearly tied to running injuries.",
    when: [{ kind: "training", signal: "long-run-spike" }],
    then: [{ kind: "support", hypothesis: "training-load-error", weight: 0.6 }],
    sources: ["frandsen-2025"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["frandsen-2025"],
      note: "In 5,205 runners and 588,071 runs, a single run more than 10% longer than the longest of the past 30 days raised injury risk: HR 1.64 (10–30% longer), 1.52 (30–100%), 2.28 (more than double) (Frandsen 2025). One cohort, not yet replicated.",
    },
  },
  {
    id: "acwr-high",
    description:
      "Your last week was well above your usual load (acute:chronic ratio above 1.3); this measure is disputed, so it counts only a little.",
    when: [{ kind: "training", signal: "acwr-high" }],
    then: [{ kind: "support", hypothesis: "training-load-error", weight: 0.1 }],
    sources: ["gabbett-2016", "lolli-2019", "impellizzeri-2020", "frandsen-2025"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["gabbett-2016", "lolli-2019", "impellizzeri-2020", "frandsen-2025"],
      note: "The 0.8–1.3 \"sweet spot\" comes from team sports (Gabbett 2016); the ratio is mathematically coupled (Lolli 2019), random chronic loads reproduce the published odds ratios (Impellizzeri 2020), and runners showed a negative dose-response (Frandsen 2025).",
    },
  },
  {
    id: "reported-distance-increase",
    description: "You have recently added distance or lengthened your long run, and load that grows faster than the body adapts is a common cause of trouble.",
    when: [
      {
        kind: "any",
        of: [
          { kind: "training-change", change: "more-distance" },
          { kind: "training-change", change: "longer-long-run" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "training-load-error", weight: 0.35 }],
    sources: ["seed-003", "seed-002", "frandsen-2025", "nielsen-2014"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["frandsen-2025", "nielsen-2014"],
      note: "A single long-run spike is the best-supported load signal (Frandsen 2025); for weekly totals only a non-significant trend was found (Nielsen 2014). A reported change gives no size, so it counts moderately.",
    },
  },
  {
    id: "reported-intensity-or-hills",
    description: "New speed work or hills load the legs in ways they may not yet be used to.",
    when: [
      {
        kind: "any",
        of: [
          { kind: "training-change", change: "new-intensity" },
          { kind: "training-change", change: "hills" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "training-load-error", weight: 0.25 }],
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },
  {
    id: "switched-foot-strike-calf-load",
    description: "Switching to landing on the front of the foot shifts load onto the calf, which may then tighten or ache.",
    when: [
      { kind: "training-change", change: "switched-foot-strike" },
      { kind: "complaint", where: ["calf"] },
    ],
    then: [{ kind: "support", hypothesis: "training-load-error", weight: 0.3 }],
    sources: ["seed-004"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },
  {
    id: "no-warm-up-or-less-recovery",
    description: "Skipping the warm-up or cutting recovery between runs can leave muscles tight, tired and sore.",
    when: [
      {
        kind: "any",
        of: [
          { kind: "training-change", change: "no-warm-up" },
          { kind: "training-change", change: "less-recovery" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "poor-warm-up-or-recovery", weight: 0.4 }],
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },
  {
    id: "eased-by-warm-up",
    description: "Symptoms that ease once you are warmed up suggest the muscles need a better start to each run.",
    when: [{ kind: "complaint", relievedBy: ["warm-up"] }],
    then: [{ kind: "support", hypothesis: "poor-warm-up-or-recovery", weight: 0.15 }],
    sources: ["seed-003"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },

  // ───────────────────────────── 6. Running injuries ─────────────────────────────
  {
    id: "lateral-knee-pain-during-run",
    description:
      "Pain on the outside of the knee that comes on during runs or going downhill is the typical picture of iliotibial band syndrome.",
    when: [
      { kind: "complaint", where: ["iliotibial-band"], sensations: ["pain", "soreness"], when: ["during-run", "stairs-downhill"] },
    ],
    then: [{ kind: "support", hypothesis: "iliotibial-band-syndrome", weight: 0.5 }],
    sources: ["van-der-worp-2012"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["van-der-worp-2012"],
      note: "The seeds do not describe this picture; research does: outer knee pain near the lateral femoral epicondyle with repeated bending and straightening, in 5–14% of runners (van der Worp 2012). Pain that builds during the run and worse downhill is reported only by clinic and education pages.",
    },
  },
  {
    id: "lateral-knee-pain-with-hip-control-signs",
    description:
      "Outer knee pain with a pelvis that drops or a poor single-leg squat fits the weak hip abductors often found with iliotibial band syndrome, though they may not be its cause.",
    when: [
      { kind: "complaint", where: ["iliotibial-band"], sensations: ["pain", "soreness"] },
      {
        kind: "any",
        of: [
          { kind: "field-test", test: "trendelenburg" },
          { kind: "field-test", test: "single-leg-squat" },
        ],
      },
    ],
    then: [
      { kind: "support", hypothesis: "iliotibial-band-syndrome", weight: 0.2 },
      { kind: "support", hypothesis: "hip-abductor-weakness", weight: 0.3 },
    ],
    sources: ["seed-001", "fredericson-2000", "mucha-2017", "christopher-2019"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["fredericson-2000", "mucha-2017", "christopher-2019"],
      note: "Abductor torque was 7.82 on the injured side against 9.82 uninjured and 10.19 in controls (%BW·height, women; Fredericson 2000), but the link holds in cross-sectional studies only (Mucha 2017), and no strength measure predicts running injury prospectively on better than very low quality evidence, and one study tied stronger abductors to injury (Christopher 2019).",
    },
  },
  {
    id: "front-knee-pain-stairs-or-sitting",
    description:
      "Pain around the kneecap that is worse on stairs, downhill or after sitting is the typical picture of patellofemoral pain.",
    when: [
      { kind: "complaint", where: ["patellofemoral-joint"], sensations: ["pain", "soreness"], when: ["stairs-downhill", "sitting"] },
    ],
    then: [{ kind: "support", hypothesis: "patellofemoral-pain", weight: 0.5 }],
    sources: ["willy-2019"],
    grade: "moderate",
    verdict: {
      status: "supported",
      sources: ["willy-2019"],
      note: "The seeds do not describe this picture; a clinical practice guideline does: pain around or behind the kneecap brought on by squatting, stairs, long sitting or other loaded knee bending, once other causes are ruled out (Willy 2019, seen in a secondary summary).",
    },
  },
  {
    id: "front-knee-pain-poor-single-leg-squat",
    description:
      "Front-of-knee pain with a poor single-leg squat fits patellofemoral pain; the weaker hip that often goes with it looks more like a result of the pain than its cause.",
    when: [
      { kind: "complaint", where: ["patellofemoral-joint"], sensations: ["pain", "soreness"] },
      { kind: "field-test", test: "single-leg-squat" },
    ],
    then: [
      { kind: "support", hypothesis: "patellofemoral-pain", weight: 0.3 },
      { kind: "support", hypothesis: "hip-abductor-weakness", weight: 0.1 },
    ],
    sources: ["seed-002", "crossley-2011", "ireland-2003", "rathleff-2014", "neal-2019"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["crossley-2011", "ireland-2003", "rathleff-2014", "neal-2019"],
      note: "Good single-leg squats went with stronger hip abduction and external rotation (Crossley 2011), and people with patellofemoral pain had 26% less abduction and 36% less external rotation strength (Ireland 2003), yet 18 prospective studies (n=4,818) found hip weakness is not a risk factor (Neal 2019; Rathleff 2014).",
    },
  },
  {
    id: "lateral-hip-pain-on-single-leg-stance",
    description:
      "Pain on the outside of the hip within 30 seconds of standing on one leg points strongly to gluteal tendinopathy.",
    when: [{ kind: "field-test", test: "single-leg-stance-30s" }],
    then: [{ kind: "support", hypothesis: "gluteal-tendinopathy", weight: 0.8 }],
    sources: ["lequesne-2008", "grimaldi-2017"],
    grade: "low",
  },
  {
    id: "lateral-hip-pain",
    description: "Pain on the outside of the hip, over its bony point, is where irritated gluteal tendons are felt.",
    when: [{ kind: "complaint", where: ["gluteal-tendons"], sensations: ["pain", "soreness"] }],
    then: [{ kind: "support", hypothesis: "gluteal-tendinopathy", weight: 0.3 }],
    sources: ["lequesne-2008", "grimaldi-2017"],
    grade: "low",
  },
  {
    id: "buttock-pain-worse-sitting",
    description:
      "Buttock pain that is worse when sitting is one of the typical features of piriformis syndrome, a debated diagnosis a professional makes by ruling out other causes.",
    when: [{ kind: "complaint", where: ["piriformis", "sciatic-nerve"], sensations: ["pain"], when: ["sitting"] }],
    then: [{ kind: "support", hypothesis: "piriformis-syndrome", weight: 0.4 }],
    sources: ["seed-001", "hopayian-2010", "hopayian-2017"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["hopayian-2010", "hopayian-2017"],
      note: "Reviews list buttock pain, worse sitting, tenderness near the sciatic notch and pain when the muscle is tensioned as its four typical features, but find no gold-standard test (Hopayian 2010; Hopayian 2017).",
    },
  },
  {
    id: "buttock-pain-with-numbness",
    description:
      "Buttock pain with numbness or tingling can come from an irritated sciatic nerve, which needs a professional's examination.",
    when: [
      { kind: "complaint", where: ["piriformis", "sciatic-nerve"], sensations: ["pain"] },
      { kind: "complaint", where: ["piriformis", "sciatic-nerve"], sensations: ["numbness", "tingling"] },
    ],
    then: [{ kind: "support", hypothesis: "piriformis-syndrome", weight: 0.3 }],
    sources: ["seed-001", "hopayian-2010", "hopayian-2017", "smoll-2010"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["hopayian-2010", "hopayian-2017", "smoll-2010"],
      note: "Pain with numbness is a sound reason to be examined, but piriformis syndrome is a diagnosis of exclusion (Hopayian 2010; Hopayian 2017), and the nerve's course varies in only 16.9% of people (Smoll 2010).",
    },
  },
  {
    id: "low-back-or-buttock-pain-sacroiliac",
    description:
      "Pain low in the back or high in the buttock can come from the sacroiliac joint, which a clinician can test for with a few provocation tests.",
    when: [{ kind: "complaint", where: ["sacroiliac-joint"], sensations: ["pain"] }],
    then: [{ kind: "support", hypothesis: "sacroiliac-joint-pain", weight: 0.2 }],
    sources: ["seed-001", "laslett-2005"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["laslett-2005"],
      note: "A clinician can test the joint: against an anaesthetic joint block, three or more of six provocation tests positive gave sensitivity 94%, specificity 78%, LR+ 4.3 (Laslett 2005). A runner cannot do these tests alone, so this counts only lightly.",
    },
  },
  {
    id: "gradual-bone-pain-during-run",
    description:
      "Shin, foot or groin pain that built up gradually and comes on during runs can be an early bone stress injury, especially if it stays or grows as the run goes on.",
    when: [{ kind: "complaint", where: BONE_SITES, sensations: ["pain"], onset: "gradual", when: ["during-run"] }],
    then: [{ kind: "support", hypothesis: "bone-stress-injury", weight: 0.2 }],
    sources: ["warden-2014", "robertson-2017"],
    grade: "low",
  },
  {
    id: "bone-pain-with-bone-stress-signs",
    description:
      "Shin, foot or groin pain with a tender spot on the bone, pain that does not warm up, or pain on hopping is a reason to stop running and have a bone stress injury ruled out.",
    when: [
      { kind: "complaint", where: BONE_SITES, sensations: ["pain", "soreness"] },
      {
        kind: "any",
        of: [
          { kind: "red-flag", flag: "focal-bone-tenderness" },
          { kind: "red-flag", flag: "pain-not-easing-with-warm-up" },
          { kind: "red-flag", flag: "pain-on-hopping" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "bone-stress-injury", weight: 0.5 }],
    sources: ["warden-2014", "bone-stress-review-pmc7049623", "robertson-2017"],
    grade: "low",
  },
  {
    id: "bone-pain-after-load-change",
    description:
      "Shin, foot or groin pain that crept up after training grew in recent weeks fits a bone stress injury, which often follows a load change three to eight weeks earlier.",
    when: [
      { kind: "complaint", where: BONE_SITES, sensations: ["pain"], onset: "gradual" },
      {
        kind: "any",
        of: [
          { kind: "training-change", change: "more-distance" },
          { kind: "training-change", change: "longer-long-run" },
          { kind: "training-change", change: "new-intensity" },
          { kind: "training", signal: "long-run-spike" },
          { kind: "training", signal: "weekly-increase-over-30" },
        ],
      },
    ],
    then: [{ kind: "support", hypothesis: "bone-stress-injury", weight: 0.3 }],
    sources: ["warden-2014", "bone-stress-review-pmc7049623"],
    grade: "low",
  },

  // ───────────────────────────── 7. Compensation: field tests and context ─────────────────────────────
  {
    id: "pelvic-drop-on-trendelenburg",
    description: "A pelvis that drops on the lifted side when you stand on one leg suggests the hip abductors of the standing leg are falling short.",
    when: [{ kind: "field-test", test: "trendelenburg" }],
    then: [{ kind: "support", hypothesis: "hip-abductor-weakness", weight: 0.5 }],
    sources: ["seed-001", "seed-003", "crossley-2011"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["crossley-2011"],
      note: "No study in the notes tests the standing pelvic-drop sign. The nearest evidence is indirect: people with better single-leg squat control had earlier gluteus medius onset and stronger hip abduction (Crossley 2011).",
    },
  },
  {
    id: "poor-single-leg-squat",
    description:
      "A poor single-leg squat, or a knee that falls inward, goes with later-firing, weaker hip abductors and rotators.",
    when: [{ kind: "field-test", test: "single-leg-squat" }],
    then: [
      { kind: "support", hypothesis: "hip-abductor-weakness", weight: 0.4 },
      { kind: "support", hypothesis: "deep-rotator-inhibition", weight: 0.3 },
    ],
    sources: ["crossley-2011", "neal-2019"],
    grade: "low",
    verdict: {
      status: "contested",
      sources: ["crossley-2011", "neal-2019"],
      note: "Indirect: people rated good at the single-leg squat (κ 0.60–0.80) had earlier gluteus medius onset and stronger hip abduction and external rotation than poor performers (Crossley 2011), a comparison at one point in time. It does not show that a poor squat picks out weakness in one runner, and hip weakness did not predict kneecap pain in prospective studies (Neal 2019).",
    },
  },
  {
    id: "bridge-felt-in-hamstrings",
    description: "A bridge felt mainly in the hamstrings rather than the buttock suggests the hamstrings are doing work the gluteus maximus should do.",
    when: [{ kind: "field-test", test: "bridge-endurance" }],
    then: [{ kind: "support", hypothesis: "gluteus-maximus-weakness", weight: 0.4 }],
    sources: ["seed-000"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },
  {
    id: "upper-buttock-tightness-after-runs",
    description:
      "Tightness and soreness high in the buttock after longer runs is, in one practitioner's view, a sign that weak hip abductors are being helped out by piriformis.",
    when: [
      {
        kind: "complaint",
        where: ["piriformis"],
        sensations: ["tightness", "soreness"],
        when: ["after-run", "next-day"],
      },
    ],
    then: [{ kind: "support", hypothesis: "hip-abductor-weakness", weight: 0.2 }],
    sources: ["seed-001", "arab-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["arab-2010"],
      note: "No study was found on upper-buttock tightness from weak abductors; the one direct test of the tight-covers-for-weak idea found no link (Arab 2010).",
    },
  },
  {
    id: "snapping-at-the-side-of-the-hip",
    description: "Snapping at the side of the hip while moving is, in one practitioner's view, another sign of weak hip abductors.",
    when: [{ kind: "complaint", where: ["gluteal-tendons", "iliotibial-band"], sensations: ["snapping"] }],
    then: [{ kind: "support", hypothesis: "hip-abductor-weakness", weight: 0.2 }],
    sources: ["seed-001", "arab-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["arab-2010"],
      note: "No study was found linking weak abductors to hip snapping (Arab 2010 tested band tightness, not snapping, in people with low back pain).",
    },
  },
  {
    id: "sits-most-of-day-abductors",
    description: "Long hours of sitting may leave the hip abductors held at length and working less well.",
    when: [{ kind: "context", factor: "sits-most-of-day" }],
    then: [{ kind: "support", hypothesis: "hip-abductor-weakness", weight: 0.2 }],
    sources: ["seed-001"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },
  {
    id: "sits-most-of-day-hip-flexors",
    description: "Long hours of sitting keep the hip flexors short, which some practitioners link to a forward-tipped pelvis.",
    when: [{ kind: "context", factor: "sits-most-of-day" }],
    then: [{ kind: "support", hypothesis: "tight-hip-flexors-anterior-tilt", weight: 0.2 }],
    sources: ["seed-001", "seed-004", "heino-1990", "naseri-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contradicted",
      sources: ["heino-1990", "naseri-2010"],
      note: "That sitting shortens the hip flexors is untested here, and the tilt they are said to cause was not found when measured: hip extension range vs pelvic tilt r = −0.04 (Heino 1990); no significant effect of tightness on tilt in 75 women (Naseri 2010).",
    },
  },
  {
    id: "low-back-and-calf-together",
    description:
      "A sore low back together with tight or tired calves is the pattern one practitioner traces to tight hip flexors tipping the pelvis forward.",
    when: [
      { kind: "complaint", where: LOW_BACK },
      { kind: "complaint", where: ["calf"], sensations: ["tightness", "fatigue", "pain", "soreness"] },
    ],
    then: [{ kind: "support", hypothesis: "tight-hip-flexors-anterior-tilt", weight: 0.3 }],
    sources: ["seed-004", "heino-1990", "naseri-2010"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contradicted",
      sources: ["heino-1990", "naseri-2010"],
      note: "The chain's first step failed when tested: hip extension range vs pelvic tilt r = −0.04, vs lordosis r = −0.09 (Heino 1990); tightness had no significant effect on tilt or lordosis (Naseri 2010). The later steps are untested.",
    },
  },
  {
    id: "foot-pain-during-or-after-runs",
    description: "Pain along the sole of the foot during or after runs may mean the muscle holding up the arch is tiring.",
    when: [{ kind: "complaint", where: ["plantar-fascia"], sensations: ["pain"], when: ["during-run", "after-run"] }],
    then: [{ kind: "support", hypothesis: "foot-arch-control-fatigue", weight: 0.2 }],
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },
  {
    id: "postpartum-glutes",
    description: "In the year after a baby, the deep hip rotators and the glutes can be weaker than expected, even on a side that used to be strong.",
    when: [{ kind: "context", factor: "postpartum" }],
    then: [
      { kind: "support", hypothesis: "deep-rotator-inhibition", weight: 0.3 },
      { kind: "support", hypothesis: "gluteus-maximus-weakness", weight: 0.2 },
    ],
    sources: ["seed-000"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },
  {
    id: "prior-injury-same-side",
    description: "An earlier injury on the same side may have left a habit of letting other muscles take over, which can outlast the injury.",
    when: [{ kind: "context", factor: "prior-injury-same-side" }],
    then: [
      { kind: "support", hypothesis: "deep-rotator-inhibition", weight: 0.1 },
      { kind: "support", hypothesis: "gluteus-maximus-weakness", weight: 0.1 },
      { kind: "support", hypothesis: "hip-abductor-weakness", weight: 0.1 },
    ],
    sources: ["seed-000", "seed-002"],
    grade: "practitioner-opinion",
    verdict: UNTESTED,
  },
] as const satisfies readonly Rule[];
