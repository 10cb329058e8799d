/**
 * The plain CSV of chair labels (`data/labels.csv` by default) for bulk edits:
 * `edition,id,area,second_area,kind,challenges,methods`, lists separated by ";", an empty cell
 * = no chair label for that field, "none" = an explicitly empty list (or no second area).
 * Importing makes the file the truth for the papers it lists; other columns are ignored.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { parse } from "csv-parse/sync";
import type { WorkshopConfig } from "../config/schema.ts";
import { queryRows } from "../db/archive.ts";
import { RetroError } from "../errors.ts";
import { CHAIR_FIELDS, clearChairLabels, paperKey, parseChairLabels, readChairLabels, writeChairLabels, type ChairField, type ChairLabels } from "./chair.ts";
import { labelSpace } from "./corpus.ts";
import { classifierSettings } from "./settings.ts";

export const LABEL_COLUMNS = ["edition", "id", ...CHAIR_FIELDS] as const;

/** CSV text of the chair labels; with `all`, every submission gets a row (empty where unlabelled). */
export async function exportLabels(conn: DuckDBConnection, options: { all?: boolean; edition?: string } = {}): Promise<string> {
  const labels = await readChairLabels(conn, options.edition);
  const papers = options.all
    ? await queryRows<{ edition: string; id: string }>(conn, `SELECT edition, id FROM submissions ${options.edition ? "WHERE edition = $edition" : ""} ORDER BY edition, id`, options.edition ? { edition: options.edition } : undefined)
    : [...labels.keys()].map((k) => {
        const [edition, id] = k.split("\u0000");
        return { edition, id };
      });
  const lines = [LABEL_COLUMNS.join(",")];
  for (const { edition, id } of papers) {
    const l = labels.get(paperKey(edition, id)) ?? {};
    lines.push([edition, id, l.area, cell(l.second_area), l.kind, cell(l.challenges), cell(l.methods)].map((v) => csvField(v ?? "")).join(","));
  }
  return `${lines.join("\n")}\n`;
}

function cell(value: string | string[] | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return "none";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.join(";");
  return value;
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export interface ImportSummary {
  rows: number;
  set: number;
  cleared: number;
  papers: Array<{ edition: string; id: string }>;
}

/**
 * Validates every row first (unknown labels, unknown papers) and only then writes, so a bad
 * file changes nothing. Call inside a transaction for atomicity against crashes.
 */
export async function importLabels(conn: DuckDBConnection, config: WorkshopConfig, text: string, file: string, at: Date = new Date()): Promise<ImportSummary> {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (e) {
    throw new RetroError(`The labels file is not valid CSV: ${(e as Error).message}`, "Fix the quoting on that line (a stray double quote is the usual cause).", { file });
  }
  if (records.length === 0) throw new RetroError("The labels file is empty.", `Start from \`retro label --export\`; the header is ${LABEL_COLUMNS.join(",")}.`, { file });
  const header = records[0].map((h) => h.toLowerCase());
  for (const required of ["edition", "id"]) {
    if (!header.includes(required)) throw new RetroError(`The labels file has no "${required}" column.`, `The header should be ${LABEL_COLUMNS.join(",")}.`, { file, row: 0, column: required });
  }
  const fields = CHAIR_FIELDS.filter((f) => header.includes(f));
  const space = labelSpace(classifierSettings(config).taxonomy);
  const known = new Set((await queryRows<{ edition: string; id: string }>(conn, `SELECT edition, id FROM submissions`)).map((r) => paperKey(r.edition, r.id)));
  const plan: Array<{ edition: string; id: string; labels: ChairLabels; clear: ChairField[] }> = [];
  const seen = new Set<string>();
  for (let r = 1; r < records.length; r++) {
    const rec = records[r];
    const get = (column: string) => (rec[header.indexOf(column)] ?? "").trim();
    const edition = get("edition");
    const id = get("id");
    const where = { file, row: r };
    if (!edition || !id) throw new RetroError(`Row ${r} has no ${edition ? "id" : "edition"}.`, "Fill in both edition and id, or delete the row.", { ...where, column: edition ? "id" : "edition" });
    if (!known.has(paperKey(edition, id))) throw new RetroError(`No submission "${id}" in edition "${edition}".`, "Check the id and edition against `retro label --export --all`, or ingest that edition first.", { ...where, column: "id" });
    if (seen.has(paperKey(edition, id))) throw new RetroError(`Submission "${id}" of edition "${edition}" is listed twice.`, "Keep one row per paper.", { ...where, column: "id" });
    seen.add(paperKey(edition, id));
    const raw: Partial<Record<ChairField, string>> = {};
    const clear: ChairField[] = [];
    for (const f of fields) {
      const v = get(f);
      if (v === "") clear.push(f);
      else raw[f] = v;
    }
    for (const f of fields) {
      if (raw[f] === undefined) continue;
      parseChairLabels({ [f]: raw[f] }, space, { ...where, column: f });
    }
    plan.push({ edition, id, labels: parseChairLabels(raw, space, where), clear });
  }
  let set = 0;
  let cleared = 0;
  for (const p of plan) {
    await clearChairLabels(conn, p.edition, p.id, p.clear);
    cleared += p.clear.length;
    await writeChairLabels(conn, p.edition, p.id, p.labels, at);
    set += Object.keys(p.labels).length;
  }
  return { rows: plan.length, set, cleared, papers: plan.map(({ edition, id }) => ({ edition, id })) };
}
