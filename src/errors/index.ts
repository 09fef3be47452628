/**
 * The errors the library throws, as data: every error has a literal `code`, and errors about a
 * knowledge base carry the full list of problems found.
 *
 * @module
 */
import type { KnowledgeIssue } from "./issues";

/**
 * Codes of {@link KineticChainError}.
 *
 * - `unknown_id`: a `get*` accessor was given an id that is not in the data.
 * - `invalid_knowledge_base`: a knowledge base failed validation; see `issues`.
 * - `invalid_input`: a function was given input that does not match its schema; see `issues`.
 */
export type ErrorCode = "unknown_id" | "invalid_knowledge_base" | "invalid_input";

/**
 * The one error class the library throws. Check `code` to tell failures apart.
 *
 * @example
 * ```ts
 * import { extendKnowledgeBase, KineticChainError, knowledgeBase } from "kinetic-chain/knowledge-base";
 *
 * // A structure that cites a source the knowledge base does not have.
 * const brokenStructure = {
 *   id: "popliteus", name: "Popliteus", aliases: [], kind: "muscle", region: "knee", groups: [],
 *   actions: [{ joint: "knee", movement: "internal-rotation" }], ontology: {},
 *   description: "Small muscle behind the knee that unlocks it from full extension.",
 *   sources: ["smith-2099"], grade: "reference",
 * } as const;
 *
 * try {
 *   extendKnowledgeBase(knowledgeBase, { structures: [brokenStructure] });
 * } catch (error) {
 *   if (error instanceof KineticChainError && error.code === "invalid_knowledge_base") {
 *     for (const issue of error.issues) console.log(issue.code, issue.path.join("."));
 *   }
 * }
 * ```
 */
export class KineticChainError extends Error {
  /** Always `"KineticChainError"`. */
  override readonly name = "KineticChainError";
  /** What went wrong, as a literal code. */
  readonly code: ErrorCode;
  /** Every problem found, for `invalid_knowledge_base` and `invalid_input`; empty otherwise. */
  readonly issues: readonly KnowledgeIssue[];

  /**
   * Creates the error; the library does this, apps only catch it.
   *
   * @param code - What went wrong.
   * @param message - A sentence that starts with the name of the function that failed.
   * @param issues - The problems found, for `invalid_knowledge_base` and `invalid_input`.
   */
  constructor(code: ErrorCode, message: string, issues: readonly KnowledgeIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = Object.freeze([...issues]);
  }
}
