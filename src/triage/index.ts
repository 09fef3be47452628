/**
 * Triage: the levels of urgency, the red flags that set them, and the mapping to Infermedica's
 * five levels. Red flags always surface first and alone set the floor of triage; combinations
 * of findings escalate it (see the rules). Zod-free.
 *
 * @example
 * ```ts
 * import { getRedFlag, infermedicaLevel } from "kinetic-chain/assess";
 *
 * getRedFlag("saddle-numbness").level; // "emergency"
 * infermedicaLevel("urgent");          // "consultation_24"
 * ```
 *
 * @module
 */
import type { RedFlag, RedFlagId, RunningAdvice, TriageLevel } from "./schema";
import { redFlags } from "./dictionary";
import { KineticChainError } from "../errors";

export type { RedFlag, RedFlagId, RunningAdvice, TriageLevel } from "./schema";

/** The triage levels, most urgent first. */
export const TRIAGE_LEVELS: readonly TriageLevel[] = /* @__PURE__ */ Object.freeze(["emergency", "urgent", "consult", "self-care"]);

/** Running advice, least restrictive first. */
export const RUNNING_ADVICE: readonly RunningAdvice[] = /* @__PURE__ */ Object.freeze(["continue", "reduce", "stop"]);

/** Infermedica's triage levels, as its API names them. */
export type InfermedicaTriageLevel =
  | "emergency_ambulance"
  | "emergency"
  | "consultation_24"
  | "consultation"
  | "self_care";

const INFERMEDICA: Readonly<Record<TriageLevel, InfermedicaTriageLevel>> = /* @__PURE__ */ Object.freeze({
  emergency: "emergency",
  urgent: "consultation_24",
  consult: "consultation",
  "self-care": "self_care",
});

/**
 * The Infermedica triage level that matches ours: `emergency` → `emergency`, `urgent` →
 * `consultation_24`, `consult` → `consultation`, `self-care` → `self_care`. The library never
 * returns Infermedica's fifth level, `emergency_ambulance`: deciding to call an ambulance is
 * beyond what a runner's report can support, so `emergency` maps to going to an emergency
 * department now.
 *
 * @param level - A triage level.
 * @returns Infermedica's name for it.
 * @throws `KineticChainError` `invalid_input` for a value that is not a triage level.
 * @example
 * ```ts
 * import { infermedicaLevel } from "kinetic-chain/assess";
 *
 * infermedicaLevel("self-care"); // "self_care"
 * ```
 */
export function infermedicaLevel(level: TriageLevel): InfermedicaTriageLevel {
  if (typeof level !== "string" || !Object.hasOwn(INFERMEDICA, level)) {
    throw new KineticChainError("invalid_input", `infermedicaLevel: not a triage level: ${typeof level === "string" ? JSON.stringify(level) : typeof level}`);
  }
  return INFERMEDICA[level];
}

/**
 * Orders triage levels most urgent first, for `Array.prototype.sort`.
 *
 * @param a - A level.
 * @param b - Another level.
 * @returns Negative when `a` is more urgent than `b`, positive when less, 0 when equal.
 * @example
 * ```ts
 * import { compareTriage } from "kinetic-chain/assess";
 *
 * (["consult", "emergency"] as const).toSorted(compareTriage); // ["emergency", "consult"]
 * ```
 */
export function compareTriage(a: TriageLevel, b: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(a) - TRIAGE_LEVELS.indexOf(b);
}

/**
 * The red flag with this id.
 *
 * @param id - A red flag id.
 * @returns The red flag (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id that is not a red flag.
 * @example
 * ```ts
 * import { getRedFlag } from "kinetic-chain/assess";
 *
 * getRedFlag("pain-on-hopping").running; // "stop"
 * ```
 */
export function getRedFlag(id: RedFlagId): RedFlag {
  return redFlags.get(id);
}

/**
 * Looks a red flag up by id or label, ignoring case, spaces and hyphens.
 *
 * @param text - An id or a label.
 * @returns The red flag, or `undefined`.
 * @example
 * ```ts
 * import { findRedFlag } from "kinetic-chain/assess";
 *
 * findRedFlag("night pain")?.id; // "night-pain"
 * ```
 */
export function findRedFlag(text: string): RedFlag | undefined {
  return redFlags.find(text);
}

/** Narrows {@link listRedFlags}. */
export interface RedFlagFilter {
  /** Only red flags that set this level on their own. */
  readonly level?: TriageLevel;
}

/**
 * Every red flag, optionally filtered by level, in data order.
 *
 * @param filter - The level to match; omit for every red flag.
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listRedFlags } from "kinetic-chain/assess";
 *
 * listRedFlags({ level: "emergency" }).map((flag) => flag.id);
 * ```
 */
export function listRedFlags(filter: RedFlagFilter = {}): readonly RedFlag[] {
  const { level } = filter ?? {};
  return level === undefined ? redFlags.all : Object.freeze(redFlags.all.filter((flag) => flag.level === level));
}

/**
 * Whether a value is a red flag id.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link RedFlagId}.
 * @example
 * ```ts
 * import { isRedFlagId } from "kinetic-chain/assess";
 *
 * isRedFlagId("fever"); // true
 * ```
 */
export function isRedFlagId(value: unknown): value is RedFlagId {
  return redFlags.is(value);
}
