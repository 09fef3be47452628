import { createDictionary } from "../internal/dictionary";
import { loadGuidelineData } from "./data";
import type { LoadGuideline } from "./schema";

/** Id of a built-in load guideline, derived from the data: a typo is a compile error. */
export type LoadGuidelineId = ReturnType<typeof loadGuidelineData>[number]["id"];

/**
 * The built-in load guidelines' lookups, shared by the accessors and the load functions.
 *
 * @internal
 */
export const loadGuidelines = /* @__PURE__ */ createDictionary<LoadGuideline, LoadGuidelineId>(
  { noun: "load guideline", getter: "getLoadGuideline" },
  loadGuidelineData,
  (guideline) => [guideline.name],
);
