import type * as z from "zod/mini";
import { KineticChainError } from "../errors";
import type { KnowledgeIssue } from "../errors/issues";
import { nearest } from "./text";

/**
 * Limits on any outside value, checked before validation so that a runaway or hostile body fails
 * fast with a typed error rather than exhausting the validator: arrays of at most 100,000 items,
 * strings of at most 100,000 characters, 32 levels of nesting and 2,000,000 values in all.
 * Schemas set tighter limits of their own (see `REPORT_LIMITS`).
 *
 * @internal
 */
export const INPUT_LIMITS = Object.freeze({ array: 100_000, string: 100_000, depth: 32, values: 2_000_000 });

/** A problem found while copying outside input, before any schema sees it. */
class UnreadableInput extends Error {
  constructor(
    readonly path: readonly (string | number)[],
    readonly code: "input_too_large" | "unreadable_input",
    message: string,
  ) {
    super(message);
  }
}

/**
 * Copies outside input into plain data: own enumerable properties only (an inherited `redFlags`
 * does not count), arrays and plain objects rebuilt, within {@link INPUT_LIMITS}. A getter or
 * Proxy trap that throws, a cycle, or a value past a limit becomes a typed problem with its path.
 */
function plainCopy(value: unknown): unknown {
  let count = 0;
  const seen = new Set<object>();
  const copy = (item: unknown, path: (string | number)[]): unknown => {
    count += 1;
    if (count > INPUT_LIMITS.values) throw new UnreadableInput(path, "input_too_large", `more than ${INPUT_LIMITS.values} values in all`);
    if (typeof item === "string" && item.length > INPUT_LIMITS.string) {
      throw new UnreadableInput(path, "input_too_large", `a string of ${item.length} characters; at most ${INPUT_LIMITS.string} are read`);
    }
    if (typeof item !== "object" || item === null) return item;
    if (path.length >= INPUT_LIMITS.depth) throw new UnreadableInput(path, "input_too_large", `nested deeper than ${INPUT_LIMITS.depth} levels`);
    if (seen.has(item)) throw new UnreadableInput(path, "unreadable_input", "a value that contains itself");
    seen.add(item);
    try {
      if (Array.isArray(item)) {
        const length = item.length;
        if (length > INPUT_LIMITS.array) throw new UnreadableInput(path, "input_too_large", `an array of ${length} items; at most ${INPUT_LIMITS.array} are read`);
        const out: unknown[] = [];
        for (let index = 0; index < length; index += 1) out.push(copy(item[index], [...path, index]));
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(item)) {
        let field: unknown;
        try {
          field = (item as Record<string, unknown>)[key];
        } catch (error) {
          throw new UnreadableInput([...path, key], "unreadable_input", `reading it threw: ${error instanceof Error ? error.message : String(error)}`);
        }
        Object.defineProperty(out, key, { value: copy(field, [...path, key]), enumerable: true, writable: true, configurable: true });
      }
      return out;
    } catch (error) {
      if (error instanceof UnreadableInput) throw error;
      throw new UnreadableInput(path, "unreadable_input", `reading it threw: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      seen.delete(item);
    }
  };
  return copy(value, []);
}

/** The definition of a zod schema, for walking it by path. */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly element?: z.ZodMiniType;
  readonly innerType?: z.ZodMiniType;
  readonly in?: z.ZodMiniType;
  readonly options?: readonly z.ZodMiniType[];
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schemas a path may reach in a schema (several through unions), wrappers unwrapped. */
function schemasAt(schema: z.ZodMiniType, path: readonly PropertyKey[]): z.ZodMiniType[] {
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner !== undefined && def.type !== "object") return schemasAt(inner, path);
  if (def.type === "union" && def.options !== undefined) return def.options.flatMap((option) => schemasAt(option, path));
  if (path.length === 0) return [schema];
  const [head, ...rest] = path;
  if (def.type === "array" && def.element !== undefined && typeof head === "number") return schemasAt(def.element, rest);
  if (def.type === "object" && def.shape !== undefined && typeof head === "string" && Object.hasOwn(def.shape, head)) {
    return schemasAt(def.shape[head] as z.ZodMiniType, rest);
  }
  return [];
}

/** The keys an object at this path of the schema accepts. */
function knownKeys(schema: z.ZodMiniType, path: readonly PropertyKey[]): readonly string[] {
  return [...new Set(schemasAt(schema, path).flatMap((s) => Object.keys(defOf(s).shape ?? {})))];
}

const show = (value: unknown): string => {
  const text = typeof value === "string" ? JSON.stringify(value) : typeof value === "object" && value !== null ? (Array.isArray(value) ? "an array" : "an object") : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const kindOf = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** A zod issue as the library's issues: what was expected, what was received, and a suggestion where one helps. */
function describe(issue: z.core.$ZodIssue, schema: z.ZodMiniType, prefix: readonly (string | number)[]): KnowledgeIssue[] {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const at = (extra: readonly (string | number)[] = []): readonly (string | number)[] => Object.freeze([...prefix, ...path, ...extra]);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const guess = nearest(key, known);
        return Object.freeze({
          code: "unrecognized_keys" as const,
          path: at([key]),
          value: key,
          message: `unknown key ${JSON.stringify(key)}${guess === undefined ? "" : `: did you mean ${guess}?`}${
            known.length > 0 && known.length <= 12 ? ` Allowed: ${known.join(", ")}.` : ""
          }`,
        });
      });
    }
    case "invalid_value": {
      const allowed = issue.values.map((value) => String(value));
      const guess = typeof input === "string" ? nearest(input, allowed) : undefined;
      return [
        Object.freeze({
          code: "invalid_shape" as const,
          path: at(),
          ...(typeof input === "string" ? { value: input } : {}),
          message: `expected one of ${allowed.join(", ")}; received ${show(input)}${guess === undefined ? "" : ` (did you mean ${guess}?)`}`,
        }),
      ];
    }
    case "invalid_type":
      return [Object.freeze({ code: "invalid_shape" as const, path: at(), message: `expected ${issue.expected}; received ${input === undefined ? "nothing" : `${kindOf(input)} ${show(input)}`}` })];
    case "too_big":
    case "too_small": {
      const bound = issue.code === "too_big" ? issue.maximum : issue.minimum;
      // zod marks an exclusive bound (`z.positive()`, `z.gt(0)`) with `inclusive: false`.
      const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
      const word = issue.code === "too_big" ? (inclusive ? "at most" : "less than") : inclusive ? "at least" : "more than";
      const unit = issue.origin === "array" ? " items" : issue.origin === "string" ? " characters" : "";
      const size = Array.isArray(input) ? `${input.length} items` : typeof input === "string" ? `${input.length} characters` : show(input);
      return [Object.freeze({ code: "invalid_shape" as const, path: at(), message: `expected ${word} ${String(bound)}${unit}; received ${size}` })];
    }
    case "invalid_union": {
      const options = (issue as { options?: readonly unknown[] }).options;
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (options !== undefined && discriminator !== undefined) {
        const received = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[discriminator] : undefined;
        return [Object.freeze({ code: "invalid_shape" as const, path: at(), message: `expected ${discriminator} to be one of ${options.map(String).join(", ")}; received ${show(received)}` })];
      }
      return [Object.freeze({ code: "invalid_shape" as const, path: at(), message: `matches none of the allowed forms (received ${show(input)})` })];
    }
    case "invalid_format":
      return [Object.freeze({ code: "invalid_shape" as const, path: at(), message: `expected ${issue.format === "regex" ? `text matching ${String((issue as { pattern?: unknown }).pattern)}` : `a valid ${issue.format}`}; received ${show(input)}` })];
    default:
      return [Object.freeze({ code: "invalid_shape" as const, path: at(), message: issue.message })];
  }
}

/**
 * Validates outside input against a schema and returns the parsed data, or the problems found:
 * the input is first copied within {@link INPUT_LIMITS} (own properties only, throwing getters
 * caught), then parsed; each problem says what was expected and what was received, names an
 * unknown key with the nearest known one, and lists the allowed values of an enum.
 *
 * @internal
 */
export function checkInput<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  prefix: readonly (string | number)[] = [],
): { readonly data: z.output<S>; readonly issues?: undefined } | { readonly data?: undefined; readonly issues: readonly KnowledgeIssue[] } {
  let plain: unknown;
  try {
    plain = plainCopy(value);
  } catch (error) {
    if (!(error instanceof UnreadableInput)) throw error;
    return { issues: [Object.freeze({ code: error.code, path: Object.freeze([...prefix, ...error.path]), message: error.message })] };
  }
  const parsed = schema.safeParse(plain, { reportInput: true });
  if (parsed.success) return { data: parsed.data };
  return { issues: parsed.error.issues.flatMap((issue) => describe(issue, schema, prefix)) };
}

/**
 * Converts zod issues to knowledge issues, paths prefixed, with the messages of {@link checkInput}.
 *
 * @internal
 */
export function shapeIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodMiniType, prefix: readonly (string | number)[] = []): KnowledgeIssue[] {
  return issues.flatMap((issue) => describe(issue, schema, prefix));
}

/**
 * Parses a function's outside input against its schema, or throws `invalid_input` listing
 * every problem, with a message that starts with the function's name.
 *
 * @internal
 */
export function parseInput<S extends z.ZodMiniType>(fn: string, schema: S, value: unknown): z.output<S> {
  const checked = checkInput(schema, value);
  if (checked.issues === undefined) return checked.data;
  const issues = checked.issues;
  throw new KineticChainError(
    "invalid_input",
    `${fn}: invalid input: ${issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("; ")}${issues.length > 5 ? `; and ${issues.length - 5} more` : ""}`,
    issues,
  );
}
