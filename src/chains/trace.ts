import * as z from "zod/mini";
import { KineticChainError } from "../errors";
import { compareGrades, evidenceWeight } from "../evidence";
import type { EvidenceGrade } from "../evidence/schema";
import { deepFreeze } from "../internal/freeze";
import { parseInput } from "../internal/input";
import { issueMessage } from "../knowledge-base/issues";
import type { KnowledgeBase } from "../knowledge-base/schema";
import type { RunningRole } from "../roles/schema";
import type { StructureId } from "../structures/dictionary";
import { graphOf, relation, relatives, type Graph } from "./graph";
import {
  type ChainPath,
  type Condition,
  type Link,
  observationSchema,
  type Relief,
  type Side,
  sideSchema,
  type State,
  stateSchema,
} from "./schema";
import { stateKey } from "./state";
import { once } from "../internal/once";

/** An observed symptom to explain. `structure` is a {@link StructureId} of the built-in knowledge base. */
export type Observation = Omit<z.infer<ReturnType<typeof observationSchema>>, "structure"> & { readonly structure: StructureId };

/** An observation naming any structure id, for use with an extended knowledge base. */
export type AnyObservation = z.infer<ReturnType<typeof observationSchema>>;

/** Options of the traversal functions on the built-in knowledge base. */
export interface TraceOptions {
  /** The side the trace starts on; carried through every step (`traceForward` only). */
  readonly side?: Side;
  /** The most links a path may have, 1 to 32. Default 8. */
  readonly maxDepth?: number;
  /** A knowledge base from `extendKnowledgeBase`; default the built-in one. Validated on first use. */
  readonly knowledgeBase?: KnowledgeBase;
}

/** Options naming an extended knowledge base, which lets structure ids be any string. */
export type ExtendedTraceOptions = Omit<TraceOptions, "knowledgeBase" | "side"> & { readonly knowledgeBase: KnowledgeBase };

/** An upstream state that could explain observed symptoms, ranked by {@link traceBack}. */
export interface Explanation {
  /** The upstream state: a structure in a condition. */
  readonly state: State;
  /**
   * The side it is on, when the observations give one. Observations without a side (or on
   * both sides) count for either side.
   */
  readonly side?: Side;
  /**
   * Ranking score: for each observation it explains, the best path's evidence (geometric mean of
   * its links' evidence weights) times 0.85 per extra link, times 0.6 when the symptom is on a
   * group containing the observed structure (or a member of it), times 1.25 when the runner says
   * stretching, foam rolling or massage did not help and the path involves substitution; summed
   * over the observations explained; then times 0.8 when the state is not a root.
   */
  readonly score: number;
  /**
   * Whether the state is a root of the graph: no link leads to it. A state the graph explains
   * further upstream is the middle of a cascade, and ranks below the cascade's root.
   */
  readonly root: boolean;
  /** Indexes of the observations it explains, in the order given. */
  readonly explains: readonly number[];
  /** The best path from this state to each observation it explains, in the order of `explains`. */
  readonly paths: readonly ChainPath[];
  /** The weakest evidence grade along those paths. */
  readonly grade: EvidenceGrade;
  /** Every source the paths' links cite, including their verdicts' sources. */
  readonly sources: readonly string[];
  /** Whether a path involves a muscle taking over another's work (substitution). */
  readonly compensation: boolean;
}

/** A structure that takes over from another (or is taken over from), and why the library says so. */
export type Compensation =
  | {
      /** The other structure's id. */
      readonly structure: string;
      /** A path of the compensation graph ending in a substitution. */
      readonly basis: "chain";
      /** The path, from the weakened state to the loaded one. */
      readonly path: ChainPath;
    }
  | {
      /** The other structure's id. */
      readonly structure: string;
      /** The running roles' primary/secondary split. */
      readonly basis: "role";
      /** The running role. */
      readonly role: RunningRole;
    };

const DEFAULT_DEPTH = 8;
const WEAKENED: ReadonlySet<Condition> = new Set(["weak", "inhibited", "fatigued", "lengthened"]);
const LOADED: ReadonlySet<Condition> = new Set(["overloaded", "tight", "shortened", "irritated"]);
const RELIEF_FOR_TIGHTNESS: ReadonlySet<Relief> = new Set(["stretching", "foam-rolling", "massage"]);

const traceOptionsSchema = /* @__PURE__ */ once(() => z.optional(
  z.object({
    side: z.optional(sideSchema()),
    maxDepth: z.optional(z.int().check(z.gte(1), z.lte(32))),
    knowledgeBase: z.optional(z.unknown()),
  }),
));

function flip(side: Side | undefined, link: Link): Side | undefined {
  if (side === undefined || side === "both" || link.side === "same") return side;
  return side === "left" ? "right" : "left";
}

function makePath(links: readonly Link[], startSide: Side | undefined): ChainPath {
  let side = startSide;
  const steps = links.map((link) => {
    side = flip(side, link);
    return { link, from: link.from, to: link.to, ...(side === undefined ? {} : { side }) };
  });
  const first = links[0] as Link;
  const last = links[links.length - 1] as Link;
  return { start: first.from, end: last.to, ...(startSide === undefined ? {} : { side: startSide }), steps };
}

/** The side a path must start on to end on `endSide`. */
function sideAtStart(links: readonly Link[], endSide: Side | undefined): Side | undefined {
  return links.reduceRight<Side | undefined>((side, link) => flip(side, link), endSide);
}

/** Calls `visit` with every simple path (as links, in order) that ends with `last`. */
function walkBack(graph: Graph, last: Link, maxDepth: number, visit: (links: readonly Link[]) => void): void {
  const seen = new Set([stateKey(last.to), stateKey(last.from)]);
  if (seen.size === 1) return; // a link from a state to itself is no path
  const extend = (links: readonly Link[]): void => {
    visit(links);
    if (links.length >= maxDepth) return;
    const head = links[0] as Link;
    for (const link of graph.incoming.get(stateKey(head.from)) ?? []) {
      const key = stateKey(link.from);
      if (seen.has(key)) continue;
      seen.add(key);
      extend([link, ...links]);
      seen.delete(key);
    }
  };
  extend([last]);
}

/** Calls `visit` with every simple path (as links, in order) that starts at `start`. */
function walkForward(graph: Graph, start: State, maxDepth: number, visit: (links: readonly Link[]) => void): void {
  const seen = new Set([stateKey(start)]);
  const extend = (links: readonly Link[], at: State): void => {
    if (links.length >= maxDepth) return;
    for (const link of graph.outgoing.get(stateKey(at)) ?? []) {
      const key = stateKey(link.to);
      if (seen.has(key)) continue;
      seen.add(key);
      const next = [...links, link];
      visit(next);
      extend(next, link.to);
      seen.delete(key);
    }
  };
  extend([], start);
}

function pathEvidence(links: readonly Link[]): number {
  const product = links.reduce((acc, link) => acc * evidenceWeight(link), 1);
  return product ** (1 / links.length);
}

/** Throws `invalid_input` with an `unknown_reference` issue for a structure not in the graph. */
function checkStructure(fn: string, graph: Graph, structure: string, path: readonly (string | number)[] = []): void {
  if (graph.structures.has(structure)) return;
  const issue = { code: "unknown_reference" as const, path, value: structure, message: issueMessage("unknown_reference", structure) };
  throw new KineticChainError("invalid_input", `${fn}: no structure has the id ${JSON.stringify(structure)}`, [issue]);
}

/**
 * Everything a state can lead to, as paths: every simple path of the compensation graph that
 * starts at the state, depth-first in data order. Cycles are safe: a path never visits a state
 * twice.
 *
 * @param state - A structure in a condition, or a movement fault.
 * @param options - Side to carry through, depth limit, knowledge base.
 * @returns Frozen paths; empty when nothing follows from the state.
 * @throws `KineticChainError` `invalid_input` for a state or options that do not match their
 *   schemas, or a structure that is not in the knowledge base.
 * @example
 * ```ts
 * const paths = traceForward({ structure: "deep-hip-external-rotators", condition: "inhibited" }, { side: "right" });
 * paths.map((path) => explainPath(path).join(" "));
 * ```
 */
export function traceForward(state: State, options: TraceOptions = {}): readonly ChainPath[] {
  const start = parseInput("traceForward", stateSchema(), state);
  const { side, maxDepth = DEFAULT_DEPTH } = parseInput("traceForward", traceOptionsSchema(), options) ?? {};
  const graph = graphOf("traceForward", options.knowledgeBase);
  if ("structure" in start) checkStructure("traceForward", graph, start.structure, ["structure"]);
  const paths: ChainPath[] = [];
  walkForward(graph, start, maxDepth, (links) => paths.push(makePath(links, side)));
  return deepFreeze(paths);
}

/** Per observation, the best path from a candidate state. */
type Best = Map<number, { readonly score: number; readonly links: readonly Link[] }>;

function keepBest(best: Best, index: number, score: number, links: readonly Link[]): void {
  const previous = best.get(index);
  if (previous === undefined || score > previous.score || (score === previous.score && links.length < previous.links.length)) {
    best.set(index, { score, links });
  }
}

/**
 * From observed symptoms back up the compensation graph to the upstream states that could
 * explain them, ranked. Each explanation is a structure in a condition (movement faults are
 * steps on the way, not causes) with its best path to each symptom it explains, the weakest
 * grade on those paths and their sources. Explanations that account for more of the
 * observations score higher; stronger evidence and shorter paths score higher; tightness that
 * stretching, foam rolling or massage did not relieve favours compensation (substitution); the
 * root of a cascade ranks above its middle. See {@link Explanation.score} for the formula.
 * Deterministic: ties are broken by the number of sources, then by state.
 *
 * A high rank is not a diagnosis: check each path's verdicts (`explainPath` states them), and
 * leave red flags to the assessment.
 *
 * @param observations - One observation, or several from the same runner.
 * @param options - Depth limit and knowledge base. With an extended knowledge base, observations
 *   may name its own structures.
 * @returns Frozen explanations, best first; empty when nothing in the graph explains them.
 * @throws `KineticChainError` `invalid_input` for an observation that does not match its schema
 *   or names a structure that is not in the knowledge base.
 * @example
 * ```ts
 * const [best] = traceBack({
 *   structure: "gluteus-medius", sensation: "tightness", side: "right",
 *   notRelievedBy: ["stretching", "foam-rolling"],
 * });
 * best?.state; // { structure: "deep-hip-external-rotators", condition: "inhibited" }
 * ```
 */
export function traceBack(
  observations: Observation | readonly Observation[],
  options?: Omit<TraceOptions, "side">,
): readonly Explanation[];
export function traceBack(
  observations: AnyObservation | readonly AnyObservation[],
  options: ExtendedTraceOptions,
): readonly Explanation[];
export function traceBack(
  observations: AnyObservation | readonly AnyObservation[],
  options: Omit<TraceOptions, "side"> = {},
): readonly Explanation[] {
  const list = parseInput("traceBack", z.union([observationSchema(), z.array(observationSchema())]), observations);
  const observed = Array.isArray(list) ? list : [list];
  const { maxDepth = DEFAULT_DEPTH } = parseInput("traceBack", traceOptionsSchema(), options) ?? {};
  const graph = graphOf("traceBack", options.knowledgeBase);
  observed.forEach((observation, index) =>
    checkStructure("traceBack", graph, observation.structure, Array.isArray(list) ? [index, "structure"] : ["structure"]),
  );

  // Per state: the best path for each observation, kept apart by side; `*` holds observations
  // with no side (or both sides), which count for either side.
  const candidates = new Map<string, { state: State; bySide: Map<string, Best>; both: boolean }>();
  observed.forEach((observation, index) => {
    const distrustsStretching = (observation.notRelievedBy ?? []).some((r) => RELIEF_FOR_TIGHTNESS.has(r));
    // Only links with a symptom on the observed structure, one of its groups or members can match.
    const relevant = new Set([...relatives(graph, observation.structure)].flatMap((s) => graph.bySymptom.get(s) ?? []));
    const inOrder = [...relevant].sort((a, b) => (graph.order.get(a) ?? 0) - (graph.order.get(b) ?? 0));
    for (const link of inOrder) {
      const match = link.symptoms
        .filter((symptom) => symptom.sensations.includes(observation.sensation))
        .map((symptom) => relation(graph, symptom.structure, observation.structure))
        .reduce<number>((best, r) => Math.max(best, r === "same" ? 1 : r === "group" ? 0.6 : 0), 0);
      if (match === 0) continue;
      walkBack(graph, link, maxDepth, (links) => {
        const start = (links[0] as Link).from;
        if ("fault" in start) return;
        const substitution = links.some((l) => l.mechanism === "substitution");
        const score =
          pathEvidence(links) * 0.85 ** (links.length - 1) * match * (distrustsStretching && substitution ? 1.25 : 1);
        const side = sideAtStart(links, observation.side);
        const key = stateKey(start);
        const candidate = candidates.get(key) ?? { state: start, bySide: new Map<string, Best>(), both: false };
        candidates.set(key, candidate);
        const sideKey = side === "left" || side === "right" ? side : "*";
        if (side === "both") candidate.both = true;
        const best = candidate.bySide.get(sideKey) ?? new Map();
        candidate.bySide.set(sideKey, best);
        keepBest(best, index, score, links);
      });
    }
  });

  const explanations: { key: string; explanation: Explanation }[] = [];
  for (const [key, { state, bySide, both }] of candidates) {
    const anySide = bySide.get("*") ?? new Map();
    const sided = [...bySide.keys()].filter((side): side is "left" | "right" => side !== "*");
    const groups: [Side | undefined, Best][] =
      sided.length === 0
        ? [[both ? "both" : undefined, anySide]]
        : sided.map((side) => {
            const merged: Best = new Map(bySide.get(side));
            for (const [index, entry] of anySide) keepBest(merged, index, entry.score, entry.links);
            return [side, merged];
          });
    for (const [side, best] of groups) {
      const explains = [...best.keys()].sort((a, b) => a - b);
      const chosen = explains.map((index) => best.get(index) as { score: number; links: readonly Link[] });
      const links = chosen.flatMap((entry) => entry.links);
      const root = !graph.incoming.has(key);
      const total = chosen.reduce((sum, entry) => sum + entry.score, 0) * (root ? 1 : 0.8);
      explanations.push({
        key: `${key}@${side ?? ""}`,
        explanation: {
          state,
          ...(side === undefined ? {} : { side }),
          score: Math.round(total * 1e4) / 1e4,
          root,
          explains,
          paths: chosen.map((entry) => makePath(entry.links, side)),
          grade: links.map((link) => link.grade).reduce((weakest, grade) => (compareGrades(grade, weakest) > 0 ? grade : weakest)),
          sources: [...new Set(links.flatMap((link) => [...link.sources, ...(link.verdict?.sources ?? [])]))],
          compensation: links.some((link) => link.mechanism === "substitution"),
        },
      });
    }
  }
  explanations.sort(
    (a, b) =>
      b.explanation.score - a.explanation.score ||
      b.explanation.sources.length - a.explanation.sources.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return deepFreeze(explanations.map((entry) => entry.explanation));
}

const shortestFirst = (a: readonly Link[], b: readonly Link[]): number =>
  a.length - b.length || pathEvidence(b) - pathEvidence(a);

/**
 * The structures on the other side of a substitution from `structure`: `"takers"` are those that
 * take over its work when it is weakened (paths from its weakened states ending in a
 * substitution that loads another structure); `"givers"` are those whose work it takes over
 * (paths ending in a substitution that loads it, starting from another's weakened state). Then
 * the running roles' back-ups (or primaries). One entry per structure, shortest path first.
 */
function substitutions(
  fn: string,
  structure: string,
  direction: "takers" | "givers",
  options: Omit<TraceOptions, "side">,
): readonly Compensation[] {
  const { maxDepth = DEFAULT_DEPTH } = parseInput(fn, traceOptionsSchema(), options) ?? {};
  const graph = graphOf(fn, options.knowledgeBase);
  checkStructure(fn, graph, structure);
  const weakenedOther = (state: State): state is { structure: string; condition: Condition } =>
    "structure" in state && WEAKENED.has(state.condition) && relation(graph, state.structure, structure) === undefined;
  const loadedOther = (state: State): state is { structure: string; condition: Condition } =>
    "structure" in state && LOADED.has(state.condition) && relation(graph, state.structure, structure) === undefined;
  const isWeakened = (state: State): boolean =>
    "structure" in state && WEAKENED.has(state.condition) && relation(graph, state.structure, structure) !== undefined;
  const isLoaded = (state: State): boolean =>
    "structure" in state && LOADED.has(state.condition) && relation(graph, state.structure, structure) !== undefined;

  const paths: (readonly Link[])[] = [];
  const substitutionInto = (link: Link, loaded: (state: State) => boolean): boolean => link.mechanism === "substitution" && loaded(link.to);
  if (direction === "takers") {
    const starts = new Map(graph.kb.links.filter((link) => isWeakened(link.from)).map((link) => [stateKey(link.from), link.from]));
    for (const start of starts.values()) {
      walkForward(graph, start, maxDepth, (links) => {
        if (substitutionInto(links[links.length - 1] as Link, loadedOther)) paths.push(links);
      });
    }
  } else {
    for (const link of graph.kb.links) {
      if (!substitutionInto(link, isLoaded)) continue;
      walkBack(graph, link, maxDepth, (links) => {
        if (weakenedOther((links[0] as Link).from)) paths.push(links);
      });
    }
  }
  const fromChains: Compensation[] = paths.sort(shortestFirst).map((links) => {
    const other = direction === "takers" ? (links[links.length - 1] as Link).to : (links[0] as Link).from;
    return { structure: (other as { structure: string }).structure, basis: "chain", path: makePath(links, undefined) };
  });
  const fromRoles: Compensation[] = graph.kb.roles.flatMap((role) => {
    const [mine, theirs] = direction === "takers" ? [role.primary, role.secondary] : [role.secondary, role.primary];
    return mine.some((member) => member.structure === structure)
      ? theirs.map((member) => ({ structure: member.structure, basis: "role" as const, role }))
      : [];
  });
  const kept = new Map<string, Compensation>();
  for (const entry of [...fromChains, ...fromRoles]) if (!kept.has(entry.structure)) kept.set(entry.structure, entry);
  return deepFreeze([...kept.values()]);
}

/**
 * Who takes over when a structure is weak, inhibited, fatigued or lengthened: first the
 * structures the compensation graph shows being loaded by a substitution on a path from the
 * structure's weakened states (shortest, best-evidenced path first), then the back-ups the
 * running roles name. Chains on a structure's groups count for the structure (a weak gluteus
 * medius is a weak hip abductor), and the reverse.
 *
 * @param structure - A structure id.
 * @param options - Depth limit and knowledge base.
 * @returns Frozen compensations, one per compensating structure.
 * @throws `KineticChainError` `invalid_input` for a structure not in the knowledge base.
 * @example
 * ```ts
 * compensatorsFor("gluteus-maximus").map((c) => c.structure); // ["hamstrings", ...]
 * ```
 */
export function compensatorsFor(structure: StructureId, options?: Omit<TraceOptions, "side">): readonly Compensation[];
export function compensatorsFor(structure: string, options: ExtendedTraceOptions): readonly Compensation[];
export function compensatorsFor(structure: string, options: Omit<TraceOptions, "side"> = {}): readonly Compensation[] {
  return substitutions("compensatorsFor", structure, "takers", options);
}

/**
 * Whose work a structure takes over: the reverse of {@link compensatorsFor}. First the weak,
 * inhibited, fatigued or lengthened structures at the start of a compensation-graph path that
 * ends in a substitution loading this structure, then the primaries of the running roles it
 * backs up.
 *
 * @param structure - A structure id, typically one that is tight or sore.
 * @param options - Depth limit and knowledge base.
 * @returns Frozen compensations, one per structure it covers for.
 * @throws `KineticChainError` `invalid_input` for a structure not in the knowledge base.
 * @example
 * ```ts
 * compensatesFor("hamstrings").map((c) => c.structure); // ["gluteus-maximus", ...]
 * ```
 */
export function compensatesFor(structure: StructureId, options?: Omit<TraceOptions, "side">): readonly Compensation[];
export function compensatesFor(structure: string, options: ExtendedTraceOptions): readonly Compensation[];
export function compensatesFor(structure: string, options: Omit<TraceOptions, "side"> = {}): readonly Compensation[] {
  return substitutions("compensatesFor", structure, "givers", options);
}
