import * as z from "zod/mini";
import { KineticChainError } from "../errors";
import { compareGrades, evidenceWeight } from "../evidence";
import type { EvidenceGrade } from "../evidence/schema";
import { deepFreeze } from "../internal/freeze";
import { parseInput } from "../internal/input";
import { issueMessage } from "../errors/issues";
import type { KnowledgeBase } from "../knowledge-base/schema";
import type { RunningRole } from "../roles/schema";
import type { StructureId } from "../structures/dictionary";
import { type Edge, graphOf, relation, relatives, type Graph } from "./graph";
import {
  type ChainPath,
  type Condition,
  type Link,
  ObservationSchema,
  type Relief,
  type Side,
  SideSchema,
  type State,
  StateSchema,
} from "../links/schema";
import { stateKey } from "../links/state";

/** An observed symptom to explain. `structure` is a {@link StructureId} of the built-in knowledge base. */
export type Observation = Omit<z.infer<typeof ObservationSchema>, "structure"> & { readonly structure: StructureId };

/** An observation naming any structure id, for use with an extended knowledge base. */
export type AnyObservation = z.infer<typeof ObservationSchema>;

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

const TraceOptionsSchema = /* @__PURE__ */ z.optional(
  z.object({
    side: z.optional(SideSchema),
    maxDepth: z.optional(z.int().check(z.gte(1), z.lte(32))),
  }),
);

/**
 * The options to parse: all but the knowledge base, which `graphOf` validates once per knowledge
 * base rather than have it copied and checked with the options on every call. Options that cannot
 * be read are passed on whole, for the parser to report.
 */
function readableOptions(options: unknown): unknown {
  if (typeof options !== "object" || options === null || Array.isArray(options)) return options;
  try {
    return Object.fromEntries(Object.entries(options).filter(([key]) => key !== "knowledgeBase"));
  } catch {
    return options;
  }
}

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

/**
 * The most paths {@link traceForward} returns, and the most paths {@link compensatorsFor} and
 * {@link compensatesFor} look at: the number of simple paths grows exponentially with the links
 * of a graph, so the depth-first walks stop here. The built-in knowledge base has at most a few
 * dozen from any state.
 */
const WALK_LIMIT = 2000;

/** How many more paths a walk may visit; shared by the walks of one call. */
interface Budget {
  left: number;
}

/** Calls `visit` with every simple path (as links, in order) that ends with `last`, depth-first in data order, within the budget. */
function walkBack(graph: Graph, last: Link, maxDepth: number, budget: Budget, visit: (links: readonly Link[]) => void): void {
  const seen = new Set([stateKey(last.to), stateKey(last.from)]);
  if (seen.size === 1) return; // a link from a state to itself is no path
  const extend = (links: readonly Link[]): void => {
    if (budget.left <= 0) return;
    budget.left -= 1;
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

/** Calls `visit` with every simple path (as links, in order) that starts at `start`, depth-first in data order, within the budget. */
function walkForward(graph: Graph, start: State, maxDepth: number, budget: Budget, visit: (links: readonly Link[]) => void): void {
  const seen = new Set([stateKey(start)]);
  const extend = (links: readonly Link[], at: State): void => {
    if (links.length >= maxDepth) return;
    for (const link of graph.outgoing.get(stateKey(at)) ?? []) {
      const key = stateKey(link.to);
      if (seen.has(key) || budget.left <= 0) continue;
      seen.add(key);
      budget.left -= 1;
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
 * twice. At most 2,000 paths (the first met): the number of paths grows exponentially with the
 * links of a graph; the built-in one gives at most a few dozen.
 *
 * @param state - A structure in a condition, or a movement fault.
 * @param options - Side to carry through, depth limit, knowledge base.
 * @returns Frozen paths; empty when nothing follows from the state.
 * @throws `KineticChainError` `invalid_input` for a state or options that do not match their
 *   schemas, or a structure that is not in the knowledge base.
 * @example
 * ```ts
 * import { explainPath, traceForward } from "kinetic-chain/chains";
 *
 * const paths = traceForward({ structure: "deep-hip-external-rotators", condition: "inhibited" }, { side: "right" });
 * paths.map((path) => explainPath(path).join(" "));
 * ```
 */
export function traceForward(state: State, options: TraceOptions = {}): readonly ChainPath[] {
  const start = parseInput("traceForward", StateSchema, state);
  const { side, maxDepth = DEFAULT_DEPTH } = parseInput("traceForward", TraceOptionsSchema, readableOptions(options)) ?? {};
  const graph = graphOf("traceForward", options.knowledgeBase);
  if ("structure" in start) checkStructure("traceForward", graph, start.structure, ["structure"]);
  const paths: ChainPath[] = [];
  walkForward(graph, start, maxDepth, { left: WALK_LIMIT }, (links) => paths.push(makePath(links, side)));
  return deepFreeze(paths);
}

/** A path kept for an observation, with its score. */
interface Kept {
  readonly score: number;
  readonly links: readonly Link[];
}

/** Per observation, the best path from a candidate state. */
type Best = Map<number, Kept>;

/** Whether a path of this score and length beats the one kept: higher score, then fewer links; else the one met first stays. */
function improves(previous: Kept | undefined, score: number, length: number): boolean {
  return previous === undefined || score > previous.score || (score === previous.score && length < previous.links.length);
}

/**
 * How many partial paths {@link traceBack} keeps per state, path length and kind (whether it
 * involves a substitution, when that counts for the score; which side it starts on, when the
 * observation has one). This bounds the search: at most states × depth × 4 × this paths, each
 * extended by the links into its first state.
 */
const TRACE_BEAM = 3;

/**
 * The most explanations {@link traceBack} returns: the best ones. The built-in knowledge base
 * gives at most a dozen for any observation; an extended one may give hundreds, and building
 * them all would cost more than the search.
 */
const TRACE_LIMIT = 50;

/** The {@link TRACE_LIMIT} matching links with the best evidence × match (the first in data order among equals), in data order. */
function strongestEnds<T extends { readonly link: Link; readonly match: number }>(graph: Graph, ends: readonly T[]): T[] {
  // One pass keeping the best so far, strongest first: linear in the ends, whatever their number.
  const top: { end: T; value: number; position: number }[] = [];
  for (const end of ends) {
    const edge = graph.edges.get(end.link) as Edge;
    const entry = { end, value: edge.weight + Math.log(end.match), position: edge.position };
    const after = (other: typeof entry): boolean => other.value > entry.value || (other.value === entry.value && other.position < entry.position);
    if (top.length === TRACE_LIMIT && after(top[TRACE_LIMIT - 1] as typeof entry)) continue;
    let at = top.length;
    while (at > 0 && !after(top[at - 1] as typeof entry)) at -= 1;
    top.splice(at, 0, entry);
    if (top.length > TRACE_LIMIT) top.pop();
  }
  return top.sort((a, b) => a.position - b.position).map((entry) => entry.end);
}

/** Per graph, the traversal's cells and their best values, by state × 4 + kind; every cell empty between calls. */
const scratch = new WeakMap<Graph, { readonly cells: (Partial[] | undefined)[]; readonly tops: Float64Array }>();

function scratchOf(graph: Graph): { readonly cells: (Partial[] | undefined)[]; readonly tops: Float64Array } {
  const known = scratch.get(graph);
  if (known !== undefined) return known;
  const made = { cells: new Array<Partial[] | undefined>(graph.into.length * 4).fill(undefined), tops: new Float64Array(graph.into.length * 4) };
  scratch.set(graph, made);
  return made;
}

/** A path being grown backwards: its first link and the path after it. */
interface Partial {
  readonly edge: Edge;
  readonly rest: Partial | undefined;
  /** Its number of links. */
  readonly length: number;
  /** How well the last link's symptoms match the observation: 1 or 0.6. */
  readonly match: number;
  /** Sum of the logarithms of its links' evidence weights, plus its length × log(match). */
  readonly value: number;
  /** 1 when it substitutes (if that counts), + 2 when it crosses sides an odd number of times (if that counts). */
  readonly kind: number;
  /** When it was made among the paths of its length: depth-first order. */
  readonly seq: number;
}

function linksOf(partial: Partial): Link[] {
  const links: Link[] = [];
  for (let at: Partial | undefined = partial; at !== undefined; at = at.rest) links.push(at.edge.link);
  return links;
}

/**
 * Every candidate path for one observation: the paths that end with a link whose symptoms match
 * it (`ends`, in data order), grown backwards one link at a time, keeping per state, length and
 * kind the {@link TRACE_BEAM} best by evidence. Paths never visit a state twice. Calls `visit`
 * with each kept path that starts at a structure's state, shortest first and, within a length,
 * in the order a depth-first search would meet them, so that ties keep the path an exhaustive
 * search would keep.
 */
function bestPathsBack(
  graph: Graph,
  ends: readonly { readonly link: Link; readonly match: number }[],
  maxDepth: number,
  kinds: { readonly substitution: boolean; readonly side: boolean },
  visit: (path: Partial) => void,
): void {
  const { substitution: bySubstitution, side: bySide } = kinds;
  const kindOf = (edge: Edge, kind: number): number => (bySubstitution && edge.substitution ? kind | 1 : kind) ^ (bySide && edge.crosses ? 2 : 0);
  // The kept paths of one length, by state and kind (state × 4 + kind), best first. Paths are
  // offered in depth-first order, so a later path of the same value never displaces an earlier one.
  // `tops` holds the best value in each cell of the previous length: only paths that come within
  // rounding of it can be the best for their state, so only those are visited. Both arrays are
  // the graph's, reused from call to call (every cell is emptied again before returning), so a
  // call costs nothing per state it does not reach.
  const { cells, tops } = scratchOf(graph);
  let touched: number[] = [];
  const room = (cell: number, value: number): Partial[] | undefined => {
    let kept = cells[cell];
    if (kept === undefined) {
      cells[cell] = kept = [];
      touched.push(cell);
    }
    return kept.length === TRACE_BEAM && value <= (kept[TRACE_BEAM - 1] as Partial).value ? undefined : kept;
  };
  const keep = (kept: Partial[], partial: Partial): void => {
    let at = kept.length;
    while (at > 0 && partial.value > (kept[at - 1] as Partial).value) at -= 1;
    kept.splice(at, 0, partial);
    if (kept.length > TRACE_BEAM) kept.pop();
  };

  ends.forEach(({ link, match }, seq) => {
    const edge = graph.edges.get(link) as Edge;
    if (edge.from === edge.to) return; // a link from a state to itself is no path
    const value = edge.weight + Math.log(match);
    const kind = kindOf(edge, 0);
    const kept = room(edge.from * 4 + kind, value);
    if (kept !== undefined) keep(kept, { edge, rest: undefined, length: 1, match, value, kind, seq });
  });
  for (let depth = 1; touched.length > 0; depth += 1) {
    const layer = touched.flatMap((cell) => cells[cell] as Partial[]).sort((a, b) => a.seq - b.seq);
    for (const cell of touched) {
      tops[cell] = (cells[cell] as Partial[])[0]?.value ?? 0;
      cells[cell] = undefined;
    }
    touched = [];
    let seq = 0;
    for (const partial of layer) {
      if (!("fault" in partial.edge.link.from) && partial.value >= (tops[partial.edge.from * 4 + partial.kind] as number) - 1e-9) visit(partial);
      if (depth >= maxDepth) continue;
      const logMatch = Math.log(partial.match);
      for (const edge of graph.into[partial.edge.from] as readonly Edge[]) {
        seq += 1;
        const value = partial.value + edge.weight + logMatch;
        const kind = kindOf(edge, partial.kind);
        const kept = room(edge.from * 4 + kind, value);
        if (kept === undefined) continue;
        let revisits = false;
        for (let at: Partial | undefined = partial; at !== undefined && !revisits; at = at.rest) {
          revisits = at.edge.from === edge.from || (at.rest === undefined && at.edge.to === edge.from);
        }
        if (!revisits) keep(kept, { edge, rest: partial, length: depth + 1, match: partial.match, value, kind, seq });
      }
    }
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
 * The search is polynomial: it grows paths backwards from the symptoms one link at a time and
 * keeps, per state, path length and kind (substituting or not, when that counts; starting side),
 * the 3 best by evidence; paths never visit a state twice. It follows at most 4 links into any
 * state and starts from at most 50 matching links, in each case those with the strongest
 * evidence (the built-in knowledge base has at most 3 links into a state). On the built-in knowledge base this
 * finds exactly the best path of an exhaustive search for every observation; on a dense
 * extended graph, where more than 3 equally good paths reach a state, the path kept may be a
 * near-best one. At most 50
 * explanations are returned, the best (the built-in knowledge base gives at most a dozen).
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
 * import { traceBack } from "kinetic-chain/chains";
 *
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
  const list = parseInput("traceBack", z.union([ObservationSchema, z.array(ObservationSchema)]), observations);
  const observed = Array.isArray(list) ? list : [list];
  const { maxDepth = DEFAULT_DEPTH } = parseInput("traceBack", TraceOptionsSchema, readableOptions(options)) ?? {};
  const graph = graphOf("traceBack", options.knowledgeBase);
  observed.forEach((observation, index) =>
    checkStructure("traceBack", graph, observation.structure, Array.isArray(list) ? [index, "structure"] : ["structure"]),
  );

  // Per state: the best path for each observation, kept apart by side; `*` holds observations
  // with no side (or both sides), which count for either side.
  const candidates = new Map<string, { state: State; bySide: Map<string, Best>; both: boolean }>();
  const position = (end: { readonly link: Link }): number => (graph.edges.get(end.link) as Edge).position;
  observed.forEach((observation, index) => {
    const distrustsStretching = (observation.notRelievedBy ?? []).some((r) => RELIEF_FOR_TIGHTNESS.has(r));
    // Only links with a symptom on the observed structure, one of its groups or members can match.
    const relevant = new Set<Link>();
    for (const structure of relatives(graph, observation.structure)) for (const link of graph.bySymptom.get(structure) ?? []) relevant.add(link);
    const ends: { link: Link; match: number }[] = [];
    for (const link of relevant) {
      let match = 0;
      for (const symptom of link.symptoms) {
        if (!symptom.sensations.includes(observation.sensation)) continue;
        const r = relation(graph, symptom.structure, observation.structure);
        match = Math.max(match, r === "same" ? 1 : r === "group" ? 0.6 : 0);
      }
      if (match > 0) ends.push({ link, match });
    }
    // In data order; only the strongest when there are more than the explanations returned.
    const followed = ends.length <= TRACE_LIMIT ? ends.sort((x, y) => position(x) - position(y)) : strongestEnds(graph, ends);
    const kinds = { substitution: distrustsStretching, side: observation.side === "left" || observation.side === "right" };
    bestPathsBack(graph, followed, maxDepth, kinds, (path) => {
      const key = path.edge.start;
      const candidate = candidates.get(key) ?? { state: path.edge.link.from, bySide: new Map<string, Best>(), both: false };
      candidates.set(key, candidate);
      // With a left or right observation, the path's kind says whether it crosses sides an odd number of times.
      const side = (path.kind & 2) === 0 ? observation.side : observation.side === "left" ? "right" : "left";
      const sideKey = side === "left" || side === "right" ? side : "*";
      if (side === "both") candidate.both = true;
      const best = candidate.bySide.get(sideKey) ?? new Map();
      candidate.bySide.set(sideKey, best);
      const previous = best.get(index);
      // A cheap estimate from the path's value first: only a path that may beat the one kept is scored exactly.
      const estimate = Math.exp(path.value / path.length) * 0.85 ** (path.length - 1) * (distrustsStretching ? 1.25 : 1);
      if (previous !== undefined && estimate < previous.score * (1 - 1e-9)) return;
      // The documented score, computed as the exhaustive search did, link by link in path order.
      let product = 1;
      let substitution = false;
      for (let at: Partial | undefined = path; at !== undefined; at = at.rest) {
        product *= evidenceWeight(at.edge.link);
        substitution ||= at.edge.substitution;
      }
      const score = product ** (1 / path.length) * 0.85 ** (path.length - 1) * path.match * (distrustsStretching && substitution ? 1.25 : 1);
      if (improves(previous, score, path.length)) best.set(index, { score, links: linksOf(path) });
    });
  });

  // Rank on what the order needs (score, sources, key), then build only the explanations returned.
  const ranked: { key: string; state: State; side: Side | undefined; chosen: Kept[]; explains: number[]; score: number; sources: string[] }[] = [];
  for (const [key, { state, bySide, both }] of candidates) {
    const anySide = bySide.get("*") ?? new Map();
    const sided = [...bySide.keys()].filter((side): side is "left" | "right" => side !== "*");
    const groups: [Side | undefined, Best][] =
      sided.length === 0
        ? [[both ? "both" : undefined, anySide]]
        : sided.map((side) => {
            const merged: Best = new Map(bySide.get(side));
            for (const [index, entry] of anySide) if (improves(merged.get(index), entry.score, entry.links.length)) merged.set(index, entry);
            return [side, merged];
          });
    const root = !graph.incoming.has(key);
    for (const [side, best] of groups) {
      const explains = [...best.keys()].sort((a, b) => a - b);
      const chosen = explains.map((index) => best.get(index) as Kept);
      const total = chosen.reduce((sum, entry) => sum + entry.score, 0) * (root ? 1 : 0.8);
      const sources = [...new Set(chosen.flatMap((entry) => entry.links.flatMap((link) => [...link.sources, ...(link.verdict?.sources ?? [])])))];
      ranked.push({ key: `${key}@${side ?? ""}`, state, side, chosen, explains, score: Math.round(total * 1e4) / 1e4, sources });
    }
  }
  ranked.sort((a, b) => b.score - a.score || b.sources.length - a.sources.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const explanations = ranked.slice(0, TRACE_LIMIT).map(({ state, side, chosen, explains, score, sources }): Explanation => {
    const links = chosen.flatMap((entry) => entry.links);
    return {
      state,
      ...(side === undefined ? {} : { side }),
      score,
      root: !graph.incoming.has(stateKey(state)),
      explains,
      paths: chosen.map((entry) => makePath(entry.links, side)),
      grade: links.map((link) => link.grade).reduce((weakest, grade) => (compareGrades(grade, weakest) > 0 ? grade : weakest)),
      sources,
      compensation: links.some((link) => link.mechanism === "substitution"),
    };
  });
  return deepFreeze(explanations);
}

const shortestFirst = (a: readonly Link[], b: readonly Link[]): number =>
  a.length - b.length || pathEvidence(b) - pathEvidence(a);

/**
 * The structures on the other side of a substitution from `structure`: `"takers"` are those that
 * take over its work when it is weakened (paths from its weakened states ending in a
 * substitution that loads another structure); `"givers"` are those whose work it takes over
 * (paths ending in a substitution that loads it, starting from another's weakened state). Then
 * the running roles' back-ups (or primaries). One entry per structure, shortest path first.
 * The walks look at 2,000 paths at most, the first met depth-first in data order.
 */
function substitutions(
  fn: string,
  structure: string,
  direction: "takers" | "givers",
  options: Omit<TraceOptions, "side">,
): readonly Compensation[] {
  const { maxDepth = DEFAULT_DEPTH } = parseInput(fn, TraceOptionsSchema, readableOptions(options)) ?? {};
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
  const budget = { left: WALK_LIMIT };
  const substitutionInto = (link: Link, loaded: (state: State) => boolean): boolean => link.mechanism === "substitution" && loaded(link.to);
  if (direction === "takers") {
    const starts = new Map(graph.kb.links.filter((link) => isWeakened(link.from)).map((link) => [stateKey(link.from), link.from]));
    for (const start of starts.values()) {
      walkForward(graph, start, maxDepth, budget, (links) => {
        if (substitutionInto(links[links.length - 1] as Link, loadedOther)) paths.push(links);
      });
    }
  } else {
    for (const link of graph.kb.links) {
      if (!substitutionInto(link, isLoaded)) continue;
      walkBack(graph, link, maxDepth, budget, (links) => {
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
 * medius is a weak hip abductor), and the reverse. At most 2,000 graph paths are looked at,
 * the first met depth-first in data order (the built-in knowledge base has far fewer).
 *
 * @param structure - A structure id.
 * @param options - Depth limit and knowledge base.
 * @returns Frozen compensations, one per compensating structure.
 * @throws `KineticChainError` `invalid_input` for a structure not in the knowledge base.
 * @example
 * ```ts
 * import { compensatorsFor } from "kinetic-chain/chains";
 *
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
 * backs up. At most 2,000 graph paths are looked at, the first met depth-first in data order.
 *
 * @param structure - A structure id, typically one that is tight or sore.
 * @param options - Depth limit and knowledge base.
 * @returns Frozen compensations, one per structure it covers for.
 * @throws `KineticChainError` `invalid_input` for a structure not in the knowledge base.
 * @example
 * ```ts
 * import { compensatesFor } from "kinetic-chain/chains";
 *
 * compensatesFor("hamstrings").map((c) => c.structure); // ["gluteus-maximus"]
 * ```
 */
export function compensatesFor(structure: StructureId, options?: Omit<TraceOptions, "side">): readonly Compensation[];
export function compensatesFor(structure: string, options: ExtendedTraceOptions): readonly Compensation[];
export function compensatesFor(structure: string, options: Omit<TraceOptions, "side"> = {}): readonly Compensation[] {
  return substitutions("compensatesFor", structure, "givers", options);
}
