// Small pieces shared by the pages: number formats, empty states, the edition selector,
// tables with a CSV download, and the audience note.
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {toCsv} from "../lib/site/csv.js";

const intFormat = new Intl.NumberFormat("en", {maximumFractionDigits: 0});
const oneFormat = new Intl.NumberFormat("en", {maximumFractionDigits: 1});

export const int = (x) => (x == null ? "–" : intFormat.format(x));
export const num = (x, digits = 1) => (x == null ? "–" : new Intl.NumberFormat("en", {maximumFractionDigits: digits, minimumFractionDigits: digits}).format(x));
export const count = (x) => (x == null ? "–" : Number.isInteger(x) ? intFormat.format(x) : oneFormat.format(x));
export const pct = (x, digits = 0) => (x == null ? "–" : `${(x * 100).toFixed(digits)}%`);
export const bytes = (x) => (x == null ? "–" : x < 1024 * 1024 ? `${Math.max(1, Math.round(x / 1024))} kB` : `${(x / 1024 / 1024).toFixed(1)} MB`);
export const interval = (r) => (r?.low == null ? "" : `95% CI ${pct(r.low)}–${pct(r.high)}`);

/** "+12% vs 2025" for a headline number, or "" when there is nothing to compare. */
export function change(current, previous, label) {
  if (current == null || previous == null || previous === 0) return "";
  const d = (current - previous) / previous;
  return `${d >= 0 ? "+" : "−"}${Math.abs(Math.round(d * 100))}% vs ${label}`;
}

/** A box saying there is nothing to show and what to do about it. */
export function empty(message, todo) {
  return html`<div class="retro-empty"><strong>${message}</strong>${todo ? html`<br><span>${todo}</span>` : ""}</div>`;
}

const EDITION_KEY = "workshop-retro:edition";

/** The global edition selector: every edition (newest first) and "All editions"; the choice follows you across pages. */
export function editionSelect(editions) {
  const keys = [...editions.map((e) => e.edition)].reverse();
  const options = [...keys, "all"];
  let stored = null;
  try {
    stored = localStorage.getItem(EDITION_KEY);
  } catch {}
  const value = options.includes(stored) ? stored : (keys[0] ?? "all");
  const input = Inputs.select(options, {label: "Edition", value, format: (k) => (k === "all" ? "All editions" : k)});
  input.classList.add("retro-edition");
  input.addEventListener("input", () => {
    try {
      localStorage.setItem(EDITION_KEY, input.value);
    } catch {}
  });
  return input;
}

/** The edition before `key`, for changes in headline numbers (null for the first or "all"). */
export function previousEdition(editions, key) {
  const i = editions.findIndex((e) => e.edition === key);
  return i > 0 ? editions[i - 1].edition : null;
}

/** Inputs.table plus a "Download CSV" button (formula injection neutralised). */
export function table(rows, {filename = "table.csv", columns, header, ...options} = {}) {
  const t = Inputs.table(rows, {columns, header, select: false, ...options});
  const button = html`<button class="retro-download" type="button">Download CSV</button>`;
  button.onclick = () => {
    const blob = new Blob([toCsv(rows, columns, header)], {type: "text/csv;charset=utf-8"});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return html`<div class="retro-table">${t}<div class="retro-table-foot"><span class="muted">${int(rows.length)} row${rows.length === 1 ? "" : "s"}</span>${button}</div></div>`;
}

/** Says which audience the page was built for and what that hides. */
export function audienceNote(audience, k) {
  if (audience === "chair") return html`<p class="retro-audience muted">Chair view: everything in the archive, including per-reviewer numbers and papers that were not accepted.</p>`;
  if (audience === "committee") return html`<p class="retro-audience muted">Committee view: papers that were not accepted appear without title or id; groups of fewer than ${k} papers or people are withheld; no per-reviewer numbers.</p>`;
  return html`<p class="retro-audience muted">Public view: accepted papers and aggregate numbers only; groups of fewer than ${k} papers or people (and cells that would reveal them) are withheld.</p>`;
}

/** "3 groups withheld (fewer than k papers)", or nothing. */
export function hiddenNote(hidden, k, what = "groups") {
  return hidden ? html`<p class="muted small">${hidden} ${what} withheld from this view (fewer than ${k} papers, or needed to protect one).</p>` : "";
}
