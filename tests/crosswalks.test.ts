import { describe, expect, it } from "vitest";
import {
  fromVocabulary,
  getVocabulary,
  isStructureId,
  knowledgeBase,
  listVocabularies,
  toVocabulary,
  type StructureId,
  type VocabularyId,
} from "../src";
import { vocabularyKeys } from "./helpers/research";

const VOCABULARIES = ["free-exercise-db", "wger", "react-body-highlighter", "react-muscle-highlighter"] as const;

describe("cross-walks", () => {
  const expected = vocabularyKeys();

  it.each(VOCABULARIES)("%s: covers every key of the vocabulary, exactly as spelled, in order", (id) => {
    expect(getVocabulary(id).keys.map((entry) => entry.key)).toEqual(expected[id]);
  });

  it("has the key counts the research notes give", () => {
    expect(VOCABULARIES.map((id) => expected[id].length)).toEqual([17, 16, 22, 23]);
  });

  it("maps only to existing structures, and explains every empty key", () => {
    for (const vocabulary of listVocabularies()) {
      for (const entry of vocabulary.keys) {
        for (const id of entry.structures) expect(isStructureId(id), `${vocabulary.id}:${entry.key} → ${id}`).toBe(true);
        if (entry.structures.length === 0) expect(entry.note, `${vocabulary.id}:${entry.key}`).toBeTruthy();
      }
    }
  });

  it("goes both ways: every key → structure link has the structure → key link", () => {
    for (const vocabulary of listVocabularies()) {
      for (const entry of vocabulary.keys) {
        for (const structure of fromVocabulary(vocabulary.id, entry.key)) {
          expect(toVocabulary(structure.id as StructureId, vocabulary.id)).toContain(entry.key);
        }
      }
    }
    for (const structure of knowledgeBase.structures) {
      for (const vocabulary of VOCABULARIES) {
        for (const key of toVocabulary(structure.id as StructureId, vocabulary)) {
          expect(fromVocabulary(vocabulary, key)).toContain(structure);
        }
      }
    }
  });

  it("lets a body map colour the muscles runners ask about", () => {
    const bodyMaps: VocabularyId[] = ["react-body-highlighter", "react-muscle-highlighter"];
    for (const id of ["gluteus-medius", "gluteus-maximus", "piriformis", "hamstrings", "soleus", "tensor-fasciae-latae"] as const) {
      expect(bodyMaps.flatMap((map) => toVocabulary(id, map)).length, id).toBeGreaterThan(0);
    }
  });

  it("lets a body map colour the injury sites: heel bone, navicular, knee joint, sit bone, pubic bone", () => {
    expect(toVocabulary("calcaneus", "react-muscle-highlighter")).toEqual(["feet"]);
    expect(toVocabulary("navicular", "react-muscle-highlighter")).toEqual(["feet"]);
    expect(toVocabulary("knee-joint", "react-body-highlighter")).toEqual(["knees"]);
    expect(toVocabulary("ischial-tuberosity", "react-body-highlighter")).toEqual(["hamstring"]);
    expect(toVocabulary("pubic-ramus", "react-muscle-highlighter")).toEqual(["adductors"]);
    expect(toVocabulary("anterior-tibial-cortex", "react-muscle-highlighter")).toEqual(["tibialis"]);
  });

  it("reaches every muscle from some vocabulary, except the deep hip flexors no body map draws", () => {
    const unreachable = knowledgeBase.structures
      .filter((s) => s.kind === "muscle" && VOCABULARIES.every((v) => toVocabulary(s.id as StructureId, v).length === 0))
      .map((s) => s.id);
    expect(unreachable.sort()).toEqual(["iliacus", "psoas-major"]);
  });

  it("accepts wger's numeric ids as numbers or strings", () => {
    expect(fromVocabulary("wger", 8)).toEqual(fromVocabulary("wger", "8"));
    expect(fromVocabulary("wger", 8).map((s) => s.id)).toEqual(["gluteus-maximus"]);
    expect(fromVocabulary("wger", 99)).toEqual([]);
  });
});
