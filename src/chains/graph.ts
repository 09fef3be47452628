import { KineticChainError } from "../errors";
import { evidenceWeight } from "../evidence";
import { deepFreeze } from "../internal/freeze";
import { knowledgeBase as builtin } from "../knowledge-base/builtin";
import type { KnowledgeBase } from "../knowledge-base/schema";
import { inspectKnowledgeBase } from "../knowledge-base/validate";
import type { Structure } from "../structures/schema";
import type { Link } from "../links/schema";
import { stateKey } from "../links/state";
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
  /** The direct members of each group, in data order. */
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** Every group a structure belongs to, directly or through nested groups; filled on demand. */
  readonly ancestors: Map<string, ReadonlySet<string>>;
  /** Links by the structures their symptoms are felt at, in data order. */
  readonly bySymptom: ReadonlyMap<string, readonly Link[]>;
  /** Each link's position in the knowledge base, to keep results in data order. */
  readonly order: ReadonlyMap<Link, number>;
  /** Each link as the traversal reads it. */
  readonly edges: ReadonlyMap<Link, Edge>;
  /**
   * The links into each state that the traversal follows, by state number, in data order: all of
   * them, or when more than {@link FAN_IN} lead in, the {@link FAN_IN} with the strongest
   * evidence (the first in data order among equals).
   */
  readonly into: readonly (readonly Edge[])[];
}

/**
 * The most links into one state that the traversal follows. The built-in knowledge base has at
 * most 3 into any state; an extended one may have thousands (a movement fault is one node that
 * every chain through it shares), and following them all would make every trace through the
 * state as slow as the whole graph.
 *
 * @internal
 */
export const FAN_IN = 4;

/**
 * A link as the traversal reads it.
 *
 * @internal
 */
export interface Edge {
  readonly link: Link;
  /** Its position in the knowledge base's links. */
  readonly position: number;
  /** The key of the state it leaves. */
  readonly start: string;
  /** The number of the state it leaves. */
  readonly from: number;
  /** The number of the state it reaches. */
  readonly to: number;
  /** The logarithm of its evidence weight. */
  readonly weight: number;
  readonly substitution: boolean;
  /** Whether the consequence is on the other side. */
  readonly crosses: boolean;
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
  const bySymptom = new Map<string, Link[]>();
  const edges = new Map<Link, Edge>();
  const numbers = new Map<string, number>();
  const into: Edge[][] = [];
  const number = (key: string): number => {
    const known = numbers.get(key);
    if (known !== undefined) return known;
    numbers.set(key, into.length);
    into.push([]);
    return into.length - 1;
  };
  const append = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  for (const [position, link] of kb.links.entries()) {
    const from = stateKey(link.from);
    const to = stateKey(link.to);
    const edge: Edge = {
      link,
      position,
      start: from,
      from: number(from),
      to: number(to),
      weight: Math.log(evidenceWeight(link)),
      substitution: link.mechanism === "substitution",
      crosses: link.side !== "same",
    };
    edges.set(link, edge);
    (into[edge.to] as Edge[]).push(edge);
    append(outgoing, from, link);
    append(incoming, to, link);
    for (const structure of new Set(link.symptoms.map((symptom) => symptom.structure))) append(bySymptom, structure, link);
  }
  const structures = new Map(kb.structures.map((structure) => [structure.id, structure]));
  const members = new Map<string, string[]>();
  for (const structure of kb.structures) for (const group of new Set(structure.groups)) append(members, group, structure.id);
  const order = new Map(kb.links.map((link, index) => [link, index]));
  for (const [state, edges] of into.entries()) {
    if (edges.length <= FAN_IN) continue;
    const strongest = [...edges].sort((a, b) => b.weight - a.weight || a.position - b.position).slice(0, FAN_IN);
    into[state] = strongest.sort((a, b) => a.position - b.position);
  }
  const graph: Graph = { kb, outgoing, incoming, structures, members, ancestors: new Map(), bySymptom, order, edges, into };
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

/** Every group a structure belongs to, directly or through nested groups: computed once per structure. */
function ancestorsOf(graph: Graph, structure: string): ReadonlySet<string> {
  const known = graph.ancestors.get(structure);
  if (known !== undefined) return known;
  const found = new Set(groupClosure(graph.structures.get(structure)?.groups ?? [], (id) => graph.structures.get(id)?.groups));
  graph.ancestors.set(structure, found);
  return found;
}

/**
 * How two structures relate: the same, one a group containing the other, or unrelated.
 *
 * @internal
 */
export function relation(graph: Graph, a: string, b: string): "same" | "group" | undefined {
  if (a === b) return "same";
  if (ancestorsOf(graph, a).has(b) || ancestorsOf(graph, b).has(a)) return "group";
  return undefined;
}

/**
 * A structure with every structure it relates to: itself, its groups, and its members, direct
 * or nested. For membership tests: the order is not meaningful.
 *
 * @internal
 */
export function relatives(graph: Graph, structure: string): Set<string> {
  const below = new Set<string>();
  const stack = [structure];
  while (stack.length > 0) {
    for (const member of graph.members.get(stack.pop() as string) ?? []) {
      if (below.has(member)) continue;
      below.add(member);
      stack.push(member);
    }
  }
  return new Set([structure, ...ancestorsOf(graph, structure), ...below]);
}
