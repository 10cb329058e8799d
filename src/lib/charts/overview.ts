/**
 * Vega-Lite specs of the Overview: pure functions of the data, shared by the dashboard and
 * the report (which renders them to SVG in Node). No imports beyond types, so the browser
 * bundle stays small.
 */
import type { TopLevelSpec } from "vega-lite";
import { OUTCOME_COLORS, highlightOpacity } from "./theme.js"; // ".js": Framework bundles these files for the browser and resolves only .js specifiers

export interface EditionPoint {
  edition: string;
  submitted: number;
  accepted: number;
  acceptanceRate: number | null;
  acceptanceLow: number | null;
  acceptanceHigh: number | null;
}

const OUTCOMES = { accepted: OUTCOME_COLORS.accepted, "not accepted": OUTCOME_COLORS["not accepted"] };

/** Submissions per edition, split into accepted and not accepted (zero baseline). */
export function submissionsByEditionSpec(rows: EditionPoint[], { width = 480, highlight = null }: { width?: number; highlight?: string | null } = {}): TopLevelSpec {
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
      color: { field: "outcome", type: "nominal", title: null, legend: { orient: "top" }, scale: { domain: Object.keys(OUTCOMES), range: Object.values(OUTCOMES) } },
      order: { field: "outcome", sort: "ascending" },
      opacity: highlightOpacity(highlight),
      tooltip: [
        { field: "edition", title: "Edition" },
        { field: "outcome", title: "Outcome" },
        { field: "papers", title: "Papers", format: ",d" },
        { field: "submitted", title: "Submitted", format: ",d" },
      ],
    },
  };
}

export interface RateOptions {
  width?: number;
  title: string;
  axisTitle: string;
  /** Field names of the rate and its interval in each row. */
  rate: string;
  low: string;
  high: string;
  color?: string;
  /** The edition to single out (the others are drawn lighter). */
  highlight?: string | null;
}

/** A rate per edition (point) with its 95% Wilson interval (rule), on a 0-100% axis. */
export function rateByEditionSpec(rows: object[], o: RateOptions): TopLevelSpec {
  const values = rows.filter((r) => (r as Record<string, unknown>)[o.rate] != null);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    width: o.width ?? 480,
    height: 220,
    data: { values },
    encoding: { x: { field: "edition", type: "ordinal", title: "Edition", axis: { labelAngle: 0 } } },
    layer: [
      {
        mark: { type: "rule", strokeWidth: 2, color: "#7a8b99" },
        encoding: {
          opacity: highlightOpacity(o.highlight),
          y: { field: o.low, type: "quantitative", title: o.axisTitle, axis: { format: "%" }, scale: { domain: [0, 1] } },
          y2: { field: o.high },
        },
      },
      {
        mark: { type: "point", filled: true, size: 80, color: o.color ?? "#1b7f5b", tooltip: true },
        encoding: {
          opacity: highlightOpacity(o.highlight),
          y: { field: o.rate, type: "quantitative" },
          tooltip: [
            { field: "edition", title: "Edition" },
            { field: o.rate, title: o.axisTitle, format: ".1%" },
            { field: o.low, title: "95% CI low", format: ".1%" },
            { field: o.high, title: "95% CI high", format: ".1%" },
            { field: "submitted", title: "Submitted", format: ",d" },
          ],
        },
      },
    ],
  };
}

/** Acceptance rate per edition with its 95% Wilson interval. */
export function acceptanceByEditionSpec(rows: EditionPoint[], { width = 480, highlight = null }: { width?: number; highlight?: string | null } = {}): TopLevelSpec {
  return rateByEditionSpec(rows, { width, highlight, title: "Acceptance rate (95% CI)", axisTitle: "Acceptance rate", rate: "acceptanceRate", low: "acceptanceLow", high: "acceptanceHigh" });
}

/** Share of deployment-experience submissions per edition with its 95% Wilson interval. */
export function deploymentByEditionSpec(rows: object[], { width = 480, highlight = null }: { width?: number; highlight?: string | null } = {}): TopLevelSpec {
  return rateByEditionSpec(rows, {
    width,
    highlight,
    title: "Deployment share (95% CI)",
    axisTitle: "Deployment share",
    rate: "deploymentShare",
    low: "deploymentLow",
    high: "deploymentHigh",
    color: "#c2571a",
  });
}

export interface OutcomeCount {
  outcome: string;
  papers: number | null;
}

/** The funnel: submissions by outcome (accepted split by presentation), zero baseline. */
export function funnelSpec(rows: OutcomeCount[], { width = 480, title = "Where the submissions went" }: { width?: number; title?: string } = {}): TopLevelSpec {
  const values = rows.filter((r) => r.papers !== null && r.papers > 0).map((r) => ({ ...r, group: r.outcome.startsWith("accepted") ? "accepted" : r.outcome.replace("-", "_") }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width,
    height: Math.max(80, values.length * 26),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "outcome", type: "nominal", title: null, sort: values.map((v) => v.outcome) },
      x: { field: "papers", type: "quantitative", title: "Submissions", scale: { zero: true }, axis: { tickMinStep: 1, format: "d" } },
      color: { field: "group", type: "nominal", legend: null, scale: { domain: Object.keys(OUTCOME_COLORS), range: Object.values(OUTCOME_COLORS) } },
      tooltip: [
        { field: "outcome", title: "Outcome" },
        { field: "papers", title: "Submissions", format: ",d" },
      ],
    },
  };
}
