/**
 * Hypotheses: the causes an assessment can rank — compensation patterns of the compensation
 * graph, delayed-onset muscle soreness, training-load and recovery errors, running injuries,
 * and the serious conditions behind red flags. Zod-free.
 *
 * @example
 * ```ts
 * import { getHypothesis, listHypotheses } from "kinetic-chain/assess";
 *
 * getHypothesis("gluteal-tendinopathy").kind;          // "injury"
 * listHypotheses({ kind: "serious" }).map((h) => h.id); // ["bone-stress-injury", "cauda-equina-syndrome", ...]
 * ```
 *
 * @module
 */
import type { Hypothesis, HypothesisKind } from "./schema";
import { hypotheses, type HypothesisId } from "./dictionary";
export type { HypothesisId } from "./dictionary";

export type { Hypothesis, HypothesisKind } from "./schema";

/**
 * The hypothesis with this id.
 *
 * @param id - A hypothesis id.
 * @returns The hypothesis (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the data.
 * @example
 * ```ts
 * import { getHypothesis } from "kinetic-chain/assess";
 *
 * getHypothesis("iliotibial-band-syndrome").name;
 * ```
 */
export function getHypothesis(id: HypothesisId): Hypothesis {
  return hypotheses.get(id);
}

/**
 * Looks a hypothesis up by id or name, ignoring case, spaces and hyphens.
 *
 * @param text - An id or a name.
 * @returns The hypothesis, or `undefined`.
 * @example
 * ```ts
 * import { findHypothesis } from "kinetic-chain/assess";
 *
 * findHypothesis("Patellofemoral pain")?.id; // "patellofemoral-pain"
 * ```
 */
export function findHypothesis(text: string): Hypothesis | undefined {
  return hypotheses.find(text);
}

/** Narrows {@link listHypotheses}. */
export interface HypothesisFilter {
  /** Only hypotheses of this kind. */
  readonly kind?: HypothesisKind;
}

/**
 * Every hypothesis, optionally filtered by kind, in data order.
 *
 * @param filter - The kind to match; omit for every hypothesis.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listHypotheses } from "kinetic-chain/assess";
 *
 * listHypotheses({ kind: "compensation" }).length;
 * ```
 */
export function listHypotheses(filter: HypothesisFilter = {}): readonly Hypothesis[] {
  const { kind } = filter ?? {};
  return kind === undefined ? hypotheses.all : Object.freeze(hypotheses.all.filter((h) => h.kind === kind));
}

/**
 * Whether a value is a hypothesis id.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link HypothesisId}.
 * @example
 * ```ts
 * import { isHypothesisId } from "kinetic-chain/assess";
 *
 * isHypothesisId("piriformis-syndrome"); // true
 * ```
 */
export function isHypothesisId(value: unknown): value is HypothesisId {
  return hypotheses.is(value);
}
