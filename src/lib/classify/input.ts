/**
 * Paper lists for `retro classify --input`: a CSV with columns `id,title` and optionally
 * `abstract,keywords,topics` (lists separated by ";"), or a JSON array of objects with the same
 * fields. A bad row becomes a problem naming its row and column; the other rows still count.
 */
import { parse } from "csv-parse/sync";
import { RetroError, type Location } from "../errors.ts";
import type { PaperText } from "./features.ts";

export interface InputPaper extends PaperText {
  id: string;
}

export interface InputProblem extends Location {
  message: string;
}

export interface ParsedInput {
  papers: InputPaper[];
  problems: InputProblem[];
}

export function parsePaperList(text: string, file: string): ParsedInput {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  return file.toLowerCase().endsWith(".json") || trimmed.startsWith("[") ? parseJsonPapers(trimmed, file) : parseCsvPapers(text, file);
}

export function parseCsvPapers(text: string, file: string): ParsedInput {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true }) as string[][];
  } catch (e) {
    throw new RetroError(`Cannot read the CSV: ${(e as Error).message}`, "Fix the quoting on that line (a stray double quote is the usual cause).", { file });
  }
  if (records.length === 0) throw new RetroError("The paper list is empty.", "Give a header line `id,title,abstract,keywords` and one line per paper.", { file });
  const header = records[0].map((h) => h.trim().toLowerCase());
  for (const required of ["id", "title"]) {
    if (!header.includes(required)) {
      throw new RetroError(`The paper list has no "${required}" column (found: ${records[0].join(", ")}).`, "The header should be `id,title` and optionally `abstract,keywords` (keywords separated by \";\").", { file, row: 0, column: required });
    }
  }
  const papers: InputPaper[] = [];
  const problems: InputProblem[] = [];
  for (let r = 1; r < records.length; r++) {
    const rec = records[r];
    const get = (column: string) => {
      const i = header.indexOf(column);
      return i < 0 ? "" : (rec[i] ?? "").trim();
    };
    if (rec.length !== header.length) {
      problems.push({ file, row: r, message: `has ${rec.length} fields where the header has ${header.length}; skipped (quote fields that contain commas)` });
      continue;
    }
    const paper = checkPaper({ id: get("id"), title: get("title"), abstract: get("abstract") || null, keywords: list(get("keywords")), topics: list(get("topics")) }, file, r, problems);
    if (paper) papers.push(paper);
  }
  flagDuplicates(papers, problems, file);
  return { papers, problems };
}

export function parseJsonPapers(text: string, file: string): ParsedInput {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new RetroError(`The paper list is not valid JSON: ${(e as Error).message}`, "Fix the JSON syntax, or give a CSV file instead.", { file });
  }
  if (!Array.isArray(raw)) throw new RetroError("The JSON paper list should be an array of papers.", 'Write it as [{"id": "1", "title": "...", "abstract": "..."}, ...].', { file });
  const papers: InputPaper[] = [];
  const problems: InputProblem[] = [];
  raw.forEach((item, i) => {
    const row = i + 1;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      problems.push({ file, row, message: "is not an object with id and title; skipped" });
      return;
    }
    const o = item as Record<string, unknown>;
    for (const field of ["abstract", "keywords", "topics"] as const) {
      const v = o[field];
      const ok = v === undefined || v === null || typeof v === "string" || (field !== "abstract" && Array.isArray(v) && v.every((x) => typeof x === "string"));
      if (!ok) {
        problems.push({ file, row, column: field, message: `should be ${field === "abstract" ? "text" : "a list of strings or a \";\"-separated string"}; ignored` });
        o[field] = undefined;
      }
    }
    const id = typeof o.id === "number" ? String(o.id) : typeof o.id === "string" ? o.id.trim() : "";
    const title = typeof o.title === "string" ? o.title.trim() : "";
    const asList = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x).trim()).filter(Boolean) : typeof v === "string" ? list(v) : []);
    const paper = checkPaper({ id, title, abstract: typeof o.abstract === "string" && o.abstract.trim() ? o.abstract : null, keywords: asList(o.keywords), topics: asList(o.topics) }, file, row, problems);
    if (paper) papers.push(paper);
  });
  flagDuplicates(papers, problems, file);
  return { papers, problems };
}

function checkPaper(paper: InputPaper, file: string, row: number, problems: InputProblem[]): InputPaper | null {
  if (!paper.id) {
    problems.push({ file, row, column: "id", message: "is empty; skipped (every paper needs an id)" });
    return null;
  }
  if (!paper.title) {
    problems.push({ file, row, column: "title", message: `is empty for paper "${paper.id}"; skipped (every paper needs a title)` });
    return null;
  }
  return paper;
}

function flagDuplicates(papers: InputPaper[], problems: InputProblem[], file: string): void {
  const seen = new Set<string>();
  for (const p of papers) {
    if (seen.has(p.id)) problems.push({ file, column: "id", message: `"${p.id}" appears more than once; each occurrence is classified` });
    seen.add(p.id);
  }
}

function list(s: string): string[] {
  return s.split(";").map((x) => x.trim()).filter(Boolean);
}

export function formatProblem(p: InputProblem): string {
  const where = [p.file, p.row !== undefined ? `row ${p.row}` : undefined, p.column !== undefined ? `column "${p.column}"` : undefined].filter(Boolean).join(", ");
  return `${where}: ${p.message}`;
}
