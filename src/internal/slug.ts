import * as z from "zod/mini";
import { once } from "./once";

/** Pattern every identifier in the knowledge base follows: lower-case kebab-case. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Builds `SlugSchema` (public in `kinetic-chain/schemas`) on first use. */
export const slugSchema = /* @__PURE__ */ once(() => z.string().check(z.regex(SLUG_PATTERN, "Expected a kebab-case id")));

/** Builds `TextSchema` (public in `kinetic-chain/schemas`) on first use. */
export const textSchema = /* @__PURE__ */ once(() => z.string().check(z.minLength(1)));
