import { BodyRegionSchema } from "../report/schema";
import type { Evidence } from "../evidence/schema";
import { leavesOf } from "../rules/evaluate";
import type { KnowledgeIssue } from "../errors/issues";
import { issueMessage } from "../errors/issues";
import type { KnowledgeBase } from "./schema";

type Path = readonly (string | number)[];

/** The checks the structural validator shares: reporting, evidence (sources, grade, verdict), structure existence. */
export interface DomainCheckContext {
  /** Records a reference problem. */
  readonly report: (code: Parameters<typeof issueMessage>[0], path: Path, value: string) => void;
  /** Checks an item's sources, grade ceiling and verdict. */
  readonly checkEvidence: (item: Evidence & { readonly id: string }, path: Path) => void;
}

/** The collections beyond the compensation graph, for duplicate ids. */
const DOMAIN_COLLECTIONS = ["redFlags", "hypotheses", "rules", "questions", "exercises", "progressions", "protocols", "loadGuidelines"] as const;

/**
 * Checks the domains beyond the compensation graph: unique ids, every cross-reference (red flag →
 * hypotheses; rule → hypotheses, locations; protocol → hypothesis, exercises, progressions;
 * progression → exercises; exercise → structures, variants; question → sources) and the evidence
 * of each item. A rule that raises triage must not depend on a finding being absent, so that no
 * rule, built-in or added, can make reporting a finding lower triage.
 *
 * @internal
 */
export function checkDomains(kb: KnowledgeBase, { report, checkEvidence }: DomainCheckContext): KnowledgeIssue[] {
  const extra: KnowledgeIssue[] = [];
  for (const collection of DOMAIN_COLLECTIONS) {
    const seen = new Set<string>();
    kb[collection].forEach((item, index) => {
      if (seen.has(item.id)) report("duplicate_id", [collection, index, "id"], item.id);
      seen.add(item.id);
    });
  }
  const sources = new Set(kb.sources.map((source) => source.id));
  const structures = new Set(kb.structures.map((structure) => structure.id));
  const regions = new Set<string>(BodyRegionSchema.options);
  const hypotheses = new Set(kb.hypotheses.map((hypothesis) => hypothesis.id));
  const exercises = new Set(kb.exercises.map((exercise) => exercise.id));
  const progressions = new Set(kb.progressions.map((progression) => progression.id));
  const need = (known: ReadonlySet<string>, id: string, path: Path): void => {
    if (!known.has(id)) report("unknown_reference", path, id);
  };

  kb.redFlags.forEach((flag, index) => {
    checkEvidence(flag, ["redFlags", index]);
    flag.suggests.forEach((id, s) => need(hypotheses, id, ["redFlags", index, "suggests", s]));
  });
  kb.hypotheses.forEach((hypothesis, index) => checkEvidence(hypothesis, ["hypotheses", index]));
  kb.rules.forEach((rule, index) => {
    const path = ["rules", index] as const;
    checkEvidence(rule, path);
    rule.then.forEach((effect, e) => {
      if (effect.kind === "support" || effect.kind === "oppose") need(hypotheses, effect.hypothesis, [...path, "then", e, "hypothesis"]);
    });
    for (const leaf of leavesOf(rule, { negated: true })) {
      if (leaf.kind !== "complaint") continue;
      for (const place of [...(leaf.where ?? []), ...(leaf.locatedAt ?? [])]) {
        if (!regions.has(place) && !structures.has(place)) report("unknown_reference", [...path, "when"], place);
      }
    }
    const dependsOnAbsence = rule.when.some(
      (c) => c.kind === "not" || (c.kind === "finding" && c.present === false) || (c.kind === "any" && c.of.some((l) => l.kind === "finding" && l.present === false)),
    );
    if (dependsOnAbsence && rule.then.some((effect) => effect.kind === "triage")) {
      extra.push(
        Object.freeze({
          code: "non_monotonic_rule" as const,
          path: Object.freeze([...path]),
          value: rule.id,
          message: `Rule ${JSON.stringify(rule.id)} raises triage only while a finding is absent, so reporting that finding would lower triage`,
        }),
      );
    }
  });
  kb.questions.forEach((question, index) => {
    question.sources.forEach((id, s) => need(sources, id, ["questions", index, "sources", s]));
  });
  kb.exercises.forEach((exercise, index) => {
    const path = ["exercises", index] as const;
    checkEvidence(exercise, path);
    exercise.targets.forEach((target, t) => need(structures, target.structure, [...path, "targets", t, "structure"]));
    exercise.easier.forEach((id, v) => need(exercises, id, [...path, "easier", v]));
    exercise.harder.forEach((id, v) => need(exercises, id, [...path, "harder", v]));
  });
  kb.progressions.forEach((progression, index) => {
    checkEvidence(progression, ["progressions", index]);
    progression.steps.forEach((step, s) => need(exercises, step.exercise, ["progressions", index, "steps", s, "exercise"]));
  });
  kb.protocols.forEach((protocol, index) => {
    const path = ["protocols", index] as const;
    checkEvidence(protocol, path);
    need(hypotheses, protocol.hypothesis, [...path, "hypothesis"]);
    protocol.phases.forEach((phase, p) =>
      phase.items.forEach((item, i) => {
        need(exercises, item.exercise, [...path, "phases", p, "items", i, "exercise"]);
        if (item.progression !== undefined) need(progressions, item.progression, [...path, "phases", p, "items", i, "progression"]);
      }),
    );
  });
  kb.loadGuidelines.forEach((guideline, index) => checkEvidence(guideline, ["loadGuidelines", index]));
  return extra;
}
