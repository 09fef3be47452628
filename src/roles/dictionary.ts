import { createDictionary } from "../internal/dictionary";
import type { RunningRole } from "./schema";
import { runningRoleData } from "./data";
/** Id of a built-in running role, derived from the data: a typo is a compile error. */
export type RunningRoleId = ReturnType<typeof runningRoleData>[number]["id"];

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const roles = /* @__PURE__ */ createDictionary<RunningRole, RunningRoleId>(
  { noun: "running role", getter: "getRunningRole" },
  runningRoleData,
  (role) => [role.name],
);
