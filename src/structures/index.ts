/**
 * Structures of the running body: muscles, muscle groups, and the tendons, fascia, nerves, joints
 * and bones that running pain involves, with plain and Latin names, aliases, actions and verified
 * ontology ids. Zod-free: importing this entry point does not pull in zod.
 *
 * @example
 * ```ts
 * import { getStructure, findStructure, membersOf } from "kinetic-chain/structures";
 *
 * getStructure("gluteus-medius").ontology.uberon; // "UBERON:0001371"
 * findStructure("IT band")?.id;                   // "iliotibial-band"
 * membersOf("hamstrings").map((s) => s.id);       // ["biceps-femoris", "semitendinosus", "semimembranosus"]
 * ```
 *
 * @module
 */
import { structures, type StructureId } from "./dictionary";
import type { Region, Structure, StructureKind } from "./schema";
import { once } from "../internal/once";
import { groupClosure } from "./hierarchy";

export type { Action, Joint, Movement, Ontology, Region, Structure, StructureKind } from "./schema";

export type { StructureId } from "./dictionary";

/** Direct members of each group, in data order. */
const directMembers = /* @__PURE__ */ once((): ReadonlyMap<string, readonly Structure[]> => {
  const map = new Map<string, Structure[]>();
  for (const structure of structures.all) {
    for (const group of structure.groups) map.set(group, [...(map.get(group) ?? []), structure]);
  }
  for (const members of map.values()) Object.freeze(members);
  return map;
});

/**
 * The built-in structure with this id.
 *
 * @param id - A structure id, e.g. `"gluteus-medius"`.
 * @returns The structure (frozen).
 * @throws `KineticChainError` with code `unknown_id` when called (from untyped code) with an
 *   id that is not in the data; use {@link findStructure} or {@link isStructureId} for outside input.
 * @example
 * ```ts
 * import { getStructure } from "kinetic-chain/structures";
 *
 * getStructure("piriformis").groups; // ["deep-hip-external-rotators"]
 * ```
 */
export function getStructure(id: StructureId): Structure {
  return structures.get(id);
}

/**
 * Looks a structure up by id, plain name, Latin name or alias, ignoring case, accents, spaces
 * and hyphens.
 *
 * @param text - What a user or an app calls the structure, e.g. `"glute med"` or `"IT band"`.
 * @returns The structure, or `undefined` when nothing matches.
 * @example
 * ```ts
 * import { findStructure } from "kinetic-chain/structures";
 *
 * findStructure("Glute Med")?.id; // "gluteus-medius"
 * findStructure("spleen");        // undefined
 * ```
 */
export function findStructure(text: string): Structure | undefined {
  return structures.find(text);
}

/** Narrows {@link listStructures}; every field given must match. */
export interface StructureFilter {
  /** Only structures of this kind. */
  readonly kind?: StructureKind;
  /** Only structures in this region. */
  readonly region?: Region;
  /** Only members of this group, directly or through a nested group. */
  readonly group?: StructureId;
}

/**
 * The built-in structures, optionally filtered, in data order.
 *
 * @param filter - Kind, region and group to match; omit for every structure.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listStructures } from "kinetic-chain/structures";
 *
 * listStructures({ kind: "muscle", region: "hip" }).length;
 * listStructures({ group: "deep-hip-external-rotators" }); // includes both gemelli
 * ```
 */
export function listStructures(filter: StructureFilter = {}): readonly Structure[] {
  const { kind, region, group } = filter ?? {};
  if (kind === undefined && region === undefined && group === undefined) return structures.all;
  const inGroup = group === undefined ? undefined : new Set(membersOf(group, { recursive: true }));
  return Object.freeze(
    structures.all.filter(
      (structure) =>
        (kind === undefined || structure.kind === kind) &&
        (region === undefined || structure.region === region) &&
        (inGroup === undefined || inGroup.has(structure)),
    ),
  );
}

/**
 * Whether a value is the id of a built-in structure. Use it to narrow outside input.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link StructureId}.
 * @example
 * ```ts
 * import { getStructure, isStructureId } from "kinetic-chain/structures";
 *
 * const raw: string = "gluteus-medius";
 * if (isStructureId(raw)) getStructure(raw);
 * ```
 */
export function isStructureId(value: unknown): value is StructureId {
  return structures.is(value);
}

/** Options of {@link membersOf} and {@link groupsOf}. */
export interface HierarchyOptions {
  /** Follow nested groups (e.g. the gemelli inside the deep hip external rotators). Default `false`. */
  readonly recursive?: boolean;
}

/**
 * The members of a muscle group.
 *
 * @param group - A group id, e.g. `"hamstrings"`.
 * @param options - `recursive: true` also lists the members of nested groups.
 * @returns A frozen array in data order; empty for a structure that is not a group.
 * @example
 * ```ts
 * import { membersOf } from "kinetic-chain/structures";
 *
 * membersOf("deep-hip-external-rotators").map((s) => s.id);
 * // ["gemelli", "piriformis", "obturator-internus", ...]
 * membersOf("deep-hip-external-rotators", { recursive: true }).some((s) => s.id === "superior-gemellus"); // true
 * ```
 */
export function membersOf(group: StructureId, options: HierarchyOptions = {}): readonly Structure[] {
  const direct = directMembers().get(group) ?? [];
  if (options.recursive !== true) return direct;
  const seen = new Set<Structure>();
  const visit = (members: readonly Structure[]): void => {
    for (const member of members) {
      if (seen.has(member)) continue;
      seen.add(member);
      visit(directMembers().get(member.id) ?? []);
    }
  };
  visit(direct);
  return Object.freeze([...seen]);
}

/**
 * The groups a structure belongs to.
 *
 * @param id - A structure id.
 * @param options - `recursive: true` also lists the groups those groups belong to.
 * @returns A frozen array of group structures.
 * @example
 * ```ts
 * import { groupsOf } from "kinetic-chain/structures";
 *
 * groupsOf("tensor-fasciae-latae").map((g) => g.id); // ["hip-abductors", "hip-flexors"]
 * groupsOf("superior-gemellus", { recursive: true }).map((g) => g.id); // ["gemelli", "deep-hip-external-rotators"]
 * ```
 */
export function groupsOf(id: StructureId, options: HierarchyOptions = {}): readonly Structure[] {
  const { groups } = getStructure(id);
  const ids = options.recursive === true ? groupClosure(groups, (group) => structures.lookup(group)?.groups) : new Set(groups);
  return Object.freeze([...ids].flatMap((group) => structures.lookup(group) ?? []));
}
