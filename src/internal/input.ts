import type * as z from "zod/mini";
import { KineticChainError } from "../errors";
import type { KnowledgeIssue } from "../knowledge-base/issues";

/**
 * Converts zod issues to knowledge issues with code `invalid_shape`, paths prefixed.
 *
 * @internal
 */
export function shapeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): KnowledgeIssue[] {
  return issues.map((issue) =>
    Object.freeze({
      code: "invalid_shape" as const,
      path: Object.freeze([...prefix, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))]),
      message: issue.message,
    }),
  );
}

/**
 * Parses a function's outside input against its schema, or throws `invalid_input` listing
 * every problem, with a message that starts with the function's name.
 *
 * @internal
 */
export function parseInput<S extends z.ZodMiniType>(fn: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = shapeIssues(parsed.error.issues);
  throw new KineticChainError(
    "invalid_input",
    `${fn}: invalid input: ${issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ")}`,
    issues,
  );
}
