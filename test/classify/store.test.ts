/** Archive integration: the classifications table, chair labels that win and persist, the labels CSV, agreement. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { agreementReport } from "../../src/lib/classify/agreement.ts";
import { classifyEdition, exportLabels, importLabels, inTransaction, recordChairLabel } from "../../src/lib/classify/store.ts";
import { appendRecords } from "../../src/lib/db/append.ts";
import { openMemoryArchive, queryRows, type Archive } from "../../src/lib/db/archive.ts";
import { testConfig } from "../helpers/archive.ts";

const config = testConfig();
const PAPERS: Array<[string, string, string]> = [
  ["1", "Learned cardinality estimation in PostgreSQL", "A neural network estimates query selectivities for the query optimizer."],
  ["2", "Deploying learned congestion control in production", "We deployed a reinforcement learning congestion controller for TCP on our CDN; lessons learned."],
  ["3", "Autotuning tensor programs", "A learned cost model guides schedule search in a deep learning compiler."],
  ["4", "Chip placement with reinforcement learning", "Macro placement on a chip canvas with a graph neural network policy."],
];

function submission(edition: string, id: string, title: string, abstract: string) {
  return { edition, id, title, abstract, keywords: [], topics: [], status: "pending", decision: null, presentation: null, track: null, submitted_at: null, modified_at: null };
}

async function rows(a: Archive, edition = "2023") {
  return queryRows<{ submission_id: string; area: string; kind: string; source: string; area_confidence: number; challenges: string[]; evidence: string; text_hash: string }>(
    a.conn,
    `SELECT submission_id, area, kind, source, area_confidence, challenges, CAST(evidence AS VARCHAR) AS evidence, text_hash FROM classifications WHERE edition = $e ORDER BY submission_id`,
    { e: edition },
  );
}

let archive: Archive;
beforeEach(async () => {
  archive = await openMemoryArchive();
  await appendRecords(archive.conn, "submissions", PAPERS.map(([id, t, a]) => submission("2023", id, t, a)));
});
afterEach(() => archive.close());

describe("classifyEdition", () => {
  it("writes one row per submission with labels, confidences and evidence", async () => {
    const r = await classifyEdition(archive.conn, "2023", config);
    expect(r.classified).toBe(4);
    const got = await rows(archive);
    expect(got.map((x) => x.area)).toEqual(["Databases", "Network Systems", "Compilers", "Computer Architecture"]);
    expect(got[1].kind, "the deployment paper").toBe("deployment");
    for (const x of got) {
      expect(x.source).toBe("model");
      const evidence = JSON.parse(x.evidence);
      expect(evidence.area.length, `evidence of ${x.submission_id}`).toBeGreaterThan(0);
      expect(evidence.model.area, "the model's own answer is kept").toBe(x.area);
    }
  });

  it("skips unchanged papers, reclassifies changed ones, and drops papers that left the edition", async () => {
    await classifyEdition(archive.conn, "2023", config);
    const again = await classifyEdition(archive.conn, "2023", config);
    expect([again.classified, again.unchanged], "nothing changed").toEqual([0, 4]);
    await archive.conn.run(`UPDATE submissions SET title = 'Learned index structures for key-value stores' WHERE id = '3'`);
    await archive.conn.run(`DELETE FROM submissions WHERE id = '4'`);
    const changed = await classifyEdition(archive.conn, "2023", config);
    expect([changed.classified, changed.unchanged]).toEqual([1, 2]);
    const got = await rows(archive);
    expect(got.map((x) => x.submission_id), "paper 4 is gone").toEqual(["1", "2", "3"]);
    expect(got[2].area, "the changed paper").toBe("Databases");
    expect((await classifyEdition(archive.conn, "2023", config, { force: true })).classified, "--force").toBe(3);
  });
});

describe("chair labels", () => {
  it("win over the model, survive reclassification and a re-ingest, and train the model", async () => {
    const before = await classifyEdition(archive.conn, "2023", config);
    await recordChairLabel(archive.conn, config, "2023", "3", { area: "code modeling", kind: "Position", challenges: "reliability; explainability" });
    let got = (await rows(archive))[2];
    expect([got.area, got.kind, got.source, got.area_confidence], "applied at once").toEqual(["Code Modeling", "position", "chair", 1]);
    expect(got.challenges).toEqual(["reliability", "explainability"]);

    const r = await classifyEdition(archive.conn, "2023", config, { force: true });
    expect(r.chairLabelled).toBe(1);
    // A re-ingest replaces the submissions; chair_labels is not an edition table.
    await archive.conn.run(`DELETE FROM submissions WHERE edition = '2023'`);
    await appendRecords(archive.conn, "submissions", PAPERS.map(([id, t, a]) => submission("2023", id, t, a)));
    await classifyEdition(archive.conn, "2023", config);
    got = (await rows(archive))[2];
    expect([got.area, got.kind, got.source], "after reclassification and re-ingest").toEqual(["Code Modeling", "position", "chair"]);
    expect(JSON.parse(got.evidence).chair).toEqual(["area", "kind", "challenges"]);
    expect(r.modelVersion, "the chair label is part of the training data").not.toBe(before.modelVersion);
  });

  it("reject unknown labels and unknown papers with the valid choices", async () => {
    await expect(recordChairLabel(archive.conn, config, "2023", "1", { area: "Quantum" })).rejects.toThrow(/Unknown area "Quantum"/);
    await expect(recordChairLabel(archive.conn, config, "2023", "1", { kind: "tutorial" })).rejects.toThrow(/Unknown kind/);
    await expect(recordChairLabel(archive.conn, config, "2023", "99", { area: "Databases" })).rejects.toThrow(/No submission "99"/);
    expect(await queryRows(archive.conn, `SELECT * FROM chair_labels`), "nothing recorded").toEqual([]);
  });

  it("round-trip through the labels CSV, and a bad file changes nothing", async () => {
    await classifyEdition(archive.conn, "2023", config);
    await recordChairLabel(archive.conn, config, "2023", "1", { area: "Databases", kind: "research", methods: "deep learning" });
    const csv = await exportLabels(archive.conn);
    expect(csv).toBe("edition,id,area,second_area,kind,challenges,methods\n2023,1,Databases,,research,,deep learning\n");
    const all = await exportLabels(archive.conn, { all: true });
    expect(all.trim().split("\n").length, "one row per submission").toBe(5);

    const edited = "edition,id,area,second_area,kind,challenges,methods,note\n2023,1,Databases,Distributed Systems,,none,,checked\n2023,2,Network Systems,,deployment,rollout integration,reinforcement learning,\n";
    const summary = await inTransaction(archive.conn, () => importLabels(archive.conn, config, edited, "labels.csv"));
    expect(summary.rows).toBe(2);
    const after = await exportLabels(archive.conn);
    expect(after).toBe(
      "edition,id,area,second_area,kind,challenges,methods\n2023,1,Databases,Distributed Systems,,none,\n2023,2,Network Systems,,deployment,rollout integration,reinforcement learning\n",
    );

    const bad = "edition,id,area\n2023,1,Other\n2023,2,Networking\n";
    await expect(importLabels(archive.conn, config, bad, "labels.csv")).rejects.toThrow(/Unknown area "Networking"/);
    try {
      await importLabels(archive.conn, config, bad, "labels.csv");
    } catch (e) {
      expect((e as { location: object }).location, "names file, row and column").toEqual({ file: "labels.csv", row: 2, column: "area" });
    }
    expect(await exportLabels(archive.conn), "unchanged by the bad file").toBe(after);
  });

  it("report agreement between the model and the chairs per field, cross-validated", async () => {
    const empty = await agreementReport(archive.conn, config);
    expect(empty.papers).toBe(0);
    await recordChairLabel(archive.conn, config, "2023", "1", { area: "Databases", kind: "research" });
    await recordChairLabel(archive.conn, config, "2023", "2", { area: "Network Systems", kind: "deployment" });
    await recordChairLabel(archive.conn, config, "2023", "3", { area: "Security", kind: "research" });
    const report = await agreementReport(archive.conn, config, { folds: 3 });
    const area = report.fields.find((f) => f.field === "area")!;
    expect([report.papers, area.labelled, area.agree], "the model agrees on 2 of 3 areas").toEqual([3, 3, 2]);
    expect(report.fields.find((f) => f.field === "challenges")!.labelled, "no chair labelled challenges").toBe(0);
  });
});
