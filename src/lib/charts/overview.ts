/**
 * Vega-Lite specs of the Overview: pure functions of the data, shared by the dashboard and
 * the report (which renders them to SVG in Node). No imports beyond types, so the browser
 * bundle stays small.
 */
import type { TopLevelSpec } from "vega-lite";

export interface EditionPoint {
  edition: string;
  submitted: number;
  accepted: number;
  acceptanceRate: number | null;
  acceptanceLow: number | null;
  acceptanceHigh: number | null;
}

const OUTCOME_COLORS = { accepted: "#1b7f5b", "not accepted": "#b8c4ce" };

/** Submissions per edition, split into accepted and not accepted (zero baseline). */
export function submissionsByEditionSpec(rows: EditionPoint[], { width = 480 }: { width?: number } = {}): TopLevelSpec {
  const values = rows.flatMap((r) => [
    { edition: r.edition, outcome: "accepted", papers: r.accepted, submitted: r.submitted },
    { edition: r.edition, outcome: "not accepted", papers: r.submitted - r.accepted, submitted: r.submitted },
  ]);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Submissions per edition",
    width,
    height: 220,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "edition", type: "ordinal", title: "Edition", axis: { labelAngle: 0 } },
      y: { field: "papers", type: "quantitative", title: "Submissions", stack: "zero", axis: { tickMinStep: 1, format: "d" } },
      color: { field: "outcome", type: "nominal", title: null, legend: { orient: "top" }, scale: { domain: Object.keys(OUTCOME_COLORS), range: Object.values(OUTCOME_COLORS) } },
      order: { field: "outcome", sort: "ascending" },
      tooltip: [
        { field: "edition", title: "Edition" },
        { field: "outcome", title: "Outcome" },
        { field: "papers", title: "Papers", format: ",d" },
        { field: "submitted", title: "Submitted", format: ",d" },
      ],
    },
  };
}

/** Acceptance rate per edition with its 95% Wilson interval drawn as a rule. */
export function acceptanceByEditionSpec(rows: EditionPoint[], { width = 480 }: { width?: number } = {}): TopLevelSpec {
  const values = rows.filter((r) => r.acceptanceRate !== null);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Acceptance rate (95% Wilson interval)",
    width,
    height: 220,
    data: { values },
    encoding: { x: { field: "edition", type: "ordinal", title: "Edition", axis: { labelAngle: 0 } } },
    layer: [
      {
        mark: { type: "rule", strokeWidth: 2, color: "#7a8b99" },
        encoding: {
          y: { field: "acceptanceLow", type: "quantitative", title: "Acceptance rate", axis: { format: "%" }, scale: { domain: [0, 1] } },
          y2: { field: "acceptanceHigh" },
        },
      },
      {
        mark: { type: "point", filled: true, size: 80, color: "#1b7f5b", tooltip: true },
        encoding: {
          y: { field: "acceptanceRate", type: "quantitative" },
          tooltip: [
            { field: "edition", title: "Edition" },
            { field: "accepted", title: "Accepted", format: ",d" },
            { field: "submitted", title: "Submitted", format: ",d" },
            { field: "acceptanceRate", title: "Rate", format: ".1%" },
            { field: "acceptanceLow", title: "95% CI low", format: ".1%" },
            { field: "acceptanceHigh", title: "95% CI high", format: ".1%" },
          ],
        },
      },
    ],
  };
}
