import * as z from "zod/mini";
import { withEvidence } from "../evidence/schema";
import { SlugSchema, TextSchema } from "../internal/slug";

/** The condition a structure is in, as a node of the compensation graph. */
export const ConditionSchema = /* @__PURE__ */ z.enum([
  "weak",
  "inhibited",
  "fatigued",
  "tight",
  "shortened",
  "lengthened",
  "overloaded",
  "irritated",
  "compressed",
]);

/** The condition a structure is in. `inhibited` means present but not recruited ("not firing"). */
export type Condition = z.infer<typeof ConditionSchema>;

/** A movement fault: how the stride changes, as a node of the compensation graph. */
export const MovementFaultSchema = /* @__PURE__ */ z.enum([
  "femoral-internal-rotation",
  "contralateral-pelvic-drop",
  "anterior-pelvic-tilt",
  "knee-valgus",
  "overstriding",
  "shortened-stride",
  "forefoot-strike",
  "reduced-hip-extension",
]);

/** A movement fault. */
export type MovementFault = z.infer<typeof MovementFaultSchema>;

/** A structure in a condition, e.g. gluteus maximus, weak. */
export const StructureStateSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** Id of the structure. */
    structure: SlugSchema,
    /** Its condition. */
    condition: ConditionSchema,
  }),
);

/** A structure in a condition. */
export type StructureState = z.infer<typeof StructureStateSchema>;

/** A movement fault as a state. */
export const FaultStateSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** The movement fault. */
    fault: MovementFaultSchema,
  }),
);

/** A movement fault as a state. */
export type FaultState = z.infer<typeof FaultStateSchema>;

/** A node of the compensation graph: a structure in a condition, or a movement fault. */
export const StateSchema = /* @__PURE__ */ z.union([StructureStateSchema, FaultStateSchema]);

/** A node of the compensation graph. */
export type State = z.infer<typeof StateSchema>;

/** How one state leads to the next. */
export const MechanismSchema = /* @__PURE__ */ z.enum([
  "substitution",
  "altered-alignment",
  "altered-gait",
  "increased-load",
  "reciprocal-inhibition",
  "nerve-compression",
  "deconditioning",
]);

/**
 * How one state leads to the next:
 * - `substitution`: a synergist takes over the work of a weak, inhibited or tired structure;
 * - `altered-alignment`: a joint sits or moves out of its usual line;
 * - `altered-gait`: the stride itself changes (length, foot strike);
 * - `increased-load`: more load reaches a structure;
 * - `reciprocal-inhibition`: a tight or overactive muscle damps its opposite number;
 * - `nerve-compression`: a nerve is squeezed where it passes a structure;
 * - `deconditioning`: a structure loses strength because others do its work.
 */
export type Mechanism = z.infer<typeof MechanismSchema>;

/** What a runner feels. */
export const SensationSchema = /* @__PURE__ */ z.enum([
  "tightness",
  "soreness",
  "pain",
  "fatigue",
  "numbness",
  "tingling",
  "weakness",
  "snapping",
  "stiffness",
  "cramping",
  "burning",
]);

/** What a runner feels. */
export type Sensation = z.infer<typeof SensationSchema>;

/** A symptom a link produces: what is felt, and where. */
export const SymptomSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** Id of the structure where it is felt. */
    structure: SlugSchema,
    /** What is felt there. */
    sensations: z.readonly(z.array(SensationSchema).check(z.minLength(1))),
  }),
);

/** A symptom a link produces. */
export type Symptom = z.infer<typeof SymptomSchema>;

/** Whether a link stays on the side it starts on, or crosses to the other. */
export const SideRelationSchema = /* @__PURE__ */ z.enum(["same", "opposite"]);

/** Whether a link stays on its side (`same`) or crosses to the other (`opposite`). */
export type SideRelation = z.infer<typeof SideRelationSchema>;

/**
 * A "leads to" link of the compensation graph: from one state to the next, by a mechanism,
 * with the symptoms it produces, its sources, grade and research verdict.
 *
 * @example
 * ```ts
 * import { LinkSchema } from "kinetic-chain/schemas";
 *
 * LinkSchema.parse({
 *   id: "gluteus-maximus-weak-hamstrings-overloaded",
 *   from: { structure: "gluteus-maximus", condition: "weak" },
 *   to: { structure: "hamstrings", condition: "overloaded" },
 *   mechanism: "substitution",
 *   side: "same",
 *   symptoms: [{ structure: "hamstrings", sensations: ["tightness", "soreness"] }],
 *   description: "The hamstrings take over hip extension.",
 *   sources: ["seed-000"],
 *   grade: "practitioner-opinion",
 * });
 * ```
 */
export const LinkSchema = /* @__PURE__ */ z.readonly(
  z.strictObject(withEvidence({
    /** Stable kebab-case id. */
    id: SlugSchema,
    /** The state the link starts from. */
    from: StateSchema,
    /** The state it leads to. */
    to: StateSchema,
    /** How it leads there. */
    mechanism: MechanismSchema,
    /** Whether the consequence is on the same side of the body or the other. */
    side: SideRelationSchema,
    /** What the runner feels because of this link, and where; may be empty. */
    symptoms: z.readonly(z.array(SymptomSchema)),
    /** The link in one or two sentences of our own. */
    description: TextSchema,
  })),
);

/** A "leads to" link of the compensation graph. */
export type Link = z.infer<typeof LinkSchema>;

/**
 * A named compensation chain: links joined end to start, as a source describes it; it may branch.
 *
 * @example
 * ```ts
 * import { ChainSchema } from "kinetic-chain/schemas";
 *
 * ChainSchema.parse({
 *   id: "gluteus-maximus-weakness",
 *   name: "Weak gluteus maximus, overworked hamstrings",
 *   description: "The hamstrings take over hip extension from a weak gluteus maximus.",
 *   links: ["gluteus-maximus-weak-hamstrings-overloaded"],
 *   sources: ["seed-000"],
 *   grade: "practitioner-opinion",
 * });
 * ```
 */
export const ChainSchema = /* @__PURE__ */ z.readonly(
  z.strictObject(withEvidence({
    /** Stable kebab-case id. */
    id: SlugSchema,
    /** Plain name. */
    name: TextSchema,
    /** The chain in a few sentences of our own, including what the sources say of it. */
    description: TextSchema,
    /**
     * Ids of its links. The first starts the chain; every later link starts where an earlier
     * one ends, so a chain may branch (one fault with several consequences).
     */
    links: z.readonly(z.array(SlugSchema).check(z.minLength(1))),
  })),
);

/** A named compensation chain. */
export type Chain = z.infer<typeof ChainSchema>;

/** A side of the body; `both` for complaints on both sides. */
export const SideSchema = /* @__PURE__ */ z.enum(["left", "right", "both"]);

/** A side of the body. */
export type Side = z.infer<typeof SideSchema>;

/** Something a runner tried against a complaint. */
export const ReliefSchema = /* @__PURE__ */ z.enum(["stretching", "foam-rolling", "massage", "rest", "warm-up"]);

/** Something a runner tried against a complaint. */
export type Relief = z.infer<typeof ReliefSchema>;

/** An observed symptom to explain: what is felt, where, on which side, and what did not help. */
export const ObservationSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** Id of the structure where it is felt. */
    structure: z.string(),
    /** What is felt. */
    sensation: SensationSchema,
    /** Which side; omit when unknown. */
    side: z.optional(SideSchema),
    /** What the runner tried that did not relieve it. */
    notRelievedBy: z.optional(z.readonly(z.array(ReliefSchema))),
  }),
);

/** One step of a path: a link, and the side of the body it ends on when a side is known. */
export const ChainStepSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** The link taken. */
    link: LinkSchema,
    /** The state the step leaves (the link's `from`). */
    from: StateSchema,
    /** The state the step reaches (the link's `to`). */
    to: StateSchema,
    /** The side the reached state is on, when the trace was given a side. */
    side: z.optional(SideSchema),
  }),
);

/** One step of a path. */
export type ChainStep = z.infer<typeof ChainStepSchema>;

/** A path through the compensation graph: links end to start, never visiting a state twice. */
export const ChainPathSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** The first state. */
    start: StateSchema,
    /** The last state. */
    end: StateSchema,
    /** The side of the first state, when known. */
    side: z.optional(SideSchema),
    /** The steps, in order; at least one. */
    steps: z.readonly(z.array(ChainStepSchema).check(z.minLength(1))),
  }),
);

/** A path through the compensation graph. */
export type ChainPath = z.infer<typeof ChainPathSchema>;
