/**
 * Normalises a name for lookup: lower case, accents removed, and runs of spaces, hyphens,
 * underscores and dots folded to one space. "Gluteus-Medius" and "gluteus medius" match.
 *
 * @internal
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\-_.]+/g, " ")
    .trim();
}

/** Letters and digits only, lower case: "redFlags", "red-flags" and "red_flags" compare equal. */
const squash = (text: string): string => normalizeName(text).replace(/ /g, "");

/** Edit distance between two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidates closest to a mistyped word, best first: those equal once case and separators are
 * ignored, then those that contain it or that it contains, then those within a few edits
 * (a third of the word's length, at least two). Only the first 64 characters are compared.
 *
 * @internal
 */
export function suggestions(text: string, candidates: readonly string[], limit = 5): string[] {
  const word = squash(text.slice(0, 64));
  if (word.length === 0) return [];
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const other = squash(candidate);
    const score =
      other === word
        ? 0
        : other.includes(word) || word.includes(other)
          ? 1 + Math.abs(other.length - word.length) / 100
          : 2 + distance(word, other.slice(0, 64));
    if (score < 2 || score - 2 <= Math.max(2, Math.floor(word.length / 3))) scored.push({ candidate, score });
  }
  return scored.sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : 1)).slice(0, limit).map((entry) => entry.candidate);
}

/**
 * The single closest candidate to a mistyped word (see {@link suggestions}), or `undefined`.
 *
 * @internal
 */
export function nearest(text: string, candidates: readonly string[]): string | undefined {
  return suggestions(text, candidates, 1)[0];
}
