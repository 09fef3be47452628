/**
 * The knowledge base as a whole: the built-in, deep-frozen {@link knowledgeBase}, a validator
 * that reports every problem as a typed issue, and a pure function for apps to add their own
 * sources, structures and running roles.
 *
 * @example
 * ```ts
 * import { knowledgeBase, validateKnowledgeBase, safeExtendKnowledgeBase } from "kinetic-chain/knowledge-base";
 *
 * validateKnowledgeBase(knowledgeBase); // []
 * const myStructure = {
 *   id: "popliteus", name: "Popliteus", aliases: [], kind: "muscle", region: "knee", groups: [],
 *   actions: [{ joint: "knee", movement: "internal-rotation" }], ontology: {},
 *   description: "Small muscle behind the knee that unlocks it from full extension.",
 *   sources: ["wger"], grade: "reference",
 * };
 * const result = safeExtendKnowledgeBase(knowledgeBase, { structures: [myStructure] });
 * result.success; // true
 * ```
 *
 * @module
 */
export { knowledgeBase } from "./builtin";
export { type ExtendResult, extendKnowledgeBase, safeExtendKnowledgeBase } from "./extend";
export type { KnowledgeIssue, KnowledgeIssueCode } from "../errors/issues";
export type { KnowledgeBase, KnowledgeBaseAdditions } from "./schema";
export { validateKnowledgeBase } from "./validate";
export { type ErrorCode, KineticChainError } from "../errors";
