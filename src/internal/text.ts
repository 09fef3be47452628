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
