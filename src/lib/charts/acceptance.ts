/**
 * Vega-Lite spec of the acceptance triplet: share of submissions, acceptance rate with its
 * 95% Wilson interval, and share of accepted papers, side by side for every group.
 */
import type { TopLevelSpec } from "vega-lite";
import { ACCENT, INTERVAL, SCHEMA, areaScale } from "./theme.js"; // ".js": Framework bundles these files for the browser and resolves only .js specifiers

export interface TripletPoint {
  group: string;
  submissions: number | null;
  accepted: number | null;
  shareOfSubmissions: number | null;
  rate: number | null;
  low: number | null;
  high: number | null;
  shareOfAccepted: number | null;
  suppressed?: boolean;
}

/**
 * The triplet by group. A group partly withheld from this audience keeps what is published
 * (e.g. its share of submissions without its acceptance); a group withheld entirely is left
 * out (the page says how many).
 */
export function tripletSpec(rows: TripletPoint[], { width = 900, groupTitle = "Group", areas = null as string[] | null, title = "" } = {}): TopLevelSpec {
  const values = rows.filter((r) => r.shareOfSubmissions !== null || r.rate !== null || r.shareOfAccepted !== null);
  const sort = values.map((v) => v.group);
  const panel = Math.max(130, Math.floor((width - 320) / 3));
  const height = Math.max(80, sort.length * 20);
  const y = { field: "group", type: "nominal" as const, sort };
  const tooltip = [
    { field: "group", title: groupTitle },
    { field: "submissions", title: "Submissions", format: ",.1~f" },
    { field: "accepted", title: "Accepted", format: ",.1~f" },
    { field: "shareOfSubmissions", title: "Share of submissions", format: ".1%" },
    { field: "rate", title: "Acceptance rate", format: ".1%" },
    { field: "low", title: "95% CI low", format: ".1%" },
    { field: "high", title: "95% CI high", format: ".1%" },
    { field: "shareOfAccepted", title: "Share of accepted", format: ".1%" },
  ];
  const color = areas ? { field: "group", type: "nominal" as const, scale: areaScale(areas, sort), legend: null } : { value: "#4e79a7" };
  const share = (field: string, axisTitle: string) => ({
    width: panel,
    height,
    mark: { type: "bar" as const, tooltip: true },
    encoding: { y: { ...y, title: field === "shareOfSubmissions" ? groupTitle : null, axis: field === "shareOfSubmissions" ? {} : null }, x: { field, type: "quantitative" as const, title: axisTitle, axis: { format: "%" }, scale: { zero: true } }, color, tooltip },
  });
  return {
    $schema: SCHEMA,
    title,
    data: { values },
    hconcat: [
      share("shareOfSubmissions", "Share of submissions"),
      {
        width: panel,
        height,
        encoding: { y: { ...y, axis: null, title: null } },
        layer: [
          { mark: { type: "rule", color: INTERVAL, strokeWidth: 2 }, encoding: { x: { field: "low", type: "quantitative", title: "Acceptance rate (95% CI)", scale: { domain: [0, 1] }, axis: { format: "%" } }, x2: { field: "high" }, tooltip } },
          { mark: { type: "point", filled: true, size: 60, color: ACCENT, tooltip: true }, encoding: { x: { field: "rate", type: "quantitative" }, tooltip } },
        ],
      },
      share("shareOfAccepted", "Share of accepted"),
    ],
  };
}
