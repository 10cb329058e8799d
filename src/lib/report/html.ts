/**
 * The report as one self-contained HTML file: styles inline, charts inlined as SVG rendered
 * in Node, no script, no external file, no network. Prints well (the PDF is printed from it).
 */
import type { Block, ReportDoc, Section } from "./doc.ts";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Escaped text with `code` spans. */
function text(s: string): string {
  return escapeHtml(s).replace(/`([^`]+)`/g, "<code>$1</code>");
}

const STYLE = `
:root { color-scheme: light; --ink: #1f2933; --muted: #5f6b76; --rule: #d9dee3; --accent: #1b7f5b; --warn: #9c3d10; }
* { box-sizing: border-box; }
body { font: 15px/1.55 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); max-width: 960px; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; } h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
.lead { color: var(--muted); } .banner { border: 2px solid var(--warn); color: var(--warn); padding: .5rem .75rem; border-radius: 4px; font-weight: 600; }
.summary { font-size: 1.02rem; }
nav ol { columns: 2; padding-left: 1.2rem; color: var(--muted); }
table { border-collapse: collapse; margin: .5rem 0 1.2rem; font-size: .9rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-style: italic; color: var(--muted); padding-bottom: .25rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; vertical-align: top; } th { text-align: left; background: #f4f6f8; }
td.num, th.num { text-align: right; white-space: nowrap; }
figure { margin: .75rem 0 1.5rem; } figure svg { max-width: 100%; height: auto; } figcaption { color: var(--muted); font-size: .85rem; }
code { font-size: .9em; background: #f4f6f8; padding: 0 .2em; border-radius: 3px; }
.note { font-style: italic; color: var(--muted); }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } table, figure { break-inside: avoid; } nav { display: none; } }
`;

function tableHtml(b: Extract<Block, { kind: "table" }>): string {
  const cls = (i: number) => (b.numeric[i] ? ' class="num"' : "");
  const head = b.columns.map((c, i) => `<th scope="col"${cls(i)}>${text(c)}</th>`).join("");
  const rows = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${text(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><caption>${text(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function blockHtml(b: Block, svgs: Map<string, string>): string {
  switch (b.kind) {
    case "paragraph":
      return `<p>${text(b.text)}</p>`;
    case "note":
      return `<p class="note">${text(b.text)}</p>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${text(i)}</li>`).join("")}</ul>`;
    case "table":
      return tableHtml(b);
    case "chart": {
      const svg = svgs.get(b.id);
      return svg ? `<figure role="img" aria-label="${escapeHtml(b.title)}">${svg.replace(/^<\?xml[^>]*>\s*/, "")}</figure>` : "";
    }
  }
}

function sectionHtml(s: Section, level: number, svgs: Map<string, string>): string {
  const h = `h${level}`;
  return [
    `<section id="${escapeHtml(s.id)}"><${h}>${text(s.title)}</${h}>`,
    s.summary.length ? `<p class="summary">${text(s.summary.join(" "))}</p>` : "",
    ...s.blocks.map((b) => blockHtml(b, svgs)),
    ...(s.parts ?? []).map((p) => sectionHtml(p, level + 1, svgs)),
    "</section>",
  ].filter(Boolean).join("\n");
}

/** Only the report's body (for embedding in a dashboard page); `svgs` maps chart ids to SVG. */
export function renderHtmlBody(doc: ReportDoc, svgs: Map<string, string>): string {
  const confidential = doc.audience !== "public";
  const toc = doc.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${text(s.title)}</a></li>`).join("");
  return [
    `<header><h1>${text(doc.title)}</h1>`,
    ...doc.lead.map((l, i) => `<p class="${i === 0 && confidential ? "banner" : "lead"}">${text(l)}</p>`),
    `</header><nav aria-label="Sections"><ol>${toc}</ol></nav>`,
    ...doc.sections.map((s) => sectionHtml(s, 2, svgs)),
  ].join("\n");
}

/** A complete, self-contained HTML document. */
export function renderHtml(doc: ReportDoc, svgs: Map<string, string>): string {
  const robots = doc.audience === "public" ? "" : '\n<meta name="robots" content="noindex, nofollow">';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${robots}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${renderHtmlBody(doc, svgs)}
</body>
</html>
`;
}
