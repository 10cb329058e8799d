/**
 * Vega-Lite specs of the Topics page (and the report): area x kind heatmap, areas over the
 * editions (count or share), and any list of groups with its acceptance beside it.
 * Pure functions of the data; imports are types and the colour scheme only.
 */
import type { TopLevelSpec } from "vega-lite";
import { ACCENT, INTERVAL, SCHEMA, areaScale, highlightOpacity } from "./theme.js"; // ".js": Framework bundles these files for the browser and resolves only .js specifiers

export interface HeatCell {
  area: string;
  kind: string;
  papers: number | null;
  suppressed?: boolean;
}

/** Papers per area and kind; suppressed cells are hatched grey and say so in their tooltip. */
export function areaKindHeatmapSpec(cells: HeatCell[], { width = 420, areas = [] as string[], kinds = [] as string[], title = "Submissions by area and kind" } = {}): TopLevelSpec {
  const values = cells.map((c) => ({ ...c, label: c.papers === null ? "–" : formatCount(c.papers), note: c.suppressed ? "withheld (fewer than k papers)" : "" }));
  const rows = order(areas, values.map((v) => v.area));
  const cols = order(kinds, values.map((v) => v.kind));
  return {
    $schema: SCHEMA,
    title,
    width,
    height: Math.max(120, rows.length * 24),
    data: { values },
    encoding: {
      x: { field: "kind", type: "nominal", title: "Kind", sort: cols, axis: { labelAngle: 0, orient: "top" } },
      y: { field: "area", type: "nominal", title: null, sort: rows },
    },
    layer: [
      {
        mark: { type: "rect", tooltip: true },
        encoding: {
          color: { condition: { test: "datum.papers === null", value: "#d9dde1" }, field: "papers", type: "quantitative", title: "Papers", scale: { scheme: "blues", zero: true } },
          tooltip: [
            { field: "area", title: "Area" },
            { field: "kind", title: "Kind" },
            { field: "label", title: "Papers" },
            { field: "note", title: "Note" },
          ],
        },
      },
      {
        mark: { type: "text", fontSize: 11 },
        encoding: {
          text: { field: "label" },
          color: { condition: { test: "datum.papers !== null && datum.papers > 0.6 * datum.maxPapers", value: "white" }, value: "#333" },
        },
      },
    ],
    transform: [{ joinaggregate: [{ op: "max", field: "papers", as: "maxPapers" }] }],
  };
}

export interface AreaEditionRow {
  edition: string;
  area: string;
  papers: number | null;
  share: number | null;
  suppressed?: boolean;
}

/** Areas per edition, stacked, as counts or as shares of each edition's submissions. */
export function areasByEditionSpec(rows: AreaEditionRow[], { width = 480, areas = [] as string[], mode = "count" as "count" | "share", highlight = null as string | null, title = "Areas by edition" } = {}): TopLevelSpec {
  const values = rows.filter((r) => r.papers !== null);
  const share = mode === "share";
  return {
    $schema: SCHEMA,
    title,
    width,
    height: 260,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "edition", type: "ordinal", title: "Edition", axis: { labelAngle: 0 } },
      y: share
        ? { field: "papers", type: "quantitative", stack: "normalize", title: "Share of submissions", axis: { format: "%" } }
        : { field: "papers", type: "quantitative", stack: "zero", title: "Submissions (fractional for two-area papers)" },
      color: { field: "area", type: "nominal", title: "Area", scale: areaScale(areas, [...new Set(values.map((v) => v.area))]), legend: { columns: 1, symbolLimit: 30 } },
      order: { field: "area", sort: "ascending" },
      opacity: highlightOpacity(highlight),
      tooltip: [
        { field: "edition", title: "Edition" },
        { field: "area", title: "Area" },
        { field: "papers", title: "Submissions", format: ",.1~f" },
        { field: "share", title: "Share of edition", format: ".1%" },
      ],
    },
  };
}

export interface GroupRow {
  group: string;
  submissions: number | null;
  accepted: number | null;
  rate: number | null;
  low: number | null;
  high: number | null;
  suppressed?: boolean;
}

/** Submissions per group (bars) with the acceptance rate and its 95% Wilson interval beside them. */
export function groupsWithAcceptanceSpec(rows: GroupRow[], { width = 520, title = "", groupTitle = "Group", areas = null as string[] | null } = {}): TopLevelSpec {
  const values = rows.filter((r) => r.submissions !== null);
  const sort = values.map((v) => v.group);
  // Group labels, axis titles and spacing take about 230 px; the two panels share the rest.
  const half = Math.max(80, Math.floor((width - 230) / 2));
  const y = { field: "group", type: "nominal" as const, title: groupTitle, sort };
  const tooltip = [
    { field: "group", title: groupTitle },
    { field: "submissions", title: "Submissions", format: ",.1~f" },
    { field: "accepted", title: "Accepted", format: ",.1~f" },
    { field: "rate", title: "Acceptance rate", format: ".1%" },
    { field: "low", title: "95% CI low", format: ".1%" },
    { field: "high", title: "95% CI high", format: ".1%" },
  ];
  const color = areas
    ? { field: "group", type: "nominal" as const, scale: areaScale(areas, sort), legend: null }
    : { value: "#4e79a7" };
  return {
    $schema: SCHEMA,
    title,
    data: { values },
    hconcat: [
      {
        width: half,
        height: Math.max(80, sort.length * 20),
        mark: { type: "bar", tooltip: true },
        encoding: { y, x: { field: "submissions", type: "quantitative", title: "Submissions", scale: { zero: true } }, color, tooltip },
      },
      {
        width: half,
        height: Math.max(80, sort.length * 20),
        encoding: { y: { ...y, axis: null } },
        layer: [
          { mark: { type: "rule", color: INTERVAL, strokeWidth: 2 }, encoding: { x: { field: "low", type: "quantitative", title: "Acceptance rate (95% CI)", scale: { domain: [0, 1] }, axis: { format: "%" } }, x2: { field: "high" }, tooltip } },
          { mark: { type: "point", filled: true, size: 60, color: ACCENT, tooltip: true }, encoding: { x: { field: "rate", type: "quantitative" }, tooltip } },
        ],
      },
    ],
  };
}

function order(preferred: string[], present: string[]): string[] {
  const set = new Set(present);
  return [...preferred.filter((p) => set.has(p)), ...[...set].filter((p) => !preferred.includes(p)).sort()];
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
