import * as z from "zod/mini";

/** Pattern every identifier in the knowledge base follows: lower-case kebab-case. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A stable kebab-case identifier, such as `gluteus-medius` or `noehren-2014`.
 *
 * @example
 * ```ts
 * import { SlugSchema } from "kinetic-chain/schemas";
 *
 * SlugSchema.parse("gluteus-medius"); // ok
 * ```
 */
export const SlugSchema = /* @__PURE__ */ z.string().check(z.regex(SLUG_PATTERN, "Expected a kebab-case id"));

/** Non-empty text written in the library's own words. */
export const TextSchema = /* @__PURE__ */ z.string().check(z.minLength(1));
