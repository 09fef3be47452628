/**
 * Cross-walks between the library's structures and four external vocabularies: the
 * free-exercise-db muscle keys, wger's muscle ids, and the body-map keys of
 * react-body-highlighter and react-muscle-highlighter. Both ways: their key to our structures,
 * and our structure to their keys. Zod-free.
 *
 * @example
 * ```ts
 * import { fromVocabulary, toVocabulary } from "kinetic-chain/crosswalks";
 *
 * toVocabulary("gluteus-medius", "react-body-highlighter"); // ["abductors", "gluteal"]
 * fromVocabulary("wger", 11).map((s) => s.id);               // ["hamstrings", "biceps-femoris", ...]: "Biceps femoris / Hamstrings"
 * ```
 *
 * @module
 */
import type { Structure } from "../structures";
import { structures, type StructureId } from "../structures/dictionary";
import type { Vocabulary, VocabularyId } from "./schema";
import { vocabularies } from "./dictionary";
import { once } from "../internal/once";

export type { Vocabulary, VocabularyId, VocabularyKey } from "./schema";

/** Per vocabulary: key → structures, and structure id → keys. Built once. */
const index = /* @__PURE__ */ once(
  (): ReadonlyMap<string, { byKey: Map<string, readonly Structure[]>; byStructure: Map<string, string[]> }> =>
    new Map(
    vocabularies.all.map((vocabulary) => {
      const byKey = new Map<string, readonly Structure[]>();
      const byStructure = new Map<string, string[]>();
      for (const { key, structures: ids } of vocabulary.keys) {
        byKey.set(key, Object.freeze(ids.flatMap((id) => structures.lookup(id) ?? [])));
        for (const id of ids) byStructure.set(id, [...(byStructure.get(id) ?? []), key]);
      }
      for (const keys of byStructure.values()) Object.freeze(keys);
      return [vocabulary.id, { byKey, byStructure }] as const;
    }),
  ),
);

const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The built-in vocabulary with this id, with every key and its mapping.
 *
 * @param id - A vocabulary id.
 * @returns The vocabulary (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id that is not a vocabulary.
 * @example
 * ```ts
 * import { getVocabulary } from "kinetic-chain/crosswalks";
 *
 * getVocabulary("wger").keys.length; // 16
 * ```
 */
export function getVocabulary(id: VocabularyId): Vocabulary {
  return vocabularies.get(id);
}

/**
 * Looks a vocabulary up by id or name, ignoring case, spaces and hyphens.
 *
 * @param text - An id or a name, e.g. `"React Body Highlighter"`.
 * @returns The vocabulary, or `undefined`.
 * @example
 * ```ts
 * import { findVocabulary } from "kinetic-chain/crosswalks";
 *
 * findVocabulary("Free Exercise DB")?.id; // "free-exercise-db"
 * ```
 */
export function findVocabulary(text: string): Vocabulary | undefined {
  return vocabularies.find(text);
}

/**
 * Every built-in vocabulary.
 *
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listVocabularies } from "kinetic-chain/crosswalks";
 *
 * listVocabularies().map((v) => v.id);
 * ```
 */
export function listVocabularies(): readonly Vocabulary[] {
  return vocabularies.all;
}

/**
 * Whether a value is the id of a built-in vocabulary.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link VocabularyId}.
 * @example
 * ```ts
 * import { isVocabularyId } from "kinetic-chain/crosswalks";
 *
 * isVocabularyId("wger"); // true
 * ```
 */
export function isVocabularyId(value: unknown): value is VocabularyId {
  return vocabularies.is(value);
}

/**
 * The structures an external key stands for: join an exercise database's muscles, or a body
 * map's regions, to this library.
 *
 * @param vocabulary - Which vocabulary the key belongs to.
 * @param key - The key as that vocabulary spells it; wger's numeric ids may be numbers.
 * @returns A frozen array; empty for a key outside the running model or not in the vocabulary.
 * @example
 * ```ts
 * import { fromVocabulary } from "kinetic-chain/crosswalks";
 *
 * fromVocabulary("free-exercise-db", "abductors").map((s) => s.id);
 * // ["hip-abductors", "gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae"]
 * ```
 */
export function fromVocabulary(vocabulary: VocabularyId, key: string | number): readonly Structure[] {
  return index().get(vocabulary)?.byKey.get(String(key)) ?? NONE;
}

/**
 * The keys of an external vocabulary that cover a structure: colour a body map, or query an
 * exercise database, for one of this library's structures.
 *
 * @param structure - A structure id.
 * @param vocabulary - Which vocabulary to map to.
 * @returns A frozen array of keys, in the vocabulary's order; empty when it has no such key.
 * @example
 * ```ts
 * import { toVocabulary } from "kinetic-chain/crosswalks";
 *
 * toVocabulary("soleus", "react-body-highlighter"); // ["calves", "left-soleus", "right-soleus"]
 * ```
 */
export function toVocabulary(structure: StructureId, vocabulary: VocabularyId): readonly string[] {
  return index().get(vocabulary)?.byStructure.get(structure) ?? NONE;
}
