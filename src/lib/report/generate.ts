/**
 * `retro report`: the retrospective of one edition for one audience, from the archive, as
 * Markdown (charts as SVG files beside it), a self-contained HTML file and a PDF.
 */
import { join } from "node:path";
import type { WorkshopConfig } from "../config/schema.ts";
import { openArchiveReadOnly } from "../db/archive.ts";
import type { Audience } from "../stats/index.ts";
import { editionFacts, loadArchiveData, type ArchiveData, type EditionFacts } from "../views/index.ts";
import { buildReport } from "./build.ts";
import { chartsOf, type ReportDoc } from "./doc.ts";
import { renderHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";
import { chromiumAvailable, missingChromium, writePdf } from "./pdf.ts";
import { renderSvg } from "./svg.ts";
import { writeAtomic, writeFolderAtomic } from "./write.ts";

export const FORMATS = ["md", "html", "pdf"] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportOptions {
  edition: string;
  audience: Audience;
  config: WorkshopConfig;
  /** Output folder. */
  out: string;
  formats: Format[];
  /** Bootstrap resamples for agreement (1,000 by default). */
  resamples?: number;
}

export interface ReportResult {
  files: string[];
  /** Why a requested format was not written (PDF without Chromium). */
  skipped: string[];
  seconds: { load: number; facts: number; charts: number; write: number; pdf: number };
}

/** `2024-retrospective` for chairs, `2024-retrospective-public` for the other audiences. */
export function reportBaseName(edition: string, audience: Audience): string {
  const safe = edition.replace(/[^\w.-]+/g, "_");
  return audience === "chair" ? `${safe}-retrospective` : `${safe}-retrospective-${audience}`;
}

/** The facts and the document of one edition, from already loaded archive data. */
export function reportDocument(data: ArchiveData, o: Pick<ReportOptions, "edition" | "audience" | "config" | "resamples">): { facts: EditionFacts; doc: ReportDoc } {
  const facts = editionFacts(data, o.edition, { audience: o.audience, k: o.config.privacy.k, resamples: o.resamples });
  return { facts, doc: buildReport(facts, { areas: o.config.taxonomy.areas }) };
}

/** Every chart of the document as SVG, by chart id. */
export async function renderCharts(doc: ReportDoc): Promise<Map<string, string>> {
  const svgs = new Map<string, string>();
  for (const c of chartsOf(doc)) svgs.set(c.id, await renderSvg(c.spec));
  return svgs;
}

/** Reads the archive, builds the report and writes the requested formats. */
export async function generateReport(db: string, o: ReportOptions): Promise<ReportResult> {
  const t0 = performance.now();
  const archive = await openArchiveReadOnly(db);
  let data: ArchiveData;
  try {
    data = await loadArchiveData(archive.conn);
  } finally {
    archive.close();
  }
  return writeReport(data, o, t0);
}

/** Builds and writes the report from loaded archive data. */
export async function writeReport(data: ArchiveData, o: ReportOptions, t0 = performance.now()): Promise<ReportResult> {
  const t1 = performance.now();
  const { doc } = reportDocument(data, o);
  const t2 = performance.now();
  const svgs = await renderCharts(doc);
  const t3 = performance.now();
  const base = reportBaseName(o.edition, o.audience);
  const files: string[] = [];
  const skipped: string[] = [];
  if (o.formats.includes("md")) {
    const folder = `${base}-charts`;
    writeFolderAtomic(join(o.out, folder), new Map([...svgs].map(([id, svg]) => [`${id}.svg`, svg])));
    const path = join(o.out, `${base}.md`);
    writeAtomic(path, renderMarkdown(doc, (id) => (svgs.has(id) ? `${folder}/${id}.svg` : null)));
    files.push(path, join(o.out, folder));
  }
  const html = renderHtml(doc, svgs);
  if (o.formats.includes("html")) {
    const path = join(o.out, `${base}.html`);
    writeAtomic(path, html);
    files.push(path);
  }
  const t4 = performance.now();
  if (o.formats.includes("pdf")) {
    if (chromiumAvailable()) {
      const path = join(o.out, `${base}.pdf`);
      await writePdf(html, path);
      files.push(path);
    } else skipped.push(missingChromium().format());
  }
  const t5 = performance.now();
  const s = (a: number, b: number) => (b - a) / 1000;
  return { files, skipped, seconds: { load: s(t0, t1), facts: s(t1, t2), charts: s(t2, t3), write: s(t3, t4), pdf: s(t4, t5) } };
}
