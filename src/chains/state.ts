import type { State } from "./schema";

/**
 * A state's key in the graph: `structure:condition`, or `fault:name` for a movement fault.
 *
 * @param state - A state.
 * @returns Its key; two states are the same node exactly when their keys are equal.
 * @example
 * ```ts
 * stateKey({ structure: "gluteus-medius", condition: "overloaded" }); // "gluteus-medius:overloaded"
 * stateKey({ fault: "knee-valgus" });                                  // "fault:knee-valgus"
 * ```
 */
export function stateKey(state: State): string {
  return "fault" in state ? `fault:${state.fault}` : `${state.structure}:${state.condition}`;
}
