/**
 * Reviewing charts: completion over time against the review deadline, and the distribution
 * of review lengths. Pure: data in, Vega-Lite spec out, shared by the dashboard and the report.
 */
import type { TopLevelSpec } from "vega-lite";

export interface CompletionStep {
  /** Days relative to the review deadline (0 = the deadline's day, negative before). */
  day: number;
  /** Cumulative share of all reviews submitted by the end of that day. */
  share: number;
  completed?: number;
}

/** Cumulative share of reviews submitted, as a step line, with the deadline as a rule at day 0. */
export function completionSpec(steps: CompletionStep[], { width = 480, title = "Reviews submitted over time" }: { width?: number; title?: string } = {}): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width,
    height: 200,
    layer: [
      {
        data: { values: steps },
        mark: { type: "line", interpolate: "step-after", point: { filled: true, size: 30 }, color: "#1b7f5b", tooltip: true },
        encoding: {
          x: { field: "day", type: "quantitative", title: "Days from the review deadline", axis: { tickMinStep: 1, format: "d" } },
          y: { field: "share", type: "quantitative", title: "Reviews submitted", axis: { format: "%" }, scale: { domain: [0, 1] } },
          tooltip: [
            { field: "day", title: "Day", format: "d" },
            { field: "share", title: "Submitted", format: ".1%" },
            { field: "completed", title: "Reviews", format: ",d" },
          ],
        },
      },
      {
        data: { values: [{ day: 0, label: "deadline" }] },
        layer: [
          { mark: { type: "rule", color: "#c2571a", strokeDash: [4, 3] }, encoding: { x: { field: "day", type: "quantitative" } } },
          { mark: { type: "text", color: "#c2571a", align: "left", dx: 4, dy: -90 }, encoding: { x: { field: "day", type: "quantitative" }, text: { field: "label" } } },
        ],
      },
    ],
  };
}

export interface CountBin {
  /** Bin label, e.g. "100-199". */
  bin: string;
  count: number;
}

/** A histogram of already-binned counts in the given order (zero baseline). */
export function binnedCountSpec(bins: CountBin[], o: { width?: number; title: string; xTitle: string; yTitle: string; color?: string }): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    width: o.width ?? 480,
    height: 180,
    data: { values: bins },
    mark: { type: "bar", color: o.color ?? "#4c78a8", tooltip: true },
    encoding: {
      x: { field: "bin", type: "ordinal", title: o.xTitle, sort: bins.map((b) => b.bin), axis: { labelAngle: 0 } },
      y: { field: "count", type: "quantitative", title: o.yTitle, axis: { tickMinStep: 1, format: "d" }, scale: { zero: true } },
      tooltip: [
        { field: "bin", title: o.xTitle },
        { field: "count", title: o.yTitle, format: ",d" },
      ],
    },
  };
}

/** Review lengths in words, per bin. */
export function reviewLengthSpec(bins: CountBin[], { width }: { width?: number } = {}): TopLevelSpec {
  return binnedCountSpec(bins, { width, title: "Review length", xTitle: "Words", yTitle: "Reviews" });
}

/** How many reviewers wrote 1, 2, 3... reviews. */
export function reviewerLoadSpec(bins: CountBin[], { width }: { width?: number } = {}): TopLevelSpec {
  return binnedCountSpec(bins, { width, title: "Reviews per reviewer", xTitle: "Reviews written", yTitle: "Reviewers", color: "#7a8b99" });
}
