import { KineticChainError } from "../errors";
import { estimateSeconds, formatDosage } from "../exercises/dosage";
import { type Dosage, DosageSchema, type Exercise, ExerciseSchema } from "../exercises/schema";
import { parseInput } from "../internal/input";
import { structures } from "../structures/dictionary";

/**
 * The FHIR extensions {@link toFhirActivityDefinition} uses for what FHIR R4 has no element for
 * (no FHIR guide covers resistance-exercise dosage): sets, repetitions-per-set semantics, each
 * side, rest between sets, tempo and load.
 */
export const FHIR_EXTENSIONS = /* @__PURE__ */ Object.freeze({
  /** `valueInteger`: number of sets. */
  sets: "urn:kinetic-chain:fhir:extension:sets",
  /** `valueBoolean`: the dosage is for each side. */
  perSide: "urn:kinetic-chain:fhir:extension:per-side",
  /** `valueDuration`: rest between sets. */
  rest: "urn:kinetic-chain:fhir:extension:rest",
  /** `valueString`: tempo, lowering-pause-lifting seconds, e.g. "3-1-1". */
  tempo: "urn:kinetic-chain:fhir:extension:tempo",
  /** `valueString`: load, e.g. "medium band", "8 kg", "RPE 7". */
  load: "urn:kinetic-chain:fhir:extension:load",
});

const UCUM = "http://unitsofmeasure.org";

/** FHIR R4's `id` type: 1 to 64 letters, digits, `-` and `.`. */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/**
 * Text as a FHIR `string`, which may hold no whitespace but space, tab, CR and LF: any other (a
 * no-break space, a line separator) becomes a space.
 */
const fhirString = (text: string): string => text.replace(/[^\S \r\n\t]/gu, " ");

/** A computable FHIR `name` from a kebab-case id: UpperCamelCase, starting with a letter. */
function fhirName(id: string): string {
  const camel = id.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase());
  return /^[A-Z]/.test(camel) ? camel : `Exercise${camel}`;
}

/**
 * An exercise at a dosage as a FHIR R4 `ActivityDefinition` (JSON): `timingTiming.repeat` holds
 * the frequency and period (`periodUnit` `d` or `wk`), the hold as `duration` in seconds, the
 * weeks as `boundsDuration`; `dosage[0].doseAndRate[0].doseQuantity` holds the repetitions (or
 * the seconds of timed work); sets, side, rest, tempo and load go in the documented extensions
 * ({@link FHIR_EXTENSIONS}); `dosage[0].text` is the readable dosage. Body sites are the
 * targeted structures by name. The result is valid against the FHIR R4 JSON schema: the
 * exercise's name and cues are cleaned of whitespace FHIR strings may not hold (a no-break space
 * becomes a space), and `name` starts with a letter (`Exercise` is put before an id that starts
 * with a digit).
 *
 * @param exercise - An exercise from the catalog, or an app's own.
 * @param dosage - The dosage; default the exercise's own.
 * @returns A fresh FHIR R4 `ActivityDefinition` resource.
 * @throws `KineticChainError` `invalid_input` for an exercise or a dosage that does not match its
 *   schema, or an exercise id longer than FHIR's 64 characters.
 * @example
 * ```ts
 * import { getExercise } from "kinetic-chain/exercises";
 * import { toFhirActivityDefinition } from "kinetic-chain/protocols";
 *
 * const resource = toFhirActivityDefinition(getExercise("clamshell"));
 * resource.resourceType; // "ActivityDefinition"
 * ```
 */
export function toFhirActivityDefinition(exercise: Exercise, dosage?: Dosage): Record<string, unknown> {
  const e = parseInput("toFhirActivityDefinition", ExerciseSchema, exercise);
  const d = parseInput("toFhirActivityDefinition", DosageSchema, dosage ?? e.dosage);
  if (!FHIR_ID.test(e.id)) {
    const message = `toFhirActivityDefinition: the exercise id ${JSON.stringify(e.id)} cannot be a FHIR id, which has at most 64 characters`;
    throw new KineticChainError("invalid_input", message, [{ code: "invalid_shape", path: ["id"], value: e.id, message }]);
  }
  const repeat = {
    frequency: d.frequency.times,
    period: 1,
    periodUnit: d.frequency.per === "day" ? "d" : "wk",
    ...(d.holdSeconds === undefined ? {} : { duration: d.holdSeconds, durationUnit: "s" }),
    ...(d.weeks === undefined ? {} : { boundsDuration: { value: d.weeks, unit: "wk", system: UCUM, code: "wk" } }),
  };
  const dose =
    d.reps !== undefined
      ? { value: d.reps, unit: "repetitions", system: UCUM, code: "{repetitions}" }
      : { value: d.durationSeconds ?? d.holdSeconds ?? 0, unit: "s", system: UCUM, code: "s" };
  const load =
    d.load === undefined || d.load.type === "bodyweight"
      ? undefined
      : [d.load.type === "band" ? `${d.load.band ?? ""} band`.trim() : d.load.kg === undefined ? "added weight" : `${d.load.kg} kg`, d.load.rpe === undefined ? "" : `RPE ${d.load.rpe}`]
          .filter(Boolean)
          .join(", ");
  return {
    resourceType: "ActivityDefinition",
    id: e.id,
    name: fhirName(e.id),
    title: fhirString(e.name),
    status: "active",
    description: fhirString(e.cues.join(" ")),
    kind: "ServiceRequest",
    code: { text: fhirString(e.name) },
    timingTiming: { repeat },
    bodySite: e.targets.map((target) => ({ text: structures.lookup(target.structure)?.name ?? target.structure })),
    dosage: [
      {
        text: formatDosage(d),
        timing: { repeat },
        doseAndRate: [{ doseQuantity: dose }],
      },
    ],
    extension: [
      { url: FHIR_EXTENSIONS.sets, valueInteger: d.sets },
      { url: FHIR_EXTENSIONS.perSide, valueBoolean: d.perSide },
      ...(d.restSeconds === undefined ? [] : [{ url: FHIR_EXTENSIONS.rest, valueDuration: { value: d.restSeconds, unit: "s", system: UCUM, code: "s" } }]),
      ...(d.tempo === undefined ? [] : [{ url: FHIR_EXTENSIONS.tempo, valueString: d.tempo }]),
      ...(load === undefined ? [] : [{ url: FHIR_EXTENSIONS.load, valueString: load }]),
    ],
  };
}

/**
 * Seconds as a normalised ISO 8601 duration, rounded to the second: 30 → "PT30S", 90 →
 * "PT1M30S", 119.6 → "PT2M" (never "PT1M60S"), 3,600 → "PT1H".
 */
function isoDuration(total: number): string {
  const seconds = Math.max(0, Math.round(total));
  const [hours, minutes, rest] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const parts = `${hours > 0 ? `${hours}H` : ""}${minutes > 0 ? `${minutes}M` : ""}${rest > 0 ? `${rest}S` : ""}`;
  return `PT${parts === "" ? "0S" : parts}`;
}

/**
 * An exercise at a dosage as schema.org `ExercisePlan` JSON-LD: `exerciseType`, `repetitions`,
 * `activityDuration` (one session, from `estimateSeconds`), `activityFrequency`, `restPeriods`,
 * `intensity` (load), with the readable dosage as `description`.
 *
 * @param exercise - An exercise from the catalog.
 * @param dosage - The dosage; default the exercise's own.
 * @returns A fresh JSON-LD object.
 * @throws `KineticChainError` `invalid_input` for an exercise or a dosage that does not match its schema.
 * @example
 * ```ts
 * import { getExercise } from "kinetic-chain/exercises";
 * import { toSchemaOrgExercisePlan } from "kinetic-chain/protocols";
 *
 * toSchemaOrgExercisePlan(getExercise("glute-bridge"))["@type"]; // "ExercisePlan"
 * ```
 */
export function toSchemaOrgExercisePlan(exercise: Exercise, dosage?: Dosage): Record<string, unknown> {
  const e = parseInput("toSchemaOrgExercisePlan", ExerciseSchema, exercise);
  const d = parseInput("toSchemaOrgExercisePlan", DosageSchema, dosage ?? e.dosage);
  const per = d.frequency.per === "day" ? "day" : "week";
  return {
    "@context": "https://schema.org",
    "@type": "ExercisePlan",
    identifier: e.id,
    name: e.name,
    description: formatDosage(d),
    exerciseType: e.kind,
    ...(d.reps === undefined ? {} : { repetitions: d.reps * d.sets }),
    activityDuration: isoDuration(estimateSeconds(d)),
    activityFrequency: `${d.frequency.times} per ${per}`,
    ...(d.restSeconds === undefined ? {} : { restPeriods: isoDuration(d.restSeconds) }),
    ...(d.load === undefined || d.load.type === "bodyweight"
      ? {}
      : { intensity: d.load.rpe === undefined ? d.load.type : `RPE ${d.load.rpe}` }),
  };
}
