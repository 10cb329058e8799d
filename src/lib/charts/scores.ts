/**
 * Score charts: the distribution of scores per decision, and the acceptance rate by mean
 * score with the borderline band. Pure: data in, Vega-Lite spec out, shared by the dashboard
 * and the report.
 */
import type { TopLevelSpec } from "vega-lite";

export interface ScoreCount {
  /** The group, e.g. a decision ("accepted", "rejected"). */
  group: string;
  value: number;
  reviews: number;
}

const DECISION_COLORS: Record<string, string> = { accepted: "#1b7f5b", rejected: "#b8c4ce", desk_rejected: "#e0b0a0", withdrawn: "#d8c89a", pending: "#9aa8d8" };

/** Reviews per score value, one bar per group side by side (zero baseline). */
export function scoreDistributionSpec(rows: ScoreCount[], { width = 480, title = "Overall scores by decision" }: { width?: number; title?: string } = {}): TopLevelSpec {
  const groups = [...new Set(rows.map((r) => r.group))];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width,
    height: 200,
    data: { values: rows },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "value", type: "ordinal", title: "Score", axis: { labelAngle: 0 } },
      xOffset: { field: "group", sort: groups },
      y: { field: "reviews", type: "quantitative", title: "Reviews", axis: { tickMinStep: 1, format: "d" }, scale: { zero: true } },
      color: { field: "group", type: "nominal", title: null, legend: { orient: "top" }, scale: { domain: groups, range: groups.map((g) => DECISION_COLORS[g] ?? "#4c78a8") } },
      tooltip: [
        { field: "group", title: "Group" },
        { field: "value", title: "Score" },
        { field: "reviews", title: "Reviews", format: ",d" },
      ],
    },
  };
}

export interface ScoreBinRate {
  from: number;
  to: number;
  papers: number;
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** Acceptance rate per mean-score bin with its 95% interval; the borderline band shaded. */
export function acceptanceByScoreSpec(bins: ScoreBinRate[], { width = 480, band = null, title = "Acceptance by mean score" }: { width?: number; band?: { low: number; high: number } | null; title?: string } = {}): TopLevelSpec {
  const values = bins.filter((b) => b.rate !== null).map((b) => ({ ...b, mid: (b.from + b.to) / 2 }));
  const x = { field: "mid", type: "quantitative" as const, title: "Mean overall score", scale: { zero: false } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width,
    height: 200,
    layer: [
      ...(band
        ? [
            {
              data: { values: [{ low: band.low, high: band.high, label: "borderline band" }] },
              mark: { type: "rect" as const, color: "#f2d7c4", opacity: 0.6 },
              encoding: { x: { field: "low", type: "quantitative" as const }, x2: { field: "high" } },
            },
          ]
        : []),
      {
        data: { values },
        layer: [
          {
            mark: { type: "rule", strokeWidth: 2, color: "#7a8b99" },
            encoding: { x, y: { field: "low", type: "quantitative", title: "Accepted", axis: { format: "%" }, scale: { domain: [0, 1] } }, y2: { field: "high" } },
          },
          {
            mark: { type: "point", filled: true, size: 60, color: "#1b7f5b", tooltip: true },
            encoding: {
              x,
              y: { field: "rate", type: "quantitative" },
              tooltip: [
                { field: "from", title: "Mean score from" },
                { field: "to", title: "to (excl.)" },
                { field: "papers", title: "Papers", format: ",d" },
                { field: "rate", title: "Accepted", format: ".0%" },
              ],
            },
          },
        ],
      },
    ],
  };
}
