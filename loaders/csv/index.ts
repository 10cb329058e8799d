/**
 * The generic column-mapped CSV adapter (system "csv"): a spreadsheet a chair keeps, or a
 * scrape. The configuration's `csv` section says which column holds which field; a list of
 * ratings ("8, 8, 6") becomes one anonymous review per rating.
 */

import { RetroError } from "../../src/lib/errors.ts";
import { emptyEditionData } from "../../src/lib/model/records.ts";
import { parseHeader, readCsv, readFirstLine } from "../common/csv.ts";
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
      const header = parseHeader(await readFirstLine(file.path), file.display);
      const columns = resolveColumns(mapping, header, file);
      const table = await readCsv(ctx.scratch, file, header);
      ctx.countRows(file, table.rows.length);
      readMappedRows(table.rows, columns, mapping, file, ctx, seen, out);
    }
    return out;
  },
};

