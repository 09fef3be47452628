/**
 * Compensation chains: a typed, directed graph of how a weak, inhibited, fatigued or tight
 * structure pushes load onto others, and the symptoms that produces. Nodes are states (a
 * structure in a condition, or a movement fault); links carry a mechanism, symptoms, sources,
 * an evidence grade and the research verdict. Named chains are the runs of links the seed
 * articles describe.
 *
 * @example
 * ```ts
 * import { traceBack, explainPath } from "kinetic-chain/chains";
 *
 * const [best] = traceBack({ structure: "gluteus-medius", sensation: "tightness", notRelievedBy: ["stretching"] });
 * best?.state; // { structure: "deep-hip-external-rotators", condition: "inhibited" }
 * best && explainPath(best.paths[0]!).join(" ");
 * ```
 *
 * @module
 */
import type { StructureId } from "../structures/dictionary";
import type { Chain, Link, Mechanism } from "../links/schema";
import { stateKey } from "../links/state";
import type { VerdictStatus } from "../evidence/schema";

export type {
  Chain,
  ChainPath,
  ChainStep,
  Condition,
  FaultState,
  Link,
  Mechanism,
  MovementFault,
  Relief,
  Sensation,
  Side,
  SideRelation,
  State,
  StructureState,
  Symptom,
} from "../links/schema";
export { explainPath, FAULT_LABELS } from "./explain";
export { chainToMermaid } from "./mermaid";
export { stateKey } from "../links/state";
export {
  type AnyObservation,
  type Compensation,
  compensatesFor,
  compensatorsFor,
  type Explanation,
  type ExtendedTraceOptions,
  type Observation,
  traceBack,
  type TraceOptions,
  traceForward,
} from "./trace";
import { chains, links, type ChainId, type LinkId } from "../links/dictionary";
export type { ChainId, LinkId } from "../links/dictionary";

/** Whether a link touches a structure: its states or its symptoms. */
const touches = (link: Link, structure: string): boolean =>
  ("structure" in link.from && link.from.structure === structure) ||
  ("structure" in link.to && link.to.structure === structure) ||
  link.symptoms.some((symptom) => symptom.structure === structure);

/**
 * The built-in chain with this id.
 *
 * @param id - A chain id, e.g. `"deep-rotator-inhibition"`.
 * @returns The chain (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the data.
 * @example
 * ```ts
 * import { getChain } from "kinetic-chain/chains";
 *
 * getChain("deep-rotator-inhibition").verdict?.status;
 * ```
 */
export function getChain(id: ChainId): Chain {
  return chains.get(id);
}

/**
 * Looks a chain up by id or name, ignoring case, spaces and hyphens.
 *
 * @param text - An id or a name.
 * @returns The chain, or `undefined`.
 * @example
 * ```ts
 * import { findChain } from "kinetic-chain/chains";
 *
 * findChain("lower crossed syndrome")?.id; // "lower-crossed-syndrome"
 * ```
 */
export function findChain(text: string): Chain | undefined {
  return chains.find(text);
}

/** Narrows {@link listChains}; every field given must match. */
export interface ChainFilter {
  /** Only chains with a link that touches this structure (a state or a symptom on it). */
  readonly structure?: StructureId;
  /** Only chains citing this source. */
  readonly source?: string;
  /** Only chains whose research verdict has this status. */
  readonly verdict?: VerdictStatus;
}

/**
 * The built-in chains, optionally filtered, in data order.
 *
 * @param filter - Structure, source and verdict to match; omit for every chain.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listChains } from "kinetic-chain/chains";
 *
 * listChains({ structure: "piriformis" }).map((c) => c.id);
 * listChains({ verdict: "contradicted" });
 * ```
 */
export function listChains(filter: ChainFilter = {}): readonly Chain[] {
  const { structure, source, verdict } = filter ?? {};
  return Object.freeze(
    chains.all.filter(
      (chain) =>
        (structure === undefined ||
          chain.links.some((id) => {
            const link = links.lookup(id);
            return link !== undefined && touches(link, structure);
          })) &&
        (source === undefined || chain.sources.includes(source)) &&
        (verdict === undefined || chain.verdict?.status === verdict),
    ),
  );
}

/**
 * Whether a value is the id of a built-in chain.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link ChainId}.
 * @example
 * ```ts
 * import { isChainId } from "kinetic-chain/chains";
 *
 * isChainId("deep-rotator-inhibition"); // true
 * ```
 */
export function isChainId(value: unknown): value is ChainId {
  return chains.is(value);
}

/**
 * The built-in link with this id.
 *
 * @param id - A link id.
 * @returns The link (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the data.
 * @example
 * ```ts
 * import { getChain, getLink, type LinkId } from "kinetic-chain/chains";
 *
 * getChain("deep-rotator-inhibition").links.map((id) => getLink(id as LinkId).mechanism);
 * ```
 */
export function getLink(id: LinkId): Link {
  return links.get(id);
}

/**
 * Looks a link up by id, ignoring case, spaces and hyphens.
 *
 * @param text - A link id.
 * @returns The link, or `undefined`.
 * @example
 * ```ts
 * import { findLink } from "kinetic-chain/chains";
 *
 * findLink("gluteus maximus weak hamstrings overloaded")?.mechanism; // "substitution"
 * ```
 */
export function findLink(text: string): Link | undefined {
  return links.find(text);
}

/** Narrows {@link listLinks}; every field given must match. */
export interface LinkFilter {
  /** Only links that touch this structure (a state or a symptom on it). */
  readonly structure?: StructureId;
  /** Only links by this mechanism. */
  readonly mechanism?: Mechanism;
  /** Only links leaving the state with this key (see {@link stateKey}). */
  readonly from?: string;
  /** Only links reaching the state with this key. */
  readonly to?: string;
}

/**
 * The built-in links of the compensation graph, optionally filtered, in data order.
 *
 * @param filter - Structure, mechanism, and state keys to match; omit for every link.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listLinks } from "kinetic-chain/chains";
 *
 * listLinks({ mechanism: "substitution" }).length;
 * listLinks({ from: "gluteus-maximus:weak" });
 * ```
 */
export function listLinks(filter: LinkFilter = {}): readonly Link[] {
  const { structure, mechanism, from, to } = filter ?? {};
  return Object.freeze(
    links.all.filter(
      (link) =>
        (structure === undefined || touches(link, structure)) &&
        (mechanism === undefined || link.mechanism === mechanism) &&
        (from === undefined || stateKey(link.from) === from) &&
        (to === undefined || stateKey(link.to) === to),
    ),
  );
}

/**
 * Whether a value is the id of a built-in link.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link LinkId}.
 * @example
 * ```ts
 * import { isLinkId } from "kinetic-chain/chains";
 *
 * isLinkId("not-a-link"); // false
 * ```
 */
export function isLinkId(value: unknown): value is LinkId {
  return links.is(value);
}
