import { KineticChainError } from "../errors";
import { deepFreeze } from "./freeze";
import { normalizeName } from "./text";
import { once } from "./once";

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
 * Builds a {@link Dictionary} over the rows that `rows` returns; `label` names the row kind and the
 * getter in errors. `names` lists the texts (besides the id) that `find` matches for a row. The
 * first row to claim a name keeps it. Nothing is built until an accessor is first called: then the
 * rows are deep-frozen and indexed by id, and on the first `find` by name. Callers annotate the call
 * `@__PURE__`, as for `once`.
 *
 * @internal
 */
export function createDictionary<T extends { readonly id: string }, Id extends string>(
  label: { readonly noun: string; readonly getter: string },
  rows: () => readonly T[],
  names: (row: T) => readonly (string | undefined)[],
): Dictionary<T, Id> {
  const all = once(() => deepFreeze(rows()) as readonly T[]);
  const byId = once(() => {
    const map = new Map<string, T>();
    for (const row of all()) map.set(row.id, row);
    return map;
  });
  const byName = once(() => {
    const map = new Map<string, T>();
    for (const row of all()) {
      for (const name of [row.id, ...names(row)]) {
        if (name === undefined) continue;
        const key = normalizeName(name);
        if (!map.has(key)) map.set(key, row);
      }
    }
    return map;
  });
  const is = (value: unknown): value is Id => typeof value === "string" && byId().has(value);
  return Object.freeze({
    get all() {
      return all();
    },
    is,
    lookup: (id: string) => byId().get(id),
    find: (text: string) => (typeof text === "string" ? byName().get(normalizeName(text)) : undefined),
    get: (id: Id) => {
      const row = byId().get(id);
      if (row === undefined) {
        throw new KineticChainError("unknown_id", `${label.getter}: no ${label.noun} has the id ${JSON.stringify(id)}`);
      }
      return row;
    },
  });
}
