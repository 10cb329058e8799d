/**
 * The dashboard's Report page: the same report as `retro report`, for the build's audience, as
 * HTML bodies (charts inlined as SVG) per edition, oldest first.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { WorkshopConfig } from "../config/schema.ts";
import type { Audience } from "../stats/index.ts";
import { loadArchiveData } from "../views/index.ts";
import { renderCharts, reportDocument } from "./generate.ts";
import { renderHtmlBody } from "./html.ts";

export interface ReportPage {
  audience: Audience;
  k: number;
  editions: Array<{ edition: string; title: string; html: string }>;
}

export async function reportPage(conn: DuckDBConnection, audience: Audience, config: WorkshopConfig): Promise<ReportPage> {
  const data = await loadArchiveData(conn);
  const editions = [];
  for (const e of data.editions) {
    const { doc } = reportDocument(data, { edition: e.edition, audience, config });
    editions.push({ edition: e.edition, title: doc.title, html: renderHtmlBody(doc, await renderCharts(doc)) });
  }
  return { audience, k: config.privacy.k, editions };
}
