import * as z from "zod/mini";
import { SideSchema } from "../links/schema";
import { KineticChainError } from "../errors";
import { estimateSeconds, formatDosage } from "../exercises/dosage";
import { type Dosage, type Equipment, EquipmentSchema, type Exercise, type ExerciseKind } from "../exercises/schema";
import { exercises } from "../exercises/dictionary";
import { hypotheses } from "../hypotheses/dictionary";
import type { KnowledgeBase } from "../knowledge-base/schema";
import { inspectKnowledgeBase } from "../knowledge-base/validate";
import { deepFreeze } from "../internal/freeze";
import { parseInput } from "../internal/input";
import { SlugSchema } from "../internal/slug";
import { RUNNING_ADVICE } from "../triage";
import { type RunningAdvice, RunningAdviceSchema, TriageLevelSchema } from "../triage/schema";
import type { Side } from "../links/schema";
import { progressions, protocols, returnToRunProgrammes } from "../protocols/dictionary";
import { CheckInSchema, judge, nextStep, type ParsedCheckIn, UNACCEPTABLE_PAIN } from "../protocols/progress";
import type { AdvanceCriteria, Progression, Protocol, ProtocolPhase, ReturnToRunStage } from "../protocols/schema";
import { once } from "../internal/once";

/** Options of {@link index!buildPlan}. */
export const PlanOptionsSchema = /* @__PURE__ */ z.object({
  /** How many weeks to plan, 1–26. Default 6. */
  weeks: z.optional(z.int().check(z.gte(1), z.lte(26))),
  /** Exercise sessions per week, 1–7. Default 3. */
  sessionsPerWeek: z.optional(z.int().check(z.gte(1), z.lte(7))),
  /** The time budget of one session, in minutes, 5–120. Default 20. */
  minutesPerSession: z.optional(z.number().check(z.gte(5), z.lte(120))),
  /** Equipment at hand; exercises needing anything else are swapped for easier variants or left out. Default none. */
  equipment: z.optional(z.array(EquipmentSchema)),
  /** The affected side: per-side exercises start on it. */
  side: z.optional(SideSchema),
  /** How many of the top causes to address, 1–5. Default 3. */
  maxCauses: z.optional(z.int().check(z.gte(1), z.lte(5))),
  /**
   * The weekly check-ins so far, oldest first, one per week done. The plan replays them to find
   * each protocol's phase and each progression's step; without them it starts at the beginning.
   * Nothing advances by the calendar alone.
   */
  progress: z.optional(z.array(CheckInSchema).check(z.maxLength(104))),
});

/** Options of {@link buildPlan}. */
export type PlanOptions = z.input<typeof PlanOptionsSchema>;

/** What rules an exercise out: a cause in play, a reported finding, or a reported sensation. */
export interface RuledOutReason {
  /** Which list of the report it comes from. */
  readonly kind: "hypothesis" | "finding" | "sensation";
  /** The id of the cause, finding or sensation. */
  readonly id: string;
}

/** One exercise of a session. */
export interface PlanItem {
  /** Exercise id. */
  readonly exercise: string;
  /** Exercise name. */
  readonly name: string;
  /** Exercise kind. */
  readonly kind: ExerciseKind;
  /** The dosage at the current step. */
  readonly dosage: Dosage;
  /** The dosage as a line, e.g. "3 × 30 s hold, each side, daily". */
  readonly formatted: string;
  /** Estimated seconds (see `estimateSeconds`). */
  readonly estimatedSeconds: number;
  /** The causes (hypothesis ids) it addresses. */
  readonly causes: readonly string[];
  /** Why it is in the plan, one sentence per protocol that asks for it. */
  readonly why: readonly string[];
  /**
   * The progression it follows: its id, the step reached (0-based) of how many, and the criteria
   * to move to the next step.
   */
  readonly progression?: { readonly id: string; readonly step: number; readonly steps: number; readonly advanceWhen: string };
  /** The exercise a protocol asked for, when this easier variant replaced it (missing equipment, or contraindicated). */
  readonly replaces?: string;
  /** For per-side exercises with an affected side: the side to start on. */
  readonly startSide?: Side;
  /** When not to do it (from the exercise): show these to the runner. */
  readonly contraindications: readonly string[];
}

/** One session: its exercises, in the order to do them, and its estimated length. */
export interface PlanSession {
  /** 1-based index in the week. */
  readonly index: number;
  /** Exercises, mobility and release first, then activation, strength, plyometrics, stretches. */
  readonly items: readonly PlanItem[];
  /** Estimated minutes, never above the budget. */
  readonly estimatedMinutes: number;
}

/** Where a protocol stands in a week: its phase and the criteria to move on. */
export interface PlanPhase {
  /** Protocol id. */
  readonly protocol: string;
  /** Phase name. */
  readonly phase: string;
  /** 0-based index of the phase in the protocol. */
  readonly index: number;
  /** How many phases the protocol has. */
  readonly of: number;
  /** The least weeks to spend in the phase. */
  readonly minWeeks: number;
  /** When to move on: pain during at most so much, the next morning back to usual, the target met. */
  readonly advanceWhen: AdvanceCriteria;
}

/** The stage of the walk-run return to running for a week. */
export interface PlanReturnToRun {
  /** Programme id. */
  readonly programme: string;
  /** 0-based stage. */
  readonly stage: number;
  /** How many stages the programme has. */
  readonly of: number;
  /** The stage: effort, walk and run minutes (absent when continuous), miles. */
  readonly session: ReturnToRunStage;
  /** Sessions at the stage before moving on. */
  readonly minSessions: number;
  /** The programme's rules. */
  readonly rules: readonly string[];
}

/** One week of the plan. */
export interface PlanWeek {
  /** 1-based week of the programme (after the weeks already checked in). */
  readonly week: number;
  /** The phase each protocol is in this week, one entry per protocol. */
  readonly phases: readonly PlanPhase[];
  /** What to do about running this week: the most restrictive of the phases' and the assessment's advice (see `buildPlan`). */
  readonly running: RunningAdvice;
  /** What that means this week, in sentences that all agree with `running`. */
  readonly runningNotes: readonly string[];
  /** The walk-run stage, when a phase brings running back in stages and running is not stopped. */
  readonly returnToRun?: PlanReturnToRun;
  /** The sessions. */
  readonly sessions: readonly PlanSession[];
}

/** What a week's check-in decided for one protocol. */
export interface PlanCheckIn {
  /** 1-based week of the check-in. */
  readonly week: number;
  /** Protocol id. */
  readonly protocol: string;
  /** Whether the protocol moved to the next phase, stayed, or went back (a step of a progression, or a phase). */
  readonly action: "advance" | "hold" | "step-back";
  /** Why, in a sentence. */
  readonly reason: string;
}

/** Why an exercise was left out of a week. */
export interface PlanDrop {
  /** 1-based week. */
  readonly week: number;
  /** Exercise id. */
  readonly exercise: string;
  /** Missing equipment, no room in any session of the week, or a contraindication. */
  readonly reason: "equipment" | "time" | "contraindicated";
  /** For `contraindicated`: the cause, finding or sensation that rules it out. */
  readonly ruledOutBy?: RuledOutReason;
}

/** A week-by-week exercise plan. */
export interface Plan {
  /** `see-a-professional-first` when the assessment says so: no exercises are planned. */
  readonly status: "ready" | "see-a-professional-first";
  /** The causes addressed and their protocols, best-ranked first. */
  readonly causes: readonly { readonly hypothesis: string; readonly protocol: string }[];
  /** What each check-in decided, in order. */
  readonly checkIns: readonly PlanCheckIn[];
  /** The weeks ahead; they stay at the same phase and step until a new check-in moves them. */
  readonly weeks: readonly PlanWeek[];
  /** Exercises left out, by week, and why. */
  readonly dropped: readonly PlanDrop[];
  /** What to avoid meanwhile: every addressed protocol's list, without repeats. */
  readonly avoid: readonly string[];
  /** Notes for the runner: how the plan moves on, safety caveats. */
  readonly notes: readonly string[];
}

/** The assessment fields `buildPlan` reads (an `Assessment` from `assess` has them all). */
export interface PlanAssessment {
  /** True when a professional should see the runner before any exercise. */
  readonly seeProfessionalFirst?: boolean;
  /** Triage level, running advice and red flags. */
  readonly triage: { readonly level: string; readonly running?: string; readonly redFlags?: readonly { readonly id: string }[] };
  /** Ranked causes, with their running advice. */
  readonly hypotheses: readonly { readonly id: string; readonly running?: string }[];
  /** What the runner reported: finding ids present, sensations, and the causes in play. */
  readonly reported?: { readonly findings?: readonly string[]; readonly sensations?: readonly string[]; readonly hypotheses?: readonly string[] };
}

const KIND_ORDER: readonly ExerciseKind[] = ["mobility", "soft-tissue-release", "activation", "strength", "plyometric", "stretch"];

const AssessmentInputSchema = /* @__PURE__ */ z.object({
  seeProfessionalFirst: z.optional(z.boolean()),
  triage: z.object({
    level: TriageLevelSchema,
    running: z.optional(RunningAdviceSchema),
    redFlags: z.optional(z.array(z.object({ id: z.string() }))),
  }),
  hypotheses: z.array(z.object({ id: z.string(), running: z.optional(RunningAdviceSchema) })),
  reported: z.optional(
    z.object({
      findings: z.optional(z.array(SlugSchema)),
      sensations: z.optional(z.array(z.string())),
      hypotheses: z.optional(z.array(SlugSchema)),
    }),
  ),
});
const InputSchema = /* @__PURE__ */ z.union([z.array(z.string()), AssessmentInputSchema]);

/** Running notes for a week whose advice is stricter than every phase's own note. */
const FLOOR_NOTES: Readonly<Record<RunningAdvice, string>> = {
  continue: "Keep running as usual within the pain rules.",
  reduce: "Run less than usual: shorter, easier and flatter, with pain at most 3/10 and settled by the next morning.",
  stop: "No running for now, as the assessment advises; walk and cross-train only if that is pain-free.",
};

/** The most restrictive of some running advice. */
function strictest(advice: readonly RunningAdvice[]): RunningAdvice {
  return advice.reduce<RunningAdvice>((most, next) => (RUNNING_ADVICE.indexOf(next) > RUNNING_ADVICE.indexOf(most) ? next : most), "continue");
}

/** The equipment a dosage's load needs. */
function loadNeeds(dosage: Dosage): Equipment | undefined {
  if (dosage.load?.type === "band") return "band";
  if (dosage.load?.type === "external") return "weight";
  return undefined;
}

/** What the runner reported, as sets, for the contraindication check. */
interface Reported {
  readonly hypotheses: ReadonlySet<string>;
  readonly findings: ReadonlySet<string>;
  readonly sensations: ReadonlySet<string>;
}

/** The first cause, finding or sensation in the report that rules the exercise out. */
function ruledOutReason(exercise: Exercise, reported: Reported): RuledOutReason | undefined {
  const by = exercise.ruledOutBy;
  if (by === undefined) return undefined;
  const hypothesis = by.hypotheses?.find((id) => reported.hypotheses.has(id));
  if (hypothesis !== undefined) return { kind: "hypothesis", id: hypothesis };
  const finding = by.findings?.find((id) => reported.findings.has(id));
  if (finding !== undefined) return { kind: "finding", id: finding };
  const sensation = by.sensations?.find((id) => reported.sensations.has(id));
  return sensation === undefined ? undefined : { kind: "sensation", id: sensation };
}

/**
 * The exercise at the dosage asked for when it is safe and its equipment (and the dosage's load)
 * is at hand, else the nearest easier variant that is, at that variant's own dosage; with why the
 * one asked for was not used.
 */
function fitting(
  exercise: Exercise,
  dosage: Dosage,
  available: ReadonlySet<Equipment>,
  reported: Reported,
  data: PlanData,
): { fit?: { exercise: Exercise; dosage: Dosage }; ruledOutBy?: RuledOutReason } {
  const fits = (candidate: Exercise, at: Dosage): boolean =>
    [...candidate.equipment, loadNeeds(at) ?? "none"].every((item) => item === "none" || available.has(item));
  const ruledOutBy = ruledOutReason(exercise, reported);
  if (ruledOutBy === undefined && fits(exercise, dosage)) return { fit: { exercise, dosage } };
  const queue = exercise.easier.flatMap((id) => data.exercise(id) ?? []);
  const seen = new Set<string>([exercise.id]);
  while (queue.length > 0) {
    const next = queue.shift() as Exercise;
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    if (ruledOutReason(next, reported) === undefined && fits(next, next.dosage)) return { fit: { exercise: next, dosage: next.dosage }, ...(ruledOutBy === undefined ? {} : { ruledOutBy }) };
    queue.push(...next.easier.flatMap((id) => data.exercise(id) ?? []));
  }
  return ruledOutBy === undefined ? {} : { ruledOutBy };
}

/**
 * The plan's view of a knowledge base: exercises and progressions by id, the protocols and the
 * hypothesis ids. Built once per knowledge base.
 */
interface PlanData {
  readonly exercise: (id: string) => Exercise | undefined;
  readonly progression: (id: string) => Progression | undefined;
  readonly protocols: readonly Protocol[];
  readonly hypotheses: ReadonlySet<string>;
}

/** Plan data by knowledge base. */
const planData = new WeakMap<KnowledgeBase, PlanData>();

/** The built-in plan data, read from the domain dictionaries (so a bundle with buildPlan alone does not carry every domain). */
const builtinPlanData = /* @__PURE__ */ once(
  (): PlanData => ({
    exercise: (id) => exercises.lookup(id),
    progression: (id) => progressions.lookup(id),
    protocols: protocols.all,
    hypotheses: new Set(hypotheses.all.map((hypothesis) => hypothesis.id)),
  }),
);

/** A caller's knowledge base, validated the first time it is seen; throws `invalid_input` listing its problems. */
function checkedKnowledgeBase(given: KnowledgeBase): KnowledgeBase {
  if (planData.has(given)) return given;
  const inspection = inspectKnowledgeBase(given);
  if (inspection.data === undefined) {
    throw new KineticChainError("invalid_input", `buildPlan: the knowledge base given has ${inspection.issues.length} problem(s); check it with validateKnowledgeBase`, inspection.issues);
  }
  return given;
}

/** The plan data of a (validated) knowledge base, built on first use. */
function planDataOf(kb: KnowledgeBase): PlanData {
  const known = planData.get(kb);
  if (known !== undefined) return known;
  const exerciseById = new Map(kb.exercises.map((exercise) => [exercise.id, exercise]));
  const progressionById = new Map(kb.progressions.map((progression) => [progression.id, progression]));
  const data: PlanData = {
    exercise: (id) => exerciseById.get(id),
    progression: (id) => progressionById.get(id),
    protocols: kb.protocols,
    hypotheses: new Set(kb.hypotheses.map((hypothesis) => hypothesis.id)),
  };
  planData.set(kb, data);
  return data;
}

/** Where one protocol stands: its phase, the weeks in it, each progression's step and the walk-run stage. */
interface ProtocolState {
  readonly phase: number;
  readonly weeksInPhase: number;
  readonly steps: ReadonlyMap<string, { readonly step: number; readonly weeks: number }>;
  readonly stage: { readonly step: number; readonly weeks: number };
}

const START: ProtocolState = { phase: 0, weeksInPhase: 0, steps: new Map(), stage: { step: 0, weeks: 0 } };

/** The progressions a phase follows. */
function phaseProgressions(phase: ProtocolPhase, data: PlanData): Progression[] {
  return [...new Set(phase.items.flatMap((item) => (item.progression === undefined ? [] : [item.progression])))].flatMap((id) => data.progression(id) ?? []);
}

/**
 * Applies one week's check-in to a protocol: each progression of the phase moves by `nextStep`,
 * the walk-run stage likewise, and the phase moves on when its criteria are met, its least weeks
 * are done and any walk-run has reached its last stage; it goes back a phase when the check-in
 * calls for a step back and nothing in the phase is left to step back.
 */
function applyCheckIn(protocol: Protocol, state: ProtocolState, checkIn: ParsedCheckIn, data: PlanData): { state: ProtocolState; action: PlanCheckIn["action"]; reason: string } {
  const phase = protocol.phases[state.phase] as ProtocolPhase;
  const feedbackAt = (weeks: number) => ({ ...checkIn, weeksAtStep: weeks + 1 });
  const steps = new Map(state.steps);
  let stepped = false;
  for (const progression of phaseProgressions(phase, data)) {
    const at = steps.get(progression.id) ?? { step: 0, weeks: 0 };
    const next = nextStep(progression, at.step, feedbackAt(at.weeks));
    stepped ||= at.step > 0 && next.action === "step-back";
    steps.set(progression.id, next.step === at.step ? { step: at.step, weeks: at.weeks + 1 } : { step: next.step, weeks: 0 });
  }
  const programme = phase.returnToRun === undefined ? undefined : returnToRunProgrammes.lookup(phase.returnToRun);
  let stage = state.stage;
  if (programme !== undefined) {
    const verdict = judge({ advanceMaxPain: programme.advanceWhen.maxPainDuring, stepBackAbovePain: UNACCEPTABLE_PAIN }, checkIn);
    const last = programme.stages.length - 1;
    const step = verdict.action === "step-back" ? Math.max(0, stage.step - 1) : verdict.action === "advance" ? Math.min(last, stage.step + 1) : stage.step;
    stepped ||= stage.step > 0 && verdict.action === "step-back";
    stage = step === stage.step ? { step, weeks: stage.weeks + 1 } : { step, weeks: 0 };
  }
  const verdict = judge({ advanceMaxPain: phase.advanceWhen.maxPainDuring, stepBackAbovePain: UNACCEPTABLE_PAIN }, checkIn);
  const weeksInPhase = state.weeksInPhase + 1;
  if (verdict.action === "step-back") {
    if (stepped || state.phase === 0) return { state: { ...state, steps, stage, weeksInPhase }, action: "step-back", reason: verdict.reason };
    return { state: { ...START, phase: state.phase - 1 }, action: "step-back", reason: `${verdict.reason} Back to the previous phase.` };
  }
  // A progression carries on into the next phase as plain items, so only the walk-run must be done.
  const ended = programme === undefined || stage.step === programme.stages.length - 1;
  const last = state.phase === protocol.phases.length - 1;
  if (verdict.action === "advance" && weeksInPhase >= phase.weeks && ended && !last) {
    return { state: { ...START, phase: state.phase + 1 }, action: "advance", reason: `${verdict.reason} On to "${(protocol.phases[state.phase + 1] as ProtocolPhase).name}".` };
  }
  const reason =
    verdict.action !== "advance"
      ? verdict.reason
      : last
        ? "Criteria met in the last phase: keep it up."
        : weeksInPhase < phase.weeks
          ? `Criteria met; stay at least ${phase.weeks} week(s) in this phase.`
          : "Criteria met; finish the walk-run stages before moving on.";
  return { state: { ...state, steps, stage, weeksInPhase }, action: "hold", reason };
}

/** The criteria to leave a progression's step, in a sentence. */
function stepCriteria(progression: Progression): string {
  return `Move on after at least ${progression.minWeeksPerStep} week(s) when the target is met with good form, pain during is at most ${progression.advanceMaxPain}/10 and the next morning is no worse than usual; go back a step if pain during passes ${progression.stepBackAbovePain}/10 or the next morning is worse.`;
}

/**
 * Builds an exercise plan from an assessment (or a list of causes): for each of the top causes
 * with a protocol, the phase reached and the exercises at each progression's step, deduplicated
 * across causes, swapped for easier variants when equipment is missing or the exercise is
 * contraindicated, and fitted to the session time budget (see `estimateSeconds`).
 *
 * Progression is by criteria, never by the calendar alone: with `options.progress` (one check-in
 * per week done: pain during, pain the next morning, target met) the plan replays each week
 * through `nextStep`, moving a step or phase on when its criteria are met and its least weeks are
 * done, and back when pain rose; the weeks ahead stay at the point reached, each stating its
 * criteria, until the next check-in.
 *
 * Safety first: when the assessment says to see a professional first (`seeProfessionalFirst`, an
 * urgent or emergency triage, or a red flag) no exercise is planned; every exercise ruled out by a
 * cause in play (as the assessment reports it, or addressed by the plan), a finding or a sensation
 * the runner reported is left out and recorded with the reason (so impact and single-leg loading stay out while a bone stress injury is possible); the
 * assessment's running advice is the floor of every week's, and the week's running notes agree
 * with it. Deterministic.
 *
 * @param input - An `Assessment` from `assess`, or hypothesis ids in priority order.
 * @param options - Weeks, sessions per week, minutes per session, equipment, affected side, causes, check-ins. `knowledgeBase`: the knowledge base the assessment came from (default built-in), whose exercises, progressions and protocols the plan uses.
 * @returns The plan, deep-frozen.
 * @throws `KineticChainError` `invalid_input` for input or options that do not match, or an unknown hypothesis id.
 * @example
 * ```ts
 * import { buildPlan } from "kinetic-chain/plan";
 *
 * const plan = buildPlan(["patellofemoral-pain"], {
 *   equipment: ["band"],
 *   progress: [{ targetMet: true, painDuring: 2, painNextMorning: 0 }, { targetMet: true, painDuring: 2, painNextMorning: 6 }],
 * });
 * plan.checkIns.at(-1)?.action; // "step-back": the next morning was worse than usual
 * plan.weeks[0]?.sessions[0]?.items.map((item) => `${item.name}: ${item.formatted}`);
 * ```
 */
export function buildPlan(input: readonly string[] | PlanAssessment, options: PlanOptions & { readonly knowledgeBase?: KnowledgeBase } = {}): Plan {
  const parsed = parseInput("buildPlan", InputSchema, input);
  const { knowledgeBase, ...rest } = options ?? {};
  const { weeks = 6, sessionsPerWeek = 3, minutesPerSession = 20, equipment = [], side, maxCauses = 3, progress = [] } =
    parseInput("buildPlan", PlanOptionsSchema, rest);
  const data = knowledgeBase === undefined ? builtinPlanData() : planDataOf(checkedKnowledgeBase(knowledgeBase));
  const ids = [...new Set(Array.isArray(parsed) ? parsed : parsed.hypotheses.map((h) => h.id))];
  const unknown = ids.filter((id) => !data.hypotheses.has(id));
  if (unknown.length > 0) {
    throw new KineticChainError(
      "invalid_input",
      `buildPlan: unknown hypothesis id(s): ${unknown.join(", ")}`,
      unknown.map((id) => ({ code: "unknown_reference", path: [ids.indexOf(id)], value: id, message: `Unknown hypothesis "${id}"` })),
    );
  }
  const assessment = Array.isArray(parsed) ? undefined : parsed;
  const level = assessment?.triage.level;
  if (assessment?.seeProfessionalFirst === true || level === "emergency" || level === "urgent" || (assessment?.triage.redFlags ?? []).length > 0) {
    return deepFreeze({
      status: "see-a-professional-first",
      causes: [],
      checkIns: [],
      weeks: [],
      dropped: [],
      avoid: [],
      notes: ["The assessment found something that needs a professional first; no exercise is planned until then."],
    });
  }
  const causes = ids
    .filter((hypothesis) => data.protocols.some((p) => p.hypothesis === hypothesis))
    .slice(0, maxCauses)
    .flatMap((hypothesis) => data.protocols.filter((p) => p.hypothesis === hypothesis));
  // The causes in play: those the assessment reports, plus every cause the plan addresses.
  const reported: Reported = {
    hypotheses: new Set([...(assessment?.reported?.hypotheses ?? ids), ...causes.map((p) => p.hypothesis)]),
    findings: new Set(assessment?.reported?.findings ?? []),
    sensations: new Set(assessment?.reported?.sensations ?? []),
  };
  // The assessment's running advice holds until the first check-in; after that the protocols'
  // phases govern the causes they address, and only the causes in play without one still set a floor.
  const addressed = new Set(causes.map((p) => p.hypothesis));
  const inPlay = (assessment?.hypotheses ?? []).filter((h) => reported.hypotheses.has(h.id));
  const floor = strictest(
    progress.length === 0
      ? [assessment?.triage.running ?? "continue", ...inPlay.map((h) => h.running ?? "continue")]
      : inPlay.filter((h) => !addressed.has(h.id)).map((h) => h.running ?? "continue"),
  );
  const notes = [
    "The plan moves on by criteria, not by the calendar: after each week, add a check-in (pain during, pain the next morning, target met) to `progress` and build the plan again. A phase's weeks are only the least time to spend in it.",
    "Pain during up to 3/10 is fine, 4–5/10 is acceptable but not a reason to move on, above 5/10 means a step back; pain the next morning should be back to its usual level.",
  ];
  if (floor !== "continue") {
    notes.push(
      progress.length === 0
        ? `The assessment's running advice ("${floor}") applies until your check-ins move the plan on.`
        : `A cause this plan does not address keeps the running advice at "${floor}" until a professional says otherwise.`,
    );
  }
  if (level === "consult") notes.push("The assessment suggests having this looked at by a professional; show them this plan.");

  // Replay the check-ins.
  const states = new Map(causes.map((protocol) => [protocol.id, START]));
  const checkIns: PlanCheckIn[] = [];
  progress.forEach((checkIn, index) => {
    for (const protocol of causes) {
      const result = applyCheckIn(protocol, states.get(protocol.id) ?? START, checkIn, data);
      states.set(protocol.id, result.state);
      checkIns.push({ week: index + 1, protocol: protocol.id, action: result.action, reason: result.reason });
    }
  });

  const available = new Set<Equipment>(equipment);
  const budget = minutesPerSession * 60;
  const dropped: PlanDrop[] = [];
  const planWeeks: PlanWeek[] = [];
  for (let offset = 1; offset <= weeks; offset += 1) {
    const week = progress.length + offset;
    const current = causes.map((protocol) => {
      const state = states.get(protocol.id) ?? START;
      return { protocol, state, phase: protocol.phases[state.phase] as ProtocolPhase };
    });
    const candidates = new Map<string, PlanItem & { frequency: Dosage["frequency"] }>();
    for (const { protocol, state, phase } of current) {
      for (const item of phase.items) {
        const progression = item.progression === undefined ? undefined : data.progression(item.progression);
        const stepIndex = progression === undefined ? undefined : (state.steps.get(progression.id)?.step ?? 0);
        const step = progression === undefined || stepIndex === undefined ? undefined : progression.steps[stepIndex];
        const wanted = data.exercise(step?.exercise ?? item.exercise);
        if (wanted === undefined) continue;
        const { fit, ruledOutBy } = fitting(wanted, step?.dosage ?? item.dosage, available, reported, data);
        if (ruledOutBy !== undefined) dropped.push({ week, exercise: wanted.id, reason: "contraindicated", ruledOutBy });
        if (fit === undefined) {
          if (ruledOutBy === undefined) dropped.push({ week, exercise: wanted.id, reason: "equipment" });
          continue;
        }
        const { exercise, dosage } = fit;
        const known = candidates.get(exercise.id);
        if (known !== undefined) {
          candidates.set(exercise.id, {
            ...known,
            causes: [...new Set([...known.causes, protocol.hypothesis])],
            why: [...new Set([...known.why, item.why])],
          });
          continue;
        }
        candidates.set(exercise.id, {
          exercise: exercise.id,
          name: exercise.name,
          kind: exercise.kind,
          dosage,
          formatted: formatDosage(dosage),
          estimatedSeconds: estimateSeconds(dosage),
          causes: [protocol.hypothesis],
          why: [item.why],
          frequency: dosage.frequency,
          ...(progression === undefined || stepIndex === undefined
            ? {}
            : { progression: { id: progression.id, step: stepIndex, steps: progression.steps.length, advanceWhen: stepCriteria(progression) } }),
          ...(exercise === wanted ? {} : { replaces: wanted.id }),
          ...(side !== undefined && side !== "both" && dosage.perSide ? { startSide: side } : {}),
          contraindications: exercise.contraindications,
        });
      }
    }
    const sessions: PlanSession[] = [];
    const timedOut = new Set<string>();
    const placed = new Set<string>();
    for (let index = 1; index <= sessionsPerWeek; index += 1) {
      let used = 0;
      const items: PlanItem[] = [];
      for (const { frequency, ...item } of candidates.values()) {
        const due = frequency.per === "day" || frequency.times >= 7 || index <= frequency.times;
        if (!due) continue;
        if (used + item.estimatedSeconds > budget) {
          timedOut.add(item.exercise);
          continue;
        }
        used += item.estimatedSeconds;
        items.push(item);
        placed.add(item.exercise);
      }
      items.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
      sessions.push({ index, items, estimatedMinutes: Math.round((used / 60) * 10) / 10 });
    }
    for (const exercise of timedOut) if (!placed.has(exercise)) dropped.push({ week, exercise, reason: "time" });
    const running = strictest([floor, ...current.map(({ phase }) => phase.running)]);
    const agreeing = [...new Set(current.filter(({ phase }) => phase.running === running).map(({ phase }) => phase.runningNote))];
    const runBack = running === "stop" ? undefined : current.find(({ phase }) => phase.returnToRun !== undefined);
    const programme = runBack?.phase.returnToRun === undefined ? undefined : returnToRunProgrammes.lookup(runBack.phase.returnToRun);
    planWeeks.push({
      week,
      phases: current.map(({ protocol, state, phase }) => ({
        protocol: protocol.id,
        phase: phase.name,
        index: state.phase,
        of: protocol.phases.length,
        minWeeks: phase.weeks,
        advanceWhen: phase.advanceWhen,
      })),
      running,
      runningNotes: agreeing.length > 0 ? agreeing : [FLOOR_NOTES[running]],
      ...(programme === undefined || runBack === undefined
        ? {}
        : {
            returnToRun: {
              programme: programme.id,
              stage: runBack.state.stage.step,
              of: programme.stages.length,
              session: programme.stages[runBack.state.stage.step] as ReturnToRunStage,
              minSessions: programme.minSessionsPerStage,
              rules: programme.rules,
            },
          }),
      sessions,
    });
  }
  if (dropped.some((drop) => drop.reason === "contraindicated")) {
    notes.push("Some exercises were left out because something you reported rules them out; see `dropped` for which and why.");
  }
  return deepFreeze({
    status: "ready",
    causes: causes.map((protocol) => ({ hypothesis: protocol.hypothesis, protocol: protocol.id })),
    checkIns,
    weeks: planWeeks,
    dropped,
    avoid: [...new Set(causes.flatMap((protocol) => protocol.avoid ?? []))],
    notes,
  });
}
