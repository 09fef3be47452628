import * as z from "zod/mini";
import { slugSchema, textSchema } from "../internal/slug";
import { once } from "../internal/once";

/** Builds `VocabularyIdSchema` (public in `kinetic-chain/schemas`) on first use. */
export const vocabularyIdSchema = /* @__PURE__ */ once(() => z.enum([
  "free-exercise-db",
  "wger",
  "react-body-highlighter",
  "react-muscle-highlighter",
]));

/** The id of an external vocabulary. */
export type VocabularyId = z.infer<ReturnType<typeof vocabularyIdSchema>>;

/** Builds `VocabularyKeySchema` (public in `kinetic-chain/schemas`) on first use. */
export const vocabularyKeySchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** The key exactly as the vocabulary spells it (wger's numeric muscle ids as strings). */
    key: textSchema(),
    /** The vocabulary's own label for the key, where it has one. */
    label: z.optional(textSchema()),
    /** Ids of the structures the key covers; empty when the key lies outside the running model. */
    structures: z.readonly(z.array(slugSchema())),
    /** Why the mapping is as it is, where that is not obvious. */
    note: z.optional(textSchema()),
  }),
));

/** One key of an external vocabulary and the structures it stands for. */
export type VocabularyKey = z.infer<ReturnType<typeof vocabularyKeySchema>>;

/** Builds `VocabularySchema` (public in `kinetic-chain/schemas`) on first use. */
export const vocabularySchema = /* @__PURE__ */ once(() => z.readonly(
  z.strictObject({
    /** The vocabulary's id. */
    id: vocabularyIdSchema(),
    /** Its name, as its project calls itself. */
    name: textSchema(),
    /** Where its keys live in its project, e.g. a file path. */
    location: textSchema(),
    /** Id of the source (a reference system) that records it. */
    source: slugSchema(),
    /** Every key of the vocabulary, in its own order. */
    keys: z.readonly(z.array(vocabularyKeySchema())),
  }),
));

/** An external vocabulary with every key mapped. */
export type Vocabulary = z.infer<ReturnType<typeof vocabularySchema>>;
