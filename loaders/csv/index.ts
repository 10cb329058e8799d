/**
 * The generic column-mapped CSV adapter (system "csv"): a spreadsheet a chair keeps, or a
 * scrape. The configuration's `csv` section says which column holds which field; a list of
 * ratings ("8, 8, 6") becomes one anonymous review per rating.
 */
import { open } from "node:fs/promises";
import { RetroError } from "../../src/lib/errors.ts";
import { emptyEditionData } from "../../src/lib/model/records.ts";
import { parseHeader, readCsv } from "../common/csv.ts";
import type { Adapter } from "../types.ts";
import { resolveColumns } from "./columns.ts";
import { detectMappedCsv } from "./detect.ts";
import { readMappedRows } from "./rows.ts";

export const genericCsv: Adapter = {
  system: "csv",
  detect: detectMappedCsv,
  async parse(files, ctx) {
    const mapping = ctx.config.csv;
    if (!mapping) {
      throw new RetroError(
        'The generic CSV adapter needs a "csv" column mapping in the configuration.',
        'Add e.g. "csv": { "id": "paper_id", "title": "title", "decision": "decision", "ratings": "ratings" } to workshop.config.json (column names as in the header row).',
        { file: files.map((f) => f.display).join(", ") },
      );
    }
    const out = emptyEditionData();
    const seen = new Map<string, string>();
    for (const file of files) {
      const header = parseHeader(await firstLine(file.path), file.display);
      const columns = resolveColumns(mapping, header, file);
      const table = await readCsv(ctx.scratch, file, header);
      ctx.countRows(file, table.rows.length);
      readMappedRows(table.rows, columns, mapping, file, ctx, seen, out);
    }
    return out;
  },
};

async function firstLine(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0];
  } finally {
    await handle.close();
  }
}
