import { match } from "ts-pattern";
import type { Complaint } from "../report/schema";
import type { RuleCondition, LeafCondition, Rule } from "./schema";

/** One complaint of a report, with the structures its location stands for. @internal */
export interface ComplaintFacts {
  /** Its index in the report. */
  readonly index: number;
  /** The complaint as reported. */
  readonly complaint: Complaint;
  /** The structures at its location: the structure itself, or a region's structures. */
  readonly structures: ReadonlySet<string>;
  /** Those structures with their groups and members: what a rule's `where` structure may match. */
  readonly related: ReadonlySet<string>;
}

/**
 * What the rules look at, derived once from a report: complaints with their structures, and the
 * sets of red flags, positive field tests, training signals and changes, and context factors.
 *
 * @internal
 */
export interface Facts {
  readonly complaints: readonly ComplaintFacts[];
  readonly redFlags: ReadonlySet<string>;
  /** Findings present: red flags (ticked, given as `true`, or read from the complaints) and other findings. */
  readonly present: ReadonlySet<string>;
  /** Findings the runner was asked about and said no to. */
  readonly absent: ReadonlySet<string>;
  /** Age in years, when given. */
  readonly age: number | undefined;
  readonly positiveTests: ReadonlySet<string>;
  readonly signals: ReadonlySet<string>;
  readonly changes: ReadonlySet<string>;
  readonly context: ReadonlySet<string>;
  /** The structures a `where` entry (a region or a structure id) stands for. */
  readonly resolve: (where: string) => ReadonlySet<string>;
}

/**
 * The leaf conditions of a rule: those inside `any`, and those under `not` only when asked (a
 * negated leaf must be absent for the rule to hold).
 *
 * @internal
 */
export function leavesOf(rule: Rule, { negated = false }: { readonly negated?: boolean } = {}): readonly LeafCondition[] {
  return rule.when.flatMap((c): readonly LeafCondition[] => (c.kind === "any" ? c.of : c.kind === "not" ? (negated ? [c.of] : []) : [c]));
}

/** Whether a condition holds, and which complaints it matched. @internal */
export interface Match {
  readonly holds: boolean;
  readonly complaints: readonly number[];
}

const NO: Match = /* @__PURE__ */ Object.freeze({ holds: false, complaints: [] });
const overlaps = <T>(wanted: readonly T[] | undefined, given: readonly T[] | undefined): boolean =>
  wanted === undefined || (given ?? []).some((value) => wanted.includes(value));

function matchesAny(wanted: ReadonlySet<string>, at: ReadonlySet<string>): boolean {
  for (const structure of wanted) if (at.has(structure)) return true;
  return false;
}

/** Whether one complaint matches a complaint condition. @internal */
export function complaintMatches(condition: Extract<LeafCondition, { kind: "complaint" }>, facts: Facts, entry: ComplaintFacts): boolean {
  const { complaint } = entry;
  const days = complaint.durationDays;
  return (
    (condition.where === undefined || condition.where.some((where) => where === complaint.location || matchesAny(facts.resolve(where), entry.related))) &&
    (condition.locatedAt === undefined || condition.locatedAt.includes(complaint.location)) &&
    overlaps(condition.sensations, complaint.sensations) &&
    overlaps(condition.when, complaint.when) &&
    (condition.onset === undefined || condition.onset === complaint.onset) &&
    // An unknown duration or severity never satisfies a bound.
    (condition.minDays === undefined || (days ?? -Infinity) >= condition.minDays) &&
    (condition.maxDays === undefined || (days ?? Infinity) <= condition.maxDays) &&
    (condition.minSeverity === undefined || (complaint.severity ?? -Infinity) >= condition.minSeverity) &&
    overlaps(condition.notRelievedBy, complaint.notRelievedBy) &&
    overlaps(condition.relievedBy, complaint.relievedBy) &&
    overlaps(condition.aggravatedBy, complaint.aggravatedBy) &&
    (condition.oneSided === undefined || complaint.side !== "both")
  );
}

/** A compiled condition: the complaints it matched (empty when none are involved), or `undefined` when it does not hold. */
type Compiled = (facts: Facts) => readonly number[] | undefined;

const NONE: readonly number[] = /* @__PURE__ */ Object.freeze([]);
const holdsIf = (test: (facts: Facts) => boolean): Compiled => (facts) => (test(facts) ? NONE : undefined);

/** Compiles a leaf condition once; ts-pattern checks that every kind is handled. */
function compileLeaf(condition: LeafCondition): Compiled {
  return match(condition)
    .with({ kind: "complaint" }, (c): Compiled => (facts) => {
      let matched: number[] | undefined;
      for (const entry of facts.complaints) if (complaintMatches(c, facts, entry)) (matched ??= []).push(entry.index);
      return matched;
    })
    .with({ kind: "red-flag" }, (c) => holdsIf((facts) => facts.present.has(c.flag)))
    .with({ kind: "finding" }, (c) => holdsIf((facts) => (c.present === false ? facts.absent : facts.present).has(c.finding)))
    .with({ kind: "age" }, (c) =>
      holdsIf((facts) => facts.age !== undefined && facts.age >= (c.min ?? 0) && facts.age <= (c.max ?? Infinity)),
    )
    .with({ kind: "field-test" }, (c) => holdsIf((facts) => facts.positiveTests.has(c.test)))
    .with({ kind: "training" }, (c) => holdsIf((facts) => facts.signals.has(c.signal)))
    .with({ kind: "training-change" }, (c) => holdsIf((facts) => facts.changes.has(c.change)))
    .with({ kind: "context" }, (c) => holdsIf((facts) => facts.context.has(c.factor)))
    .exhaustive();
}

/** Compiles a condition once: a leaf, `any` of several, or `not` one. */
function compileCondition(condition: RuleCondition): Compiled {
  return match(condition)
    .with({ kind: "any" }, (c): Compiled => {
      const leaves = c.of.map(compileLeaf);
      return (facts) => {
        let held = false;
        let matched: number[] | undefined;
        for (const leaf of leaves) {
          const result = leaf(facts);
          if (result === undefined) continue;
          held = true;
          if (result.length > 0) matched = matched === undefined ? [...result] : [...union(matched, result)];
        }
        return held ? (matched ?? NONE) : undefined;
      };
    })
    .with({ kind: "not" }, (c) => {
      const leaf = compileLeaf(c.of);
      return holdsIf((facts) => leaf(facts) === undefined);
    })
    .otherwise((leaf) => compileLeaf(leaf as LeafCondition));
}

/** A compiled rule: the complaints it matched when it fires, else `undefined`. @internal */
export type CompiledRule = Compiled;

/**
 * Compiles a rule into a function of the facts: every condition must hold; the complaints it
 * matched are those any of its complaint conditions matched, in order.
 *
 * @internal
 */
export function compileRule(rule: Rule): CompiledRule {
  const conditions = rule.when.map(compileCondition);
  return (facts) => {
    let matched: readonly number[] = NONE;
    for (const condition of conditions) {
      const result = condition(facts);
      if (result === undefined) return undefined;
      if (result.length > 0) matched = matched.length === 0 ? result : union(matched, result);
    }
    return matched;
  };
}

/** Compiled rules, by rule object. */
const compiled = new WeakMap<Rule, CompiledRule>();

/**
 * Evaluates a rule against the facts of a report (compiling it on first use).
 *
 * @internal
 */
export function evaluateRule(rule: Rule, facts: Facts): Match {
  let run = compiled.get(rule);
  if (run === undefined) {
    run = compileRule(rule);
    compiled.set(rule, run);
  }
  const complaints = run(facts);
  return complaints === undefined ? NO : { holds: true, complaints };
}

function union(a: readonly number[], b: readonly number[]): readonly number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}
