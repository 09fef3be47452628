import { createDictionary } from "../internal/dictionary";
import { LOAD_GUIDELINE_DATA } from "./data";
import type { LoadGuideline } from "./schema";

/** Id of a built-in load guideline, derived from the data: a typo is a compile error. */
export type LoadGuidelineId = (typeof LOAD_GUIDELINE_DATA)[number]["id"];

/**
 * The built-in load guidelines' lookups, shared by the accessors and the load functions.
 *
 * @internal
 */
export const loadGuidelines = createDictionary<LoadGuideline, LoadGuidelineId>(
  { noun: "load guideline", getter: "getLoadGuideline" },
  LOAD_GUIDELINE_DATA,
  (guideline) => [guideline.name],
);
