import * as z from "zod/mini";
import { sideSchema } from "../chains/schema";
import { KineticChainError } from "../errors";
import { estimateSeconds, formatDosage } from "../exercises/dosage";
import { exercises } from "../exercises/dictionary";
import { type Dosage, type Equipment, equipmentSchema, type Exercise, type ExerciseKind } from "../exercises/schema";
import { hypotheses } from "../hypotheses/dictionary";
import { deepFreeze } from "../internal/freeze";
import { parseInput } from "../internal/input";
import { RUNNING_ADVICE } from "../triage";
import { type RunningAdvice, runningAdviceSchema, triageLevelSchema } from "../triage/schema";
import type { Side } from "../chains/schema";
import { progressions, protocols } from "./dictionary";
import type { Protocol, ProtocolPhase } from "./schema";
import { once } from "../internal/once";

/** Builds `PlanOptionsSchema` (public in `kinetic-chain/schemas`) on first use. */
export const planOptionsSchema = /* @__PURE__ */ once(() => z.object({
  /** How many weeks to plan, 1–26. Default 6. */
  weeks: z.optional(z.int().check(z.gte(1), z.lte(26))),
  /** Exercise sessions per week, 1–7. Default 3. */
  sessionsPerWeek: z.optional(z.int().check(z.gte(1), z.lte(7))),
  /** The time budget of one session, in minutes, 5–120. Default 20. */
  minutesPerSession: z.optional(z.number().check(z.gte(5), z.lte(120))),
  /** Equipment at hand; exercises needing anything else are swapped for easier variants or left out. Default none. */
  equipment: z.optional(z.array(equipmentSchema())),
  /** The affected side: per-side exercises start on it. */
  side: z.optional(sideSchema()),
  /** How many of the top causes to address, 1–5. Default 3. */
  maxCauses: z.optional(z.int().check(z.gte(1), z.lte(5))),
}));

/** Options of {@link buildPlan}. */
export type PlanOptions = z.input<ReturnType<typeof planOptionsSchema>>;

/** One exercise of a session. */
export interface PlanItem {
  /** Exercise id. */
  readonly exercise: string;
  /** Exercise name. */
  readonly name: string;
  /** Exercise kind. */
  readonly kind: ExerciseKind;
  /** This week's dosage. */
  readonly dosage: Dosage;
  /** The dosage as a line, e.g. "3 × 30 s hold, each side, daily". */
  readonly formatted: string;
  /** Estimated seconds (see `estimateSeconds`). */
  readonly estimatedSeconds: number;
  /** The causes (hypothesis ids) it addresses. */
  readonly causes: readonly string[];
  /** Why it is in the plan, one sentence per protocol that asks for it. */
  readonly why: readonly string[];
  /** The progression it follows and the step reached this week, when it has one. */
  readonly progression?: { readonly id: string; readonly step: number };
  /** The exercise a protocol asked for, when this easier variant replaced it for lack of equipment. */
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

/** One week of the plan. */
export interface PlanWeek {
  /** 1-based week number. */
  readonly week: number;
  /** The phase each protocol is in this week. */
  readonly phases: readonly { readonly protocol: string; readonly phase: string }[];
  /** What to do about running this week: the most restrictive advice of the phases. */
  readonly running: RunningAdvice;
  /** The phases' running notes. */
  readonly runningNotes: readonly string[];
  /** The sessions. */
  readonly sessions: readonly PlanSession[];
}

/** A week-by-week exercise plan. */
export interface Plan {
  /** `see-a-professional-first` when the assessment's triage is urgent or an emergency: no exercises are planned. */
  readonly status: "ready" | "see-a-professional-first";
  /** The causes addressed and their protocols, best-ranked first. */
  readonly causes: readonly { readonly hypothesis: string; readonly protocol: string }[];
  /** The weeks. */
  readonly weeks: readonly PlanWeek[];
  /**
   * Exercises left out, by week: for lack of equipment, for lack of time in every session of the
   * week, or for safety (impact work while a bone stress injury is possible).
   */
  readonly dropped: readonly { readonly week: number; readonly exercise: string; readonly reason: "equipment" | "time" | "safety" }[];
  /** Notes for the runner: progression rules, triage caveats. */
  readonly notes: readonly string[];
}

const KIND_ORDER: readonly ExerciseKind[] = ["mobility", "soft-tissue-release", "activation", "strength", "plyometric", "stretch"];

const assessmentInputSchema = /* @__PURE__ */ once(() => z.object({
  triage: z.object({
    level: triageLevelSchema(),
    running: z.optional(runningAdviceSchema()),
    redFlags: z.optional(z.array(z.object({ id: z.string() }))),
  }),
  hypotheses: z.array(z.object({ id: z.string() })),
  seeProfessionalFirst: z.optional(z.boolean()),
}));

/** Findings that rule out impact work (hops, plyometrics) until a professional has cleared it. */
const BONE_STRESS_FLAGS: ReadonlySet<string> = new Set(["pain-on-hopping", "focal-bone-tenderness", "pain-not-easing-with-warm-up", "long-term-corticosteroids"]);

/** The equipment a dosage's load needs. */
function loadNeeds(dosage: Dosage): Equipment | undefined {
  if (dosage.load?.type === "band") return "band";
  if (dosage.load?.type === "external") return "weight";
  return undefined;
}
const inputSchema = /* @__PURE__ */ once(() => z.union([z.array(z.string()), assessmentInputSchema()]));

/** The phase of a protocol in a given week (the last phase continues past the protocol's end). */
function phaseFor(protocol: Protocol, week: number): { phase: ProtocolPhase; weekInPhase: number } {
  let start = 1;
  for (const phase of protocol.phases) {
    if (week < start + phase.weeks) return { phase, weekInPhase: week - start + 1 };
    start += phase.weeks;
  }
  const last = protocol.phases[protocol.phases.length - 1] as ProtocolPhase;
  return { phase: last, weekInPhase: week - start + last.weeks + 1 };
}

/**
 * The exercise at the dosage asked for when its equipment (and the dosage's load) is at hand,
 * else the nearest easier variant that fits, at that variant's own dosage.
 */
function fitting(exercise: Exercise, dosage: Dosage, available: ReadonlySet<Equipment>): { exercise: Exercise; dosage: Dosage } | undefined {
  const fits = (candidate: Exercise, at: Dosage): boolean => {
    const needs = [...candidate.equipment, loadNeeds(at) ?? "none"];
    return needs.every((item) => item === "none" || available.has(item));
  };
  if (fits(exercise, dosage)) return { exercise, dosage };
  const queue = exercise.easier.flatMap((id) => exercises.lookup(id) ?? []);
  const seen = new Set<string>([exercise.id]);
  while (queue.length > 0) {
    const next = queue.shift() as Exercise;
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    if (fits(next, next.dosage)) return { exercise: next, dosage: next.dosage };
    queue.push(...next.easier.flatMap((id) => exercises.lookup(id) ?? []));
  }
  return undefined;
}

/**
 * Builds a week-by-week exercise plan from an assessment (or a list of causes): for each of the
 * top causes with a protocol, the protocol's phase that week, dosages following the
 * progressions, deduplicated across causes, swapped for easier variants when equipment is
 * missing, and fitted to the session time budget (see `estimateSeconds`). Deterministic; every
 * exercise says why it is there and carries its contraindications. Safety first: when the
 * assessment's triage is urgent or an emergency, no exercise is planned (see a professional
 * first); the assessment's running advice is the floor of every week's; and while a bone stress
 * injury is possible (a cause, or a bone-stress red flag), no impact work is planned.
 *
 * @param input - An `Assessment` from `assess`, or hypothesis ids in priority order.
 * @param options - Weeks, sessions per week, minutes per session, equipment, affected side, causes.
 * @returns The plan, deep-frozen.
 * @throws `KineticChainError` `invalid_input` for input or options that do not match, or an unknown hypothesis id.
 * @example
 * ```ts
 * const plan = buildPlan(["hip-abductor-weakness"], { weeks: 6, sessionsPerWeek: 3, minutesPerSession: 20, equipment: ["band"] });
 * plan.weeks[0]?.sessions[0]?.items.map((item) => `${item.name}: ${item.formatted}`);
 * ```
 */
export function buildPlan(input: readonly string[] | { readonly triage: { readonly level: string }; readonly hypotheses: readonly { readonly id: string }[] }, options: PlanOptions = {}): Plan {
  const parsed = parseInput("buildPlan", inputSchema(), input);
  const { weeks = 6, sessionsPerWeek = 3, minutesPerSession = 20, equipment = [], side, maxCauses = 3 } =
    parseInput("buildPlan", planOptionsSchema(), options ?? {});
  const ids = Array.isArray(parsed) ? parsed : parsed.hypotheses.map((h) => h.id);
  const unknown = ids.filter((id) => !hypotheses.is(id));
  if (unknown.length > 0) {
    throw new KineticChainError(
      "invalid_input",
      `buildPlan: unknown hypothesis id(s): ${unknown.join(", ")}`,
      unknown.map((id) => ({ code: "unknown_reference", path: [ids.indexOf(id)], value: id, message: `Unknown hypothesis "${id}"` })),
    );
  }
  const notes = [
    "Advance a step when its target is met with good form and pain the next day stays at 3/10 or less; step back if pain rises above that.",
  ];
  const level = Array.isArray(parsed) ? undefined : parsed.triage.level;
  const triageRunning: RunningAdvice = Array.isArray(parsed) ? "continue" : (parsed.triage.running ?? "continue");
  const boneStress =
    ids.includes("bone-stress-injury") ||
    (!Array.isArray(parsed) && (parsed.triage.redFlags ?? []).some((flag) => BONE_STRESS_FLAGS.has(flag.id)));
  if (boneStress) notes.push("A bone stress injury is possible: no hopping or other impact work is planned until a professional has cleared it.");
  if (triageRunning !== "continue") notes.push(`The assessment's running advice ("${triageRunning}") applies every week until a professional says otherwise.`);
  if (level === "emergency" || level === "urgent" || (!Array.isArray(parsed) && parsed.seeProfessionalFirst === true)) {
    return deepFreeze({
      status: "see-a-professional-first",
      causes: [],
      weeks: [],
      dropped: [],
      notes: ["The assessment found findings that need a professional first; no exercise is planned until then."],
    });
  }
  if (level === "consult") notes.push("The assessment suggests having this looked at by a professional; show them this plan.");

  const causes = ids
    .filter((hypothesis) => protocols.all.some((p) => p.hypothesis === hypothesis))
    .slice(0, maxCauses)
    .flatMap((hypothesis) => protocols.all.filter((p) => p.hypothesis === hypothesis));
  const available = new Set<Equipment>(equipment);
  const budget = minutesPerSession * 60;
  const dropped: Plan["dropped"][number][] = [];

  const planWeeks: PlanWeek[] = [];
  for (let week = 1; week <= weeks; week += 1) {
    const phases = causes.map((protocol) => ({ protocol, ...phaseFor(protocol, week) }));
    const candidates = new Map<string, PlanItem & { frequency: Dosage["frequency"] }>();
    for (const { protocol, phase, weekInPhase } of phases) {
      for (const item of phase.items) {
        const progression = item.progression === undefined ? undefined : progressions.lookup(item.progression);
        const stepIndex =
          progression === undefined ? undefined : Math.min(Math.floor((weekInPhase - 1) / progression.minWeeksPerStep), progression.steps.length - 1);
        const step = progression === undefined || stepIndex === undefined ? undefined : progression.steps[stepIndex];
        const wanted = exercises.lookup(step?.exercise ?? item.exercise);
        if (wanted === undefined) continue;
        if (boneStress && wanted.kind === "plyometric") {
          dropped.push({ week, exercise: wanted.id, reason: "safety" });
          continue;
        }
        const fit = fitting(wanted, step?.dosage ?? item.dosage, available);
        if (fit === undefined) {
          dropped.push({ week, exercise: wanted.id, reason: "equipment" });
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
          ...(progression === undefined || stepIndex === undefined ? {} : { progression: { id: progression.id, step: stepIndex } }),
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
    planWeeks.push({
      week,
      phases: phases.map(({ protocol, phase }) => ({ protocol: protocol.id, phase: phase.name })),
      running: phases.reduce<RunningAdvice>(
        (most, { phase }) => (RUNNING_ADVICE.indexOf(phase.running) > RUNNING_ADVICE.indexOf(most) ? phase.running : most),
        triageRunning,
      ),
      runningNotes: [...new Set(phases.map(({ phase }) => phase.runningNote))],
      sessions,
    });
  }
  return deepFreeze({
    status: "ready",
    causes: causes.map((protocol) => ({ hypothesis: protocol.hypothesis, protocol: protocol.id })),
    weeks: planWeeks,
    dropped,
    notes,
  });
}
