/**
 * The funnel of an edition: papers per outcome (accepted by presentation, rejected,
 * desk-rejected, withdrawn, pending) as horizontal bars on a zero baseline. Pure: data in,
 * Vega-Lite spec out, shared by the dashboard and the report.
 */
import type { TopLevelSpec } from "vega-lite";

export interface FunnelBar {
  outcome: string;
  papers: number;
}

const ACCEPTED = "#1b7f5b";
const OTHER = "#b8c4ce";

/** Bars in the given order; outcomes starting with "accepted" are green. */
export function funnelSpec(rows: FunnelBar[], { width = 480, title = "Submissions by outcome" }: { width?: number; title?: string } = {}): TopLevelSpec {
  const values = rows.map((r) => ({ ...r, accepted: r.outcome.startsWith("accepted") ? "accepted" : "not accepted" }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width,
    height: Math.max(60, 24 * rows.length),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "outcome", type: "nominal", title: null, sort: rows.map((r) => r.outcome) },
      x: { field: "papers", type: "quantitative", title: "Papers", axis: { tickMinStep: 1, format: "d" }, scale: { zero: true } },
      color: { field: "accepted", type: "nominal", legend: null, scale: { domain: ["accepted", "not accepted"], range: [ACCEPTED, OTHER] } },
      tooltip: [
        { field: "outcome", title: "Outcome" },
        { field: "papers", title: "Papers", format: ",d" },
      ],
    },
  };
}
