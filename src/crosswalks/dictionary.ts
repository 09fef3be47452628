import { createDictionary } from "../internal/dictionary";
import { vocabularyData } from "./data";
import type { Vocabulary, VocabularyId } from "./schema";
/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const vocabularies = /* @__PURE__ */ createDictionary<Vocabulary, VocabularyId>(
  { noun: "vocabulary", getter: "getVocabulary" },
  vocabularyData,
  (vocabulary) => [vocabulary.name],
);
