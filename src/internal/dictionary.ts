import { KineticChainError } from "../errors";
import { deepFreeze } from "./freeze";
import { normalizeName } from "./text";

/**
 * The four accessors every domain offers, built once from frozen rows.
 *
 * @internal
 */
export interface Dictionary<T extends { readonly id: string }, Id extends string> {
  /** The row with this id; throws `unknown_id` for an id that is not in the data. */
  readonly get: (id: Id) => T;
  /** The row with exactly this id, or `undefined`. */
  readonly lookup: (id: string) => T | undefined;
  /** The row whose id or one of whose names matches, ignoring case, spacing and hyphens. */
  readonly find: (text: string) => T | undefined;
  /** Every row, in data order. */
  readonly all: readonly T[];
  /** Whether a value is the id of a row. */
  readonly is: (value: unknown) => value is Id;
}

/**
 * Builds a {@link Dictionary} over rows; `label` names the row kind and the getter in errors. `names` lists the texts (besides the id) that
 * `find` matches for a row. The first row to claim a name keeps it.
 *
 * @internal
 */
export function createDictionary<T extends { readonly id: string }, Id extends string>(
  label: { readonly noun: string; readonly getter: string },
  rows: readonly T[],
  names: (row: T) => readonly (string | undefined)[],
): Dictionary<T, Id> {
  const all = deepFreeze(rows) as readonly T[];
  const byId = new Map<string, T>();
  const byName = new Map<string, T>();
  for (const row of all) {
    byId.set(row.id, row);
    for (const name of [row.id, ...names(row)]) {
      if (name === undefined) continue;
      const key = normalizeName(name);
      if (!byName.has(key)) byName.set(key, row);
    }
  }
  const is = (value: unknown): value is Id => typeof value === "string" && byId.has(value);
  return Object.freeze({
    all,
    is,
    lookup: (id: string) => byId.get(id),
    find: (text: string) => (typeof text === "string" ? byName.get(normalizeName(text)) : undefined),
    get: (id: Id) => {
      const row = byId.get(id);
      if (row === undefined) {
        throw new KineticChainError("unknown_id", `${label.getter}: no ${label.noun} has the id ${JSON.stringify(id)}`);
      }
      return row;
    },
  });
}
