/**
 * The report tests' own fixed archive: two small HotCRP editions (test/fixtures/report/archive,
 * generated once and committed) ingested without the classifier, plus frozen classifications,
 * so that neither the sample data nor the classifier can change the golden report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { readConfigFile } from "../../src/lib/config/load.ts";
import type { WorkshopConfig } from "../../src/lib/config/schema.ts";
import { openArchive } from "../../src/lib/db/archive.ts";
import { ingest } from "../../src/lib/ingest/ingest.ts";
import { tempArchive } from "../helpers/archive.ts";

export const FIXTURE = "test/fixtures/report";
export const GOLDEN_KEY = "golden-key";

export function goldenConfig(): WorkshopConfig {
  return readConfigFile(join(FIXTURE, "workshop.config.json"));
}

/** Builds the archive in a temp folder and returns its path. */
export async function goldenArchive(): Promise<string> {
  process.env.RETRO_KEY = GOLDEN_KEY;
  const db = tempArchive();
  const config = goldenConfig();
  for (const edition of ["2024", "2025"]) {
    await ingest({ inputs: [join(FIXTURE, "archive", edition)], edition, db, config, classify: false });
  }
  const rows = parse(readFileSync(join(FIXTURE, "classifications.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>;
  const archive = await openArchive(db);
  try {
    const list = (s: string) => `[${s.split(";").filter(Boolean).map((v) => `'${v.replaceAll("'", "''")}'`).join(", ")}]::TEXT[]`;
    for (const r of rows) {
      await archive.conn.run(
        `INSERT INTO classifications VALUES ($edition, $id, $area, 1.0, $second, $kind, 1.0, ${list(r.challenges)}, ${list(r.methods)}, '{}', 'chair', 'fixture', 'fixture', TIMESTAMP '2025-06-01 00:00:00')`,
        { edition: r.edition, id: r.submission_id, area: r.area, second: r.second_area || null, kind: r.kind } as never,
      );
    }
  } finally {
    archive.close();
  }
  return db;
}
