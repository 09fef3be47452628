import { KineticChainError } from "../errors";
import type { State } from "./schema";

/**
 * A state's key in the graph: `structure:condition`, or `fault:name` for a movement fault.
 *
 * @param state - A state.
 * @returns Its key; two states are the same node exactly when their keys are equal.
 * @throws `KineticChainError` `invalid_input` for a value that is not an object.
 * @example
 * ```ts
 * import { stateKey } from "kinetic-chain/chains";
 *
 * stateKey({ structure: "gluteus-medius", condition: "overloaded" }); // "gluteus-medius:overloaded"
 * stateKey({ fault: "knee-valgus" });                                  // "fault:knee-valgus"
 * ```
 */
export function stateKey(state: State): string {
  if (typeof state !== "object" || state === null) throw new KineticChainError("invalid_input", `stateKey: a state is an object, not ${typeof state}`);
  return "fault" in state ? `fault:${state.fault}` : `${state.structure}:${state.condition}`;
}
