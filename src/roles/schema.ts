import * as z from "zod/mini";
import { evidenceShape } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { once } from "../internal/once";

/** Builds `GaitPhaseSchema` (public in `kinetic-chain/schemas`) on first use. */
export const gaitPhaseSchema = /* @__PURE__ */ once(() => z.enum([
  "initial-contact",
  "loading-response",
  "midstance",
  "propulsion",
  "early-swing",
  "mid-swing",
  "late-swing",
]));

/** A phase of the running gait cycle. */
export type GaitPhase = z.infer<ReturnType<typeof gaitPhaseSchema>>;

/** Builds `PlaneSchema` (public in `kinetic-chain/schemas`) on first use. */
export const planeSchema = /* @__PURE__ */ once(() => z.enum(["sagittal", "frontal", "transverse"]));

/** The plane of motion a running function works in. */
export type Plane = z.infer<ReturnType<typeof planeSchema>>;

/** Builds `RoleMemberSchema` (public in `kinetic-chain/schemas`) on first use. */
export const roleMemberSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Id of the structure. */
    structure: slugSchema(),
    /** What it contributes, in our own words. */
    note: z.optional(textSchema()),
  }),
));

/** A structure's part in a running function. */
export type RoleMember = z.infer<ReturnType<typeof roleMemberSchema>>;

/** Builds `RunningRoleSchema` (public in `kinetic-chain/schemas`) on first use. */
export const runningRoleSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id, e.g. `hip-extension-at-push-off`. */
    id: slugSchema(),
    /** Plain name of the running function. */
    name: textSchema(),
    /** What the function does in the stride, in our own words. */
    description: textSchema(),
    /** The plane it works in. */
    plane: planeSchema(),
    /** The gait phases in which it is active. */
    phases: z.readonly(z.array(gaitPhaseSchema()).check(z.minLength(1))),
    /** Structures that should carry the function. */
    primary: z.readonly(z.array(roleMemberSchema()).check(z.minLength(1))),
    /** Back-up structures that take over when the primary ones fatigue or are not recruited. */
    secondary: z.readonly(z.array(roleMemberSchema())),
    ...evidenceShape(),
  }),
));

/** A running function with its primary and secondary structures. */
export type RunningRole = z.infer<ReturnType<typeof runningRoleSchema>>;
