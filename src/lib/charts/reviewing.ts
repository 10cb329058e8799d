/**
 * Vega-Lite specs of the Reviewing page (and the report): scores by decision, acceptance by
 * mean score with the borderline band, score spread, agreement with intervals, review length,
 * completion against the deadline, reviewer load and leniency.
 */
import type { TopLevelSpec } from "vega-lite";
import { ACCENT, BAND, INTERVAL, SCHEMA, outcomeScale } from "./theme.js"; // ".js": Framework bundles these files for the browser and resolves only .js specifiers

interface Size {
  width?: number;
  title?: string;
}

export interface ScoreCount {
  decision: string;
  score: number;
  reviews: number | null;
}

/** How many reviews gave each overall score, per decision (bars side by side, zero baseline). */
export function scoresByDecisionSpec(rows: ScoreCount[], { width = 480, title = "Overall scores by decision" }: Size = {}): TopLevelSpec {
  const values = rows.filter((r) => r.reviews !== null);
  const decisions = [...new Set(values.map((v) => v.decision))];
  return {
    $schema: SCHEMA,
    title,
    width,
    height: 220,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "score", type: "ordinal", title: "Overall score", axis: { labelAngle: 0 } },
      xOffset: { field: "decision" },
      y: { field: "reviews", type: "quantitative", title: "Reviews", scale: { zero: true }, axis: { tickMinStep: 1 } },
      color: { field: "decision", type: "nominal", title: "Decision", scale: outcomeScale(decisions), legend: { orient: "top" } },
      tooltip: [
        { field: "decision", title: "Decision" },
        { field: "score", title: "Score" },
        { field: "reviews", title: "Reviews", format: ",.1~f" },
      ],
    },
  };
}

export interface ScoreBinPoint {
  from: number;
  to: number;
  papers: number | null;
  accepted: number | null;
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** Acceptance rate per mean-score bin with its 95% Wilson interval, and the borderline band. */
export function acceptanceByScoreSpec(bins: ScoreBinPoint[], band: { low: number; high: number } | null, { width = 480, title = "Acceptance by mean score" }: Size = {}): TopLevelSpec {
  const values = bins.filter((b) => b.rate !== null).map((b) => ({ ...b, mid: (b.from + b.to) / 2, bin: `${b.from}–${b.to}` }));
  const tooltip = [
    { field: "bin", title: "Mean score" },
    { field: "papers", title: "Papers", format: ",d" },
    { field: "accepted", title: "Accepted", format: ",d" },
    { field: "rate", title: "Acceptance", format: ".1%" },
    { field: "low", title: "95% CI low", format: ".1%" },
    { field: "high", title: "95% CI high", format: ".1%" },
  ];
  const x = { field: "mid", type: "quantitative" as const, title: "Mean overall score of the paper", scale: { zero: false, nice: false } };
  return {
    $schema: SCHEMA,
    title,
    width,
    height: 220,
    layer: [
      ...(band
        ? [
            {
              data: { values: [{ ...band, label: "borderline band" }] },
              mark: { type: "rect" as const, color: BAND, opacity: 0.3, tooltip: true },
              encoding: {
                x: { field: "low", type: "quantitative" as const },
                x2: { field: "high" },
                tooltip: [
                  { field: "label", title: "Borderline band" },
                  { field: "low", title: "From", format: ".2f" },
                  { field: "high", title: "To", format: ".2f" },
                ],
              },
            },
          ]
        : []),
      { data: { values }, mark: { type: "rule", color: INTERVAL, strokeWidth: 2 }, encoding: { x, y: { field: "low", type: "quantitative", title: "Acceptance rate (95% CI)", scale: { domain: [0, 1] }, axis: { format: "%" } }, y2: { field: "high" }, tooltip } },
      { data: { values }, mark: { type: "point", filled: true, size: 70, color: ACCENT, tooltip: true }, encoding: { x, y: { field: "rate", type: "quantitative" }, tooltip } },
    ],
  };
}

/** A histogram from precomputed counts: one bar per value, zero baseline, exact counts in tooltips. */
export function countBarsSpec(rows: object[], o: { x: string; y: string; xTitle: string; yTitle: string; width?: number; title?: string; color?: string; xFormat?: string }): TopLevelSpec {
  const values = rows.filter((r) => (r as Record<string, unknown>)[o.y] !== null);
  return {
    $schema: SCHEMA,
    title: o.title ?? "",
    width: o.width ?? 480,
    height: 200,
    data: { values },
    mark: { type: "bar", tooltip: true, color: o.color ?? "#4e79a7" },
    encoding: {
      x: { field: o.x, type: "ordinal", title: o.xTitle, axis: { labelAngle: 0, ...(o.xFormat ? { format: o.xFormat } : {}) }, sort: "ascending" },
      y: { field: o.y, type: "quantitative", title: o.yTitle, scale: { zero: true }, axis: { tickMinStep: 1 } },
      tooltip: [
        { field: o.x, title: o.xTitle },
        { field: o.y, title: o.yTitle, format: ",d" },
      ],
    },
  };
}

export interface AlphaRow {
  label: string;
  n: number | null;
  alpha: number | null;
  low: number | null;
  high: number | null;
}

/** Krippendorff's alpha (ordinal) per group with its bootstrap 95% interval. */
export function alphaSpec(rows: AlphaRow[], { width = 480, title = "Reviewer agreement (Krippendorff's alpha, 95% CI)", groupTitle = "Group" } = {}): TopLevelSpec {
  const values = rows.filter((r) => r.alpha !== null);
  const lowest = Math.min(0, ...values.map((v) => v.low ?? v.alpha ?? 0));
  const tooltip = [
    { field: "label", title: groupTitle },
    { field: "n", title: "Papers", format: ",d" },
    { field: "alpha", title: "Alpha", format: ".3f" },
    { field: "low", title: "95% CI low", format: ".3f" },
    { field: "high", title: "95% CI high", format: ".3f" },
  ];
  const y = { field: "label", type: "nominal" as const, title: groupTitle, sort: values.map((v) => v.label) };
  return {
    $schema: SCHEMA,
    title,
    width,
    height: Math.max(60, values.length * 22),
    data: { values },
    encoding: { y },
    layer: [
      { mark: { type: "rule", color: INTERVAL, strokeWidth: 2 }, encoding: { x: { field: "low", type: "quantitative", title: "Alpha (1 = full agreement, 0 = chance)", scale: { domain: [Math.floor(lowest * 10) / 10, 1] } }, x2: { field: "high" }, tooltip } },
      { mark: { type: "point", filled: true, size: 60, color: ACCENT, tooltip: true }, encoding: { x: { field: "alpha", type: "quantitative" }, tooltip } },
    ],
  };
}

export interface CompletionDay {
  day: number;
  completed: number;
  share: number;
}

/** Cumulative share of reviews submitted per day, against the review deadline (day 0). */
export function completionSpec(points: CompletionDay[], { width = 480, title = "Reviews completed over time" }: Size = {}): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title,
    width,
    height: 220,
    layer: [
      {
        data: { values: points },
        mark: { type: "line", interpolate: "step-after", point: true, tooltip: true, color: "#3b6fb6" },
        encoding: {
          x: { field: "day", type: "quantitative", title: "Days from the review deadline" },
          y: { field: "share", type: "quantitative", title: "Reviews completed", scale: { domain: [0, 1] }, axis: { format: "%" } },
          tooltip: [
            { field: "day", title: "Day (0 = deadline)" },
            { field: "completed", title: "Reviews completed", format: ",d" },
            { field: "share", title: "Share", format: ".1%" },
          ],
        },
      },
      {
        data: { values: [{ day: 0, label: "review deadline" }] },
        mark: { type: "rule", color: "#c0504d", strokeDash: [4, 3], strokeWidth: 2, tooltip: true },
        encoding: { x: { field: "day", type: "quantitative" }, tooltip: [{ field: "label", title: "Marker" }] },
      },
    ],
  };
}

export interface LeniencyRow {
  reviewer: string;
  reviews: number;
  leniency: number;
}

/** Chairs only: each reviewer's leniency (score points above an average reviewer on the same papers). */
export function leniencySpec(rows: LeniencyRow[], { width = 480, title = "Reviewer leniency (chairs only)" }: Size = {}): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title,
    width,
    height: 200,
    data: { values: rows },
    mark: { type: "point", filled: true, opacity: 0.7, tooltip: true, color: "#8e5ea2" },
    encoding: {
      x: { field: "leniency", type: "quantitative", title: "Leniency (score points vs an average reviewer)" },
      y: { field: "reviews", type: "quantitative", title: "Reviews written", scale: { zero: true }, axis: { tickMinStep: 1 } },
      tooltip: [
        { field: "reviewer", title: "Reviewer (pseudonym)" },
        { field: "reviews", title: "Reviews", format: ",d" },
        { field: "leniency", title: "Leniency", format: "+.2f" },
      ],
    },
  };
}
