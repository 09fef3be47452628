import { KineticChainError } from "../errors";
import { deepFreeze } from "../internal/freeze";
import { shapeIssues } from "../internal/input";
import type { KnowledgeIssue } from "./issues";
import { type KnowledgeBase, type KnowledgeBaseAdditions, knowledgeBaseAdditionsSchema } from "./schema";
import { inspectKnowledgeBase, trustKnowledgeBase } from "./validate";

/** The outcome of {@link safeExtendKnowledgeBase}: the new knowledge base, or the error. */
export type ExtendResult =
  | { readonly success: true; readonly data: KnowledgeBase }
  | { readonly success: false; readonly error: KineticChainError };

/**
 * Adds an app's own sources, structures, running roles, compensation links and chains to a
 * knowledge base, and returns the
 * result as a new, validated, deep-frozen knowledge base, or the error. Neither input is
 * changed. Additions may not reuse an existing id (that is reported as `duplicate_id`): the
 * built-in records cannot be silently replaced.
 *
 * @param base - The knowledge base to extend, usually the built-in {@link knowledgeBase}; may be
 *   any value (it is validated, problems reported under a `base` path).
 * @param additions - Items to append; may be any value (it is validated).
 * @returns `{ success: true, data }`, or `{ success: false, error }` listing every problem.
 * @example
 * ```ts
 * const result = safeExtendKnowledgeBase(knowledgeBase, { structures: [popliteus] });
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export function safeExtendKnowledgeBase(base: unknown, additions: unknown): ExtendResult {
  const fail = (issues: readonly KnowledgeIssue[]): ExtendResult => ({
    success: false,
    error: new KineticChainError(
      "invalid_knowledge_base",
      `extendKnowledgeBase: the extended knowledge base has ${issues.length} problem(s): ${issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
        .join("; ")}`,
      issues,
    ),
  });
  const { issues: baseIssues } = inspectKnowledgeBase(base);
  if (baseIssues.length > 0) return fail(baseIssues.map((issue) => ({ ...issue, path: ["base", ...issue.path] })));
  const parsed = knowledgeBaseAdditionsSchema().safeParse(additions);
  if (!parsed.success) {
    return fail(shapeIssues(parsed.error.issues, ["additions"]));
  }
  const { sources = [], structures = [], roles = [], links = [], chains = [] } = parsed.data;
  const kb = base as KnowledgeBase;
  const inspection = inspectKnowledgeBase({
    ...kb,
    sources: [...kb.sources, ...sources],
    structures: [...kb.structures, ...structures],
    roles: [...kb.roles, ...roles],
    links: [...kb.links, ...links],
    chains: [...kb.chains, ...chains],
  });
  return inspection.data === undefined
    ? fail(inspection.issues)
    : { success: true, data: trustKnowledgeBase(deepFreeze(inspection.data)) };
}

/**
 * Adds an app's own sources, structures, running roles, links and chains to a knowledge base; the throwing
 * form of {@link safeExtendKnowledgeBase}.
 *
 * @param base - The knowledge base to extend, usually the built-in {@link knowledgeBase}.
 * @param additions - Items to append.
 * @returns A new, validated, deep-frozen knowledge base.
 * @throws {@link KineticChainError} with code `invalid_knowledge_base` and every problem in
 *   `issues` when the additions or the result are invalid.
 * @example
 * ```ts
 * import { extendKnowledgeBase, knowledgeBase } from "kinetic-chain";
 *
 * const kb = extendKnowledgeBase(knowledgeBase, {
 *   structures: [{
 *     id: "popliteus", name: "Popliteus", aliases: [], kind: "muscle", region: "knee", groups: [],
 *     actions: [{ joint: "knee", movement: "internal-rotation" }], ontology: {},
 *     description: "Small muscle behind the knee that unlocks it from full extension.",
 *     sources: ["wger"], grade: "reference",
 *   }],
 * });
 * kb.structures.at(-1)?.id; // "popliteus"
 * ```
 */
export function extendKnowledgeBase(base: KnowledgeBase, additions: KnowledgeBaseAdditions): KnowledgeBase {
  const result = safeExtendKnowledgeBase(base, additions);
  if (!result.success) throw result.error;
  return result.data;
}
