import { KineticChainError } from "../errors";
import { deepFreeze } from "../internal/freeze";
import { knowledgeBase as builtin } from "../knowledge-base/builtin";
import type { KnowledgeBase } from "../knowledge-base/schema";
import { inspectKnowledgeBase } from "../knowledge-base/validate";
import type { Structure } from "../structures/schema";
import type { Link } from "./schema";
import { stateKey } from "./state";
import { groupClosure } from "../structures/hierarchy";

/**
 * A knowledge base indexed for traversal: links by the state they leave and the state they
 * reach, structures by id, and each structure's enclosing groups.
 *
 * @internal
 */
export interface Graph {
  readonly kb: KnowledgeBase;
  readonly outgoing: ReadonlyMap<string, readonly Link[]>;
  readonly incoming: ReadonlyMap<string, readonly Link[]>;
  readonly structures: ReadonlyMap<string, Structure>;
  /** Every group a structure belongs to, directly or through nested groups. */
  readonly ancestors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every member of a group, directly or through nested groups. */
  readonly descendants: ReadonlyMap<string, ReadonlySet<string>>;
  /** Links by the structures their symptoms are felt at, in data order. */
  readonly bySymptom: ReadonlyMap<string, readonly Link[]>;
  /** Each link's position in the knowledge base, to keep results in data order. */
  readonly order: ReadonlyMap<Link, number>;
}

/** Indexes by knowledge base object: each is validated and indexed once, on first use. */
const graphs = new WeakMap<KnowledgeBase, Graph>();

/**
 * The graph of a knowledge base (the built-in one by default). A caller's knowledge base is
 * validated the first time it is seen, and indexed as a frozen copy.
 *
 * @throws `KineticChainError` `invalid_knowledge_base` for a knowledge base with problems.
 * @internal
 */
export function graphOf(fn: string, given: KnowledgeBase = builtin): Graph {
  const known = graphs.get(given);
  if (known !== undefined) return known;
  const kb = given === builtin ? builtin : checked(fn, given);
  const outgoing = new Map<string, Link[]>();
  const incoming = new Map<string, Link[]>();
  for (const link of kb.links) {
    const from = stateKey(link.from);
    const to = stateKey(link.to);
    outgoing.set(from, [...(outgoing.get(from) ?? []), link]);
    incoming.set(to, [...(incoming.get(to) ?? []), link]);
  }
  const structures = new Map(kb.structures.map((structure) => [structure.id, structure]));
  const ancestors = new Map<string, Set<string>>();
  for (const structure of kb.structures) {
    ancestors.set(structure.id, new Set(groupClosure(structure.groups, (id) => structures.get(id)?.groups)));
  }
  const descendants = new Map<string, Set<string>>();
  for (const [member, groups] of ancestors) {
    for (const group of groups) descendants.set(group, (descendants.get(group) ?? new Set()).add(member));
  }
  const bySymptom = new Map<string, Link[]>();
  for (const link of kb.links) {
    for (const structure of new Set(link.symptoms.map((symptom) => symptom.structure))) {
      bySymptom.set(structure, [...(bySymptom.get(structure) ?? []), link]);
    }
  }
  const order = new Map(kb.links.map((link, index) => [link, index]));
  const graph: Graph = { kb, outgoing, incoming, structures, ancestors, descendants, bySymptom, order };
  graphs.set(given, graph);
  return graph;
}

/**
 * Validates a caller's knowledge base and returns a deep-frozen parsed copy, so results never
 * share (or freeze) the caller's objects. Treat a knowledge base as immutable once passed in:
 * its graph is cached by identity.
 */
function checked(fn: string, kb: unknown): KnowledgeBase {
  const { data, issues } = inspectKnowledgeBase(kb);
  if (data === undefined) {
    throw new KineticChainError(
      "invalid_knowledge_base",
      `${fn}: the knowledge base given has ${issues.length} problem(s); check it with validateKnowledgeBase`,
      issues,
    );
  }
  return deepFreeze(data);
}

/**
 * How two structures relate: the same, one a group containing the other, or unrelated.
 *
 * @internal
 */
export function relation(graph: Graph, a: string, b: string): "same" | "group" | undefined {
  if (a === b) return "same";
  if (graph.ancestors.get(a)?.has(b) === true || graph.ancestors.get(b)?.has(a) === true) return "group";
  return undefined;
}

/**
 * A structure with every structure it relates to: itself, its groups, and its members.
 *
 * @internal
 */
export function relatives(graph: Graph, structure: string): Set<string> {
  return new Set([structure, ...(graph.ancestors.get(structure) ?? []), ...(graph.descendants.get(structure) ?? [])]);
}
