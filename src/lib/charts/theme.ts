/**
 * One colour scheme for every chart of the dashboard and the report: each area keeps its
 * colour everywhere (by its place in the taxonomy), kinds and outcomes have fixed colours.
 * Pure data, no imports: safe in the browser and in Node.
 */

export const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json" as const;

/** Twelve systems areas + "Other" (+ spare colours for a longer configured taxonomy). */
const AREA_PALETTE = [
  "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
  "#b07aa1", "#ff9da7", "#9c755f", "#1f77b4", "#8c564b", "#17becf",
  "#bab0ac", "#d37295", "#a0cbe8", "#ffbe7d", "#8cd17d", "#86bcb6",
];
const GREY = "#9aa5b1";

/** Colour of each area, by its position in the taxonomy; groups outside it ("(none)") are grey. */
export function areaScale(areas: string[], present: string[] = areas): { domain: string[]; range: string[] } {
  const known = areas.filter((a) => present.includes(a));
  const extra = present.filter((a) => !areas.includes(a)).sort();
  return {
    domain: [...known, ...extra],
    range: [...known.map((a) => AREA_PALETTE[areas.indexOf(a) % AREA_PALETTE.length]), ...extra.map(() => GREY)],
  };
}

export const KIND_COLORS: Record<string, string> = {
  deployment: "#c2571a",
  research: "#3b6fb6",
  position: "#8e5ea2",
  benchmark: "#2a9d8f",
};

export function kindScale(kinds: string[]): { domain: string[]; range: string[] } {
  return { domain: kinds, range: kinds.map((k) => KIND_COLORS[k] ?? GREY) };
}

export const OUTCOME_COLORS: Record<string, string> = {
  accepted: "#1b7f5b",
  "not accepted": "#b8c4ce",
  rejected: "#c0504d",
  desk_rejected: "#7f7f7f",
  withdrawn: "#d4a017",
  pending: "#9aa5b1",
};

export function outcomeScale(outcomes: string[]): { domain: string[]; range: string[] } {
  return { domain: outcomes, range: outcomes.map((o) => OUTCOME_COLORS[o] ?? (o.startsWith("accepted") ? OUTCOME_COLORS.accepted : GREY)) };
}

/** The accent of single-series charts (acceptance) and of the interval rules beside it. */
export const ACCENT = "#1b7f5b";
export const INTERVAL = "#7a8b99";
export const BAND = "#f2c14e";

/** Opacity that singles out the selected edition in charts over all editions. */
export function highlightOpacity(highlight: string | null | undefined, field = "edition") {
  return highlight ? { condition: { test: `datum.${field} === ${JSON.stringify(highlight)}`, value: 1 }, value: 0.45 } : { value: 1 };
}
