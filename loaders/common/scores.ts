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
 * HotCRP letter scale with `n` options: stored value 1 is the last letter, so A = n.
 * `n` is taken from the configuration, else from the worst letter seen.
 */
export function letterValue(letter: string, n: number): number {
  return n - (letter.trim().charCodeAt(0) - 65);
}

/** Number of options of a letter scale implied by the letters seen (A..worst). */
export function letterScaleSize(letters: Iterable<string>): number {
  let worst = 0;
  for (const l of letters) worst = Math.max(worst, l.trim().charCodeAt(0) - 65);
  return worst + 1;
}
