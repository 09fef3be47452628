import { CHAIN_DATA, LINK_DATA } from "../chains/data";
import { VOCABULARY_DATA } from "../crosswalks/data";
import { deepFreeze } from "../internal/freeze";
import { RUNNING_ROLE_DATA } from "../roles/data";
import { SOURCE_DATA } from "../sources/data";
import { STRUCTURE_DATA } from "../structures/data";
import type { KnowledgeBase } from "./schema";

/**
 * The built-in knowledge base, deep-frozen: every source, structure, running role, cross-walk,
 * compensation link and chain the library ships. Pass it to {@link extendKnowledgeBase} to add your own items.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from "kinetic-chain";
 *
 * knowledgeBase.structures.length; // 59
 * Object.isFrozen(knowledgeBase.structures[0]); // true
 * ```
 */
export const knowledgeBase: KnowledgeBase = deepFreeze({
  sources: SOURCE_DATA,
  structures: STRUCTURE_DATA,
  roles: RUNNING_ROLE_DATA,
  vocabularies: VOCABULARY_DATA,
  links: LINK_DATA,
  chains: CHAIN_DATA,
});
