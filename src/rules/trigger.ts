import { match } from "ts-pattern";
import type { Facts } from "./evaluate";
import type { LeafCondition, Rule, RuleCondition } from "./schema";

/**
 * Rules filed by the facts they look at, so that a report is checked only against the rules
 * whose trigger occurs in it. A rule's trigger is one of its conditions (that must hold for the
 * rule to fire), preferring the most selective kind; the keys are the facts that can make it hold.
 *
 * @internal
 */
export interface RuleIndex {
  readonly rules: readonly Rule[];
  /** Fact key → positions of the rules triggered by it. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Positions of the rules with no positive condition (all `not`): always checked. */
  readonly always: readonly number[];
}

const ANY_COMPLAINT = "complaint";

/** The fact keys that can make a leaf hold; `resolve` gives the structures of a `where` entry. */
function leafKeys(leaf: LeafCondition, resolve: (where: string) => ReadonlySet<string>): readonly string[] {
  return match(leaf)
    .with({ kind: "complaint" }, (c) =>
      c.locatedAt !== undefined
        ? c.locatedAt.map((l) => `loc:${l}`)
        : c.where === undefined
          ? [ANY_COMPLAINT]
          : c.where.flatMap((w) => [`loc:${w}`, ...[...resolve(w)].map((s) => `at:${s}`)]),
    )
    .with({ kind: "red-flag" }, (c) => [`flag:${c.flag}`])
    .with({ kind: "finding" }, (c) => [c.present === false ? `absent:${c.finding}` : `flag:${c.finding}`])
    .with({ kind: "age" }, () => ["age"])
    .with({ kind: "field-test" }, (c) => [`test:${c.test}`])
    .with({ kind: "training" }, (c) => [`signal:${c.signal}`])
    .with({ kind: "training-change" }, (c) => [`change:${c.change}`])
    .with({ kind: "context" }, (c) => [`context:${c.factor}`])
    .exhaustive();
}

/** How selective a condition is as a trigger: lower is better; `undefined` cannot trigger. */
function rank(condition: RuleCondition): number | undefined {
  if (condition.kind === "not") return undefined;
  if (condition.kind === "any") return 3;
  if (condition.kind === "complaint") return condition.where === undefined ? 4 : 2;
  if (condition.kind === "age") return 5;
  return 1;
}

/**
 * Files rules by trigger.
 *
 * @internal
 */
export function indexRules(rules: readonly Rule[], resolve: (where: string) => ReadonlySet<string>): RuleIndex {
  const byKey = new Map<string, number[]>();
  const always: number[] = [];
  rules.forEach((rule, position) => {
    const trigger = rule.when
      .filter((condition) => rank(condition) !== undefined)
      .sort((a, b) => (rank(a) as number) - (rank(b) as number))[0];
    if (trigger === undefined) return void always.push(position);
    // `rank` never picks a `not` condition as a trigger.
    const leaves = trigger.kind === "any" ? trigger.of : [trigger as LeafCondition];
    for (const key of new Set(leaves.flatMap((leaf) => leafKeys(leaf, resolve)))) byKey.set(key, [...(byKey.get(key) ?? []), position]);
  });
  return { rules, byKey, always };
}

/**
 * The fact keys a report has. A complaint's key set includes the groups and members of its
 * structures, since a `where` structure matches a complaint at a related structure.
 *
 * @internal
 */
export function factKeys(facts: Facts): Set<string> {
  const keys = new Set<string>([ANY_COMPLAINT]); // every report has at least one complaint
  for (const { complaint, related } of facts.complaints) {
    keys.add(`loc:${complaint.location}`);
    for (const structure of related) keys.add(`at:${structure}`);
  }
  for (const finding of facts.present) keys.add(`flag:${finding}`);
  for (const finding of facts.absent) keys.add(`absent:${finding}`);
  if (facts.age !== undefined) keys.add("age");
  for (const test of facts.positiveTests) keys.add(`test:${test}`);
  for (const signal of facts.signals) keys.add(`signal:${signal}`);
  for (const change of facts.changes) keys.add(`change:${change}`);
  for (const factor of facts.context) keys.add(`context:${factor}`);
  return keys;
}

/**
 * The rules a report could fire, in rule order: those triggered by one of its fact keys, and
 * those always checked. A rule left out cannot fire, because its trigger cannot hold.
 *
 * @internal
 */
export function candidateRules(index: RuleIndex, keys: ReadonlySet<string>): readonly Rule[] {
  const positions = new Set(index.always);
  for (const key of keys) for (const position of index.byKey.get(key) ?? []) positions.add(position);
  return [...positions].sort((a, b) => a - b).map((position) => index.rules[position] as Rule);
}
