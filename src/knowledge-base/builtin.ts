import { chains, links } from "../links/dictionary";
import { vocabularies } from "../crosswalks/dictionary";
import { roles } from "../roles/dictionary";
import { sources } from "../sources/dictionary";
import { structures } from "../structures/dictionary";
import { intakeQuestions } from "../report/intake";
import { exercises } from "../exercises/dictionary";
import { hypotheses } from "../hypotheses/dictionary";
import { loadGuidelines } from "../load/dictionary";
import { progressions, protocols } from "../protocols/dictionary";
import { rules } from "../rules/dictionary";
import { redFlags } from "../triage/dictionary";
import type { KnowledgeBase } from "./schema";

/**
 * The built-in knowledge base, deep-frozen: every source, structure, running role, cross-walk,
 * compensation link and chain, red flag, hypothesis, rule, intake question, exercise,
 * progression, protocol and training-load guideline the library ships. Each list is parsed and frozen the first time it
 * is read (the properties are getters), so importing the package costs nothing; every read returns
 * the same frozen array that the domain accessors (`listStructures()`...) return. Pass it to {@link extendKnowledgeBase} to add your own items.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from "kinetic-chain";
 *
 * knowledgeBase.structures.length; // 81
 * Object.isFrozen(knowledgeBase.structures[0]); // true
 * ```
 */
export const knowledgeBase: KnowledgeBase = /* @__PURE__ */ Object.freeze({
  get sources() {
    return sources.all;
  },
  get structures() {
    return structures.all;
  },
  get roles() {
    return roles.all;
  },
  get vocabularies() {
    return vocabularies.all;
  },
  get links() {
    return links.all;
  },
  get chains() {
    return chains.all;
  },
  get redFlags() {
    return redFlags.all;
  },
  get hypotheses() {
    return hypotheses.all;
  },
  get rules() {
    return rules.all;
  },
  get questions() {
    return intakeQuestions();
  },
  get exercises() {
    return exercises.all;
  },
  get progressions() {
    return progressions.all;
  },
  get protocols() {
    return protocols.all;
  },
  get loadGuidelines() {
    return loadGuidelines.all;
  },
});
