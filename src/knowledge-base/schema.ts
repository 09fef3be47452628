import * as z from "zod/mini";
import { ChainSchema, LinkSchema } from "../chains/schema";
import { VocabularySchema } from "../crosswalks/schema";
import { RunningRoleSchema } from "../roles/schema";
import { SourceSchema } from "../sources/schema";
import { StructureSchema } from "../structures/schema";

/**
 * A whole knowledge base: the built-in one, or one an app has extended. Shape only; references
 * between items are checked by {@link validateKnowledgeBase}.
 */
export const KnowledgeBaseSchema = z.readonly(
  z.object({
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
  }),
);

/** A whole knowledge base. */
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;

/**
 * What an app may add to a knowledge base with {@link extendKnowledgeBase}: its own sources,
 * structures, running roles, compensation links and chains. Every field is optional.
 */
export const KnowledgeBaseAdditionsSchema = z.object({
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
});

/** What an app may add to a knowledge base. */
export type KnowledgeBaseAdditions = z.input<typeof KnowledgeBaseAdditionsSchema>;
