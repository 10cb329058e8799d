import { describe, expect, it } from "vitest";
import { openMemoryArchive, queryRows } from "../src/lib/db/archive.ts";
import { Edition, Identity, RECORD_TABLES } from "../src/lib/model/records.ts";
import { EDITION_TABLES } from "../src/lib/model/ddl.ts";

describe("the canonical model", () => {
  it("has the same columns, in the same order, in zod and in the DuckDB DDL", async () => {
    const archive = await openMemoryArchive();
    try {
      const tables = { ...RECORD_TABLES, editions: Edition, identities: Identity };
      for (const [table, schema] of Object.entries(tables)) {
        const cols = await queryRows<{ name: string }>(archive.conn, `SELECT column_name AS name FROM information_schema.columns WHERE table_name = $t ORDER BY ordinal_position`, { t: table });
        expect(cols.map((c) => c.name), table).toEqual(Object.keys(schema.shape));
      }
    } finally {
      archive.close();
    }
  });

  it("replaces exactly the per-edition tables on ingest", () => {
    expect([...EDITION_TABLES].sort()).toEqual(Object.keys(RECORD_TABLES).sort());
  });

  it("refuses a reviewer that is not a pseudonym", () => {
    const review = { edition: "2024", submission_id: "1", review_id: "1A", round: null, overall: 4, confidence: 3, submitted_at: null, words: 10 };
    expect(RECORD_TABLES.reviews.safeParse({ ...review, reviewer: "r-0123456789ab" }).success).toBe(true);
    expect(RECORD_TABLES.reviews.safeParse({ ...review, reviewer: "jane@example.org" }).success).toBe(false);
  });
});
