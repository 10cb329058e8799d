/**
 * Spreadsheets as plain grids of strings: `.xlsx` through exceljs, SpreadsheetML 2003 (the
 * XML that CMT names `.xls`) through the XML parser. A grid becomes a `CsvTable` once its
 * header row is known, so adapters treat sheets and CSV files alike.
 */
import ExcelJS from "exceljs";
import { RetroError } from "../../src/lib/errors.ts";
import type { CsvRow, CsvTable } from "./csv.ts";
import { parseXml } from "./xml.ts";
import { readZip, type ZipLimits } from "./zip.ts";

export interface Sheet {
  name: string;
  /** rows[i] is spreadsheet row i + 1; cells are strings ("" when empty). */
  rows: string[][];
}

/** Reads every sheet of an .xlsx workbook (its zip checked against the limits first). */
export async function readXlsx(bytes: Buffer, file: string, limits?: ZipLimits): Promise<Sheet[]> {
  readZip(bytes, file, () => true, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new RetroError(`The Excel workbook cannot be read: ${(e as Error).message}`, "Open it in a spreadsheet and save it again as .xlsx, or download it again.", { file });
  }
  return workbook.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells[c - 1] = cellText(cell.value);
      });
      rows[n - 1] = Array.from(cells, (v) => v ?? "");
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().replace("T", " ").replace(/:\d{2}\.\d{3}Z$/, "");
  if (typeof v !== "object") return String(v);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v && typeof v.text === "string") return v.text;
  if ("result" in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
  if ("error" in v) return "";
  return String(v);
}

/** Reads every Worksheet of a SpreadsheetML 2003 document (ss:Index gaps honoured). */
export function readSpreadsheetMl(xml: string, file: string): Sheet[] {
  const sheets: Sheet[] = [];
  let sheet: Sheet | null = null;
  let row: string[] | null = null;
  let rowIndex = 0;
  let col = 0;
  let merge = 0;
  let data: string | null = null;
  const attr = (tag: { attributes: Record<string, string> }, name: string) => tag.attributes[`ss:${name}`] ?? tag.attributes[name];
  parseXml(xml, file, {
    open(tag) {
      const name = tag.name.replace(/^ss:/, "");
      if (name === "Worksheet") {
        sheet = { name: attr(tag, "Name") ?? `Sheet${sheets.length + 1}`, rows: [] };
        rowIndex = 0;
      } else if (name === "Row" && sheet) {
        const index = Number(attr(tag, "Index"));
        rowIndex = Number.isInteger(index) && index > rowIndex ? index : rowIndex + 1;
        row = [];
        col = 0;
      } else if (name === "Cell" && row) {
        const index = Number(attr(tag, "Index"));
        col = Number.isInteger(index) && index > col ? index : col + 1;
        // A merged cell's value sits in its first column; the next cell starts after the merge.
        const across = Number(attr(tag, "MergeAcross"));
        merge = Number.isInteger(across) && across > 0 ? across : 0;
      } else if (name === "Data" && row) data = "";
    },
    text(t) {
      if (data !== null) data += t;
    },
    close(tag) {
      const name = tag.name.replace(/^ss:/, "");
      if (name === "Data" && row && data !== null) {
        row[col - 1] = data;
        data = null;
      } else if (name === "Cell" && row) {
        col += merge;
        merge = 0;
      } else if (name === "Row" && sheet && row) {
        sheet.rows[rowIndex - 1] = Array.from(row, (v) => v ?? "");
        row = null;
      } else if (name === "Worksheet" && sheet) {
        sheet.rows = Array.from(sheet.rows, (r) => r ?? []);
        sheets.push(sheet);
        sheet = null;
      }
    },
  });
  return sheets;
}

/** The first row (within the first 20) that has a cell equal to `marker`, 0-based; -1 if none. */
export function findHeaderRow(rows: string[][], marker: RegExp): number {
  for (let i = 0; i < Math.min(rows.length, 20); i++) if (rows[i]?.some((c) => marker.test(c.trim()))) return i;
  return -1;
}

export interface GridTable extends CsvTable {
  /** Each table row's data-row number (rows after the header, empty ones counted), for errors. */
  lines: number[];
}

/** A grid as a table, with the header at `headerRow`; empty rows after it are dropped. */
export function tableFromRows(rows: string[][], headerRow: number): GridTable {
  const header = (rows[headerRow] ?? []).map((h) => h.trim());
  while (header.length && header[header.length - 1] === "") header.pop();
  const out: CsvRow[] = [];
  const lines: number[] = [];
  for (let i = headerRow + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (!cells || cells.every((c) => c.trim() === "")) continue;
    const row: CsvRow = {};
    header.forEach((h, c) => {
      if (h !== "") row[h] = cells[c] === undefined || cells[c] === "" ? null : cells[c];
    });
    out.push(row);
    lines.push(i - headerRow);
  }
  return { header: header.filter((h) => h !== ""), rows: out, lines };
}
