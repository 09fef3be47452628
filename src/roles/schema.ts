import * as z from "zod/mini";
import { withEvidence } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";

/** Phases of the running gait cycle, stance first, then swing. */
export const GaitPhaseSchema = /* @__PURE__ */ z.enum([
  "initial-contact",
  "loading-response",
  "midstance",
  "propulsion",
  "early-swing",
  "mid-swing",
  "late-swing",
]);

/** A phase of the running gait cycle. */
export type GaitPhase = z.infer<typeof GaitPhaseSchema>;

/** The plane of motion a running function works in. */
export const PlaneSchema = /* @__PURE__ */ z.enum(["sagittal", "frontal", "transverse"]);

/** The plane of motion a running function works in. */
export type Plane = z.infer<typeof PlaneSchema>;

/** A structure's part in a running function. */
export const RoleMemberSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** Id of the structure. */
    structure: SlugSchema,
    /** What it contributes, in our own words. */
    note: z.optional(TextSchema),
  }),
);

/** A structure's part in a running function. */
export type RoleMember = z.infer<typeof RoleMemberSchema>;

/**
 * A running function (such as hip extension at push-off) and which structures should carry it
 * (primary) and which take over when the primary ones fatigue or are not recruited (secondary).
 *
 * @example
 * ```ts
 * import { RunningRoleSchema } from "kinetic-chain/schemas";
 *
 * RunningRoleSchema.parse({
 *   id: "hip-extension-at-push-off",
 *   name: "Hip extension at push-off",
 *   description: "Driving the thigh back to propel the body forward.",
 *   plane: "sagittal",
 *   phases: ["midstance", "propulsion"],
 *   primary: [{ structure: "gluteus-maximus" }],
 *   secondary: [{ structure: "hamstrings" }],
 *   sources: ["seed-002"],
 *   grade: "practitioner-opinion",
 * });
 * ```
 */
export const RunningRoleSchema = /* @__PURE__ */ z.readonly(
  z.strictObject(withEvidence({
    /** Stable kebab-case id, e.g. `hip-extension-at-push-off`. */
    id: SlugSchema,
    /** Plain name of the running function. */
    name: TextSchema,
    /** What the function does in the stride, in our own words. */
    description: TextSchema,
    /** The plane it works in. */
    plane: PlaneSchema,
    /** The gait phases in which it is active. */
    phases: z.readonly(z.array(GaitPhaseSchema).check(z.minLength(1))),
    /** Structures that should carry the function. */
    primary: z.readonly(z.array(RoleMemberSchema).check(z.minLength(1))),
    /** Back-up structures that take over when the primary ones fatigue or are not recruited. */
    secondary: z.readonly(z.array(RoleMemberSchema)),
  })),
);

/** A running function with its primary and secondary structures. */
export type RunningRole = z.infer<typeof RunningRoleSchema>;
