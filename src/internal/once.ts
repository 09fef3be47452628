/**
 * Wraps a builder so that it runs on the first call only; every later call returns the same value.
 *
 * Used where deferring pays: the built-in data (parsed from JSON text and deep-frozen) and the
 * indexes over it are built the first time a function needs them, not when the package is imported.
 * The zod schemas are plain constants in the source (the shipped root builds each on first use:
 * scripts/build/lazy-schemas.ts). Each module-level call carries a `@__PURE__` annotation, so that
 * an app's bundler drops the ones it does not use (a `@__NO_SIDE_EFFECTS__` annotation here would
 * not reach calls in other chunks).
 *
 * @internal
 */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
