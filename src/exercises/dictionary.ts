import { createDictionary } from "../internal/dictionary";
import { exerciseSafetyData } from "./contraindications.data";
import { exerciseData } from "./data";
import { injuryExerciseData } from "./injuries.data";
import type { Exercise } from "./schema";
/** Id of a built-in exercise, derived from the data: a typo is a compile error. */
export type ExerciseId = [...ReturnType<typeof exerciseData>, ...ReturnType<typeof injuryExerciseData>][number]["id"];

/**
 * Every built-in row: the catalog of `data.ts` with its safety data merged in by id, then the
 * injury exercises.
 */
function exerciseRows(): readonly Exercise[] {
  const safety: Readonly<Record<string, Pick<Exercise, "ruledOutBy" | "loading">>> = exerciseSafetyData();
  return [...exerciseData().map((row): Exercise => ({ ...row, ...safety[row.id] })), ...injuryExerciseData()];
}

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const exercises = /* @__PURE__ */ createDictionary<Exercise, ExerciseId>(
  { noun: "exercise", getter: "getExercise" },
  exerciseRows,
  (exercise) => [exercise.name, ...exercise.aliases],
);
