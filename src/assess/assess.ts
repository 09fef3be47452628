import { match } from "ts-pattern";
import { graphOf } from "../chains/graph";
import { stateKey } from "../links/state";
import type { ChainPath } from "../links/schema";
import { type Explanation, traceBack } from "../chains/trace";
import { KineticChainError } from "../errors";
import type { EvidenceGrade, Verdict } from "../evidence/schema";
import type { HypothesisKind } from "../hypotheses/schema";
import { deepFreeze } from "../internal/freeze";
import { parseInput } from "../internal/input";
import type { KnowledgeIssue } from "../errors/issues";
import { knowledgeBase as builtinKnowledgeBase } from "../knowledge-base/builtin";
import { safeExtendKnowledgeBase } from "../knowledge-base/extend";
import type { KnowledgeBase } from "../knowledge-base/schema";
import { evaluateRule, type ComplaintFacts } from "../rules/evaluate";
import type { Rule } from "../rules/schema";
import { candidateRules, factKeys, indexRules, type RuleIndex } from "../rules/trigger";
import { compareTriage, infermedicaLevel, RUNNING_ADVICE, type InfermedicaTriageLevel } from "../triage";
import type { RedFlagId, RunningAdvice, TriageLevel } from "../triage/schema";
import { factsOf, isKnownLocation, resolveWhere } from "./facts";
import { BodyRegionSchema, type IntakeQuestion, type Report, ReportSchema } from "../report/schema";
import { suggestions } from "../internal/text";
import { nextQuestions } from "./questions";

/** The plain-language disclaimer every assessment carries. */
export const DISCLAIMER =
  "This assessment informs; it does not diagnose. It ranks possible explanations from what you reported, " +
  "using published research where there is any and practitioners' opinion where there is not, and it can be wrong. " +
  "Red flags always come first: follow the triage advice. If pain is severe, worsening, or not settling, see a health professional.";

/** A red flag that was reported, with what it means. */
export interface FiredRedFlag {
  /** The red flag. */
  readonly id: RedFlagId;
  /** Its label. */
  readonly label: string;
  /** The triage floor it sets on its own. */
  readonly level: TriageLevel;
  /** What to do about running. */
  readonly running: RunningAdvice;
  /** Why it matters, in plain words. */
  readonly reason: string;
  /** Sources behind it. */
  readonly sources: readonly string[];
  /** Whether it was read from a complaint (e.g. nerve signs on both sides) rather than reported as a flag. */
  readonly inferred: boolean;
}

/** A rule that raised triage. */
export interface TriageReason {
  /** The rule's id. */
  readonly rule: string;
  /** What the rule says. */
  readonly text: string;
  /** The level it set as a floor. */
  readonly level: TriageLevel;
  /** The running advice it gave. */
  readonly running: RunningAdvice;
}

/** The triage of an assessment: how urgently to get help, and why. Red flags first. */
export interface Triage {
  /** The level: the most urgent of every red flag's floor and every triage rule that fired. */
  readonly level: TriageLevel;
  /** The matching Infermedica level (see `infermedicaLevel`). */
  readonly infermedica: InfermedicaTriageLevel;
  /** What to do about running now: the most restrictive advice given. */
  readonly running: RunningAdvice;
  /** Every red flag reported, most urgent first. Never empty when a red flag was reported. */
  readonly redFlags: readonly FiredRedFlag[];
  /** The rules (combinations of findings, soreness beyond a week, numbness...) that raised triage. */
  readonly reasons: readonly TriageReason[];
}

/** One reason for or against a hypothesis. */
export interface Reason {
  /** The rule that fired, or `red-flag:<id>` for a red flag. */
  readonly rule: string;
  /** Why, in plain words. */
  readonly text: string;
  /** How much it counted. */
  readonly weight: number;
  /** Indexes of the complaints it is about. */
  readonly complaints: readonly number[];
  /** The evidence grade of the rule. */
  readonly grade: EvidenceGrade;
  /** Sources of the rule. */
  readonly sources: readonly string[];
  /** For reasons from the compensation graph: the paths that explain the complaints. */
  readonly paths: readonly ChainPath[];
}

/** A ranked cause. */
export interface RankedHypothesis {
  /** The hypothesis id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** What kind of cause it is. */
  readonly kind: HypothesisKind;
  /** Its description, for the runner. */
  readonly description: string;
  /** Support minus opposition, rounded to 3 decimals: the ranking. */
  readonly score: number;
  /** Support alone (the sum of the reasons' weights, rounded to 3 decimals): what puts a cause in play. */
  readonly support: number;
  /** Whether a reported red flag points to it; such hypotheses are listed first. */
  readonly redFlagged: boolean;
  /** The findings for it, strongest first. */
  readonly reasons: readonly Reason[];
  /** The findings against it. */
  readonly against: readonly Reason[];
  /** The evidence grade of the hypothesis itself. */
  readonly grade: EvidenceGrade;
  /** The hypothesis's sources and those of every reason. */
  readonly sources: readonly string[];
  /** Ids of the exercise protocols that address it (see `kinetic-chain/protocols`); empty for causes that need a professional instead. */
  readonly protocols: readonly string[];
  /** What research says of the claim behind this cause, where research has checked it: a `contradicted` model is marked as such. */
  readonly verdict?: Verdict;
  /** What to do about running if this is the cause. */
  readonly running: RunningAdvice;
  /**
   * Whether it is in play: its support reaches {@link IN_PLAY_SCORE}, or a red flag points to it.
   * Its triage floor then applies. Opposition ranks a cause lower but never takes it out of play,
   * so one more finding can never lower triage.
   */
  readonly inPlay: boolean;
}

/**
 * The support from which a cause counts as in play: its triage floor applies and, for a serious
 * cause, no exercise plan is offered. Support only grows as findings are added, so the causes in
 * play, and the floors they set, never shrink when a report says more.
 *
 * @example
 * ```ts
 * import { assess, type Report } from "kinetic-chain/assess";
 *
 * const report: Report = {
 *   complaints: [{ location: "groin", side: "right", sensations: ["pain"], when: ["during-run"], onset: "gradual" }],
 *   training: { recentChanges: ["more-distance"] },
 * };
 * const inPlay = assess(report).hypotheses.filter((h) => h.inPlay); // support ≥ IN_PLAY_SCORE
 * ```
 */
export const IN_PLAY_SCORE = 0.6;

/** The result of {@link assess}: triage first, then ranked causes, protocols and the disclaimer. */
export interface Assessment {
  /** How urgently to get help, red flags first. */
  readonly triage: Triage;
  /** Possible causes, red-flagged ones first, then by score. Only those with support are listed. */
  readonly hypotheses: readonly RankedHypothesis[];
  /** Protocols to consider for the top three causes, in rank order, without repeats; none when triage is urgent or an emergency. */
  readonly protocols: readonly string[];
  /** Ids of every rule that fired, in rule order: the full trace of the reasoning. */
  readonly firedRules: readonly string[];
  /**
   * Whether a professional should see the runner before any exercise plan: a red flag fired,
   * triage is urgent or an emergency, or a serious cause (bone stress, infection, clot,
   * compartment syndrome, cauda equina...) is in play. `buildPlan` then plans nothing.
   */
  readonly seeProfessionalFirst: boolean;
  /** What the report established, for the plan builder's contraindication checks. */
  readonly reported: {
    /** Findings present: ticked, answered yes, or read from the complaints. */
    readonly findings: readonly string[];
    /** Every sensation reported. */
    readonly sensations: readonly string[];
    /** The causes in play. */
    readonly hypotheses: readonly string[];
  };
  /**
   * Intake questions still unanswered whose answer could change the triage or the top causes,
   * most decisive first (a question that could make it an emergency before one that could make it
   * urgent, then those that would support a likely cause). An app can ask these few instead of the whole form.
   */
  readonly questions: readonly IntakeQuestion[];
  /** The plain-language disclaimer. */
  readonly disclaimer: string;
}

/** Options of {@link assess}. */
export interface AssessOptions {
  /**
   * The knowledge base to reason with: every domain of it (structures and compensation graph,
   * red flags, hypotheses, rules, intake questions, protocols) comes from here, so a hypothesis,
   * rule or protocol an app added with `extendKnowledgeBase` is ranked and offered exactly like a
   * built-in one. Default: the built-in {@link knowledgeBase}.
   */
  readonly knowledgeBase?: KnowledgeBase;
  /**
   * Shorthand for `extendKnowledgeBase(knowledgeBase, { rules })`: an app's own rules, run beside
   * the built-in ones (which always apply). Validated like any extension, once per rules array
   * and knowledge base; treat the array as immutable afterwards.
   */
  readonly rules?: readonly Rule[];
}

/** Rule indexes, one per knowledge base. */
const indexes = new WeakMap<KnowledgeBase, RuleIndex>();

/** The rule index of a (validated) knowledge base, built on first use. */
function indexOf(kb: KnowledgeBase): RuleIndex {
  const known = indexes.get(kb);
  if (known !== undefined) return known;
  const index = indexRules(kb.rules, resolveWhere);
  indexes.set(kb, index);
  return index;
}

/** Knowledge bases extended with `options.rules`, by rules array, then by base. */
const withRules = new WeakMap<readonly Rule[], WeakMap<KnowledgeBase, KnowledgeBase>>();

/** The knowledge base the options ask for: the given or built-in one, with `options.rules` added. */
function knowledgeBaseOf(options: AssessOptions): KnowledgeBase | undefined {
  if (options.rules === undefined) return options.knowledgeBase;
  const base = options.knowledgeBase ?? builtinKnowledgeBase;
  const byBase = withRules.get(options.rules) ?? new WeakMap<KnowledgeBase, KnowledgeBase>();
  withRules.set(options.rules, byBase);
  const known = byBase.get(base);
  if (known !== undefined) return known;
  const result = safeExtendKnowledgeBase(base, { rules: options.rules });
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ ...issue, path: issue.path[0] === "additions" ? issue.path.slice(1) : issue.path }));
    throw new KineticChainError("invalid_input", `assess: ${issues.length} problem(s) in options.rules: ${issues.slice(0, 3).map((x) => x.message).join("; ")}`, issues);
  }
  byBase.set(base, result.data);
  return result.data;
}

/** The outcome of {@link safeAssess}. */
export type AssessResult =
  | { readonly success: true; readonly data: Assessment }
  | { readonly success: false; readonly error: KineticChainError };

interface Tally {
  readonly for: Reason[];
  readonly against: Reason[];
}

const ruleReason = (rule: Rule, weight: number, complaints: readonly number[], paths: readonly ChainPath[] = []): Reason => ({
  rule: rule.id,
  text: rule.description,
  weight,
  complaints,
  grade: rule.grade,
  sources: rule.sources,
  paths,
});

/**
 * Assesses a runner's report: triage (red flags first, combinations escalate), then possible
 * causes ranked with their reasons, the compensation paths behind them, their evidence and
 * sources, the protocols to consider, and a disclaimer. Pure and deterministic: training dates
 * come from the report (`training.asOf`, else the latest run), never from the clock.
 *
 * How it works: every red flag reported sets a floor on triage and supports the serious
 * conditions it suggests. The rules (see `listRules`) are filed by the facts they look at, and
 * each rule whose trigger occurs in the report is evaluated against it; a rule
 * that fires may support or oppose a hypothesis, raise triage, or trace the complaints back up
 * the compensation graph (`traceBack`) to the weak or inhibited primary structures, supporting
 * the compensation hypotheses those start.
 *
 * @param report - The runner's report (see `ReportSchema`); only `complaints` is required.
 * @param options - Knowledge base to use.
 * @returns The assessment, deep-frozen.
 * @throws `KineticChainError` with code `invalid_input`, listing every problem, when the report
 *   does not match `ReportSchema` or names a location that is neither a body region nor a
 *   structure, or when `options.rules` are not valid rules.
 * @example
 * ```ts
 * import { assess } from "kinetic-chain/assess";
 *
 * const result = assess({
 *   complaints: [{ location: "gluteus-medius", side: "right", sensations: ["tightness", "soreness"],
 *     durationDays: 28, notRelievedBy: ["stretching", "foam-rolling"] }],
 * });
 * result.triage.level;      // "self-care" or "consult"
 * result.hypotheses[0]?.id; // "deep-rotator-inhibition"
 * ```
 */
export function assess(report: Report, options: AssessOptions = {}): Assessment {
  const parsed = parseInput("assess", ReportSchema, report);
  const knowledgeBase = knowledgeBaseOf(options);
  const graph = graphOf("assess", knowledgeBase);
  const kb = graph.kb;
  const hypothesisById = new Map(kb.hypotheses.map((hypothesis) => [hypothesis.id, hypothesis]));
  const unknown: KnowledgeIssue[] = parsed.complaints.flatMap((complaint, index) => {
    if (isKnownLocation(complaint.location, graph)) return [];
    const near = suggestions(complaint.location, [...BodyRegionSchema.options, ...graph.structures.keys()], 6);
    return [
      {
        code: "unknown_reference" as const,
        path: ["complaints", index, "location"],
        value: complaint.location,
        message: `Unknown complaint location ${JSON.stringify(complaint.location)}: expected a body region or a structure id${
          near.length > 0 ? `; did you mean ${near.join(", ")}?` : ""
        }`,
      },
    ];
  });
  if (unknown.length > 0) {
    throw new KineticChainError("invalid_input", `assess: ${unknown.map((i) => i.message).join("; ")}`, unknown);
  }
  const facts = (() => {
    try {
      return factsOf(parsed, graph);
    } catch (error) {
      if (!(error instanceof KineticChainError)) throw error;
      const issues = error.issues.map((issue) => ({ ...issue, path: ["training", ...issue.path] }));
      throw new KineticChainError("invalid_input", `assess: invalid training data: ${error.message}`, issues);
    }
  })();

  let level: TriageLevel = "self-care";
  let running: RunningAdvice = "continue";
  const raise = (floor: TriageLevel, advice: RunningAdvice): void => {
    if (compareTriage(floor, level) < 0) level = floor;
    if (RUNNING_ADVICE.indexOf(advice) > RUNNING_ADVICE.indexOf(running)) running = advice;
  };
  const tallies = new Map<string, Tally>();
  const tally = (hypothesis: string): Tally => {
    const known = tallies.get(hypothesis) ?? { for: [], against: [] };
    tallies.set(hypothesis, known);
    return known;
  };

  const redFlags = kb.redFlags.filter((flag) => facts.redFlags.has(flag.id));
  for (const flag of redFlags) {
    raise(flag.level, flag.running);
    for (const hypothesis of flag.suggests) {
      tally(hypothesis).for.push({
        rule: `red-flag:${flag.id}`,
        text: `Red flag: ${flag.label}. ${flag.reason}`,
        weight: 0.5,
        complaints: [],
        grade: flag.grade,
        sources: flag.sources,
        paths: [],
      });
    }
  }

  const firedRules: string[] = [];
  const triageReasons: TriageReason[] = [];
  const traced = new Map<string, Reason>(); // hypothesis@complaint → the best graph reason
  const index = indexOf(kb);
  const keys = factKeys(facts);
  for (const rule of candidateRules(index, keys)) {
    const fired = evaluateRule(rule, facts);
    if (!fired.holds) continue;
    firedRules.push(rule.id);
    for (const effect of rule.then) {
      match(effect)
        .with({ kind: "support" }, (e) => void tally(e.hypothesis).for.push(ruleReason(rule, e.weight, fired.complaints)))
        .with({ kind: "oppose" }, (e) => void tally(e.hypothesis).against.push(ruleReason(rule, e.weight, fired.complaints)))
        .with({ kind: "triage" }, (e) => {
          raise(e.level, e.running);
          triageReasons.push({ rule: rule.id, text: rule.description, level: e.level, running: e.running });
        })
        .with({ kind: "trace-back" }, () => {
          const complaints = fired.complaints.length > 0 ? fired.complaints : facts.complaints.map((c) => c.index);
          for (const index of complaints) {
            const entry = facts.complaints[index] as ComplaintFacts;
            const explanations = explain(entry, knowledgeBase);
            for (const hypothesis of kb.hypotheses) {
              const best = hypothesis.states
                .map((state) => explanations.get(stateKey(state)))
                .reduce<Explanation | undefined>((a, b) => (b !== undefined && (a === undefined || b.score > a.score) ? b : a), undefined);
              if (best === undefined) continue;
              const weight = Math.min(1, best.score);
              const key = `${hypothesis.id}@${index}`;
              const previous = traced.get(key);
              if (previous === undefined || weight > previous.weight) {
                traced.set(key, { ...ruleReason(rule, weight, [index], best.paths), grade: best.grade, sources: best.sources });
              }
            }
          }
        })
        .exhaustive();
    }
  }
  for (const [key, reason] of traced) tally(key.slice(0, key.indexOf("@"))).for.push(reason);

  const flagged = new Set<string>(redFlags.flatMap((flag) => flag.suggests));
  const hypotheses = kb.hypotheses
    .flatMap((hypothesis): RankedHypothesis[] => {
      const found = tallies.get(hypothesis.id);
      if (found === undefined || found.for.length === 0) return [];
      const sum = (reasons: readonly Reason[]): number => reasons.reduce((total, r) => total + r.weight, 0);
      const support = Math.round(sum(found.for) * 1000) / 1000;
      const score = Math.round((sum(found.for) - sum(found.against)) * 1000) / 1000;
      const redFlagged = flagged.has(hypothesis.id);
      if (score <= 0 && !redFlagged && support < IN_PLAY_SCORE) return [];
      const byWeight = (a: Reason, b: Reason): number => b.weight - a.weight;
      return [
        {
          id: hypothesis.id,
          name: hypothesis.name,
          kind: hypothesis.kind,
          description: hypothesis.description,
          score,
          support,
          redFlagged,
          reasons: [...found.for].sort(byWeight),
          against: [...found.against].sort(byWeight),
          grade: hypothesis.grade,
          sources: [...new Set([...hypothesis.sources, ...found.for.flatMap((r) => r.sources)])],
          protocols: kb.protocols.filter((p) => p.hypothesis === hypothesis.id).map((p) => p.id),
          ...(hypothesis.verdict === undefined ? {} : { verdict: hypothesis.verdict }),
          running: hypothesis.running ?? hypothesis.triage?.running ?? "continue",
          inPlay: false,
        },
      ];
    })
    .sort((a, b) => Number(b.redFlagged) - Number(a.redFlagged) || b.score - a.score || (a.id < b.id ? -1 : 1));

  // Causes in play set their own floors: a serious pattern escalates even when no flag was ticked.
  const inPlay = new Set(hypotheses.filter((h) => h.redFlagged || h.support >= IN_PLAY_SCORE).map((h) => h.id));
  // The likeliest cause in play sets the running advice; every cause in play sets its own floor.
  const likeliest = hypotheses.find((h) => inPlay.has(h.id));
  if (likeliest !== undefined) raise(level, hypothesisById.get(likeliest.id)?.running ?? "continue");
  for (const id of inPlay) {
    const hypothesis = hypothesisById.get(id);
    if (hypothesis?.triage === undefined) continue;
    raise(hypothesis.triage.level, hypothesis.triage.running);
    triageReasons.push({
      rule: `hypothesis:${hypothesis.id}`,
      text: `${hypothesis.name} is among the likely causes. ${hypothesis.description}`,
      level: hypothesis.triage.level,
      running: hypothesis.triage.running,
    });
  }
  const seriousInPlay = hypotheses.some((h) => inPlay.has(h.id) && h.kind === "serious");
  const seeProfessionalFirst = redFlags.length > 0 || seriousInPlay || compareTriage(level as TriageLevel, "urgent") <= 0;
  const ranked = hypotheses.map((h) => ({ ...h, inPlay: inPlay.has(h.id), ...(seeProfessionalFirst ? { protocols: [] } : {}) }));
  return deepFreeze({
    triage: {
      level,
      infermedica: infermedicaLevel(level),
      running,
      redFlags: redFlags
        .map((flag) => ({
          id: flag.id,
          label: flag.label,
          level: flag.level,
          running: flag.running,
          reason: flag.reason,
          sources: flag.sources,
          inferred: !(parsed.redFlags ?? []).includes(flag.id) && parsed.findings?.[flag.id] !== true,
        }))
        .sort((a, b) => compareTriage(a.level, b.level)),
      reasons: triageReasons,
    },
    hypotheses: ranked,
    protocols: seeProfessionalFirst ? [] : [...new Set(ranked.slice(0, 3).flatMap((h) => h.protocols))],
    seeProfessionalFirst,
    reported: {
      findings: [...facts.present].sort(),
      sensations: [...new Set(parsed.complaints.flatMap((c) => c.sensations))],
      hypotheses: [...inPlay],
    },
    questions: nextQuestions(facts, index.rules, ranked, kb.questions),
    firedRules,
    disclaimer: DISCLAIMER,
  });
}

/**
 * The best compensation-graph explanation per upstream state for one complaint: each structure
 * at its location traced with all its sensations, keeping the best score per state.
 */
function explain(entry: ComplaintFacts, knowledgeBase: KnowledgeBase | undefined): Map<string, Explanation> {
  const { complaint } = entry;
  const best = new Map<string, Explanation>();
  const graph = graphOf("assess", knowledgeBase);
  for (const structure of entry.structures) {
    if (!graph.structures.has(structure)) continue;
    const observations = complaint.sensations.map((sensation) => ({
      structure: structure as never,
      sensation,
      ...(complaint.side === undefined ? {} : { side: complaint.side }),
      ...(complaint.notRelievedBy === undefined ? {} : { notRelievedBy: complaint.notRelievedBy }),
    }));
    for (const explanation of traceBack(observations, knowledgeBase === undefined ? {} : { knowledgeBase })) {
      const key = stateKey(explanation.state);
      const previous = best.get(key);
      if (previous === undefined || explanation.score > previous.score) best.set(key, explanation);
    }
  }
  return best;
}

/**
 * Assesses a runner's report without throwing: the result, or the typed error. Takes any value,
 * so it can be fed request bodies directly.
 *
 * @param report - Anything; validated against `ReportSchema`.
 * @param options - Knowledge base to use.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem in `error.issues`.
 * @example
 * ```ts
 * import { safeAssess } from "kinetic-chain/assess";
 *
 * function handle(requestBody: string): { status: number; body: unknown } {
 *   const result = safeAssess(JSON.parse(requestBody));
 *   if (!result.success) return { status: 400, body: result.error.issues };
 *   return { status: 200, body: result.data };
 * }
 * handle('{"complaints": [{"location": "hamstrings", "sensations": ["tightness"]}]}').status; // 200
 * handle('{"complaints": "hamstrings"}').status;                                                // 400
 * ```
 */
export function safeAssess(report: unknown, options: AssessOptions = {}): AssessResult {
  try {
    return { success: true, data: assess(report as Report, options) };
  } catch (error) {
    if (error instanceof KineticChainError) return { success: false, error };
    throw error;
  }
}
