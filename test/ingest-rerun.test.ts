import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { describeChanges } from "../src/lib/ingest/changes.ts";
import { count, dumpArchive, runCli, tempArchive, tempDir, testConfig } from "./helpers/archive.ts";

const V3 = "test/fixtures/hotcrp/v3";

describe("rerunning ingest", () => {
  it("changes nothing on identical files, and says so", async () => {
    const db = tempArchive();
    await ingest({ inputs: [V3], edition: "2024", db, config: testConfig() });
    const before = await dumpArchive(db);
    const again = await ingest({ inputs: [V3], edition: "2024", db, config: testConfig() });
    expect(again.status).toBe("unchanged");
    expect(await dumpArchive(db)).toEqual(before);
    const cli = runCli(["ingest", V3, "--edition", "2024", "--db", db]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/No change: these files are identical to ingest #1/);
  });

  it("classifies on a rerun of the same files when the first run stopped before its classification committed", async () => {
    // A first ingest stopped after its data commit: the data is there, no classification.
    const db = tempArchive();
    await ingest({ inputs: [V3], edition: "2024", db, config: testConfig(), classify: false });
    expect(await count(db, "SELECT count(*) n FROM classifications")).toBe(0);
    const papers = await count(db, "SELECT count(*) n FROM submissions");
    expect(papers).toBeGreaterThan(0);
    const again = await ingest({ inputs: [V3], edition: "2024", db, config: testConfig() });
    expect(again.status).toBe("unchanged");
    expect(again.status === "unchanged" && again.classification && "classified" in again.classification && again.classification.classified).toBe(papers);
    expect(await count(db, "SELECT count(*) n FROM classifications")).toBe(papers);
    // Now marked done: the next rerun changes nothing at all.
    const before = await dumpArchive(db);
    const third = await ingest({ inputs: [V3], edition: "2024", db, config: testConfig() });
    expect(third.status === "unchanged" && third.classification).toBe(null);
    expect(await dumpArchive(db)).toEqual(before);
  });

  it("reports what a newer export changed and keeps the earlier scores as a snapshot", async () => {
    const db = tempArchive();
    await ingest({ inputs: [V3], edition: "2024", db, config: testConfig() });
    // The "after rebuttal" export: paper 2 gains a score, paper 4 gets a decision,
    // a review is added for paper 4 and a new paper 6 appears.
    const dir = tempDir();
    cpSync(V3, dir, { recursive: true });
    const papers = JSON.parse(readFileSync(join(dir, "ws24-data.json"), "utf8"));
    papers[3] = { ...papers[3], decision: "Accepted (poster)", status: "accept" };
    papers.push({ object: "paper", pid: 6, title: "Late addition", abstract: "x", authors: [], status: "submitted", submitted: true, submitted_at: 1711930000 });
    writeFileSync(join(dir, "ws24-data.json"), JSON.stringify(papers));
    const reviews = readFileSync(join(dir, "ws24-reviews.csv"), "utf8")
      .replace("2,2A,rev1@example.org,,1713200000,1713200000,2,", "2,2A,rev1@example.org,,1713200000,1713200000,3,")
      .concat("4,4B,rev3@example.org,,1713500000,1713500000,4,3,Better after rebuttal.,Accept.,\n");
    writeFileSync(join(dir, "ws24-reviews.csv"), reviews);

    const r = await ingest({ inputs: [dir], edition: "2024", db, config: testConfig() });
    expect(r.status).toBe("written");
    if (r.status !== "written") return;
    expect(r.changes.added).toEqual(["6"]);
    expect(r.changes.decisionChanges).toEqual([{ id: "4", from: "pending", to: "Accepted (poster)" }]);
    expect(r.changes.newReviews).toEqual(["4B"]);
    expect(r.changes.scoreChanges).toEqual([{ review_id: "2A", submission_id: "2", field: "Overall merit", from: 2, to: 3 }]);
    const text = describeChanges(r.changes, "2024").join("\n");
    expect(text).toMatch(/\+ 1 new submission: 6/);
    expect(text).toMatch(/#4 pending -> Accepted \(poster\)/);
    expect(text).toMatch(/#2 2A Overall merit 2 -> 3/);
    expect(await count(db, "SELECT count(*) n FROM score_snapshots WHERE review_id = '2A' AND field = 'Overall merit' AND value = 2"), "the pre-rebuttal score is kept").toBe(1);
    expect(await count(db, "SELECT count(*) n FROM decision_snapshots WHERE submission_id = '4' AND status = 'pending'")).toBe(1);
    expect(await count(db, "SELECT count(*) n FROM reviews WHERE edition = '2024'")).toBe(6);
    expect(await count(db, "SELECT count(*) n FROM ingests"), "both loads recorded").toBe(2);
    expect(await count(db, "SELECT count(*) n FROM ingest_files WHERE ingest_id = 2"), "provenance of every file").toBe(2);
  });

  it("loads again when the configuration changes what the same files mean", async () => {
    const db = tempArchive();
    await ingest({ inputs: ["test/fixtures/hotcrp/v2"], edition: "2023", db, config: testConfig() });
    const again = await ingest({ inputs: ["test/fixtures/hotcrp/v2"], edition: "2023", db, config: testConfig({ scores: { letter_scales: { "Overall merit": "A-E" } } }) });
    expect(again.status).toBe("written");
    if (again.status === "written") expect(again.changes.scoreChanges.map((c) => [c.review_id, c.from, c.to])).toEqual([["7A", 3, 4], ["7B", 4, 5], ["8A", 1, 2]]);
  });

  it("leaves other editions alone", async () => {
    const db = tempArchive();
    await ingest({ inputs: ["test/fixtures/hotcrp/csv"], edition: "2022", db, config: testConfig() });
    await ingest({ inputs: [V3], edition: "2024", db, config: testConfig() });
    await ingest({ inputs: ["test/fixtures/hotcrp/v2"], edition: "2024", db, config: testConfig() });
    expect(await count(db, "SELECT count(*) n FROM submissions WHERE edition = '2022'")).toBe(3);
    expect(await count(db, "SELECT count(*) n FROM submissions WHERE edition = '2024'"), "2024 replaced by the new files").toBe(2);
    expect(await count(db, "SELECT count(*) n FROM editions")).toBe(2);
  });
});
