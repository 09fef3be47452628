import { createDictionary } from "../internal/dictionary";
import { claimData } from "./claims.data";
import type { Claim } from "./schema";

/** Id of a built-in seed claim, derived from the data: a typo is a compile error. */
export type ClaimId = ReturnType<typeof claimData>[number]["id"];

/**
 * The built-in claims' lookups, shared by the accessors; built on first use.
 *
 * @internal
 */
export const claims = /* @__PURE__ */ createDictionary<Claim, ClaimId>(
  { noun: "claim", getter: "getClaim" },
  claimData,
  (claim) => [claim.name],
);
