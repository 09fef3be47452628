/**
 * Rules of thumb about training load and soreness: what the seed articles or a research group
 * propose, and what later research says of each.
 *
 * Where the facts come from:
 * - The claims are seed 003's advice on building distance and on how long soreness lasts, plus
 *   two load measures from research (the single-run spike and the acute:chronic workload ratio).
 *   All are restated in the library's own words.
 * - Every verdict and figure comes from section 1 of the project's research notes
 *   (`shared/research/evidence.md`), exactly as given there.
 * - Grades follow the evidence rules: a claim that no study tests (`unverified`) is graded
 *   `practitioner-opinion`; a contested one is graded by the strength of the work behind it, not
 *   by the work against it, so the 10% rule, which no study supports, stays `practitioner-opinion`.
 *   No grade goes above the ceiling of its sources (`gradeCeiling` in `kinetic-chain/evidence`):
 *   one cohort or one narrative review is `low`.
 *
 * Row format: `{ id, name, claim, sources, grade, verdict }`, in the order the load functions
 * use them (weekly distance, single runs, workload ratio, soreness).
 */
import type { LoadGuideline } from "./schema";

/** Every built-in load guideline, each with its research verdict. */
export const loadGuidelineData = () => [
  {
    id: "ten-percent-rule",
    name: "10% rule",
    claim:
      "Grow weekly running distance by at most a tenth from one week to the next, so that tissues keep pace with the work and overuse injury is avoided.",
    sources: ["seed-003", "buist-2008", "nielsen-2014", "fredette-2022"],
    grade: "practitioner-opinion",
    verdict: {
      status: "contested",
      sources: ["buist-2008", "nielsen-2014", "fredette-2022"],
      note: "In a randomised trial with novices, a 13-week plan built on the rule gave no significant difference in injuries from an 8-week standard plan (Buist 2008). Runners who added more than 30% over two weeks had more distance-related injuries than those under 10%, HR 1.59 (0.96–2.66, p=.07): a trend, short of significance (Nielsen 2014). A systematic review judged the rule not justified (Fredette 2022).",
    },
  },
  {
    id: "single-run-spike",
    name: "Single-run spike",
    claim:
      "One run more than 10% longer than the longest run of the previous 30 days raises the risk of a running injury: HR 1.64 when it is 10–30% longer, 1.52 when 30–100% longer, and 2.28 when more than twice as long.",
    sources: ["frandsen-2025", "seed-003"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["frandsen-2025"],
      note: "Found in one large cohort of 5,205 runners and 588,071 runs, where the ratio of one week's distance to the week before showed no relationship with injury (Frandsen 2025). It supports the seed's general warning against adding distance too fast, measured per run rather than per week; it has not yet been replicated.",
    },
  },
  {
    id: "acute-chronic-workload-ratio",
    name: "Acute:chronic workload ratio",
    claim:
      "Dividing the last week's load by the average load of the last four weeks flags injury risk: a ratio of about 0.8–1.3 is a sweet spot, and risk climbs as the ratio rises above it.",
    sources: ["gabbett-2016"],
    grade: "very-low",
    verdict: {
      status: "contested",
      sources: ["lolli-2019", "impellizzeri-2020", "frandsen-2025"],
      note: "The 0.8–1.3 range comes from team sports (Gabbett 2016, seen in a secondary summary). When the acute week sits inside the chronic window the two are mathematically coupled (Lolli 2019); random chronic loads reproduce the published odds ratios (Impellizzeri 2020); and in runners the ratio showed a negative dose-response with injury, the opposite of the sweet-spot idea (Frandsen 2025).",
    },
  },
  {
    id: "doms-window",
    name: "Delayed-onset muscle soreness time course",
    claim:
      "Soreness from unaccustomed or harder work arrives late: it builds during the first day, is worst one to three days after the session, and has cleared within about five to seven days.",
    sources: ["cheung-2003", "seed-003"],
    grade: "low",
    verdict: {
      status: "supported",
      sources: ["cheung-2003"],
      note: "A review of delayed-onset muscle soreness gives this course: it builds in the first 24 h, peaks at 24–72 h and is gone by about 5–7 days (Cheung 2003, seen in a secondary summary). The seed's 24–72 h is the peak, not the whole span.",
    },
  },
  {
    id: "soreness-beyond-a-week",
    name: "Soreness beyond a week",
    claim:
      "Soreness still present more than seven days after a session lies outside the usual course of post-exercise soreness, and is a reason to have a health professional look at it.",
    sources: ["seed-003", "cheung-2003"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["cheung-2003"],
      note: "Consistent with the usual course of delayed-onset soreness, which is over by about 5–7 days (Cheung 2003), but no study was found that tests one week as the point to seek care: a sensible heuristic, not a validated rule.",
    },
  },
] as const satisfies readonly LoadGuideline[];
