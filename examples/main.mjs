// The example behind `npm run example`: a runner reports chronic tightness on the outer hip
// that stretching does not fix. What does the built-in knowledge base say about that muscle?
// Imports the built package by its own name, as an app would.
import {
  findStructure,
  getRunningRole,
  getSource,
  getStructure,
  groupsOf,
  knowledgeBase,
  rolesOfStructure,
  toVocabulary,
  validateKnowledgeBase,
} from "kinetic-chain";

const complaint = "glute med"; // what the runner typed
const structure = findStructure(complaint);
if (structure === undefined) throw new Error(`No structure matches "${complaint}"`);

const names = (ids) => ids.map((id) => getStructure(id).name).join(", ");
const line = (label, text) => console.log(`  ${label.padEnd(11)}${text}`);

console.log(
  `kinetic-chain built-in knowledge base: ${knowledgeBase.structures.length} structures, ` +
    `${knowledgeBase.roles.length} running roles, ${knowledgeBase.sources.length} sources, ` +
    `${validateKnowledgeBase(knowledgeBase).length} validation issues\n`,
);
console.log(`"${complaint}" → ${structure.name}${structure.latinName ? ` (${structure.latinName})` : ""}`);
line("kind", `${structure.kind}, ${structure.region}`);
line("groups", groupsOf(structure.id).map((g) => g.name).join(", "));
line("actions", structure.actions.map((a) => `${a.joint} ${a.movement}`).join("; "));
line("ontology", Object.values(structure.ontology).join(" · ") || "none verified");
line("body maps", toVocabulary(structure.id, "react-body-highlighter").join(", "));

console.log(`\nIts part in the running stride:`);
for (const { role, part } of rolesOfStructure(structure.id)) {
  const others = part === "primary" ? role.secondary : role.primary;
  line(part, `${role.name} (${role.phases.join(", ")})`);
  line("", `${part === "primary" ? "backed up by" : "covers for"}: ${names(others.map((m) => m.structure))}`);
  line("", `evidence: ${role.grade}${role.verdict ? `, research verdict ${role.verdict.status}` : ""}`);
}

const backups = rolesOfStructure(structure.id).filter((r) => r.part === "secondary");
if (backups.length > 0) {
  const role = getRunningRole(backups[0].role.id);
  console.log(
    `\nWhere ${structure.name} is a back-up, tightness that stretching does not fix may mean it is doing the ` +
      `work of ${names(role.primary.map((m) => m.structure))}. Check those first.`,
  );
  if (role.verdict) console.log(`Research on this link (${role.verdict.status}): ${role.verdict.note}`);
  console.log(`\nSources:`);
  for (const id of role.sources) console.log(`  - [${id}] ${getSource(id).citation} (${getSource(id).kind})`);
}
console.log("\nThis library informs; it does not diagnose. Persistent or severe pain needs a professional.");
