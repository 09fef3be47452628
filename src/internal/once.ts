/**
 * Wraps a builder so that it runs on the first call only; every later call returns the same value.
 *
 * The built-in data, its indexes and the zod schemas are all built this way, so importing the
 * package does no work: each is parsed, frozen or constructed the first time a function needs it.
 * Each module-level call carries a `@__PURE__` annotation, so that an app's bundler drops the ones it
 * does not use (a `@__NO_SIDE_EFFECTS__` annotation here would not reach calls in other chunks).
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
