import { describe, expect, it } from "vitest";
import { FHIR_EXTENSIONS, formatDosage, getExercise, getStructure, toFhirActivityDefinition, toSchemaOrgExercisePlan, type Dosage } from "../src";

/**
 * The exported resources field by field, for one exercise at dosages that use every part of a
 * dosage: the schema checks in exports.test.ts say the resources are valid, these say they carry
 * what the dosage says.
 */
const UCUM = "http://unitsofmeasure.org";
const clamshell = getExercise("clamshell");
const banded: Dosage = { sets: 3, reps: 12, holdSeconds: 2, perSide: true, restSeconds: 45, tempo: "2-1-2", load: { type: "band", band: "medium", rpe: 6 }, frequency: { times: 3, per: "week" }, weeks: 6 };
const weighted: Dosage = { sets: 2, durationSeconds: 40, perSide: false, load: { type: "external", kg: 8 }, frequency: { times: 1, per: "day" } };

describe("toFhirActivityDefinition", () => {
  it("carries every part of a dosage", () => {
    const resource = toFhirActivityDefinition(clamshell, banded);
    const repeat = { frequency: 3, period: 1, periodUnit: "wk", duration: 2, durationUnit: "s", boundsDuration: { value: 6, unit: "wk", system: UCUM, code: "wk" } };
    expect(resource).toEqual({
      resourceType: "ActivityDefinition",
      id: "clamshell",
      name: "Clamshell",
      title: clamshell.name,
      status: "active",
      description: clamshell.cues.join(" "),
      kind: "ServiceRequest",
      code: { text: clamshell.name },
      timingTiming: { repeat },
      bodySite: clamshell.targets.map((target) => ({ text: getStructure(target.structure as never).name })),
      dosage: [{ text: formatDosage(banded), timing: { repeat }, doseAndRate: [{ doseQuantity: { value: 12, unit: "repetitions", system: UCUM, code: "{repetitions}" } }] }],
      extension: [
        { url: FHIR_EXTENSIONS.sets, valueInteger: 3 },
        { url: FHIR_EXTENSIONS.perSide, valueBoolean: true },
        { url: FHIR_EXTENSIONS.rest, valueDuration: { value: 45, unit: "s", system: UCUM, code: "s" } },
        { url: FHIR_EXTENSIONS.tempo, valueString: "2-1-2" },
        { url: FHIR_EXTENSIONS.load, valueString: "medium band, RPE 6" },
      ],
    });
  });

  it("gives timed work in seconds, daily, with an added weight, and leaves out what the dosage does not say", () => {
    const resource = toFhirActivityDefinition(clamshell, weighted) as { timingTiming: unknown; dosage: [{ doseAndRate: [{ doseQuantity: unknown }] }]; extension: unknown };
    expect(resource.timingTiming).toEqual({ repeat: { frequency: 1, period: 1, periodUnit: "d" } });
    expect(resource.dosage[0].doseAndRate[0].doseQuantity).toEqual({ value: 40, unit: "s", system: UCUM, code: "s" });
    expect(resource.extension).toEqual([
      { url: FHIR_EXTENSIONS.sets, valueInteger: 2 },
      { url: FHIR_EXTENSIONS.perSide, valueBoolean: false },
      { url: FHIR_EXTENSIONS.load, valueString: "8 kg" },
    ]);
    const holds = toFhirActivityDefinition(clamshell, { sets: 2, holdSeconds: 20, perSide: true, load: { type: "external" }, frequency: { times: 2, per: "day" } }) as typeof resource;
    expect(holds.dosage[0].doseAndRate[0].doseQuantity).toEqual({ value: 20, unit: "s", system: UCUM, code: "s" });
    expect(holds.extension).toContainEqual({ url: FHIR_EXTENSIONS.load, valueString: "added weight" });
    const bodyweight = toFhirActivityDefinition(clamshell, { ...weighted, load: { type: "bodyweight" } }) as typeof resource;
    expect(JSON.stringify(bodyweight.extension)).not.toContain(FHIR_EXTENSIONS.load);
    const band = toFhirActivityDefinition(clamshell, { ...weighted, load: { type: "band" } }) as typeof resource;
    expect(band.extension).toContainEqual({ url: FHIR_EXTENSIONS.load, valueString: "band" });
  });

  it("names an id that starts with a digit, and cleans whitespace FHIR strings cannot hold", () => {
    const own = { ...clamshell, id: "90-90-hip-switch", name: "90/90\u00a0hip switch", cues: ["Sit tall,\u2028switch sides."] };
    const resource = toFhirActivityDefinition(own) as { name: string; title: string; description: string };
    expect(resource.name).toBe("Exercise9090HipSwitch");
    expect(resource.title).toBe("90/90 hip switch");
    expect(resource.description).toBe("Sit tall, switch sides.");
  });
});

describe("toSchemaOrgExercisePlan", () => {
  it("carries every part of a dosage", () => {
    expect(toSchemaOrgExercisePlan(clamshell, banded)).toEqual({
      "@context": "https://schema.org",
      "@type": "ExercisePlan",
      identifier: "clamshell",
      name: clamshell.name,
      description: formatDosage(banded),
      exerciseType: clamshell.kind,
      repetitions: 36,
      activityDuration: expect.stringMatching(/^PT(\d+M)?(\d+S)?$/),
      activityFrequency: "3 per week",
      restPeriods: "PT45S",
      intensity: "RPE 6",
    });
  });

  it("leaves out repetitions, rest and intensity when the dosage has none, and names a load without an effort", () => {
    const plan = toSchemaOrgExercisePlan(clamshell, weighted);
    expect(plan).not.toHaveProperty("repetitions");
    expect(plan).not.toHaveProperty("restPeriods");
    expect(plan["activityFrequency"]).toBe("1 per day");
    expect(plan["intensity"]).toBe("external");
    expect(toSchemaOrgExercisePlan(clamshell, { ...weighted, load: { type: "bodyweight" } })).not.toHaveProperty("intensity");
    expect(toSchemaOrgExercisePlan(clamshell, { ...weighted, restSeconds: 0 })["restPeriods"]).toBe("PT0S");
    expect(toSchemaOrgExercisePlan(clamshell, { ...weighted, restSeconds: 600 })["restPeriods"]).toBe("PT10M");
    // Ten sets of fifteen minutes a side: a session of hours.
    expect(toSchemaOrgExercisePlan(clamshell, { sets: 10, durationSeconds: 900, perSide: true, frequency: { times: 1, per: "week" } })["activityDuration"]).toMatch(/^PT[1-9]\d*H(\d+M)?(\d+S)?$/);
  });
});
