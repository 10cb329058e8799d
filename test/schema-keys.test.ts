// Record keys are checked before writing (with a clear error), and a version 1 archive (primary
// keys on authors, reviews, review_scores, review_texts) is upgraded in place, data intact.
import { describe, expect, it } from "vitest";
import { DuckDBInstance } from "@duckdb/node-api";
import { openArchive, queryRows } from "../src/lib/db/archive.ts";
import { DDL, KEYS_CHECKED_BEFORE_WRITE, SCHEMA_VERSION } from "../src/lib/model/ddl.ts";
import { emptyEditionData } from "../src/lib/model/records.ts";
import { checkKeys } from "../src/lib/ingest/validate.ts";
import { isRetroError } from "../src/lib/errors.ts";
import { tempArchive } from "./helpers/archive.ts";

const review = (id: string) => ({ edition: "2024", submission_id: "1", review_id: id, reviewer: "r-0123456789ab", round: null, overall: 3, confidence: 2, submitted_at: null, words: 10 });
const score = (id: string, field: string) => ({ edition: "2024", review_id: id, field, value: 3, label: null });

describe("record keys", () => {
  it("accepts distinct keys and names the duplicate otherwise", () => {
    const data = emptyEditionData();
    data.reviews.push(review("1A"), review("1B"));
    data.scores.push(score("1A", "Overall merit"), score("1A", "Expertise"), score("1B", "Overall merit"));
    expect(() => checkKeys(data, "reviews.csv")).not.toThrow();
    data.scores.push(score("1B", "Overall merit"));
    let error: unknown;
    try {
      checkKeys(data, "reviews.csv");
    } catch (e) {
      error = e;
    }
    expect(isRetroError(error)).toBe(true);
    expect((error as Error).message).toContain('Duplicate score: review_id "1B", field "Overall merit" appears twice');
  });

  it("upgrades a version 1 archive: same rows, version 2, no primary keys left on the checked tables", async () => {
    const path = tempArchive();
    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    for (const [table, ddl] of Object.entries(DDL)) {
      const keys = KEYS_CHECKED_BEFORE_WRITE[table as keyof typeof KEYS_CHECKED_BEFORE_WRITE];
      await conn.run(keys ? ddl.replace(/\n  \)$/, `,\n    PRIMARY KEY (${keys.join(", ")})\n  )`) : ddl);
    }
    await conn.run(`INSERT INTO meta VALUES ('schema_version', '1')`);
    await conn.run(`INSERT INTO reviews VALUES ('2024', '1', '1A', 'r-0123456789ab', NULL, 3, 2, NULL, 10)`);
    await conn.run(`INSERT INTO review_scores VALUES ('2024', '1A', 'Overall merit', 3, NULL)`);
    const before = await conn.runAndReadAll(`SELECT count(*)::INT FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' AND table_name IN ('authors', 'reviews', 'review_scores', 'review_texts')`);
    expect(before.getRowsJS()[0][0]).toBe(4);
    conn.closeSync();
    instance.closeSync();

    const archive = await openArchive(path);
    try {
      expect(await queryRows(archive.conn, `SELECT value FROM meta WHERE key = 'schema_version'`)).toEqual([{ value: String(SCHEMA_VERSION) }]);
      expect(await queryRows(archive.conn, `SELECT review_id, overall, words FROM reviews`)).toEqual([{ review_id: "1A", overall: 3, words: 10 }]);
      expect(await queryRows(archive.conn, `SELECT field, value FROM review_scores`)).toEqual([{ field: "Overall merit", value: 3 }]);
      const after = await queryRows<{ n: number }>(archive.conn, `SELECT count(*)::INT AS n FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' AND table_name IN ('authors', 'reviews', 'review_scores', 'review_texts')`);
      expect(after[0].n).toBe(0);
    } finally {
      archive.close();
    }
  });
});
