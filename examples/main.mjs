// The example behind `npm run example`: a runner's report in, triage and ranked causes out, with
// the reasoning. The story is seed 000's: the outside of the right hip has been tight and sore for
// four weeks, stretching and foam rolling have not helped, the runner had a baby last year, and
// the long run went up last weekend. Imports the built package by its own name, as an app would.
import { assess, buildPlan, explainPath, getSource, knowledgeBase, stateKey } from "kinetic-chain";

const report = {
  complaints: [
    {
      location: "gluteus-medius",
      side: "right",
      sensations: ["tightness", "soreness"],
      onset: "gradual",
      durationDays: 28,
      when: ["after-run", "next-day"],
      notRelievedBy: ["stretching", "foam-rolling"],
    },
  ],
  fieldTests: [{ test: "single-leg-squat", side: "right", quality: "fair", kneeValgus: true }],
  training: {
    asOf: "2026-11-20",
    runs: [
      { date: "2026-10-25", distanceKm: 14 },
      { date: "2026-11-01", distanceKm: 14 },
      { date: "2026-11-08", distanceKm: 15 },
      { date: "2026-11-15", distanceKm: 19 },
    ],
  },
  context: { postpartum: true },
};

const result = assess(report);
const { triage } = result;

console.log(
  `kinetic-chain: ${knowledgeBase.structures.length} structures, ${knowledgeBase.links.length} compensation links, ` +
    `${knowledgeBase.sources.length} sources\n`,
);
console.log("Report: right gluteus medius tight and sore for 4 weeks; stretching and foam rolling did not help;");
console.log("        knee falls in on a single-leg squat; postpartum; last long run 19 km after 14-15 km.\n");

console.log(`TRIAGE  ${triage.level.toUpperCase()} (Infermedica: ${triage.infermedica}); running: ${triage.running}`);
if (triage.redFlags.length === 0) console.log("  no red flags reported");
for (const flag of triage.redFlags) console.log(`  RED FLAG ${flag.label}: ${flag.reason}`);
for (const reason of triage.reasons) console.log(`  - ${reason.text}`);

console.log("\nPOSSIBLE CAUSES, best supported first");
result.hypotheses.slice(0, 4).forEach((hypothesis, rank) => {
  console.log(`\n${rank + 1}. ${hypothesis.name}  (score ${hypothesis.score}, evidence: ${hypothesis.grade})`);
  for (const reason of hypothesis.reasons) {
    console.log(`   + ${reason.text} [${reason.grade}]`);
    const [path] = reason.paths;
    if (path !== undefined) {
      console.log(`     graph: ${[stateKey(path.start), ...path.steps.map((step) => stateKey(step.to))].join(" → ")}`);
      for (const sentence of explainPath(path)) console.log(`     ${sentence}`);
    }
  }
  for (const reason of hypothesis.against) console.log(`   - ${reason.text}`);
  console.log(`   sources: ${hypothesis.sources.map((id) => `${id} (${getSource(id).kind})`).join(", ")}`);
});

// Three weeks done, each checked in: the plan moves on by these criteria, never by the calendar.
const checkIn = { targetMet: true, painDuring: 2, painNextMorning: 0 };
const plan = buildPlan(result, { weeks: 2, sessionsPerWeek: 3, minutesPerSession: 20, equipment: ["band"], side: "right", progress: [checkIn, checkIn, checkIn] });
console.log(`\nPLAN (${plan.status}): after 3 weekly check-ins, 3 sessions a week, 20 minutes, a band at hand`);
console.log(`  for: ${plan.causes.map((cause) => cause.hypothesis).join(", ")}`);
for (const c of plan.checkIns.filter((c) => c.action !== "hold")) console.log(`  week ${c.week} check-in, ${c.protocol}: ${c.action}: ${c.reason}`);
for (const week of plan.weeks.slice(0, 1)) {
  console.log(`  week ${week.week}: ${week.phases.map((p) => p.phase).join(" / ")}; running: ${week.running}`);
  for (const note of week.runningNotes) console.log(`    running: ${note}`);
  const [session] = week.sessions;
  for (const item of session.items) console.log(`    - ${item.name}: ${item.formatted}${item.startSide ? ` (start ${item.startSide})` : ""}`);
  console.log(`    about ${session.estimatedMinutes} min`);
}
for (const note of plan.notes) console.log(`  note: ${note}`);

console.log(`\n${result.disclaimer}`);
