// Turns intake answers into a report, driven only by the questions' data and the report's JSON
// Schema, so new questions (and new report fields) work without changes here.
//  - a question with `finding` writes its yes/no to report.findings[finding];
//  - else one with `redFlag` adds the flag's id to report.redFlags when the answer is yes;
//  - else its `fills` path ("complaints[].sensations", "training.weeklyDistancesKm") takes the
//    answer, shaped by what the schema says lives there.

/** The parts of a JSON Schema this reads. */
export interface JsonSchema {
  readonly type?: string;
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly required?: readonly string[];
}

/** The parts of an intake question this reads; `finding` is optional for older libraries. */
export interface Question {
  readonly id: string;
  readonly answer: string;
  readonly fills: string;
  readonly redFlag?: string | undefined;
  readonly finding?: string | undefined;
}

/** An answer: a choice, several, yes or no, or typed text. */
export type Answer = string | readonly string[] | boolean;

type Json = Record<string, unknown>;

/** The schema of `key` under an object schema, or of the first `oneOf` variant that has it. */
function propertyOf(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  if (schema === undefined) return undefined;
  if (schema.properties?.[key] !== undefined) return schema.properties[key];
  for (const variant of schema.oneOf ?? schema.anyOf ?? []) {
    const found = propertyOf(variant, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The variant of a `oneOf` item schema that an element belongs to (by its `const` fields). */
function variantOf(items: JsonSchema, element: Json): JsonSchema | undefined {
  const variants = items.oneOf ?? items.anyOf ?? [items];
  return variants.find((v) => Object.entries(v.properties ?? {}).every(([k, p]) => p.const === undefined || element[k] === p.const));
}

/** Whether an element has every field its variant requires. */
const complete = (items: JsonSchema, element: Json): boolean => {
  const variant = variantOf(items, element);
  return variant !== undefined && (variant.required ?? []).every((k) => element[k] !== undefined);
};

/** A number, or a list of numbers from "12, 14, 15". */
function toNumber(value: Answer, schema: JsonSchema | undefined): number | number[] {
  if (schema?.type === "array") return String(value).split(/[\s,;]+/).filter(Boolean).map(Number);
  return Number(value);
}

/**
 * Builds a report from `answers` (question id to answer: string, string[], boolean or number
 * text; absent when not asked). Returns the report and notes on answers it could not place.
 */
export function buildReport(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer | undefined>>,
  schema: JsonSchema,
): { report: Json; notes: string[] } {
  const report: Json = {};
  const notes: string[] = [];
  // Answers to the same array ("complaints[]") go to the same elements.
  const arrays = new Map<string, Json[]>();
  // Answers that make one element per value ("fieldTests[].test") go first, so that the answers
  // about those elements ("fieldTests[].side") find them.
  const expands = (q: Question): boolean => {
    const [head = q.fills, field] = q.fills.split("[].");
    return q.answer === "multiple" && field !== undefined && propertyOf(propertyOf(schema, head)?.items, field)?.type !== "array";
  };
  for (const q of [...questions].sort((a, b) => Number(expands(b)) - Number(expands(a)))) {
    const value = answers[q.id];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    if (q.finding !== undefined) {
      ((report.findings ??= {}) as Json)[q.finding] = value === true;
      continue;
    }
    if (q.redFlag !== undefined) {
      if (value === true) ((report.redFlags ??= []) as string[]).push(q.redFlag);
      continue;
    }
    const [head = q.fills, field] = q.fills.split("[].");
    if (field === undefined) {
      // A plain path: "training.weeklyDistancesKm", "context.postpartum".
      const keys = q.fills.split(".");
      let target = report;
      let targetSchema: JsonSchema | undefined = schema;
      for (const key of keys.slice(0, -1)) {
        target = (target[key] ??= {}) as Json;
        targetSchema = propertyOf(targetSchema, key);
      }
      const leaf = keys.at(-1) ?? q.fills;
      const leafSchema = propertyOf(targetSchema, leaf);
      target[leaf] = q.answer === "number" ? toNumber(value, leafSchema) : value;
      continue;
    }
    const items: JsonSchema = propertyOf(schema, head)?.items ?? {};
    const fieldSchema = propertyOf(items, field);
    const elements = arrays.get(head) ?? [];
    arrays.set(head, elements);
    const shaped = q.answer === "number" ? toNumber(value, fieldSchema) : value;
    if (Array.isArray(shaped) && fieldSchema?.type !== "array") {
      // One element per chosen value ("fieldTests[].test": a test per element).
      for (const one of shaped) if (!elements.some((e) => e[field] === one)) elements.push({ [field]: one });
      continue;
    }
    if (elements.length === 0) elements.push({});
    for (const element of elements) {
      const variant = variantOf(items, element);
      if (variant === undefined || propertyOf(variant, field) !== undefined) element[field] = shaped;
    }
  }
  for (const [head, elements] of arrays) {
    const items: JsonSchema = propertyOf(schema, head)?.items ?? {};
    const kept = elements.filter((e) => complete(items, e));
    if (kept.length < elements.length) notes.push(`${elements.length - kept.length} incomplete ${head} entry left out`);
    if (kept.length > 0) report[head] = kept;
  }
  return { report, notes };
}
