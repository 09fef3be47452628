/**
 * The exercise catalog: stretches, activation, strength, mobility, soft-tissue release and
 * plyometric exercises, with the structures they work, measured muscle activation (%MVIC)
 * where research gives it, position, equipment, cues, faults, contraindications, easier and
 * harder variants, and a typical dosage. Plus `formatDosage` and `estimateSeconds`.
 *
 * @example
 * ```ts
 * import { formatDosage, getExercise, listExercises } from "kinetic-chain/exercises";
 *
 * const clam = getExercise("clamshell");
 * formatDosage(clam.dosage);                            // e.g. "3 × 15, each side, 3×/week"
 * listExercises({ targets: "gluteus-medius", equipment: ["none"] }).map((e) => e.id);
 * ```
 *
 * @module
 */
import type { StructureId } from "../structures/dictionary";
import type { Equipment, Exercise, ExerciseKind, TargetAction } from "./schema";

export type {
  Activation,
  Dosage,
  Equipment,
  Exercise,
  ExerciseKind,
  ExerciseTarget,
  Frequency,
  Load,
  Loading,
  Position,
  RuledOutBy,
  TargetAction,
} from "./schema";
import { exercises, type ExerciseId } from "./dictionary";
export type { ExerciseId } from "./dictionary";
export { estimateSeconds, formatDosage } from "./dosage";

/**
 * The exercise with this id.
 *
 * @param id - An exercise id.
 * @returns The exercise (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the catalog.
 * @example
 * ```ts
 * import { getExercise } from "kinetic-chain/exercises";
 *
 * getExercise("side-lying-hip-abduction").activation; // %MVIC for gluteus medius and maximus
 * ```
 */
export function getExercise(id: ExerciseId): Exercise {
  return exercises.get(id);
}

/**
 * Looks an exercise up by id, name or alias, ignoring case, spaces and hyphens.
 *
 * @param text - An id, name or alias.
 * @returns The exercise, or `undefined`.
 * @example
 * ```ts
 * import { findExercise } from "kinetic-chain/exercises";
 *
 * findExercise("clam shell")?.id; // "clamshell"
 * ```
 */
export function findExercise(text: string): Exercise | undefined {
  return exercises.find(text);
}

/** Narrows {@link listExercises}; every field given must match. */
export interface ExerciseFilter {
  /** Only exercises of this kind. */
  readonly kind?: ExerciseKind;
  /** Only exercises that work on this structure. */
  readonly targets?: StructureId;
  /** With `targets`: only those that work on it this way. */
  readonly action?: TargetAction;
  /** Only exercises that need nothing beyond this equipment (`none` is always at hand). */
  readonly equipment?: readonly Equipment[];
}

/**
 * The exercises, optionally filtered, in catalog order.
 *
 * @param filter - Kind, target structure and action, and equipment at hand.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listExercises } from "kinetic-chain/exercises";
 *
 * listExercises({ targets: "gluteus-maximus", action: "strengthens", equipment: ["band"] });
 * ```
 */
export function listExercises(filter: ExerciseFilter = {}): readonly Exercise[] {
  const { kind, targets, action, equipment } = filter ?? {};
  return Object.freeze(
    exercises.all.filter(
      (exercise) =>
        (kind === undefined || exercise.kind === kind) &&
        (targets === undefined ||
          exercise.targets.some((t) => t.structure === targets && (action === undefined || t.action === action))) &&
        (equipment === undefined || exercise.equipment.every((item) => item === "none" || equipment.includes(item))),
    ),
  );
}

/**
 * Whether a value is the id of an exercise in the catalog.
 *
 * @param value - Anything.
 * @returns `true` when `value` is an {@link ExerciseId}.
 * @example
 * ```ts
 * import { isExerciseId } from "kinetic-chain/exercises";
 *
 * isExerciseId("clamshell"); // true
 * ```
 */
export function isExerciseId(value: unknown): value is ExerciseId {
  return exercises.is(value);
}
