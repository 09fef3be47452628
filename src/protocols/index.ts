/**
 * Exercise protocols: a protocol per cause (phases of exercises with dosage, criteria to move on,
 * what to avoid and what to do about running meanwhile), progressions with criteria to advance
 * and step back (`nextStep`), a graded walk-run return to running, and export to FHIR R4 and
 * schema.org. The plan builder that puts them together is `buildPlan`, in `kinetic-chain/plan`.
 *
 * @example
 * ```ts
 * import { getProtocol, nextStep, getProgression } from "kinetic-chain/protocols";
 *
 * getProtocol("protocol-hip-abductor-weakness").phases.map((phase) => phase.name);
 * nextStep(getProgression("bridge-progression"), 0, { targetMet: true, painDuring: 2, painNextMorning: 0, weeksAtStep: 2 });
 * ```
 *
 * @module
 */
import type { Progression, Protocol, ReturnToRun } from "./schema";
import { protocols, progressions, returnToRunProgrammes, type ProtocolId, type ProgressionId, type ReturnToRunId } from "./dictionary";
export type { ProtocolId, ProgressionId, ReturnToRunId } from "./dictionary";

export type { AdvanceCriteria, Progression, ProgressionStep, Protocol, ProtocolItem, ProtocolPhase, ReturnToRun, ReturnToRunStage } from "./schema";
export { type CheckIn, type Feedback, type NextStep, nextStep, type PainLimits } from "./progress";
export { FHIR_EXTENSIONS, toFhirActivityDefinition, toSchemaOrgExercisePlan } from "./export";

/**
 * The protocol with this id.
 *
 * @param id - A protocol id.
 * @returns The protocol (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the data.
 * @example
 * ```ts
 * import { getProtocol } from "kinetic-chain/protocols";
 *
 * getProtocol("protocol-hip-abductor-weakness").phases.map((phase) => phase.name);
 * ```
 */
export function getProtocol(id: ProtocolId): Protocol {
  return protocols.get(id);
}

/**
 * Looks a protocol up by id or name, ignoring case, spaces and hyphens.
 *
 * @param text - An id or a name.
 * @returns The protocol, or `undefined`.
 * @example
 * ```ts
 * import { findProtocol } from "kinetic-chain/protocols";
 *
 * findProtocol("protocol gluteal tendinopathy")?.hypothesis; // "gluteal-tendinopathy"
 * ```
 */
export function findProtocol(text: string): Protocol | undefined {
  return protocols.find(text);
}

/** Narrows {@link listProtocols}. */
export interface ProtocolFilter {
  /** Only protocols for this cause (hypothesis id). */
  readonly hypothesis?: string;
}

/**
 * The protocols, optionally for one cause, in data order.
 *
 * @param filter - The cause to match; omit for every protocol.
 * @returns A frozen array; empty for a cause that has no exercise protocol (serious conditions
 *   and bone stress injury go to a professional instead).
 * @example
 * ```ts
 * import { listProtocols } from "kinetic-chain/protocols";
 *
 * listProtocols({ hypothesis: "iliotibial-band-syndrome" }).map((p) => p.id);
 * ```
 */
export function listProtocols(filter: ProtocolFilter = {}): readonly Protocol[] {
  const { hypothesis } = filter ?? {};
  return hypothesis === undefined ? protocols.all : Object.freeze(protocols.all.filter((p) => p.hypothesis === hypothesis));
}

/**
 * Whether a value is the id of a protocol.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link ProtocolId}.
 * @example
 * ```ts
 * import { isProtocolId } from "kinetic-chain/protocols";
 *
 * isProtocolId("protocol-patellofemoral-pain"); // true
 * ```
 */
export function isProtocolId(value: unknown): value is ProtocolId {
  return protocols.is(value);
}

/**
 * The progression with this id.
 *
 * @param id - A progression id.
 * @returns The progression (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the data.
 * @example
 * ```ts
 * import { getProgression } from "kinetic-chain/protocols";
 *
 * getProgression("abduction-to-band-walk").steps.length; // 3
 * ```
 */
export function getProgression(id: ProgressionId): Progression {
  return progressions.get(id);
}

/**
 * Looks a progression up by id or name, ignoring case, spaces and hyphens.
 *
 * @param text - An id or a name.
 * @returns The progression, or `undefined`.
 * @example
 * ```ts
 * import { findProgression } from "kinetic-chain/protocols";
 *
 * findProgression("bridge progression")?.id; // "bridge-progression"
 * ```
 */
export function findProgression(text: string): Progression | undefined {
  return progressions.find(text);
}

/**
 * Every progression, in data order.
 *
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listProgressions } from "kinetic-chain/protocols";
 *
 * listProgressions().map((p) => p.id);
 * ```
 */
export function listProgressions(): readonly Progression[] {
  return progressions.all;
}

/**
 * Whether a value is the id of a progression.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a {@link ProgressionId}.
 * @example
 * ```ts
 * import { isProgressionId } from "kinetic-chain/protocols";
 *
 * isProgressionId("bridge-progression"); // true
 * ```
 */
export function isProgressionId(value: unknown): value is ProgressionId {
  return progressions.is(value);
}

/**
 * The return-to-run programme with this id.
 *
 * @param id - A programme id.
 * @returns The programme (frozen).
 * @throws `KineticChainError` with code `unknown_id` for an id not in the data.
 * @example
 * ```ts
 * import { getReturnToRun } from "kinetic-chain/protocols";
 *
 * getReturnToRun("walk-run-return").stages[0]; // { rpe: 3, intervals: { walkMinutes: 2, runMinutes: 3 }, miles: 1 }
 * ```
 */
export function getReturnToRun(id: ReturnToRunId): ReturnToRun {
  return returnToRunProgrammes.get(id);
}

/**
 * Every return-to-run programme, in data order.
 *
 * @returns A frozen array.
 * @example
 * ```ts
 * import { listReturnToRun } from "kinetic-chain/protocols";
 *
 * listReturnToRun().map((p) => p.id); // ["walk-run-return"]
 * ```
 */
export function listReturnToRun(): readonly ReturnToRun[] {
  return returnToRunProgrammes.all;
}
