import { createDictionary } from "../internal/dictionary";
import { protocolData } from "./data";
import { progressionData } from "./progressions.data";
import type { Progression, Protocol } from "./schema";
/** Id of a built-in protocol, derived from the data: a typo is a compile error. */
export type ProtocolId = ReturnType<typeof protocolData>[number]["id"];

/** Id of a built-in progression, derived from the data. */
export type ProgressionId = ReturnType<typeof progressionData>[number]["id"];

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const protocols = /* @__PURE__ */ createDictionary<Protocol, ProtocolId>({ noun: "protocol", getter: "getProtocol" }, protocolData, (p) => [p.name]);

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const progressions = /* @__PURE__ */ createDictionary<Progression, ProgressionId>(
  { noun: "progression", getter: "getProgression" },
  progressionData,
  (p) => [p.name],
);
