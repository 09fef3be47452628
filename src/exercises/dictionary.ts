import { createDictionary } from "../internal/dictionary";
import { exerciseData } from "./data";
import type { Exercise } from "./schema";
/** Id of a built-in exercise, derived from the data: a typo is a compile error. */
export type ExerciseId = ReturnType<typeof exerciseData>[number]["id"];

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const exercises = /* @__PURE__ */ createDictionary<Exercise, ExerciseId>(
  { noun: "exercise", getter: "getExercise" },
  exerciseData,
  (exercise) => [exercise.name, ...exercise.aliases],
);
