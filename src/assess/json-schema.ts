import * as z from "zod/mini";
import { ReportSchema } from "../report/schema";

/**
 * The JSON Schema (draft 2020-12) of a runner's report, for back ends and forms not written in
 * TypeScript. Built on each call from `ReportSchema`, so it never drifts from the validator;
 * the package also ships it as `kinetic-chain/json-schema/report.schema.json`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * import { reportJsonSchema } from "kinetic-chain/assess";
 *
 * const schema = reportJsonSchema();
 * schema.required; // ["complaints"]
 * ```
 */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { io: "input" }) as Record<string, unknown>;
}
