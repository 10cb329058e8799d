/** The report as Markdown: charts as SVG files beside it (`chartPath` names them). */
import type { Block, ReportDoc, Section } from "./doc.ts";

/** Escapes table-cell text: a pipe would split the cell, a newline the row. */
function cellText(s: string): string {
  return inline(s).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Text from the data (titles, topics) must not become HTML in a Markdown viewer. */
function inline(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

function tableMd(b: Extract<Block, { kind: "table" }>): string {
  const head = `| ${b.columns.map(cellText).join(" | ")} |`;
  const rule = `|${b.numeric.map((n) => (n ? " ---: " : " --- ")).join("|")}|`;
  const rows = b.rows.map((r) => `| ${r.map(cellText).join(" | ")} |`);
  return [`*${b.caption}*`, "", head, rule, ...rows].join("\n");
}

function blockMd(b: Block, chartPath: (id: string) => string | null): string | null {
  switch (b.kind) {
    case "paragraph":
      return inline(b.text);
    case "note":
      return `*${inline(b.text)}*`;
    case "list":
      return b.items.map((i) => `- ${inline(i)}`).join("\n");
    case "table":
      return tableMd(b);
    case "chart": {
      const path = chartPath(b.id);
      return path ? `![${b.title}](${path})` : null;
    }
  }
}

function sectionMd(s: Section, level: number, chartPath: (id: string) => string | null): string[] {
  const out = [`${"#".repeat(level)} ${s.title}`, ""];
  if (s.summary.length) out.push(inline(s.summary.join(" ")), "");
  for (const b of s.blocks) {
    const text = blockMd(b, chartPath);
    if (text !== null) out.push(text, "");
  }
  for (const p of s.parts ?? []) out.push(...sectionMd(p, level + 1, chartPath));
  return out;
}

/** `chartPath(id)` gives the relative path of a chart's SVG, or null to leave charts out. */
export function renderMarkdown(doc: ReportDoc, chartPath: (id: string) => string | null = () => null): string {
  const out = [`# ${doc.title}`, "", ...doc.lead.map((l) => `> ${l}`).flatMap((l, i) => (i === 0 ? [l] : [">", l])), ""];
  for (const s of doc.sections) out.push(...sectionMd(s, 2, chartPath));
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
