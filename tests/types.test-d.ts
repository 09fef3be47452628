import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod/mini";
import {
  extendKnowledgeBase,
  findStructure,
  fromVocabulary,
  getRunningRole,
  getSource,
  getStructure,
  isStructureId,
  knowledgeBase,
  listStructures,
  safeExtendKnowledgeBase,
  toVocabulary,
  validateKnowledgeBase,
  type KineticChainError,
  type KnowledgeBase,
  type KnowledgeIssue,
  type RunningRoleId,
  type SourceId,
  type Structure,
  type StructureId,
  type VocabularyId,
} from "../src";
import { StructureSchema } from "../src/schemas";
import { getStructure as getFromSubpath } from "../src/structures";

describe("public types", () => {
  it("derives ids from the data, so a typo is a compile error", () => {
    expectTypeOf<"gluteus-medius">().toExtend<StructureId>();
    expectTypeOf<"hip-extension-at-push-off">().toExtend<RunningRoleId>();
    expectTypeOf<"noehren-2014">().toExtend<SourceId>();
    expectTypeOf<"gluteus-maximum">().not.toExtend<StructureId>();
    // @ts-expect-error -- not a structure id
    getStructure("gluteus-maximum");
    // @ts-expect-error -- not a role id
    getRunningRole("sprinting");
    // @ts-expect-error -- not a source id
    getSource("smith-2099");
    // @ts-expect-error -- not a vocabulary
    toVocabulary("soleus", "musclewiki");
    expectTypeOf<VocabularyId>().toEqualTypeOf<
      "free-exercise-db" | "wger" | "react-body-highlighter" | "react-muscle-highlighter"
    >();
  });

  it("infers the domain types from their schemas", () => {
    expectTypeOf<Structure>().toEqualTypeOf<z.infer<typeof StructureSchema>>();
    expectTypeOf(getStructure("soleus")).toEqualTypeOf<Structure>();
    expectTypeOf(getFromSubpath).toEqualTypeOf(getStructure);
    expectTypeOf(findStructure("calf")).toEqualTypeOf<Structure | undefined>();
    expectTypeOf(listStructures()).toEqualTypeOf<readonly Structure[]>();
    expectTypeOf(fromVocabulary("wger", 8)).toEqualTypeOf<readonly Structure[]>();
    expectTypeOf(toVocabulary("soleus", "wger")).toEqualTypeOf<readonly string[]>();
  });

  it("exposes read-only data", () => {
    const structure = getStructure("soleus");
    // @ts-expect-error -- read-only
    structure.name = "Calf";
    // @ts-expect-error -- read-only array
    structure.aliases.push("x");
    expectTypeOf(knowledgeBase).toEqualTypeOf<KnowledgeBase>();
  });

  it("narrows outside values and reports problems as typed data", () => {
    const raw: unknown = "soleus";
    if (isStructureId(raw)) expectTypeOf(raw).toEqualTypeOf<StructureId>();
    expectTypeOf(validateKnowledgeBase).returns.toEqualTypeOf<readonly KnowledgeIssue[]>();
    expectTypeOf(extendKnowledgeBase).returns.toEqualTypeOf<KnowledgeBase>();
    const result = safeExtendKnowledgeBase(knowledgeBase, {});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<KnowledgeBase>();
    else expectTypeOf(result.error).toEqualTypeOf<KineticChainError>();
    expectTypeOf<KnowledgeIssue["code"]>().toExtend<string>();
  });
});
