import { KineticChainError } from "../errors";

/** Milliseconds in a UTC day. */
const DAY_MS = 86_400_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month (1–12) and day of a `YYYY-MM-DD` string, or `undefined` when it is not one. */
function partsOf(text: string): readonly [number, number, number] | undefined {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Whether a string is a `YYYY-MM-DD` date that exists on the (proleptic Gregorian) calendar,
 * with a year from 1000 to 9999. Years below 1000 are refused because `Date.UTC` reads years
 * 0–99 as 1900–1999.
 *
 * @internal
 */
export function isRealDate(text: string): boolean {
  const parts = typeof text === "string" ? partsOf(text) : undefined;
  if (parts === undefined) return false;
  const [year, month, day] = parts;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/**
 * The day number of a validated date: whole days since 1970-01-01, counted in UTC with
 * `Date.UTC` on the date's own parts, so no time zone or clock is involved.
 *
 * @internal
 */
export function dayNumber(date: string): number {
  const [year, month, day] = partsOf(date) ?? [1970, 1, 1];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/**
 * The `YYYY-MM-DD` date of a day number; the inverse of {@link dayNumber}.
 *
 * @internal
 */
export function dateOf(day: number): string {
  const date = new Date(day * DAY_MS);
  const pad = (value: number, width: number): string => String(value).padStart(width, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * Rounds to two decimals (0.01), turning `-0` into `0`.
 *
 * @internal
 */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 || 0;
}

/**
 * Throws `invalid_input` for a problem that only shows when two valid inputs are compared
 * (a session after `asOf`, an acute window longer than the chronic one).
 *
 * @internal
 */
export function rejectInput(fn: string, path: readonly (string | number)[], message: string): never {
  throw new KineticChainError("invalid_input", `${fn}: invalid input: ${path.join(".") || "(root)"}: ${message}`, [
    Object.freeze({ code: "invalid_shape" as const, path: Object.freeze([...path]), message }),
  ]);
}
