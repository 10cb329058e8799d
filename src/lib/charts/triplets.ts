/**
 * The chairs' triplet per group (area, kind, challenge, method...): share of submissions and
 * share of accepted papers side by side, and the acceptance rate with its Wilson interval.
 * Pure: data in, Vega-Lite spec out, shared by the dashboard and the report.
 */
import type { TopLevelSpec } from "vega-lite";

export interface TripletPoint {
  group: string;
  shareOfSubmissions: number | null;
  shareOfAccepted: number | null;
  acceptance: number | null;
  acceptanceLow: number | null;
  acceptanceHigh: number | null;
}

const SHARE_COLORS = { submissions: "#7a8b99", accepted: "#1b7f5b" };

/** Two panels sharing the group axis: shares (bars) and acceptance rate (point + 95% interval). */
export function tripletSpec(rows: TripletPoint[], { width = 520, title = "Share and acceptance" }: { width?: number; title?: string } = {}): TopLevelSpec {
  const order = rows.map((r) => r.group);
  const shares = rows.flatMap((r) => [
    { group: r.group, of: "submissions", share: r.shareOfSubmissions },
    { group: r.group, of: "accepted", share: r.shareOfAccepted },
  ]).filter((r) => r.share !== null);
  const rates = rows.filter((r) => r.acceptance !== null);
  const height = Math.max(60, 22 * rows.length);
  const y = { field: "group", type: "nominal" as const, title: null, sort: order };
  const panel = Math.max(160, Math.floor((width - 160) / 2));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    hconcat: [
      {
        width: panel,
        height,
        data: { values: shares },
        mark: { type: "bar", tooltip: true },
        encoding: {
          y,
          yOffset: { field: "of", sort: ["submissions", "accepted"] },
          x: { field: "share", type: "quantitative", title: "Share", axis: { format: "%" }, scale: { zero: true } },
          color: { field: "of", type: "nominal", title: "Share of", legend: { orient: "top" }, scale: { domain: Object.keys(SHARE_COLORS), range: Object.values(SHARE_COLORS) } },
          tooltip: [
            { field: "group", title: "Group" },
            { field: "of", title: "Share of" },
            { field: "share", title: "Share", format: ".1%" },
          ],
        },
      },
      {
        width: panel,
        height,
        data: { values: rates },
        encoding: { y: { ...y, axis: null } },
        layer: [
          {
            mark: { type: "rule", strokeWidth: 2, color: "#7a8b99" },
            encoding: {
              x: { field: "acceptanceLow", type: "quantitative", title: "Acceptance rate (95% CI)", axis: { format: "%" }, scale: { domain: [0, 1] } },
              x2: { field: "acceptanceHigh" },
            },
          },
          {
            mark: { type: "point", filled: true, size: 60, color: SHARE_COLORS.accepted, tooltip: true },
            encoding: {
              x: { field: "acceptance", type: "quantitative" },
              tooltip: [
                { field: "group", title: "Group" },
                { field: "acceptance", title: "Acceptance", format: ".1%" },
                { field: "acceptanceLow", title: "95% CI low", format: ".1%" },
                { field: "acceptanceHigh", title: "95% CI high", format: ".1%" },
              ],
            },
          },
        ],
      },
    ],
  };
}
