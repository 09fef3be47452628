import * as z from "zod/mini";
import { withEvidence } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";

/** What a structure is: a muscle, a group of muscles, or a non-muscle tissue that running pain involves. */
export const StructureKindSchema = /* @__PURE__ */ z.enum(["muscle", "muscle-group", "tendon", "fascia", "nerve", "joint", "bone", "artery", "vein"]);

/** What a structure is. */
export type StructureKind = z.infer<typeof StructureKindSchema>;

/** The body region a structure sits in. */
export const RegionSchema = /* @__PURE__ */ z.enum(["trunk", "lumbar", "pelvis", "hip", "thigh", "knee", "lower-leg", "ankle-foot"]);

/** The body region a structure sits in. */
export type Region = z.infer<typeof RegionSchema>;

/** A joint (or joint complex) that a structure moves or controls. */
export const JointSchema = /* @__PURE__ */ z.enum(["lumbar-spine", "pelvis", "sacroiliac", "hip", "knee", "ankle", "subtalar", "foot"]);

/** A joint (or joint complex) that a structure moves or controls. */
export type Joint = z.infer<typeof JointSchema>;

/** A movement at a joint. `stabilization` is holding a position against load rather than moving. */
export const MovementSchema = /* @__PURE__ */ z.enum([
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
]);

/** A movement at a joint. */
export type Movement = z.infer<typeof MovementSchema>;

/** One action of a structure: the movement it produces or controls at a joint. */
export const ActionSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** The joint acted on. */
    joint: JointSchema,
    /** The movement produced or controlled. */
    movement: MovementSchema,
    /** A qualifier in our own words, e.g. "with the hip flexed" or "eccentrically, at landing". */
    note: z.optional(TextSchema),
  }),
);

/** One action of a structure. */
export type Action = z.infer<typeof ActionSchema>;

/**
 * Ontology identifiers. Only ids from the verified table in the project's research notes are
 * shipped; a field is absent where the table says unverified. SNOMED CT codes are never shipped.
 */
export const OntologySchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** Uberon id, e.g. `UBERON:0001371`. */
    uberon: z.optional(z.string().check(z.regex(/^UBERON:\d{7}$/))),
    /** Foundational Model of Anatomy id, e.g. `FMA:22315`. */
    fma: z.optional(z.string().check(z.regex(/^FMA:\d+$/))),
  }),
);

/** Ontology identifiers of a structure. */
export type Ontology = z.infer<typeof OntologySchema>;

/**
 * A structure of the running body: a muscle, a muscle group, or a tendon, fascia, nerve, joint
 * or bone that running pain involves.
 *
 * @example
 * ```ts
 * import { StructureSchema } from "kinetic-chain/schemas";
 *
 * StructureSchema.parse({
 *   id: "gluteus-medius",
 *   name: "Gluteus medius",
 *   latinName: "musculus gluteus medius",
 *   aliases: ["glute med"],
 *   kind: "muscle",
 *   region: "hip",
 *   groups: ["hip-abductors"],
 *   actions: [{ joint: "hip", movement: "abduction" }],
 *   ontology: { uberon: "UBERON:0001371", fma: "FMA:22315" },
 *   description: "Fan-shaped muscle on the outer hip.",
 *   sources: ["uberon"],
 *   grade: "high",
 * });
 * ```
 */
export const StructureSchema = /* @__PURE__ */ z.readonly(
  z.strictObject(withEvidence({
    /** Stable kebab-case id, e.g. `gluteus-medius`. */
    id: SlugSchema,
    /** Plain English name, e.g. "Gluteus medius". */
    name: TextSchema,
    /** Latin (Terminologia Anatomica style) name, where one exists. */
    latinName: z.optional(TextSchema),
    /** Other names a runner or an app may use, e.g. "glute med", "IT band". Matched by `findStructure`. */
    aliases: z.readonly(z.array(TextSchema)),
    /** What the structure is. */
    kind: StructureKindSchema,
    /** The body region it sits in. */
    region: RegionSchema,
    /** Ids of the groups this structure belongs to (a structure may sit in several, or none). */
    groups: z.readonly(z.array(SlugSchema)),
    /** What it does: movements produced or controlled at joints. Empty for passive structures. */
    actions: z.readonly(z.array(ActionSchema)),
    /** Verified ontology identifiers. */
    ontology: OntologySchema,
    /** One or two sentences, in our own words, on where it is and why runners care. */
    description: TextSchema,
  })),
);

/** A structure of the running body. */
export type Structure = z.infer<typeof StructureSchema>;
