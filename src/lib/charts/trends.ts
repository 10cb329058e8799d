/**
 * Vega-Lite specs of the Trends page (and the report): deployment vs research share with
 * intervals, growth of submissions and of the reviewer pool, and rebuttal score changes.
 */
import type { TopLevelSpec } from "vega-lite";
import { KIND_COLORS, SCHEMA, highlightOpacity } from "./theme.js"; // ".js": Framework bundles these files for the browser and resolves only .js specifiers

interface Rate {
  rate: number | null;
  low: number | null;
  high: number | null;
  n: number | null;
}

export interface KindTrend {
  edition: string;
  deployment: Rate;
  research: Rate;
}

/** Share of deployment and of research papers per edition, each with its 95% Wilson interval. */
export function kindShareSpec(rows: KindTrend[], { width = 480, title = "Deployment vs research (95% CI)", highlight = null as string | null } = {}): TopLevelSpec {
  const values = rows.flatMap((r) =>
    (["deployment", "research"] as const).filter((k) => r[k].rate !== null).map((k) => ({ edition: r.edition, kind: k, ...r[k] })),
  );
  const tooltip = [
    { field: "edition", title: "Edition" },
    { field: "kind", title: "Kind" },
    { field: "rate", title: "Share", format: ".1%" },
    { field: "low", title: "95% CI low", format: ".1%" },
    { field: "high", title: "95% CI high", format: ".1%" },
    { field: "n", title: "Classified papers", format: ",d" },
  ];
  const color = { field: "kind", type: "nominal" as const, title: "Kind", scale: { domain: ["deployment", "research"], range: [KIND_COLORS.deployment, KIND_COLORS.research] }, legend: { orient: "top" as const } };
  return {
    $schema: SCHEMA,
    title,
    width,
    height: 240,
    data: { values },
    encoding: {
      x: { field: "edition", type: "ordinal", title: "Edition", axis: { labelAngle: 0 } },
      xOffset: { field: "kind" },
      color,
    },
    layer: [
      { mark: { type: "rule", strokeWidth: 2 }, encoding: { y: { field: "low", type: "quantitative", title: "Share", scale: { domain: [0, 1] }, axis: { format: "%" } }, y2: { field: "high" }, opacity: highlightOpacity(highlight), tooltip } },
      { mark: { type: "point", filled: true, size: 70, tooltip: true }, encoding: { y: { field: "rate", type: "quantitative" }, opacity: highlightOpacity(highlight), tooltip } },
    ],
  };
}

export interface GrowthRow {
  edition: string;
  submissions: number;
  reviewers: number;
  newReviewers: number;
}

/** Submissions, reviewers and first-time reviewers per edition (counts from zero). */
export function growthSpec(rows: GrowthRow[], { width = 480, title = "Submissions and reviewer pool", highlight = null as string | null } = {}): TopLevelSpec {
  const series: Record<string, string> = { submissions: "Submissions", reviewers: "Reviewers", newReviewers: "First-time reviewers" };
  const values = rows.flatMap((r) => Object.entries(series).map(([key, label]) => ({ edition: r.edition, series: label, count: r[key as keyof GrowthRow] })));
  const tooltip = [
    { field: "edition", title: "Edition" },
    { field: "series", title: "Series" },
    { field: "count", title: "Count", format: ",d" },
  ];
  return {
    $schema: SCHEMA,
    title,
    width,
    height: 240,
    data: { values },
    encoding: {
      x: { field: "edition", type: "ordinal", title: "Edition", axis: { labelAngle: 0 } },
      y: { field: "count", type: "quantitative", title: "Count", scale: { zero: true } },
      color: { field: "series", type: "nominal", title: null, scale: { domain: Object.values(series), range: ["#4e79a7", "#59a14f", "#b07aa1"] }, legend: { orient: "top" } },
    },
    layer: [
      { mark: { type: "line", tooltip: true }, encoding: { tooltip } },
      {
        mark: { type: "point", filled: true, tooltip: true },
        encoding: { size: highlight ? { condition: { test: `datum.edition === ${JSON.stringify(highlight)}`, value: 130 }, value: 40 } : { value: 60 }, tooltip },
      },
    ],
  };
}

export interface RebuttalRow {
  label: string;
  up: number | null;
  down: number | null;
  same: number | null;
}

/** Reviews whose overall score went up, down or stayed the same across the rebuttal, per edition. */
export function rebuttalSpec(rows: RebuttalRow[], { width = 480, title = "Score changes across the rebuttal" } = {}): TopLevelSpec {
  const values = rows.flatMap((r) => (["up", "down", "same"] as const).filter((c) => r[c] !== null).map((c) => ({ edition: r.label, change: c, reviews: r[c] })));
  return {
    $schema: SCHEMA,
    title,
    width,
    height: 200,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "edition", type: "ordinal", title: "Edition", axis: { labelAngle: 0 } },
      y: { field: "reviews", type: "quantitative", title: "Reviews", stack: "zero" },
      color: { field: "change", type: "nominal", title: "Score", scale: { domain: ["up", "same", "down"], range: ["#1b7f5b", "#b8c4ce", "#c0504d"] }, legend: { orient: "top" } },
      tooltip: [
        { field: "edition", title: "Edition" },
        { field: "change", title: "Score" },
        { field: "reviews", title: "Reviews", format: ",d" },
      ],
    },
  };
}
