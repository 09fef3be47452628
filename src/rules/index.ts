/**
 * Symptom-to-cause and triage rules, as data: each rule has conditions on the runner's report
 * and effects (support or oppose a hypothesis, raise triage, trace the compensation graph
 * back), with sources and an evidence grade. `assess` evaluates them. Zod-free.
 *
 * @example
 * ```ts
 * import { listRules } from "kinetic-chain/assess";
 *
 * listRules({ hypothesis: "gluteal-tendinopathy" }).map((rule) => rule.description);
 * ```
 *
 * @module
 */
import type { Effect, Rule } from "./schema";
import { rules, type RuleId } from "./dictionary";
export type { RuleId } from "./dictionary";

export type { RuleCondition, Effect, LeafCondition, Rule } from "./schema";

/**
 * The rule with this id.
 *
 * @param id - A rule id.
 * @returns The rule (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the data.
 * @example
 * ```ts
 * import { getRule, listRules, type RuleId } from "kinetic-chain/assess";
 *
 * getRule(listRules()[0]!.id as RuleId).then;
 * ```
 */
export function getRule(id: RuleId): Rule {
  return rules.get(id);
}

/**
 * Looks a rule up by id, ignoring case, spaces and hyphens.
 *
 * @param text - A rule id.
 * @returns The rule, or `undefined`.
 * @example
 * ```ts
 * import { findRule } from "kinetic-chain/assess";
 *
 * findRule("Soreness beyond a week");
 * ```
 */
export function findRule(text: string): Rule | undefined {
  return rules.find(text);
}

/** Narrows {@link listRules}; every field given must match. */
export interface RuleFilter {
  /** Only rules with an effect on this hypothesis. */
  readonly hypothesis?: string;
  /** Only rules with an effect of this kind. */
  readonly effect?: Effect["kind"];
}

/**
 * Every rule, optionally filtered, in data order.
 *
 * @param filter - Hypothesis and effect kind to match; omit for every rule.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listRules } from "kinetic-chain/assess";
 *
 * listRules({ effect: "triage" }).length;
 * ```
 */
export function listRules(filter: RuleFilter = {}): readonly Rule[] {
  const { hypothesis, effect } = filter ?? {};
  return Object.freeze(
    rules.all.filter((rule) =>
      rule.then.some(
        (e) => (effect === undefined || e.kind === effect) && (hypothesis === undefined || ("hypothesis" in e && e.hypothesis === hypothesis)),
      ),
    ),
  );
}

/**
 * Whether a value is a rule id.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link RuleId}.
 * @example
 * ```ts
 * import { isRuleId } from "kinetic-chain/assess";
 *
 * isRuleId("made-up"); // false
 * ```
 */
export function isRuleId(value: unknown): value is RuleId {
  return rules.is(value);
}
