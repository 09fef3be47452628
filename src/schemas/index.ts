/**
 * Every zod schema of the library (written with `zod/mini`), for validating data at the edges
 * of an app and for generating JSON Schema (`z.toJSONSchema`) for back ends not written in
 * TypeScript. Each is a plain constant, `XSchema`, beside its type `X = z.infer<typeof XSchema>`.
 * Kept apart from the data and accessors so that importing those does not pull in zod.
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
export { AggravatorSchema, AnswerTypeSchema, BodyRegionSchema, ComplaintSchema, FieldTestSchema, FindingsSchema, IntakeQuestionSchema, LifeContextSchema, OnsetSchema, ReportSchema, TimingSchema, TrainingChangeSchema, TrainingSchema } from "../report/schema";
export { ChainPathSchema, ChainSchema, ChainStepSchema, ConditionSchema, FaultStateSchema, LinkSchema, MechanismSchema, MovementFaultSchema, ObservationSchema, ReliefSchema, SensationSchema, SideRelationSchema, SideSchema, StateSchema, StructureStateSchema, SymptomSchema } from "../links/schema";
export { VocabularyIdSchema, VocabularyKeySchema, VocabularySchema } from "../crosswalks/schema";
export { ClaimSchema, ClaimTopicSchema, EvidenceGradeSchema, EvidenceSchema, VerdictSchema, VerdictStatusSchema } from "../evidence/schema";
export { SlugSchema, TextSchema } from "../internal/slug";
export { ActivationSchema, DosageSchema, EquipmentSchema, ExerciseKindSchema, ExerciseSchema, ExerciseTargetSchema, FrequencySchema, LoadSchema, LoadingSchema, PositionSchema, RuledOutBySchema, TargetActionSchema } from "../exercises/schema";
export { HypothesisKindSchema, HypothesisSchema } from "../hypotheses/schema";
export { IsoDateSchema, LoadGuidelineSchema, RunSchema } from "../load/schema";
export { KnowledgeBaseAdditionsSchema, KnowledgeBaseSchema } from "../knowledge-base/schema";
export { GaitPhaseSchema, PlaneSchema, RoleMemberSchema, RunningRoleSchema } from "../roles/schema";
export { CheckInSchema, FeedbackSchema } from "../protocols/progress";
export { PlanOptionsSchema } from "../plan/plan";
export { AdvanceCriteriaSchema, ProgressionSchema, ProgressionStepSchema, ProtocolItemSchema, ProtocolPhaseSchema, ProtocolSchema, ReturnToRunSchema, ReturnToRunStageSchema } from "../protocols/schema";
export { AgeConditionSchema, ComplaintConditionSchema, ContextConditionSchema, EffectSchema, FieldTestConditionSchema, FindingConditionSchema, LeafConditionSchema, RedFlagConditionSchema, RuleConditionSchema, RuleSchema, TrainingChangeConditionSchema, TrainingConditionSchema } from "../rules/schema";
export { OriginSchema, SeedFormatSchema, SourceKindSchema, SourceSchema } from "../sources/schema";
export { ActionSchema, JointSchema, MovementSchema, OntologySchema, RegionSchema, StructureKindSchema, StructureSchema } from "../structures/schema";
export { FindingIdSchema, RedFlagIdSchema, RedFlagSchema, RunningAdviceSchema, TriageLevelSchema } from "../triage/schema";
export { SLUG_PATTERN } from "../internal/slug";
