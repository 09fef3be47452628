import * as z from "zod/mini";
import { evidenceShape } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { once } from "../internal/once";

/** Builds `StructureKindSchema` (public in `kinetic-chain/schemas`) on first use. */
export const structureKindSchema = /* @__PURE__ */ once(() => z.enum(["muscle", "muscle-group", "tendon", "fascia", "nerve", "joint", "bone", "artery", "vein"]));

/** What a structure is. */
export type StructureKind = z.infer<ReturnType<typeof structureKindSchema>>;

/** Builds `RegionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const regionSchema = /* @__PURE__ */ once(() => z.enum(["trunk", "lumbar", "pelvis", "hip", "thigh", "knee", "lower-leg", "ankle-foot"]));

/** The body region a structure sits in. */
export type Region = z.infer<ReturnType<typeof regionSchema>>;

/** Builds `JointSchema` (public in `kinetic-chain/schemas`) on first use. */
export const jointSchema = /* @__PURE__ */ once(() => z.enum(["lumbar-spine", "pelvis", "sacroiliac", "hip", "knee", "ankle", "subtalar", "foot"]));

/** A joint (or joint complex) that a structure moves or controls. */
export type Joint = z.infer<ReturnType<typeof jointSchema>>;

/** Builds `MovementSchema` (public in `kinetic-chain/schemas`) on first use. */
export const movementSchema = /* @__PURE__ */ once(() => z.enum([
  "flexion",
  "extension",
  "abduction",
  "adduction",
  "internal-rotation",
  "external-rotation",
  "lateral-flexion",
  "rotation",
  "plantarflexion",
  "dorsiflexion",
  "inversion",
  "eversion",
  "posterior-tilt",
  "anterior-tilt",
  "stabilization",
]));

/** A movement at a joint. */
export type Movement = z.infer<ReturnType<typeof movementSchema>>;

/** Builds `ActionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const actionSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** The joint acted on. */
    joint: jointSchema(),
    /** The movement produced or controlled. */
    movement: movementSchema(),
    /** A qualifier in our own words, e.g. "with the hip flexed" or "eccentrically, at landing". */
    note: z.optional(textSchema()),
  }),
));

/** One action of a structure. */
export type Action = z.infer<ReturnType<typeof actionSchema>>;

/** Builds `OntologySchema` (public in `kinetic-chain/schemas`) on first use. */
export const ontologySchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Uberon id, e.g. `UBERON:0001371`. */
    uberon: z.optional(z.string().check(z.regex(/^UBERON:\d{7}$/))),
    /** Foundational Model of Anatomy id, e.g. `FMA:22315`. */
    fma: z.optional(z.string().check(z.regex(/^FMA:\d+$/))),
  }),
));

/** Ontology identifiers of a structure. */
export type Ontology = z.infer<ReturnType<typeof ontologySchema>>;

/** Builds `StructureSchema` (public in `kinetic-chain/schemas`) on first use. */
export const structureSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id, e.g. `gluteus-medius`. */
    id: slugSchema(),
    /** Plain English name, e.g. "Gluteus medius". */
    name: textSchema(),
    /** Latin (Terminologia Anatomica style) name, where one exists. */
    latinName: z.optional(textSchema()),
    /** Other names a runner or an app may use, e.g. "glute med", "IT band". Matched by `findStructure`. */
    aliases: z.readonly(z.array(textSchema())),
    /** What the structure is. */
    kind: structureKindSchema(),
    /** The body region it sits in. */
    region: regionSchema(),
    /** Ids of the groups this structure belongs to (a structure may sit in several, or none). */
    groups: z.readonly(z.array(slugSchema())),
    /** What it does: movements produced or controlled at joints. Empty for passive structures. */
    actions: z.readonly(z.array(actionSchema())),
    /** Verified ontology identifiers. */
    ontology: ontologySchema(),
    /** One or two sentences, in our own words, on where it is and why runners care. */
    description: textSchema(),
    ...evidenceShape(),
  }),
));

/** A structure of the running body. */
export type Structure = z.infer<ReturnType<typeof structureSchema>>;
