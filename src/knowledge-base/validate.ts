import { stateKey } from "../links/state";
import type { Link, State } from "../links/schema";
import { compareGrades, gradeCeiling, withinCeiling } from "../evidence";
import type { Evidence } from "../evidence/schema";
import { shapeIssues } from "../internal/input";
import type { SourceKind } from "../sources/schema";
import { checkDomains } from "./domains";
import { issueMessage, type KnowledgeIssue } from "../errors/issues";
import { type KnowledgeBase, KnowledgeBaseSchema } from "./schema";

type Path = readonly (string | number)[];

const NO_ISSUES: readonly [] = /* @__PURE__ */ Object.freeze([]) as readonly [];

/**
 * Knowledge bases this module has checked and found sound, and that are deep-frozen, so cannot
 * have changed since: inspecting one again returns it as it is.
 */
const sound = new WeakSet<object>();

/**
 * Records a deep-frozen knowledge base that {@link inspectKnowledgeBase} found sound, so that
 * later inspections (the graph's first use, a further extension) do not validate it again.
 *
 * @internal
 */
export function trustKnowledgeBase(kb: KnowledgeBase): KnowledgeBase {
  if (Object.isFrozen(kb)) sound.add(kb);
  return kb;
}

/** A parsed knowledge base, or every problem found in the value given. @internal */
export type Inspection =
  | { readonly data: KnowledgeBase; readonly issues: readonly [] }
  | { readonly data?: undefined; readonly issues: readonly KnowledgeIssue[] };

/**
 * Checks a knowledge base — the built-in one, or one an app has built or extended — and returns
 * every problem found, as typed issues with codes. An empty array means it is sound.
 *
 * Checks, in order: the shape of every item against its schema (`invalid_shape`; when the
 * shape is wrong nothing else is checked); unique ids per collection; that every reference
 * resolves (groups, role members, cross-walk structures, link states and symptoms, chain
 * links) and that every chain is connected; that groups are muscle groups, are
 * not empty and do not contain themselves; that every item cites at least one source, that
 * every cited source is in the registry, and that grades and verdicts agree with the sources.
 *
 * @param knowledgeBase - Any value; typically a {@link KnowledgeBase}.
 * @returns Every problem found, frozen; empty when the knowledge base is sound.
 * @example
 * ```ts
 * import { knowledgeBase, validateKnowledgeBase } from "kinetic-chain";
 *
 * validateKnowledgeBase(knowledgeBase); // []
 * validateKnowledgeBase({ ...knowledgeBase, structures: [...knowledgeBase.structures, knowledgeBase.structures[0]] })
 *   .map((issue) => issue.code); // ["duplicate_id"]
 * ```
 */
export function validateKnowledgeBase(knowledgeBase: unknown): readonly KnowledgeIssue[] {
  return inspectKnowledgeBase(knowledgeBase).issues;
}

/**
 * Parses and checks a knowledge base; returns fresh parsed data only when there is no issue.
 *
 * @internal
 */
export function inspectKnowledgeBase(value: unknown): Inspection {
  if (typeof value === "object" && value !== null && sound.has(value)) return { data: value as KnowledgeBase, issues: NO_ISSUES };
  const parsed = KnowledgeBaseSchema.safeParse(value);
  if (!parsed.success) return { issues: Object.freeze(shapeIssues(parsed.error.issues, KnowledgeBaseSchema)) };
  const issues = checkReferences(parsed.data);
  return issues.length === 0 ? { data: parsed.data, issues: NO_ISSUES } : { issues: Object.freeze(issues) };
}

function checkReferences(kb: KnowledgeBase): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const report = (code: Parameters<typeof issueMessage>[0], path: Path, value: string): void => {
    issues.push(Object.freeze({ code, path: Object.freeze([...path]), value, message: issueMessage(code, value) }));
  };

  const sourceKinds = new Map<string, SourceKind>(kb.sources.map((source) => [source.id, source.kind]));
  const structureById = new Map(kb.structures.map((structure) => [structure.id, structure]));

  for (const [collection, items] of [
    ["sources", kb.sources],
    ["structures", kb.structures],
    ["roles", kb.roles],
    ["vocabularies", kb.vocabularies],
    ["links", kb.links],
    ["chains", kb.chains],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) report("duplicate_id", [collection, index, "id"], item.id);
      seen.add(item.id);
    });
  }

  const checkEvidence = (item: Evidence & { readonly id: string }, path: Path): void => {
    if (item.sources.length === 0) report("missing_source", [...path, "sources"], item.id);
    item.sources.forEach((id, index) => {
      if (!sourceKinds.has(id)) report("unknown_source", [...path, "sources", index], id);
    });
    // The grade is judged against the known sources only; with none, the issues above say why.
    const kinds = item.sources.flatMap((id) => sourceKinds.get(id) ?? []);
    if (kinds.length > 0 && !withinCeiling(item.grade, gradeCeiling(kinds, item.verdict?.status))) {
      report("grade_above_sources", [...path, "grade"], item.grade);
    }
    if (item.verdict !== undefined) {
      const { status, sources } = item.verdict;
      if (status !== "unverified" && sources.length === 0) {
        report("verdict_without_sources", [...path, "verdict", "sources"], status);
      }
      sources.forEach((id, index) => {
        if (!sourceKinds.has(id)) report("unknown_source", [...path, "verdict", "sources", index], id);
      });
    }
  };

  const checkStructure = (id: string, path: Path): void => {
    if (!structureById.has(id)) report("unknown_reference", path, id);
  };

  const memberCount = new Map<string, number>();
  kb.structures.forEach((structure, index) => {
    const path = ["structures", index] as const;
    checkEvidence(structure, path);
    structure.groups.forEach((groupId, g) => {
      const group = structureById.get(groupId);
      if (group === undefined) report("unknown_reference", [...path, "groups", g], groupId);
      else if (group.kind !== "muscle-group") report("not_a_group", [...path, "groups", g], groupId);
      memberCount.set(groupId, (memberCount.get(groupId) ?? 0) + 1);
    });
  });
  const cyclic = onGroupCycles(kb.structures, structureById);
  kb.structures.forEach((structure, index) => {
    if (structure.kind === "muscle-group" && !memberCount.has(structure.id)) {
      report("empty_group", ["structures", index], structure.id);
    }
    if (cyclic.has(structure.id)) report("group_cycle", ["structures", index, "groups"], structure.id);
  });

  kb.roles.forEach((role, index) => {
    const path = ["roles", index] as const;
    checkEvidence(role, path);
    role.primary.forEach((member, m) => checkStructure(member.structure, [...path, "primary", m, "structure"]));
    role.secondary.forEach((member, m) => {
      checkStructure(member.structure, [...path, "secondary", m, "structure"]);
      if (role.primary.some((primary) => primary.structure === member.structure)) {
        report("role_conflict", [...path, "secondary", m, "structure"], member.structure);
      }
    });
  });

  kb.vocabularies.forEach((vocabulary, index) => {
    const path = ["vocabularies", index] as const;
    if (!sourceKinds.has(vocabulary.source)) report("unknown_source", [...path, "source"], vocabulary.source);
    const seen = new Set<string>();
    vocabulary.keys.forEach((entry, k) => {
      if (seen.has(entry.key)) report("duplicate_key", [...path, "keys", k, "key"], entry.key);
      seen.add(entry.key);
      entry.structures.forEach((id, s) => checkStructure(id, [...path, "keys", k, "structures", s]));
    });
  });

  const checkState = (state: State, path: Path): void => {
    if ("structure" in state) checkStructure(state.structure, [...path, "structure"]);
  };
  const linkById = new Map(kb.links.map((link) => [link.id, link]));
  kb.links.forEach((link, index) => {
    const path = ["links", index] as const;
    checkEvidence(link, path);
    checkState(link.from, [...path, "from"]);
    checkState(link.to, [...path, "to"]);
    if (stateKey(link.from) === stateKey(link.to)) report("self_loop", [...path, "to"], link.id);
    link.symptoms.forEach((symptom, s) => checkStructure(symptom.structure, [...path, "symptoms", s, "structure"]));
  });
  kb.chains.forEach((chain, index) => {
    const path = ["chains", index] as const;
    checkEvidence(chain, path);
    const links = chain.links.map((id, l) => {
      const link = linkById.get(id);
      if (link === undefined) report("unknown_reference", [...path, "links", l], id);
      return link;
    });
    if (links.some((link) => link === undefined)) return; // connectivity is moot with a link missing
    const reached = new Set<string>();
    (links as Link[]).forEach((link, l) => {
      if (l > 0 && !reached.has(stateKey(link.from))) report("chain_not_connected", [...path, "links", l], link.id);
      reached.add(stateKey(link.to));
    });
    const weakest = (links as Link[]).reduce((grade, link) => (compareGrades(link.grade, grade) > 0 ? link.grade : grade), chain.grade);
    if (weakest !== chain.grade) report("grade_exceeds_sources", [...path, "grade"], chain.grade);
  });

  issues.push(...checkDomains(kb, { report, checkEvidence }));
  return issues;
}

/**
 * The structures that following `groups` links leads back to: those on a cycle of the group
 * graph. Tarjan's strongly connected components, iterative, so linear in structures and
 * group references however deep the nesting: a structure is on a cycle when its component has
 * more than one member or it lists itself.
 */
function onGroupCycles(
  structures: readonly { readonly id: string; readonly groups: readonly string[] }[],
  structureById: ReadonlyMap<string, { readonly groups: readonly string[] }>,
): ReadonlySet<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cyclic = new Set<string>();
  const next = (id: string): readonly string[] => (structureById.get(id)?.groups ?? []).filter((group) => structureById.has(group));
  for (const { id: root } of structures) {
    if (index.has(root)) continue;
    const work: { id: string; edges: readonly string[]; edge: number }[] = [{ id: root, edges: next(root), edge: 0 }];
    index.set(root, index.size);
    low.set(root, index.get(root) as number);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; edges: readonly string[]; edge: number };
      if (frame.edge < frame.edges.length) {
        const to = frame.edges[frame.edge] as string;
        frame.edge += 1;
        if (to === frame.id) cyclic.add(to);
        if (!index.has(to)) {
          index.set(to, index.size);
          low.set(to, index.get(to) as number);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, edges: next(to), edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      if (component.length > 1) for (const id of component) cyclic.add(id);
    }
  }
  return cyclic;
}
