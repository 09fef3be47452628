/**
 * Every zod schema of the library (written with `zod/mini`), for validating data at the edges
 * of an app and for generating JSON Schema (`z.toJSONSchema`) for back ends not written in
 * TypeScript. Kept apart from the data and accessors so that importing those does not pull in zod.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { StructureSchema } from "kinetic-chain/schemas";
 *
 * const jsonSchema = z.toJSONSchema(StructureSchema);
 * ```
 *
 * @module
 */
export {
  AnswerTypeSchema,
  BodyRegionSchema,
  ComplaintSchema,
  FieldTestSchema,
  IntakeQuestionSchema,
  LifeContextSchema,
  OnsetSchema,
  ReportSchema,
  TimingSchema,
  TrainingChangeSchema,
  TrainingSchema,
} from "../assess/schema";
export {
  ChainPathSchema,
  ChainSchema,
  ChainStepSchema,
  ConditionSchema,
  FaultStateSchema,
  LinkSchema,
  MechanismSchema,
  MovementFaultSchema,
  ObservationSchema,
  ReliefSchema,
  SensationSchema,
  SideRelationSchema,
  SideSchema,
  StateSchema,
  StructureStateSchema,
  SymptomSchema,
} from "../chains/schema";
export { VocabularyIdSchema, VocabularyKeySchema, VocabularySchema } from "../crosswalks/schema";
export {
  EvidenceGradeSchema,
  EvidenceSchema,
  VerdictSchema,
  VerdictStatusSchema,
} from "../evidence/schema";
export { SLUG_PATTERN, SlugSchema, TextSchema } from "../internal/slug";
export {
  ActivationSchema,
  DosageSchema,
  EquipmentSchema,
  ExerciseKindSchema,
  ExerciseSchema,
  ExerciseTargetSchema,
  FrequencySchema,
  LoadSchema,
  PositionSchema,
  TargetActionSchema,
} from "../exercises/schema";
export { HypothesisKindSchema, HypothesisSchema } from "../hypotheses/schema";
export { IsoDateSchema, LoadGuidelineSchema, RunSchema } from "../load/schema";
export { KnowledgeBaseAdditionsSchema, KnowledgeBaseSchema } from "../knowledge-base/schema";
export { GaitPhaseSchema, PlaneSchema, RoleMemberSchema, RunningRoleSchema } from "../roles/schema";
export { FeedbackSchema } from "../protocols/progress";
export { PlanOptionsSchema } from "../protocols/plan";
export {
  ProgressionSchema,
  ProgressionStepSchema,
  ProtocolItemSchema,
  ProtocolPhaseSchema,
  ProtocolSchema,
} from "../protocols/schema";
export {
  ComplaintConditionSchema,
  RuleConditionSchema,
  ContextConditionSchema,
  EffectSchema,
  FieldTestConditionSchema,
  LeafConditionSchema,
  RedFlagConditionSchema,
  RuleSchema,
  TrainingChangeConditionSchema,
  TrainingConditionSchema,
} from "../rules/schema";
export { OriginSchema, SeedFormatSchema, SourceKindSchema, SourceSchema } from "../sources/schema";
export {
  ActionSchema,
  JointSchema,
  MovementSchema,
  OntologySchema,
  RegionSchema,
  StructureKindSchema,
  StructureSchema,
} from "../structures/schema";
export { RedFlagIdSchema, RedFlagSchema, RunningAdviceSchema, TriageLevelSchema } from "../triage/schema";
