import * as z from "zod/mini";
import { chainSchema, linkSchema } from "../chains/schema";
import { vocabularySchema } from "../crosswalks/schema";
import { runningRoleSchema } from "../roles/schema";
import { sourceSchema } from "../sources/schema";
import { structureSchema } from "../structures/schema";
import { once } from "../internal/once";

/** Builds `KnowledgeBaseSchema` (public in `kinetic-chain/schemas`) on first use. */
export const knowledgeBaseSchema = /* @__PURE__ */ once(() => z.readonly(
  z.object({
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
}));

/** What an app may add to a knowledge base. */
export type KnowledgeBaseAdditions = z.input<ReturnType<typeof knowledgeBaseAdditionsSchema>>;
