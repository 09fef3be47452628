/**
 * How many cases a property runs: the count each test asks for, scaled by `PROPERTY_RUNS`
 * (a factor, 1 when unset). Mutation testing runs them at a tenth (`PROPERTY_RUNS=0.1`), a soak
 * at many times (`PROPERTY_RUNS=50 npx vitest run --project property`).
 */
export function runs(count: number): number {
  const factor = Number(process.env["PROPERTY_RUNS"] ?? "1");
  return Math.max(1, Math.round(count * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}
