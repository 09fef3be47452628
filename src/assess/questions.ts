import { evaluateRule, type Facts, leavesOf } from "../rules/evaluate";
import type { Rule } from "../rules/schema";
import type { TriageLevel } from "../triage/schema";
import type { IntakeQuestion } from "../report/schema";


/** How decisive a triage level is when a "yes" would set it: higher first. */
const LEVEL_RANK: Readonly<Record<TriageLevel, number>> = { emergency: 4, urgent: 3, consult: 2, "self-care": 0 };

/** The findings a rule needs present, from its red-flag and finding conditions (also inside `any`). */
function findingsOf(rule: Rule): readonly string[] {
  return leavesOf(rule).flatMap((leaf) =>
    leaf.kind === "red-flag" ? [leaf.flag] : leaf.kind === "finding" && leaf.present !== false ? [leaf.finding] : [],
  );
}

/** Up to this many named locations, a rule's complaint condition counts as specific. */
const SPECIFIC_PLACES = 12;

/**
 * How many locations the rule's complaint conditions name (the fewest of them; `Infinity` for a
 * complaint anywhere), or `undefined` when the rule reads no complaint at all.
 */
function complaintPlaces(rule: Rule): number | undefined {
  const counts = leavesOf(rule).flatMap((leaf) =>
    leaf.kind === "complaint" ? [leaf.locatedAt?.length ?? leaf.where?.length ?? Number.POSITIVE_INFINITY] : [],
  );
  return counts.length === 0 ? undefined : Math.min(...counts);
}

/** Rules by the findings they need, for each rule list seen. */
const byFindingCache = new WeakMap<readonly Rule[], ReadonlyMap<string, readonly Rule[]>>();

function rulesByFinding(rules: readonly Rule[]): ReadonlyMap<string, readonly Rule[]> {
  const known = byFindingCache.get(rules);
  if (known !== undefined) return known;
  const map = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const finding of new Set(findingsOf(rule))) {
      const list = map.get(finding) ?? [];
      list.push(rule);
      map.set(finding, list);
    }
  }
  byFindingCache.set(rules, map);
  return map;
}

/**
 * The yes/no intake questions whose "yes" would make a rule fire that does not fire now: the
 * findings that could change the triage or the top causes. Each question is scored by the most
 * urgent triage such a rule would set, then by the support it would add to a cause among the top
 * five; questions already answered (present or absent) are left out.
 *
 * @internal
 */
export function nextQuestions(
  facts: Facts,
  rules: readonly Rule[],
  ranked: readonly { readonly id: string }[],
  questions: readonly IntakeQuestion[],
  limit = 12,
): readonly IntakeQuestion[] {
  const top = new Set(ranked.slice(0, 5).map((h) => h.id));
  const index = rulesByFinding(rules);
  const scored: { question: IntakeQuestion; score: number; order: number }[] = [];
  questions.forEach((question, order) => {
    const finding = question.finding;
    if (finding === undefined || facts.present.has(finding) || facts.absent.has(finding)) return;
    const candidates = index.get(finding) ?? [];
    if (candidates.length === 0) return;
    const assumed: Facts = { ...facts, present: new Set([...facts.present, finding]) };
    let score = 0;
    for (const rule of candidates) {
      // A rule that reads no complaint is a general screen, asked in the full form: it does not make a question decisive here.
      const places = complaintPlaces(rule);
      if (places === undefined) continue;
      if (evaluateRule(rule, facts).holds || !evaluateRule(rule, assumed).holds) continue;
      // A rule about a few named places is more telling for this report than one about any limb.
      const specific = places <= SPECIFIC_PLACES ? 5 : 0;
      for (const effect of rule.then) {
        if (effect.kind === "triage") score = Math.max(score, LEVEL_RANK[effect.level] * 10 + specific);
        else if (effect.kind === "support" && (top.has(effect.hypothesis) || top.size < 3)) score = Math.max(score, 10 * effect.weight + specific / 5);
      }
    }
    if (score > 0) scored.push({ question, score, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.question);
}
