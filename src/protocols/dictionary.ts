import { createDictionary } from "../internal/dictionary";
import { protocolData } from "./data";
import { injuryProgressionData, injuryProtocolData, returnToRunData } from "./injuries.data";
import { progressionData } from "./progressions.data";
import type { Progression, Protocol, ReturnToRun } from "./schema";
/** Id of a built-in protocol, derived from the data: a typo is a compile error. */
export type ProtocolId = [...ReturnType<typeof protocolData>, ...ReturnType<typeof injuryProtocolData>][number]["id"];

/** Id of a built-in progression, derived from the data. */
export type ProgressionId = [...ReturnType<typeof progressionData>, ...ReturnType<typeof injuryProgressionData>][number]["id"];

/** Id of a built-in return-to-run programme, derived from the data. */
export type ReturnToRunId = ReturnType<typeof returnToRunData>[number]["id"];

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const protocols = /* @__PURE__ */ createDictionary<Protocol, ProtocolId>(
  { noun: "protocol", getter: "getProtocol" },
  () => [...protocolData(), ...injuryProtocolData()],
  (p) => [p.name],
);

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const progressions = /* @__PURE__ */ createDictionary<Progression, ProgressionId>(
  { noun: "progression", getter: "getProgression" },
  () => [...progressionData(), ...injuryProgressionData()],
  (p) => [p.name],
);

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const returnToRunProgrammes = /* @__PURE__ */ createDictionary<ReturnToRun, ReturnToRunId>(
  { noun: "return-to-run programme", getter: "getReturnToRun" },
  returnToRunData,
  (p) => [p.name],
);
