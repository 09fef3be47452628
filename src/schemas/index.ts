/**
 * Every zod schema of the library (written with `zod/mini`), for validating data at the edges
 * of an app and for generating JSON Schema (`z.toJSONSchema`) for back ends not written in
 * TypeScript. Kept apart from the data and accessors so that importing those does not pull in zod,
 * and out of the root entry point: this module builds every schema when it is imported (a few
 * milliseconds), while the library's functions build only the ones they use, on first use.
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
import { aggravatorSchema, answerTypeSchema, bodyRegionSchema, complaintSchema, fieldTestSchema, findingsSchema, intakeQuestionSchema, lifeContextSchema, onsetSchema, reportSchema, timingSchema, trainingChangeSchema, trainingSchema } from "../report/schema";
import { chainPathSchema, chainSchema, chainStepSchema, conditionSchema, faultStateSchema, linkSchema, mechanismSchema, movementFaultSchema, observationSchema, reliefSchema, sensationSchema, sideRelationSchema, sideSchema, stateSchema, structureStateSchema, symptomSchema } from "../links/schema";
import { vocabularyIdSchema, vocabularyKeySchema, vocabularySchema } from "../crosswalks/schema";
import { claimSchema, claimTopicSchema, evidenceGradeSchema, evidenceSchema, verdictSchema, verdictStatusSchema } from "../evidence/schema";
import { slugSchema, textSchema } from "../internal/slug";
import { activationSchema, dosageSchema, equipmentSchema, exerciseKindSchema, exerciseSchema, exerciseTargetSchema, frequencySchema, loadingSchema, loadSchema, positionSchema, ruledOutBySchema, targetActionSchema } from "../exercises/schema";
import { hypothesisKindSchema, hypothesisSchema } from "../hypotheses/schema";
import { isoDateSchema, loadGuidelineSchema, runSchema } from "../load/schema";
import { knowledgeBaseAdditionsSchema, knowledgeBaseSchema } from "../knowledge-base/schema";
import { gaitPhaseSchema, planeSchema, roleMemberSchema, runningRoleSchema } from "../roles/schema";
import { checkInSchema, feedbackSchema } from "../protocols/progress";
import { planOptionsSchema } from "../plan/plan";
import { advanceCriteriaSchema, progressionSchema, progressionStepSchema, protocolItemSchema, protocolPhaseSchema, protocolSchema, returnToRunSchema, returnToRunStageSchema } from "../protocols/schema";
import { ageConditionSchema, complaintConditionSchema, findingConditionSchema, ruleConditionSchema, contextConditionSchema, effectSchema, fieldTestConditionSchema, leafConditionSchema, redFlagConditionSchema, ruleSchema, trainingChangeConditionSchema, trainingConditionSchema } from "../rules/schema";
import { originSchema, seedFormatSchema, sourceKindSchema, sourceSchema } from "../sources/schema";
import { actionSchema, jointSchema, movementSchema, ontologySchema, regionSchema, structureKindSchema, structureSchema } from "../structures/schema";
import { findingIdSchema, redFlagIdSchema, redFlagSchema, runningAdviceSchema, triageLevelSchema } from "../triage/schema";

export { SLUG_PATTERN } from "../internal/slug";

/** Something that makes a complaint worse: first steps, stairs, sitting, lying on it, coughing... */
export const AggravatorSchema = aggravatorSchema();

/** The kind of answer an intake question takes. */
export const AnswerTypeSchema = answerTypeSchema();

/** Body regions a runner can point to when no structure is known. */
export const BodyRegionSchema = bodyRegionSchema();

/** One thing the runner feels. */
export const ComplaintSchema = complaintSchema();

/** A field test a runner can do alone (with a phone video where useful), and its result. */
export const FieldTestSchema = fieldTestSchema();

/**
 * One question of the intake questionnaire, as data an app can render: the question, the answer
 * it takes, and which report field the answer fills.
 */
export const IntakeQuestionSchema = intakeQuestionSchema();

/**
 * Findings asked about, as a closed object: one optional boolean per finding id (`true` present,
 * `false` asked and absent; a finding left out is unknown).
 */
export const FindingsSchema = findingsSchema();

/** Life context that bears on the causes. */
export const LifeContextSchema = lifeContextSchema();

/** How a complaint began. */
export const OnsetSchema = onsetSchema();

/**
 * A runner's report: what a running app can collect. Only `complaints` is required.
 *
 * @example
 * ```ts
 * import { ReportSchema } from "kinetic-chain/schemas";
 *
 * ReportSchema.parse({
 *   complaints: [{ location: "gluteus-medius", side: "right", sensations: ["tightness", "soreness"],
 *     durationDays: 28, onset: "gradual", notRelievedBy: ["stretching", "foam-rolling"] }],
 *   context: { postpartum: true },
 * });
 * ```
 */
export const ReportSchema = reportSchema();

/** When a complaint is felt or worst. */
export const TimingSchema = timingSchema();

/** A recent change to training. */
export const TrainingChangeSchema = trainingChangeSchema();

/** Training context: what the runner has been doing. */
export const TrainingSchema = trainingSchema();

/** A path through the compensation graph: links end to start, never visiting a state twice. */
export const ChainPathSchema = chainPathSchema();

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
export const ChainSchema = chainSchema();

/** One step of a path: a link, and the side of the body it ends on when a side is known. */
export const ChainStepSchema = chainStepSchema();

/** The condition a structure is in, as a node of the compensation graph. */
export const ConditionSchema = conditionSchema();

/** A movement fault as a state. */
export const FaultStateSchema = faultStateSchema();

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
export const LinkSchema = linkSchema();

/** How one state leads to the next. */
export const MechanismSchema = mechanismSchema();

/** A movement fault: how the stride changes, as a node of the compensation graph. */
export const MovementFaultSchema = movementFaultSchema();

/** An observed symptom to explain: what is felt, where, on which side, and what did not help. */
export const ObservationSchema = observationSchema();

/** Something a runner tried against a complaint. */
export const ReliefSchema = reliefSchema();

/** What a runner feels. */
export const SensationSchema = sensationSchema();

/** Whether a link stays on the side it starts on, or crosses to the other. */
export const SideRelationSchema = sideRelationSchema();

/** A side of the body; `both` for complaints on both sides. */
export const SideSchema = sideSchema();

/** A node of the compensation graph: a structure in a condition, or a movement fault. */
export const StateSchema = stateSchema();

/** A structure in a condition, e.g. gluteus maximus, weak. */
export const StructureStateSchema = structureStateSchema();

/** A symptom a link produces: what is felt, and where. */
export const SymptomSchema = symptomSchema();

/** The external vocabularies the structures are cross-walked to. */
export const VocabularyIdSchema = vocabularyIdSchema();

/** One key of an external vocabulary and the structures of this library it stands for. */
export const VocabularyKeySchema = vocabularyKeySchema();

/**
 * An external vocabulary (exercise database or body-map component) and every one of its keys
 * mapped to structures.
 */
export const VocabularySchema = vocabularySchema();

/**
 * How strong the evidence behind a knowledge item is.
 *
 * - `reference`: established anatomy or a reference system's own data (identifiers, vocabulary
 *   keys), recorded in a reference ontology or database. Not a clinical claim; allowed only
 *   where a reference system is cited.
 * - `high`: a systematic review of trials, or a guideline's recommendation.
 * - `moderate`: a systematic review, a trial, or consistent prospective cohorts.
 * - `low`: one cohort; cross-sectional, case-control, diagnostic, EMG or cadaver studies; narrative
 *   reviews; or indirect evidence.
 * - `very-low`: conflicting or very indirect findings.
 * - `practitioner-opinion`: only a practitioner's or runner's account (the seed articles); no
 *   research found. Every claim that research has not verified carries this grade.
 *
 * No item may be graded above what the kinds of its sources and its verdict allow: see
 * `gradeCeiling` in `kinetic-chain/evidence`.
 */
export const EvidenceGradeSchema = evidenceGradeSchema();

/**
 * The provenance of one knowledge item, as a standalone schema.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from "kinetic-chain/schemas";
 *
 * EvidenceSchema.parse({ sources: ["seed-002"], grade: "practitioner-opinion" });
 * ```
 */
export const EvidenceSchema = evidenceSchema();

/**
 * The research verdict on a seed claim, kept beside the claim rather than replacing it.
 */
export const VerdictSchema = verdictSchema();

/**
 * What research says about a claim that a seed article makes.
 *
 * - `supported`: research agrees.
 * - `contested`: studies disagree, or the claim is a debated clinical model.
 * - `unverified`: no study was found that tests it.
 * - `contradicted`: a study that tested it found otherwise.
 */
export const VerdictStatusSchema = verdictStatusSchema();

/** A seed claim that no other collection encodes, with its research verdict (see `listClaims`). */
export const ClaimSchema = claimSchema();

/** What a seed claim is about: recovery, nutrition, footwear, running form, screening, ... */
export const ClaimTopicSchema = claimTopicSchema();

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
export const SlugSchema = slugSchema();

/** Non-empty text written in the library's own words. */
export const TextSchema = textSchema();

/** Measured muscle activation during an exercise, as a percentage of maximal voluntary isometric contraction. */
export const ActivationSchema = activationSchema();

/**
 * A dosage: sets of reps, holds or timed work, per side or not, with rest, tempo, load,
 * frequency and weeks. Valid shapes: `reps`; `holdSeconds`; `reps` with `holdSeconds` (each rep
 * held, as in a press-up held 5 s); or `durationSeconds` alone (timed work such as foam rolling).
 *
 * @example
 * ```ts
 * import { DosageSchema } from "kinetic-chain/schemas";
 *
 * DosageSchema.parse({ sets: 3, holdSeconds: 30, perSide: true, frequency: { times: 1, per: "day" } });
 * ```
 */
export const DosageSchema = dosageSchema();

/** Equipment an exercise needs; `none` for nothing (a wall or floor counts as nothing). */
export const EquipmentSchema = equipmentSchema();

/** What kind of exercise it is. */
export const ExerciseKindSchema = exerciseKindSchema();

/**
 * An exercise: what it works and how, measured activation where research gives it, position,
 * equipment, cues and faults in our own words, contraindications, easier and harder variants,
 * and a default dosage.
 */
export const ExerciseSchema = exerciseSchema();

/** A structure an exercise works on, and how. */
export const ExerciseTargetSchema = exerciseTargetSchema();

/** The contraindications of an exercise as data: causes, findings and sensations that rule it out. */
export const RuledOutBySchema = ruledOutBySchema();

/** A kind of bone loading an exercise involves: impact or single-leg. */
export const LoadingSchema = loadingSchema();

/** How often: so many times per day or per week. */
export const FrequencySchema = frequencySchema();

/** Load used for an exercise. */
export const LoadSchema = loadSchema();

/** The body position an exercise is done in. */
export const PositionSchema = positionSchema();

/** How an exercise works on a structure. */
export const TargetActionSchema = targetActionSchema();

/**
 * What kind of cause a hypothesis is:
 * - `compensation`: a weak, inhibited or tight structure pushing load onto others;
 * - `soreness`: ordinary post-exercise muscle soreness;
 * - `training`: how the running was loaded or recovered from;
 * - `injury`: a specific running injury to be assessed by a professional;
 * - `serious`: a condition behind red flags that needs prompt medical care.
 */
export const HypothesisKindSchema = hypothesisKindSchema();

/** A possible cause of a runner's complaint that the assessment can rank. */
export const HypothesisSchema = hypothesisSchema();

/**
 * A calendar date written `YYYY-MM-DD` that exists on the calendar (`2024-02-29` passes,
 * `2025-02-30` and `2025-13-01` do not), with a four-digit year from 1000 to 9999. No time and no
 * time zone: a date is the runner's own calendar day, and every load function counts whole days.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "kinetic-chain/schemas";
 *
 * IsoDateSchema.parse("2025-03-14"); // ok
 * IsoDateSchema.safeParse("2025-02-30").success; // false
 * ```
 */
export const IsoDateSchema = isoDateSchema();

/**
 * A rule of thumb about training load or soreness, as practitioners state it or research
 * proposes it, with the research verdict beside it. The load functions return the guideline
 * they rest on so that an app can show its caveat next to the number.
 *
 * @example
 * ```ts
 * import { LoadGuidelineSchema } from "kinetic-chain/schemas";
 *
 * LoadGuidelineSchema.parse({
 *   id: "doms-window",
 *   name: "Delayed-onset soreness time course",
 *   claim: "Soreness after unaccustomed work peaks one to three days later and clears within a week.",
 *   sources: ["cheung-2003"],
 *   grade: "moderate",
 * });
 * ```
 */
export const LoadGuidelineSchema = loadGuidelineSchema();

/**
 * One run from a training log: the day it was run and how far. Keys other than these are
 * dropped when a function reads a run.
 *
 * @example
 * ```ts
 * import { RunSchema } from "kinetic-chain/schemas";
 *
 * RunSchema.parse({ date: "2025-03-14", distanceKm: 10.5, durationMin: 58 });
 * ```
 */
export const RunSchema = runSchema();

/**
 * What an app may add to a knowledge base with {@link index!extendKnowledgeBase}: its own sources,
 * structures, running roles, compensation links and chains. Every field is optional.
 */
export const KnowledgeBaseAdditionsSchema = knowledgeBaseAdditionsSchema();

/**
 * A whole knowledge base: the built-in one, or one an app has extended. Shape only; references
 * between items are checked by {@link index!validateKnowledgeBase}.
 */
export const KnowledgeBaseSchema = knowledgeBaseSchema();

/** Phases of the running gait cycle, stance first, then swing. */
export const GaitPhaseSchema = gaitPhaseSchema();

/** The plane of motion a running function works in. */
export const PlaneSchema = planeSchema();

/** A structure's part in a running function. */
export const RoleMemberSchema = roleMemberSchema();

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
export const RunningRoleSchema = runningRoleSchema();

/** How a runner did at the current step of a progression. */
export const FeedbackSchema = feedbackSchema();

/** One week's check-in for `buildPlan`'s `progress`: pain during, pain the next morning, target met. */
export const CheckInSchema = checkInSchema();

/** When to move on from a phase: pain during at most so much, the next morning back to usual, a target met. */
export const AdvanceCriteriaSchema = advanceCriteriaSchema();

/** A graded walk-run return to running. */
export const ReturnToRunSchema = returnToRunSchema();

/** One stage of a return-to-run programme. */
export const ReturnToRunStageSchema = returnToRunStageSchema();

/** Options of {@link index!buildPlan}. */
export const PlanOptionsSchema = planOptionsSchema();

/**
 * A progression: ordered steps, with the criteria to advance (target met with good form, pain
 * the next day at most so much) and to step back (pain rising above a level).
 */
export const ProgressionSchema = progressionSchema();

/** One step of a progression: an exercise at a dosage. */
export const ProgressionStepSchema = progressionStepSchema();

/** One exercise of a protocol phase. */
export const ProtocolItemSchema = protocolItemSchema();

/** A phase of a protocol, e.g. activation, then loaded strength, then running-specific. */
export const ProtocolPhaseSchema = protocolPhaseSchema();

/** An exercise protocol for one cause (a hypothesis of the assessment). */
export const ProtocolSchema = protocolSchema();

/**
 * Holds when at least one complaint matches every field given. `where` lists body regions
 * and structure ids; a complaint matches when its location is one of them, is a structure in
 * one of the listed regions, or is the same structure as, or a group or member of, one listed.
 */
export const ComplaintConditionSchema = complaintConditionSchema();

/** A condition: a single test, at least one of several (`any`), or the negation of one (`not`). */
export const RuleConditionSchema = ruleConditionSchema();

/** Holds when the runner's age is known and within the bounds. */
export const AgeConditionSchema = ageConditionSchema();

/** Holds when a finding is present (`present` omitted or `true`), or when it was asked about and is absent (`present: false`). */
export const FindingConditionSchema = findingConditionSchema();

/** Holds when the life context has the factor: prior injury on the same side as a complaint; age over 50; pregnancy; a birth in the past year or 12 weeks; female sex. */
export const ContextConditionSchema = contextConditionSchema();

/** What a rule does when it fires. */
export const EffectSchema = effectSchema();

/**
 * Holds when the field test was done with a positive (abnormal) result: single-leg squat rated
 * poor or with the knee falling in; lateral hip pain within 30 s of single-leg stance; pelvic
 * drop on Trendelenburg; a bridge felt mainly in the hamstrings.
 */
export const FieldTestConditionSchema = fieldTestConditionSchema();

/** A single test on the report. */
export const LeafConditionSchema = leafConditionSchema();

/** Holds when the red flag was reported. */
export const RedFlagConditionSchema = redFlagConditionSchema();

/**
 * A symptom-to-cause or triage rule, as data: when every condition holds, every effect applies.
 *
 * @example
 * ```ts
 * import { RuleSchema } from "kinetic-chain/schemas";
 *
 * RuleSchema.parse({
 *   id: "soreness-beyond-a-week",
 *   description: "Soreness lasting more than a week is not ordinary post-run soreness.",
 *   when: [{ kind: "complaint", sensations: ["soreness"], minDays: 8 }],
 *   then: [{ kind: "triage", level: "consult", running: "reduce" }, { kind: "oppose", hypothesis: "delayed-onset-muscle-soreness", weight: 0.8 }],
 *   sources: ["seed-003", "cheung-2003"],
 *   grade: "practitioner-opinion",
 * });
 * ```
 */
export const RuleSchema = ruleSchema();

/** Holds when the runner reported this recent change to training. */
export const TrainingChangeConditionSchema = trainingChangeConditionSchema();

/**
 * Holds when the training data show the signal: the last week more than 10% (or 30%) above the
 * one before; a run in the last week more than 10% longer than the longest of the 30 days
 * before it; an acute:chronic workload ratio above 1.3.
 */
export const TrainingConditionSchema = trainingConditionSchema();

/**
 * Where in the project's shared material a source is recorded, so every citation can be traced
 * back to a file that names it.
 */
export const OriginSchema = originSchema();

/** The form a seed article takes. */
export const SeedFormatSchema = seedFormatSchema();

/**
 * What kind of work a source is. Research designs first, then reference systems and
 * practitioner opinion (the seed articles).
 */
export const SourceKindSchema = sourceKindSchema();

/**
 * One source the knowledge base cites: a seed article, a research paper or a reference system.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "kinetic-chain/schemas";
 *
 * SourceSchema.parse({
 *   id: "noehren-2014",
 *   kind: "case-control",
 *   citation: "Noehren 2014, JOSPT 44:217",
 *   year: 2014,
 *   summary: "Runners with ITBS had weaker hip external rotators than controls.",
 *   origin: { file: "research/evidence.md", anchor: "Noehren 2014" },
 * });
 * ```
 */
export const SourceSchema = sourceSchema();

/** One action of a structure: the movement it produces or controls at a joint. */
export const ActionSchema = actionSchema();

/** A joint (or joint complex) that a structure moves or controls. */
export const JointSchema = jointSchema();

/** A movement at a joint. `stabilization` is holding a position against load rather than moving. */
export const MovementSchema = movementSchema();

/**
 * Ontology identifiers. Only ids from the verified table in the project's research notes are
 * shipped; a field is absent where the table says unverified. SNOMED CT codes are never shipped.
 */
export const OntologySchema = ontologySchema();

/** The body region a structure sits in. */
export const RegionSchema = regionSchema();

/** What a structure is: a muscle, a group of muscles, or a non-muscle tissue that running pain involves. */
export const StructureKindSchema = structureKindSchema();

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
export const StructureSchema = structureSchema();

/** A red-flag finding a runner or an app can report. */
export const RedFlagIdSchema = redFlagIdSchema();

/** Every finding id a report may give in `findings`: the red flags, then the other findings. */
export const FindingIdSchema = findingIdSchema();

/**
 * A red flag: a finding that may mean something serious, the triage level it sets as a floor on
 * its own, what to do about running, and why.
 */
export const RedFlagSchema = redFlagSchema();

/** What to do about running meanwhile, least restrictive first. */
export const RunningAdviceSchema = runningAdviceSchema();

/**
 * How urgently a runner should get help, most urgent first:
 * - `emergency`: now (emergency department / ambulance);
 * - `urgent`: within 24 hours;
 * - `consult`: see a professional (physiotherapist, sports doctor) soon, not urgently;
 * - `self-care`: manage it yourself, watching for change.
 */
export const TriageLevelSchema = triageLevelSchema();
