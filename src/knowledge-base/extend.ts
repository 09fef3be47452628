import { KineticChainError } from "../errors";
import { deepFreeze } from "../internal/freeze";
import { checkInput } from "../internal/input";
import type { KnowledgeIssue } from "../errors/issues";
import { type KnowledgeBase, type KnowledgeBaseAdditions, KnowledgeBaseAdditionsSchema } from "./schema";
import { inspectKnowledgeBase, trustKnowledgeBase } from "./validate";

/** Every collection of a knowledge base, in the order of its schema. */
const COLLECTIONS = [
  "sources",
  "structures",
  "roles",
  "vocabularies",
  "links",
  "chains",
  "redFlags",
  "hypotheses",
  "rules",
  "questions",
  "exercises",
  "progressions",
  "protocols",
  "loadGuidelines",
] as const satisfies readonly (keyof KnowledgeBase)[];

/** The outcome of {@link safeExtendKnowledgeBase}: the new knowledge base, or the error. */
export type ExtendResult =
  | { readonly success: true; readonly data: KnowledgeBase }
  | { readonly success: false; readonly error: KineticChainError };

/**
 * Adds an app's own items to any collection of a knowledge base (sources, structures, roles,
 * cross-walks, links, chains, red flags, hypotheses, rules, intake questions, exercises,
 * progressions, protocols, load guidelines) and returns the result as a new, validated,
 * deep-frozen knowledge base, or the error. Neither input is changed.
 *
 * Safety: extensions add, never remove or weaken. An addition may not reuse an existing id
 * (`duplicate_id`), so no built-in red flag, hypothesis (with its triage floor) or rule can be
 * replaced; nothing can be deleted; and an added rule that raises triage may not depend on a
 * finding being absent (`not`, or `present: false`), so no addition can lower triage. Everything
 * added is checked like the built-in data: references, sources and grades.
 *
 * @param base - The knowledge base to extend, usually the built-in {@link knowledgeBase}; may be
 *   any value (it is validated, problems reported under a `base` path).
 * @param additions - Items to append; may be any value (it is validated).
 * @returns `{ success: true, data }`, or `{ success: false, error }` listing every problem.
 * @example
 * ```ts
 * import { knowledgeBase, safeExtendKnowledgeBase } from "kinetic-chain/knowledge-base";
 *
 * const popliteus = {
 *   id: "popliteus", name: "Popliteus", aliases: [], kind: "muscle", region: "knee", groups: [],
 *   actions: [{ joint: "knee", movement: "internal-rotation" }], ontology: {},
 *   description: "Small muscle behind the knee that unlocks it from full extension.",
 *   sources: ["wger"], grade: "reference",
 * };
 * const result = safeExtendKnowledgeBase(knowledgeBase, { structures: [popliteus] });
 * if (!result.success) console.log(result.error.issues);
 * result.success && result.data.structures.at(-1)?.id; // "popliteus"
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
  const parsed = checkInput(KnowledgeBaseAdditionsSchema, additions, ["additions"]);
  if (parsed.issues !== undefined) return fail(parsed.issues);
  const kb = base as KnowledgeBase;
  const added = parsed.data;
  const merged = Object.fromEntries(
    COLLECTIONS.map((key) => [key, [...kb[key], ...((added[key] ?? []) as readonly unknown[])]]),
  ) as unknown as KnowledgeBase;
  const inspection = inspectKnowledgeBase(merged);
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
