import { createDictionary } from "../internal/dictionary";
import { STRUCTURE_DATA } from "./data";
import type { Structure } from "./schema";

/** Id of a built-in structure, derived from the data: a typo is a compile error. */
export type StructureId = (typeof STRUCTURE_DATA)[number]["id"];

/**
 * The built-in structures' lookups, shared by the accessors and by other domains.
 *
 * @internal
 */
export const structures = createDictionary<Structure, StructureId>(
  { noun: "structure", getter: "getStructure" },
  STRUCTURE_DATA,
  (structure) => [structure.name, structure.latinName, ...structure.aliases],
);
