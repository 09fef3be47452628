import { createDictionary } from "../internal/dictionary";
import { sourceData } from "./data";
import { injurySourceData } from "./injuries.data";
import { protocolSourceData } from "./protocols.data";
import type { Source } from "./schema";
/** Id of a built-in source, derived from the data: a typo is a compile error. */
export type SourceId = [...ReturnType<typeof sourceData>, ...ReturnType<typeof injurySourceData>, ...ReturnType<typeof protocolSourceData>][number]["id"];

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const sources = /* @__PURE__ */ createDictionary<Source, SourceId>(
  { noun: "source", getter: "getSource" },
  () => [...sourceData(), ...injurySourceData(), ...protocolSourceData()],
  (source) => [source.title, source.citation],
);
