import * as z from "zod/mini";
import { chainSchema, linkSchema } from "../links/schema";
import { vocabularySchema } from "../crosswalks/schema";
import { runningRoleSchema } from "../roles/schema";
import { sourceSchema } from "../sources/schema";
import { structureSchema } from "../structures/schema";
import { once } from "../internal/once";
import { intakeQuestionSchema } from "../report/schema";
import { exerciseSchema } from "../exercises/schema";
import { hypothesisSchema } from "../hypotheses/schema";
import { loadGuidelineSchema } from "../load/schema";
import { progressionSchema, protocolSchema } from "../protocols/schema";
import { ruleSchema } from "../rules/schema";
import { redFlagSchema } from "../triage/schema";

/**
 * Builds `KnowledgeBaseSchema` (public in `kinetic-chain/schemas`) on first use: every domain of
 * the library in one object, so an app can extend any of them and every function can run on the
 * result.
 */
export const knowledgeBaseSchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** The source registry every item cites from. */
    sources: z.readonly(z.array(sourceSchema())),
    /** Muscles, groups and other structures. */
    structures: z.readonly(z.array(structureSchema())),
    /** Running functions with their primary and secondary structures. */
    roles: z.readonly(z.array(runningRoleSchema())),
    /** Cross-walks to external vocabularies. */
    vocabularies: z.readonly(z.array(vocabularySchema())),
    /** The links of the compensation graph. */
    links: z.readonly(z.array(linkSchema())),
    /** Named compensation chains, made of links. */
    chains: z.readonly(z.array(chainSchema())),
    /** Red flags: findings that set a triage floor by themselves. */
    redFlags: z.readonly(z.array(redFlagSchema())),
    /** Possible causes of a runner's complaint, with their triage floors and running advice. */
    hypotheses: z.readonly(z.array(hypothesisSchema())),
    /** Symptom-to-cause and triage rules over a report. */
    rules: z.readonly(z.array(ruleSchema())),
    /** The intake questionnaire. */
    questions: z.readonly(z.array(intakeQuestionSchema())),
    /** Exercises with targets, dosage, cues and contraindications. */
    exercises: z.readonly(z.array(exerciseSchema())),
    /** Progressions: exercise steps with the criteria to advance or step back. */
    progressions: z.readonly(z.array(progressionSchema())),
    /** Exercise protocols, one or more per cause that self-care can address. */
    protocols: z.readonly(z.array(protocolSchema())),
    /** Training-load guidelines. */
    loadGuidelines: z.readonly(z.array(loadGuidelineSchema())),
  }),
));

/** A whole knowledge base. */
export type KnowledgeBase = z.infer<ReturnType<typeof knowledgeBaseSchema>>;

/** Builds `KnowledgeBaseAdditionsSchema` (public in `kinetic-chain/schemas`) on first use. */
export const knowledgeBaseAdditionsSchema = /* @__PURE__ */ once(() => z.strictObject({
  /** Sources to add to the registry. */
  sources: z.optional(z.readonly(z.array(sourceSchema()))),
  /** Structures to add. */
  structures: z.optional(z.readonly(z.array(structureSchema()))),
  /** Running roles to add. */
  roles: z.optional(z.readonly(z.array(runningRoleSchema()))),
  /** Compensation links to add. */
  links: z.optional(z.readonly(z.array(linkSchema()))),
  /** Compensation chains to add. */
  chains: z.optional(z.readonly(z.array(chainSchema()))),
  /** Cross-walks to add (new vocabularies). */
  vocabularies: z.optional(z.readonly(z.array(vocabularySchema()))),
  /** Red flags to add: new ids only, so the built-in flags and their floors stay as they are. */
  redFlags: z.optional(z.readonly(z.array(redFlagSchema()))),
  /** Hypotheses to add, with their triage floors. */
  hypotheses: z.optional(z.readonly(z.array(hypothesisSchema()))),
  /** Rules to add; they run beside the built-in ones, which always apply. */
  rules: z.optional(z.readonly(z.array(ruleSchema()))),
  /** Intake questions to add. */
  questions: z.optional(z.readonly(z.array(intakeQuestionSchema()))),
  /** Exercises to add. */
  exercises: z.optional(z.readonly(z.array(exerciseSchema()))),
  /** Progressions to add. */
  progressions: z.optional(z.readonly(z.array(progressionSchema()))),
  /** Protocols to add. */
  protocols: z.optional(z.readonly(z.array(protocolSchema()))),
  /** Training-load guidelines to add. */
  loadGuidelines: z.optional(z.readonly(z.array(loadGuidelineSchema()))),
}));

/** What an app may add to a knowledge base. */
export type KnowledgeBaseAdditions = z.input<ReturnType<typeof knowledgeBaseAdditionsSchema>>;
