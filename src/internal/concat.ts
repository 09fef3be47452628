/**
 * `[...first, ...second]`, typed as the tuple it is, for building schemas from shared lists.
 *
 * A call rather than an array spread in a schema's definition: an app's bundler keeps a spread
 * (it runs an iterator, which may have side effects) and with it the schema it sits in, while it
 * drops a call marked `@__PURE__` whose result is unused.
 *
 * @internal
 */
export function concat<const First extends readonly unknown[], const Second extends readonly unknown[]>(first: First, second: Second): [...First, ...Second] {
  return [...first, ...second];
}
