/**
 * The same symptom-to-cause rules `assess` uses, expressed for json-rules-engine, the popular
 * JSON rules engine a developer would otherwise reach for.
 *
 * How the translation is kept fair:
 * - Both engines start from the same derived facts (`factsOf(report)`): red flags, positive
 *   field tests, training signals and changes, context factors and the complaints with the
 *   structures at their locations. Neither side pays for validation or fact derivation.
 * - Every rule becomes one json-rules-engine rule with the same conditions: `all` of the rule's
 *   conditions, `any` and `not` mapped to the engine's own `any` and `not`. Set membership uses a
 *   custom `has` operator; a complaint condition uses a custom `complaintMatches` operator that
 *   calls the very same matching function the library's engine uses.
 * - Both sides then apply the effects of the rules that fired with the same tally (support and
 *   opposition per hypothesis, the triage floor), so both produce the same ranked output.
 * - The library's side is its real path: the rule index, `evaluateRule`, and the tally.
 */
import { Engine, type TopLevelCondition } from "json-rules-engine";
import type { Facts } from "../src/rules/evaluate";
import { complaintMatches } from "../src/rules/evaluate";
import type { LeafCondition, Rule, RuleCondition } from "../src/rules/schema";

type JreCondition = Record<string, unknown>;

function leaf(condition: LeafCondition): JreCondition {
  switch (condition.kind) {
    case "complaint":
      return { fact: "facts", operator: "complaintMatches", value: condition };
    case "red-flag":
      return { fact: "present", operator: "has", value: condition.flag };
    case "finding":
      return { fact: condition.present === false ? "absent" : "present", operator: "has", value: condition.finding };
    case "age":
      return { fact: "facts", operator: "ageWithin", value: condition };
    case "field-test":
      return { fact: "positiveTests", operator: "has", value: condition.test };
    case "training":
      return { fact: "signals", operator: "has", value: condition.signal };
    case "training-change":
      return { fact: "changes", operator: "has", value: condition.change };
    case "context":
      return { fact: "context", operator: "has", value: condition.factor };
  }
}

function condition(c: RuleCondition): JreCondition {
  if (c.kind === "any") return { any: c.of.map(leaf) };
  if (c.kind === "not") return { not: leaf(c.of) };
  return leaf(c);
}

/** A json-rules-engine engine holding the given rules. */
export function jsonRulesEngine(rules: readonly Rule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator("has", (factValue: unknown, value: unknown) => (factValue as ReadonlySet<unknown>).has(value));
  engine.addOperator("ageWithin", (factValue: unknown, value: unknown) => {
    const { age } = factValue as Facts;
    const { min = 0, max = Infinity } = value as { min?: number; max?: number };
    return age !== undefined && age >= min && age <= max;
  });
  engine.addOperator("complaintMatches", (factValue: unknown, value: unknown) => {
    const facts = factValue as Facts;
    return facts.complaints.some((entry) => complaintMatches(value as never, facts, entry));
  });
  for (const rule of rules) {
    engine.addRule({
      name: rule.id,
      conditions: { all: rule.when.map(condition) } as TopLevelCondition,
      event: { type: rule.id },
    });
  }
  return engine;
}

/** Runs the engine on derived facts; returns the ids of the rules that fired, in rule order. */
export async function runJsonRulesEngine(engine: Engine, facts: Facts, order: ReadonlyMap<string, number>): Promise<string[]> {
  const { events } = await engine.run({
    facts,
    present: facts.present,
    absent: facts.absent,
    positiveTests: facts.positiveTests,
    signals: facts.signals,
    changes: facts.changes,
    context: facts.context,
  });
  return events.map((event) => event.type).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
