import { match } from "ts-pattern";
import type { Complaint } from "../assess/schema";
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
  readonly positiveTests: ReadonlySet<string>;
  readonly signals: ReadonlySet<string>;
  readonly changes: ReadonlySet<string>;
  readonly context: ReadonlySet<string>;
  /** The structures a `where` entry (a region or a structure id) stands for. */
  readonly resolve: (where: string) => ReadonlySet<string>;
}

/** Whether a condition holds, and which complaints it matched. @internal */
export interface Match {
  readonly holds: boolean;
  readonly complaints: readonly number[];
}

const NO: Match = Object.freeze({ holds: false, complaints: [] });
const YES: Match = Object.freeze({ holds: true, complaints: [] });
const when = (holds: boolean): Match => (holds ? YES : NO);
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
    overlaps(condition.sensations, complaint.sensations) &&
    overlaps(condition.when, complaint.when) &&
    (condition.onset === undefined || condition.onset === complaint.onset) &&
    (condition.minDays === undefined || (days !== undefined && days >= condition.minDays)) &&
    (condition.maxDays === undefined || (days !== undefined && days <= condition.maxDays)) &&
    (condition.minSeverity === undefined || (complaint.severity !== undefined && complaint.severity >= condition.minSeverity)) &&
    overlaps(condition.notRelievedBy, complaint.notRelievedBy) &&
    overlaps(condition.relievedBy, complaint.relievedBy)
  );
}

function evaluateLeaf(condition: LeafCondition, facts: Facts): Match {
  return match(condition)
    .with({ kind: "complaint" }, (c) => {
      const complaints = facts.complaints.filter((entry) => complaintMatches(c, facts, entry)).map((entry) => entry.index);
      return complaints.length > 0 ? { holds: true, complaints } : NO;
    })
    .with({ kind: "red-flag" }, (c) => when(facts.redFlags.has(c.flag)))
    .with({ kind: "field-test" }, (c) => when(facts.positiveTests.has(c.test)))
    .with({ kind: "training" }, (c) => when(facts.signals.has(c.signal)))
    .with({ kind: "training-change" }, (c) => when(facts.changes.has(c.change)))
    .with({ kind: "context" }, (c) => when(facts.context.has(c.factor)))
    .exhaustive();
}

/**
 * Evaluates one condition against the facts of a report.
 *
 * @internal
 */
export function evaluateCondition(condition: RuleCondition, facts: Facts): Match {
  return match(condition)
    .with({ kind: "any" }, (c) => {
      const matches = c.of.map((leaf) => evaluateLeaf(leaf, facts)).filter((m) => m.holds);
      return matches.length > 0 ? { holds: true, complaints: union(matches) } : NO;
    })
    .with({ kind: "not" }, (c) => when(!evaluateLeaf(c.of, facts).holds))
    .otherwise((leaf) => evaluateLeaf(leaf, facts));
}

/**
 * Evaluates a rule: it fires when every condition holds; the complaints it matched are those
 * any of its complaint conditions matched.
 *
 * @internal
 */
export function evaluateRule(rule: Rule, facts: Facts): Match {
  const matches: Match[] = [];
  for (const condition of rule.when) {
    const result = evaluateCondition(condition, facts);
    if (!result.holds) return NO;
    matches.push(result);
  }
  return { holds: true, complaints: union(matches) };
}

function union(matches: readonly Match[]): readonly number[] {
  return [...new Set(matches.flatMap((m) => m.complaints))].sort((a, b) => a - b);
}
