import { createDictionary } from "../internal/dictionary";
import { structureData } from "./data";
import { injuryStructureData } from "./injuries.data";
import type { Structure } from "./schema";

/** Id of a built-in structure, derived from the data: a typo is a compile error. */
export type StructureId = [...ReturnType<typeof structureData>, ...ReturnType<typeof injuryStructureData>][number]["id"];

/**
 * The built-in structures' lookups, shared by the accessors and by other domains.
 *
 * @internal
 */
export const structures = /* @__PURE__ */ createDictionary<Structure, StructureId>(
  { noun: "structure", getter: "getStructure" },
  () => [...structureData(), ...injuryStructureData()],
  (structure) => [structure.name, structure.latinName, ...structure.aliases],
);
