import { describe, expect, it } from "vitest";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { openArchiveReadOnly } from "../src/lib/db/archive.ts";
import { overviewData } from "../src/lib/site/overview.ts";
import { tempArchive, testConfig } from "./helpers/archive.ts";

describe("the Overview page's data", () => {
  it("gives each edition its funnel, acceptance with a Wilson interval, reviewing volume and deployment share", async () => {
    const db = tempArchive();
    await ingest({ inputs: ["test/fixtures/hotcrp/csv"], edition: "2022", db, config: testConfig() });
    await ingest({ inputs: ["test/fixtures/hotcrp/v3"], edition: "2024", db, config: testConfig() });
    const archive = await openArchiveReadOnly(db);
    try {
      const rows = await overviewData(archive.conn);
      expect(rows.map((r) => r.edition), "editions in year order").toEqual(["2022", "2024"]);
      const e2024 = rows[1];
      expect(e2024).toMatchObject({ submitted: 4, accepted: 1, rejected: 1, withdrawn: 1, pending: 1, reviews: 5, reviewers: 3 });
      // Accepted among decided papers (pending excluded): 1 of 3, Wilson 95% [0.0615, 0.7923].
      expect(e2024.acceptanceRate).toBeCloseTo(1 / 3, 6);
      expect(e2024.acceptanceLow).toBeCloseTo(0.0615, 3);
      expect(e2024.acceptanceHigh).toBeCloseTo(0.7923, 3);
      expect(e2024.reviewsPerPaper, "5 reviews over 3 reviewed papers").toBeCloseTo(5 / 3, 6);
      expect(e2024.deploymentShare, "every paper is classified on ingest").not.toBeNull();
    } finally {
      archive.close();
    }
  });
});
