/**
 * Score symbols as exported ("4", "B", "6: marginally above threshold", "-2") -> numbers on
 * the venue's own scale, higher = better. Letter scales follow HotCRP: A is the best option.
 */
export interface ParsedScore {
  value: number;
  label: string | null;
}

const LEADING_NUMBER = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:[:.)\-–]\s*|\s+|$)(.*)$/s;
const LETTER = /^[A-Z]$/;

/** A numeric symbol, optionally followed by a label; null when the cell holds no number. */
export function parseNumericScore(cell: string): ParsedScore | null {
  const m = LEADING_NUMBER.exec(cell);
  if (!m) return null;
  const value = Number(m[1]);
  if (!Number.isFinite(value)) return null;
  const label = m[2].trim();
  return { value, label: label === "" ? null : label };
}

export function isLetterSymbol(cell: string): boolean {
  return LETTER.test(cell.trim());
}

/**
 * HotCRP letter scales: symbols run from the best letter (e.g. A, or X for "Confidence X-Z") to
 * the worst, and the worst is stored as 1. So value = worst - letter + 1 (A..D: A = 4, D = 1).
 */
export function letterValue(letter: string, worst: string): number {
  return worst.charCodeAt(0) - letter.trim().charCodeAt(0) + 1;
}

/** The worst letter seen in a field (its scale's last symbol unless nobody used it). */
export function worstLetter(letters: Iterable<string>): string {
  let worst = "A";
  for (const l of letters) if (l.trim() > worst) worst = l.trim();
  return worst;
}

/** A configured scale such as "A-D" or "X-Z" -> its worst letter; null when malformed. */
export function worstOfScale(scale: string): string | null {
  const m = /^\s*([A-Z])\s*(?:-|\.\.|–)\s*([A-Z])\s*$/.exec(scale);
  return m && m[2] >= m[1] ? m[2] : null;
}

/** The first configured field name (case-insensitive) that an export has, in its spelling. */
export function firstConfigured(names: string[], fields: Set<string>): string | undefined {
  const byLower = new Map([...fields].map((f) => [f.toLowerCase(), f]));
  for (const n of names) {
    const hit = byLower.get(n.toLowerCase());
    if (hit !== undefined) return hit;
  }
  return undefined;
}
