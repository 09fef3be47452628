import { createDictionary } from "../internal/dictionary";
import { ruleData } from "./data";
import { injuryRuleData } from "./injuries.data";
import type { Rule } from "./schema";
/** Id of a built-in rule, derived from the data: a typo is a compile error. */
export type RuleId = [...ReturnType<typeof ruleData>, ...ReturnType<typeof injuryRuleData>][number]["id"];

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const rules = /* @__PURE__ */ createDictionary<Rule, RuleId>({ noun: "rule", getter: "getRule" }, () => [...ruleData(), ...injuryRuleData()], () => []);
