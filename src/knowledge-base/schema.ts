import * as z from "zod/mini";
import { ChainSchema, LinkSchema } from "../links/schema";
import { VocabularySchema } from "../crosswalks/schema";
import { RunningRoleSchema } from "../roles/schema";
import { SourceSchema } from "../sources/schema";
import { StructureSchema } from "../structures/schema";
import { IntakeQuestionSchema } from "../report/schema";
import { ExerciseSchema } from "../exercises/schema";
import { HypothesisSchema } from "../hypotheses/schema";
import { LoadGuidelineSchema } from "../load/schema";
import { ProgressionSchema, ProtocolSchema } from "../protocols/schema";
import { RuleSchema } from "../rules/schema";
import { RedFlagSchema } from "../triage/schema";

/**
 * A whole knowledge base: the built-in one, or one an app has extended. Shape only; references
 * between items are checked by {@link index!validateKnowledgeBase}.
 */
export const KnowledgeBaseSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** The source registry every item cites from. */
    sources: z.readonly(z.array(SourceSchema)),
    /** Muscles, groups and other structures. */
    structures: z.readonly(z.array(StructureSchema)),
    /** Running functions with their primary and secondary structures. */
    roles: z.readonly(z.array(RunningRoleSchema)),
    /** Cross-walks to external vocabularies. */
    vocabularies: z.readonly(z.array(VocabularySchema)),
    /** The links of the compensation graph. */
    links: z.readonly(z.array(LinkSchema)),
    /** Named compensation chains, made of links. */
    chains: z.readonly(z.array(ChainSchema)),
    /** Red flags: findings that set a triage floor by themselves. */
    redFlags: z.readonly(z.array(RedFlagSchema)),
    /** Possible causes of a runner's complaint, with their triage floors and running advice. */
    hypotheses: z.readonly(z.array(HypothesisSchema)),
    /** Symptom-to-cause and triage rules over a report. */
    rules: z.readonly(z.array(RuleSchema)),
    /** The intake questionnaire. */
    questions: z.readonly(z.array(IntakeQuestionSchema)),
    /** Exercises with targets, dosage, cues and contraindications. */
    exercises: z.readonly(z.array(ExerciseSchema)),
    /** Progressions: exercise steps with the criteria to advance or step back. */
    progressions: z.readonly(z.array(ProgressionSchema)),
    /** Exercise protocols, one or more per cause that self-care can address. */
    protocols: z.readonly(z.array(ProtocolSchema)),
    /** Training-load guidelines. */
    loadGuidelines: z.readonly(z.array(LoadGuidelineSchema)),
  }),
);

/** A whole knowledge base. */
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;

/**
 * What an app may add to a knowledge base with {@link index!extendKnowledgeBase}: its own sources,
 * structures, running roles, compensation links and chains. Every field is optional.
 */
export const KnowledgeBaseAdditionsSchema = /* @__PURE__ */ z.strictObject({
  /** Sources to add to the registry. */
  sources: z.optional(z.readonly(z.array(SourceSchema))),
  /** Structures to add. */
  structures: z.optional(z.readonly(z.array(StructureSchema))),
  /** Running roles to add. */
  roles: z.optional(z.readonly(z.array(RunningRoleSchema))),
  /** Compensation links to add. */
  links: z.optional(z.readonly(z.array(LinkSchema))),
  /** Compensation chains to add. */
  chains: z.optional(z.readonly(z.array(ChainSchema))),
  /** Cross-walks to add (new vocabularies). */
  vocabularies: z.optional(z.readonly(z.array(VocabularySchema))),
  /** Red flags to add: new ids only, so the built-in flags and their floors stay as they are. */
  redFlags: z.optional(z.readonly(z.array(RedFlagSchema))),
  /** Hypotheses to add, with their triage floors. */
  hypotheses: z.optional(z.readonly(z.array(HypothesisSchema))),
  /** Rules to add; they run beside the built-in ones, which always apply. */
  rules: z.optional(z.readonly(z.array(RuleSchema))),
  /** Intake questions to add. */
  questions: z.optional(z.readonly(z.array(IntakeQuestionSchema))),
  /** Exercises to add. */
  exercises: z.optional(z.readonly(z.array(ExerciseSchema))),
  /** Progressions to add. */
  progressions: z.optional(z.readonly(z.array(ProgressionSchema))),
  /** Protocols to add. */
  protocols: z.optional(z.readonly(z.array(ProtocolSchema))),
  /** Training-load guidelines to add. */
  loadGuidelines: z.optional(z.readonly(z.array(LoadGuidelineSchema))),
});

/** What an app may add to a knowledge base. */
export type KnowledgeBaseAdditions = z.input<typeof KnowledgeBaseAdditionsSchema>;
