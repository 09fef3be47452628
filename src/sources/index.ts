/**
 * The source registry: every seed article, research paper and reference system the knowledge
 * base cites, with a full citation, a kind and where it is recorded. Zod-free.
 *
 * @example
 * ```ts
 * import { getSource, listSources } from "kinetic-chain/sources";
 *
 * getSource("noehren-2014").kind;                       // "case-control"
 * listSources({ kind: "practitioner-opinion" }).length; // the seed articles and clinic pages
 * ```
 *
 * @module
 */
import type { Source, SourceKind } from "./schema";
import { sources, type SourceId } from "./dictionary";
export type { SourceId } from "./dictionary";

export type { Origin, SeedFormat, Source, SourceKind } from "./schema";

/**
 * The built-in source with this id.
 *
 * @param id - A source id, e.g. `"buist-2008"`.
 * @returns The source (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the registry.
 * @example
 * ```ts
 * import { getSource } from "kinetic-chain/sources";
 *
 * getSource("buist-2008").kind; // "rct"
 * ```
 */
export function getSource(id: SourceId): Source {
  return sources.get(id);
}

/**
 * Looks a source up by id, title or full citation, ignoring case, spaces and hyphens.
 *
 * @param text - An id, a title or a citation.
 * @returns The source, or `undefined` when nothing matches.
 * @example
 * ```ts
 * import { findSource } from "kinetic-chain/sources";
 *
 * findSource("Noehren-2014")?.year; // 2014
 * ```
 */
export function findSource(text: string): Source | undefined {
  return sources.find(text);
}

/** Narrows {@link listSources}. */
export interface SourceFilter {
  /** Only sources of this kind. */
  readonly kind?: SourceKind;
}

/**
 * The built-in sources, optionally filtered by kind, in registry order.
 *
 * @param filter - The kind to match; omit for every source.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listSources } from "kinetic-chain/sources";
 *
 * listSources({ kind: "systematic-review" }).map((s) => s.id);
 * ```
 */
export function listSources(filter: SourceFilter = {}): readonly Source[] {
  const { kind } = filter ?? {};
  return kind === undefined ? sources.all : Object.freeze(sources.all.filter((source) => source.kind === kind));
}

/**
 * Whether a value is the id of a built-in source.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link SourceId}.
 * @example
 * ```ts
 * import { isSourceId } from "kinetic-chain/sources";
 *
 * isSourceId("seed-002"); // true
 * isSourceId("smith-2099"); // false
 * ```
 */
export function isSourceId(value: unknown): value is SourceId {
  return sources.is(value);
}
