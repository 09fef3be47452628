import * as z from "zod/mini";
import { evidenceShape } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { once } from "../internal/once";

/** Builds `ConditionSchema` (public in `kinetic-chain/schemas`) on first use. */
export const conditionSchema = /* @__PURE__ */ once(() => z.enum([
  "weak",
  "inhibited",
  "fatigued",
  "tight",
  "shortened",
  "lengthened",
  "overloaded",
  "irritated",
  "compressed",
]));

/** The condition a structure is in. `inhibited` means present but not recruited ("not firing"). */
export type Condition = z.infer<ReturnType<typeof conditionSchema>>;

/** Builds `MovementFaultSchema` (public in `kinetic-chain/schemas`) on first use. */
export const movementFaultSchema = /* @__PURE__ */ once(() => z.enum([
  "femoral-internal-rotation",
  "contralateral-pelvic-drop",
  "anterior-pelvic-tilt",
  "knee-valgus",
  "overstriding",
  "shortened-stride",
  "forefoot-strike",
  "reduced-hip-extension",
]));

/** A movement fault. */
export type MovementFault = z.infer<ReturnType<typeof movementFaultSchema>>;

/** Builds `StructureStateSchema` (public in `kinetic-chain/schemas`) on first use. */
export const structureStateSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Id of the structure. */
    structure: slugSchema(),
    /** Its condition. */
    condition: conditionSchema(),
  }),
));

/** A structure in a condition. */
export type StructureState = z.infer<ReturnType<typeof structureStateSchema>>;

/** Builds `FaultStateSchema` (public in `kinetic-chain/schemas`) on first use. */
export const faultStateSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** The movement fault. */
    fault: movementFaultSchema(),
  }),
));

/** A movement fault as a state. */
export type FaultState = z.infer<ReturnType<typeof faultStateSchema>>;

/** Builds `StateSchema` (public in `kinetic-chain/schemas`) on first use. */
export const stateSchema = /* @__PURE__ */ once(() => z.union([structureStateSchema(), faultStateSchema()]));

/** A node of the compensation graph. */
export type State = z.infer<ReturnType<typeof stateSchema>>;

/** Builds `MechanismSchema` (public in `kinetic-chain/schemas`) on first use. */
export const mechanismSchema = /* @__PURE__ */ once(() => z.enum([
  "substitution",
  "altered-alignment",
  "altered-gait",
  "increased-load",
  "reciprocal-inhibition",
  "nerve-compression",
  "deconditioning",
]));

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
export type Mechanism = z.infer<ReturnType<typeof mechanismSchema>>;

/** Builds `SensationSchema` (public in `kinetic-chain/schemas`) on first use. */
export const sensationSchema = /* @__PURE__ */ once(() => z.enum([
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
]));

/** What a runner feels. */
export type Sensation = z.infer<ReturnType<typeof sensationSchema>>;

/** Builds `SymptomSchema` (public in `kinetic-chain/schemas`) on first use. */
export const symptomSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Id of the structure where it is felt. */
    structure: slugSchema(),
    /** What is felt there. */
    sensations: z.readonly(z.array(sensationSchema()).check(z.minLength(1))),
  }),
));

/** A symptom a link produces. */
export type Symptom = z.infer<ReturnType<typeof symptomSchema>>;

/** Builds `SideRelationSchema` (public in `kinetic-chain/schemas`) on first use. */
export const sideRelationSchema = /* @__PURE__ */ once(() => z.enum(["same", "opposite"]));

/** Whether a link stays on its side (`same`) or crosses to the other (`opposite`). */
export type SideRelation = z.infer<ReturnType<typeof sideRelationSchema>>;

/** Builds `LinkSchema` (public in `kinetic-chain/schemas`) on first use. */
export const linkSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id. */
    id: slugSchema(),
    /** The state the link starts from. */
    from: stateSchema(),
    /** The state it leads to. */
    to: stateSchema(),
    /** How it leads there. */
    mechanism: mechanismSchema(),
    /** Whether the consequence is on the same side of the body or the other. */
    side: sideRelationSchema(),
    /** What the runner feels because of this link, and where; may be empty. */
    symptoms: z.readonly(z.array(symptomSchema())),
    /** The link in one or two sentences of our own. */
    description: textSchema(),
    ...evidenceShape(),
  }),
));

/** A "leads to" link of the compensation graph. */
export type Link = z.infer<ReturnType<typeof linkSchema>>;

/** Builds `ChainSchema` (public in `kinetic-chain/schemas`) on first use. */
export const chainSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Stable kebab-case id. */
    id: slugSchema(),
    /** Plain name. */
    name: textSchema(),
    /** The chain in a few sentences of our own, including what the sources say of it. */
    description: textSchema(),
    /**
     * Ids of its links. The first starts the chain; every later link starts where an earlier
     * one ends, so a chain may branch (one fault with several consequences).
     */
    links: z.readonly(z.array(slugSchema()).check(z.minLength(1))),
    ...evidenceShape(),
  }),
));

/** A named compensation chain. */
export type Chain = z.infer<ReturnType<typeof chainSchema>>;

/** Builds `SideSchema` (public in `kinetic-chain/schemas`) on first use. */
export const sideSchema = /* @__PURE__ */ once(() => z.enum(["left", "right", "both"]));

/** A side of the body. */
export type Side = z.infer<ReturnType<typeof sideSchema>>;

/** Builds `ReliefSchema` (public in `kinetic-chain/schemas`) on first use. */
export const reliefSchema = /* @__PURE__ */ once(() => z.enum(["stretching", "foam-rolling", "massage", "rest", "warm-up"]));

/** Something a runner tried against a complaint. */
export type Relief = z.infer<ReturnType<typeof reliefSchema>>;

/** Builds `ObservationSchema` (public in `kinetic-chain/schemas`) on first use. */
export const observationSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** Id of the structure where it is felt. */
    structure: z.string(),
    /** What is felt. */
    sensation: sensationSchema(),
    /** Which side; omit when unknown. */
    side: z.optional(sideSchema()),
    /** What the runner tried that did not relieve it. */
    notRelievedBy: z.optional(z.readonly(z.array(reliefSchema()))),
  }),
));

/** Builds `ChainStepSchema` (public in `kinetic-chain/schemas`) on first use. */
export const chainStepSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** The link taken. */
    link: linkSchema(),
    /** The state the step leaves (the link's `from`). */
    from: stateSchema(),
    /** The state the step reaches (the link's `to`). */
    to: stateSchema(),
    /** The side the reached state is on, when the trace was given a side. */
    side: z.optional(sideSchema()),
  }),
));

/** One step of a path. */
export type ChainStep = z.infer<ReturnType<typeof chainStepSchema>>;

/** Builds `ChainPathSchema` (public in `kinetic-chain/schemas`) on first use. */
export const chainPathSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** The first state. */
    start: stateSchema(),
    /** The last state. */
    end: stateSchema(),
    /** The side of the first state, when known. */
    side: z.optional(sideSchema()),
    /** The steps, in order; at least one. */
    steps: z.readonly(z.array(chainStepSchema()).check(z.minLength(1))),
  }),
));

/** A path through the compensation graph. */
export type ChainPath = z.infer<ReturnType<typeof chainPathSchema>>;
