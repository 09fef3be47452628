#!/usr/bin/env node
// A command-line script: reads a runner's report from a JSON file and prints triage, the
// likeliest causes with their reasons, and the first week of a plan.
//
//   node examples/cli.mjs examples/report.json
//
// An unreadable file or an invalid report prints why and exits with status 1 (safeAssess
// returns the problems as data; nothing is thrown at the caller).
import { readFileSync } from "node:fs";
import { buildPlan, safeAssess } from "kinetic-chain";

const [file] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: node examples/cli.mjs <report.json>");
  process.exit(1);
}

let value;
try {
  value = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`cannot read ${file}: ${error.message}`);
  process.exit(1);
}

const result = safeAssess(value);
if (!result.success) {
  console.error(`${file} is not a valid report:`);
  for (const issue of result.error.issues) console.error(`  ${issue.path.join(".") || "(report)"}: ${issue.message}`);
  process.exit(1);
}

const { triage, hypotheses } = result.data;
console.log(`TRIAGE ${triage.level}; running: ${triage.running}`);
for (const flag of triage.redFlags) console.log(`  RED FLAG ${flag.label}: ${flag.reason}`);
for (const reason of triage.reasons) console.log(`  - ${reason.text}`);
console.log("\nPOSSIBLE CAUSES");
for (const hypothesis of hypotheses.slice(0, 3)) {
  console.log(`  ${hypothesis.name} (score ${hypothesis.score}, ${hypothesis.grade})`);
  for (const reason of hypothesis.reasons) console.log(`    + ${reason.text}`);
}
const [week] = buildPlan(result.data, { weeks: 4 }).weeks;
if (week !== undefined) {
  console.log(`\nWEEK 1 (running: ${week.running})`);
  for (const item of week.sessions[0]?.items ?? []) console.log(`  ${item.name}: ${item.formatted}`);
}
console.log(`\n${result.data.disclaimer}`);
