/**
 * Wraps a builder so that it runs on the first call only; every later call returns the same value.
 *
 * The built-in data, its indexes and the zod schemas are all built this way, so importing the
 * package does no work: each is parsed, frozen or constructed the first time a function needs it.
 * The annotation tells bundlers that creating one is free of side effects, so unused ones are
 * dropped from an app's bundle.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
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
