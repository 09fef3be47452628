/**
 * Running roles: for each function of the running stride (hip extension at push-off, pelvic
 * control in single-leg stance, ...), which structures should carry it (primary) and which take
 * over when those fatigue or are not recruited (secondary). Zod-free.
 *
 * @example
 * ```ts
 * import { getRunningRole, rolesOfStructure } from "kinetic-chain/roles";
 *
 * getRunningRole("hip-extension-at-push-off").primary.map((m) => m.structure); // ["gluteus-maximus"]
 * rolesOfStructure("hamstrings").map((r) => `${r.part}: ${r.role.name}`);
 * ```
 *
 * @module
 */
import type { StructureId } from "../structures";
import type { GaitPhase, Plane, RunningRole } from "./schema";
import { roles, type RunningRoleId } from "./dictionary";
export type { RunningRoleId } from "./dictionary";

export type { GaitPhase, Plane, RoleMember, RunningRole } from "./schema";

/** Whether a structure carries a running function (`primary`) or backs it up (`secondary`). */
export type RolePart = "primary" | "secondary";

/**
 * The built-in running role with this id.
 *
 * @param id - A running role id, e.g. `"frontal-plane-pelvic-control"`.
 * @returns The role (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the data.
 * @example
 * ```ts
 * import { getRunningRole } from "kinetic-chain/roles";
 *
 * getRunningRole("frontal-plane-pelvic-control").plane; // "frontal"
 * ```
 */
export function getRunningRole(id: RunningRoleId): RunningRole {
  return roles.get(id);
}

/**
 * Looks a running role up by id or name, ignoring case, spaces and hyphens.
 *
 * @param text - An id or a name.
 * @returns The role, or `undefined` when nothing matches.
 * @example
 * ```ts
 * import { findRunningRole } from "kinetic-chain/roles";
 *
 * findRunningRole("Hip extension at push-off")?.id; // "hip-extension-at-push-off"
 * ```
 */
export function findRunningRole(text: string): RunningRole | undefined {
  return roles.find(text);
}

/** Narrows {@link listRunningRoles}; every field given must match. */
export interface RunningRoleFilter {
  /** Only roles this structure takes part in. */
  readonly structure?: StructureId;
  /** With `structure`: only roles where it has this part. */
  readonly part?: RolePart;
  /** Only roles in this plane. */
  readonly plane?: Plane;
  /** Only roles active in this gait phase. */
  readonly phase?: GaitPhase;
}

/**
 * The built-in running roles, optionally filtered, in data order.
 *
 * @param filter - Structure (and its part), plane and phase to match; omit for every role.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listRunningRoles } from "kinetic-chain/roles";
 *
 * listRunningRoles({ structure: "gluteus-medius", part: "primary" }).map((r) => r.id);
 * listRunningRoles({ phase: "propulsion" }).length;
 * ```
 */
export function listRunningRoles(filter: RunningRoleFilter = {}): readonly RunningRole[] {
  const { structure, part, plane, phase } = filter ?? {};
  const takesPart = (role: RunningRole): boolean => {
    if (structure === undefined) return true;
    const actual = partOf(role, structure);
    return actual !== undefined && (part === undefined || actual === part);
  };
  return Object.freeze(
    roles.all.filter(
      (role) =>
        takesPart(role) &&
        (plane === undefined || role.plane === plane) &&
        (phase === undefined || role.phases.includes(phase)),
    ),
  );
}

/**
 * Whether a value is the id of a built-in running role.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link RunningRoleId}.
 * @example
 * ```ts
 * import { isRunningRoleId } from "kinetic-chain/roles";
 *
 * isRunningRoleId("ankle-push-off"); // true
 * ```
 */
export function isRunningRoleId(value: unknown): value is RunningRoleId {
  return roles.is(value);
}

/** A running role a structure takes part in, and its part in it. */
export interface StructureRole {
  /** The running role. */
  readonly role: RunningRole;
  /** Whether the structure carries the function or backs it up. */
  readonly part: RolePart;
}

/**
 * Every running role a structure is named in, with its part: the quick answer to "is this
 * muscle a prime mover or a back-up in running?".
 *
 * @param structure - A structure id.
 * @returns A frozen array in data order; empty when the structure has no running role.
 * @example
 * ```ts
 * import { rolesOfStructure } from "kinetic-chain/roles";
 *
 * rolesOfStructure("tensor-fasciae-latae").map(({ role, part }) => `${part} in ${role.id}`);
 * ```
 */
export function rolesOfStructure(structure: StructureId): readonly StructureRole[] {
  return Object.freeze(
    roles.all.flatMap((role) => {
      const part = partOf(role, structure);
      return part === undefined ? [] : [Object.freeze({ role, part })];
    }),
  );
}

function partOf(role: RunningRole, structure: string): RolePart | undefined {
  if (role.primary.some((member) => member.structure === structure)) return "primary";
  if (role.secondary.some((member) => member.structure === structure)) return "secondary";
  return undefined;
}
