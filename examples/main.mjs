// The example behind `npm run example`. A runner reports that the outside of the right hip has
// been tight and sore for weeks, and that stretching and foam rolling have not helped (the story
// of seed 000). What does the built-in knowledge base make of it?
// Imports the built package by its own name, as an app would.
import {
  explainPath,
  findStructure,
  getSource,
  getStructure,
  knowledgeBase,
  rolesOfStructure,
  stateKey,
  toVocabulary,
  traceBack,
  validateKnowledgeBase,
} from "kinetic-chain";

const said = "glute med"; // what the runner typed
const structure = findStructure(said);
if (structure === undefined) throw new Error(`No structure matches "${said}"`);

const name = (id) => getStructure(id).name;
const describe = (state) => ("fault" in state ? state.fault : `${name(state.structure)} ${state.condition}`);

console.log(
  `kinetic-chain: ${knowledgeBase.structures.length} structures, ${knowledgeBase.roles.length} running roles, ` +
    `${knowledgeBase.links.length} compensation links in ${knowledgeBase.chains.length} chains, ` +
    `${knowledgeBase.sources.length} sources (${validateKnowledgeBase(knowledgeBase).length} validation issues)\n`,
);

console.log(`"${said}" → ${structure.name} (${structure.latinName}), ${structure.region}; ${Object.values(structure.ontology).join(", ")}`);
console.log(`  body-map keys: ${toVocabulary(structure.id, "react-body-highlighter").join(", ")}`);
for (const { role, part } of rolesOfStructure(structure.id)) {
  const others = (part === "primary" ? role.secondary : role.primary).map((m) => name(m.structure));
  console.log(`  ${part} in "${role.name}"; ${part === "primary" ? "backed up by" : "covers for"} ${others.join(", ")}`);
}

const report = ["tightness", "soreness"].map((sensation) => ({
  structure: structure.id,
  sensation,
  side: "right",
  notRelievedBy: ["stretching", "foam-rolling"],
}));
console.log(`\nReport: right ${structure.name.toLowerCase()} tight and sore; stretching and foam rolling did not help.`);
console.log(`What could explain it, best first:\n`);
traceBack(report)
  .slice(0, 3)
  .forEach((explanation, rank) => {
    console.log(
      `${rank + 1}. ${describe(explanation.state)} (${explanation.side} side)  score ${explanation.score}, ` +
        `evidence ${explanation.grade}${explanation.root ? "" : ", not a root cause"}`,
    );
    for (const sentence of explainPath(explanation.paths[0])) console.log(`   - ${sentence}`);
    console.log(`   sources: ${explanation.sources.map((id) => `${id} (${getSource(id).kind})`).join(", ")}`);
    console.log(`   graph: ${explanation.paths[0].steps.map((s) => stateKey(s.from)).concat(stateKey(explanation.paths[0].end)).join(" → ")}\n`);
  });

console.log("kinetic-chain informs; it does not diagnose. Numbness, night pain, or soreness beyond a week: see a professional.");
