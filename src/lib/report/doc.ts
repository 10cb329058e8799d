/**
 * The report as a small document model: sections of paragraphs, lists, tables and charts.
 * Built once from the facts; the Markdown and HTML renderers only lay it out, so both formats
 * always say the same thing.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Audience } from "../stats/index.ts";

export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "note"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; columns: string[]; numeric: boolean[]; rows: string[][] }
  | { kind: "chart"; id: string; title: string; spec: TopLevelSpec };

export interface Section {
  id: string;
  title: string;
  /** The generated sentences the section opens with. */
  summary: string[];
  blocks: Block[];
  /** Sub-sections (e.g. one per grouping). */
  parts?: Section[];
}

export interface ReportDoc {
  edition: string;
  title: string;
  audience: Audience;
  /** Lines under the title: venue, audience banner. */
  lead: string[];
  sections: Section[];
}

export const paragraph = (text: string): Block => ({ kind: "paragraph", text });
export const note = (text: string): Block => ({ kind: "note", text });
export const bullets = (items: string[]): Block => ({ kind: "list", items });

/** A table; `numeric` marks right-aligned columns (all but the first by default). */
export function table(caption: string, columns: string[], rows: string[][], numeric?: boolean[]): Block {
  return { kind: "table", caption, columns, rows, numeric: numeric ?? columns.map((_, i) => i > 0) };
}

export function chart(id: string, title: string, spec: TopLevelSpec): Block {
  return { kind: "chart", id, title, spec };
}

/** Every chart of a document, sub-sections included, in reading order. */
export function chartsOf(doc: ReportDoc): Array<Extract<Block, { kind: "chart" }>> {
  const walk = (s: Section): Array<Extract<Block, { kind: "chart" }>> => [
    ...s.blocks.filter((b): b is Extract<Block, { kind: "chart" }> => b.kind === "chart"),
    ...(s.parts ?? []).flatMap(walk),
  ];
  return doc.sections.flatMap(walk);
}
