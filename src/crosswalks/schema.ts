import * as z from "zod/mini";
import { SlugSchema, TextSchema } from "../internal/slug";

/** The external vocabularies the structures are cross-walked to. */
export const VocabularyIdSchema = /* @__PURE__ */ z.enum([
  "free-exercise-db",
  "wger",
  "react-body-highlighter",
  "react-muscle-highlighter",
]);

/** The id of an external vocabulary. */
export type VocabularyId = z.infer<typeof VocabularyIdSchema>;

/** One key of an external vocabulary and the structures of this library it stands for. */
export const VocabularyKeySchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** The key exactly as the vocabulary spells it (wger's numeric muscle ids as strings). */
    key: TextSchema,
    /** The vocabulary's own label for the key, where it has one. */
    label: z.optional(TextSchema),
    /** Ids of the structures the key covers; empty when the key lies outside the running model. */
    structures: z.readonly(z.array(SlugSchema)),
    /** Why the mapping is as it is, where that is not obvious. */
    note: z.optional(TextSchema),
  }),
);

/** One key of an external vocabulary and the structures it stands for. */
export type VocabularyKey = z.infer<typeof VocabularyKeySchema>;

/**
 * An external vocabulary (exercise database or body-map component) and every one of its keys
 * mapped to structures.
 */
export const VocabularySchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    /** The vocabulary's id. */
    id: VocabularyIdSchema,
    /** Its name, as its project calls itself. */
    name: TextSchema,
    /** Where its keys live in its project, e.g. a file path. */
    location: TextSchema,
    /** Id of the source (a reference system) that records it. */
    source: SlugSchema,
    /** Every key of the vocabulary, in its own order. */
    keys: z.readonly(z.array(VocabularyKeySchema)),
  }),
);

/** An external vocabulary with every key mapped. */
export type Vocabulary = z.infer<typeof VocabularySchema>;
