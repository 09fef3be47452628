import { createDictionary } from "../internal/dictionary";
import { redFlagData } from "./data";
import type { RedFlag, RedFlagId } from "./schema";
/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const redFlags = /* @__PURE__ */ createDictionary<RedFlag, RedFlagId>({ noun: "red flag", getter: "getRedFlag" }, redFlagData, (flag) => [
  flag.label,
]);
