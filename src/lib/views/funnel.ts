/** The funnel: submitted -> desk-rejected / withdrawn -> reviewed -> accepted by presentation. */
import { funnel, funnelTable, isSuppressed, protect, SUPPRESSED, type Cell, type CountTable } from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import { gateCount, gateRate, type Rate, type Scope, type Shown } from "./scope.ts";

export interface FunnelFacts {
  /** Outcomes partitioning the submissions (accepted split by presentation), protected. */
  table: CountTable;
  reviewed: Shown<number>;
  /** Accepted among the papers that went to review. */
  acceptanceOfReviewed: Shown<Rate>;
}

/** A row of the protected funnel table ("rejected", "pending", ...), 0 when absent. */
export function funnelCell(table: CountTable, row: string): Cell {
  const i = table.rows.indexOf(row);
  return i < 0 ? 0 : table.cells[i][0];
}

/**
 * Which funnel cells the audience cannot see that other figures could give back: the papers
 * that went to review (total - desk-rejected - withdrawn) and the decided ones (total - pending).
 */
export function hiddenFunnel(e: EditionRecords, scope: Scope): { removed: boolean; pending: boolean } {
  const table = protect(funnelTable(funnel(e.submissions)), scope.audience, { k: scope.k });
  return {
    removed: isSuppressed(funnelCell(table, "desk-rejected")) || isSuppressed(funnelCell(table, "withdrawn")),
    pending: isSuppressed(funnelCell(table, "pending")),
  };
}

export function funnelFacts(e: EditionRecords, scope: Scope): FunnelFacts {
  const f = funnel(e.submissions, { confidence: scope.confidence });
  const table = protect(funnelTable(f), scope.audience, { k: scope.k });
  // "Reviewed" is the total minus desk-rejected and withdrawn: published only when both are,
  // or it would reveal the sum of suppressed cells.
  const hidden = isSuppressed(funnelCell(table, "desk-rejected")) || isSuppressed(funnelCell(table, "withdrawn"));
  return {
    table,
    reviewed: hidden ? SUPPRESSED : gateCount(scope, "reviewed", "papers", f.reviewed),
    acceptanceOfReviewed: hidden ? SUPPRESSED : gateRate(scope, "acceptance of reviewed", "papers", f.acceptanceOfReviewed),
  };
}
