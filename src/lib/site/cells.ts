/**
 * Protected statistics as the pages receive them: a suppressed cell becomes null with the row
 * marked `suppressed`, so charts leave it out and tables say why, without the page needing to
 * know the privacy layer's types.
 */
import { isSuppressed, type Cell, type CountTable, type MeasureTable, type Suppressed } from "../stats/aggregate.ts";
import type { Proportion } from "../stats/wilson.ts";
import type { PublishedTriplet } from "../stats/triplet.ts";

export const shown = (cell: Cell | number | null | Suppressed | undefined): number | null => (cell === undefined || cell === null || isSuppressed(cell) ? null : cell);

export interface RateShown {
  rate: number | null;
  low: number | null;
  high: number | null;
  n: number | null;
}

export function rateOf(p: Proportion | Suppressed | null | undefined): RateShown {
  if (!p || isSuppressed(p)) return { rate: null, low: null, high: null, n: null };
  return { rate: p.rate, low: p.interval?.low ?? null, high: p.interval?.high ?? null, n: p.n };
}

/** Rows of a (protected) count table, one per cell, for charts in long form. */
export function countCells(table: CountTable): Array<{ row: string; column: string; value: number | null; suppressed: boolean }> {
  return table.rows.flatMap((row, r) => table.columns.map((column, c) => ({ row, column, value: shown(table.cells[r][c]), suppressed: isSuppressed(table.cells[r][c]) })));
}

/** Rows of a (protected) count table with their row totals. */
export function countRows(table: CountTable): Array<{ row: string; total: number | null; cells: Record<string, number | null>; suppressed: boolean }> {
  return table.rows.map((row, r) => ({
    row,
    total: shown(table.rowTotals[r]),
    cells: Object.fromEntries(table.columns.map((c, i) => [c, shown(table.cells[r][i])])),
    suppressed: isSuppressed(table.rowTotals[r]) || table.cells[r].some(isSuppressed),
  }));
}

/** Rows of a (protected) measure table. */
export function measureRows(table: MeasureTable): Array<{ label: string; n: number | null; suppressed: boolean } & Record<string, number | string | boolean | null>> {
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  return rows.map((r) => ({
    label: r.label,
    n: shown(r.n),
    suppressed: isSuppressed(r.n),
    ...Object.fromEntries(Object.entries(r.values).map(([m, v]) => [m, shown(v)])),
  }));
}

/** A published triplet row, flattened. */
export function tripletRow(t: PublishedTriplet) {
  const a = rateOf(t.acceptance);
  return {
    group: t.group,
    submissions: shown(t.submissions),
    accepted: shown(t.accepted),
    shareOfSubmissions: shown(t.shareOfSubmissions),
    rate: a.rate,
    low: a.low,
    high: a.high,
    shareOfAccepted: shown(t.shareOfAccepted),
    suppressed: isSuppressed(t.submissions) || isSuppressed(t.accepted),
  };
}
export type TripletShown = ReturnType<typeof tripletRow>;
