/**
 * The committed sample, ingested the way `npm start` does it (ensureArchive on data/sample):
 * every edition, whatever system exported it, gives back exactly what the generator planned.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countWords } from "../loaders/common/people.ts";
import { planSample, sampleCounts, sampleSubmissions, type SampleEditionCounts } from "../src/lib/sample/index.ts";
import { exportedId } from "../src/lib/sample/systems.ts";
import { ensureArchive } from "../src/lib/site/prepare.ts";
import { rows, tempArchive } from "./helpers/archive.ts";

let db: string;
const log: string[] = [];

beforeAll(async () => {
  db = tempArchive();
  expect(await ensureArchive(db, (m) => log.push(m))).toBe("sample");
}, 60_000);
afterAll(() => rmSync(dirname(db), { recursive: true, force: true }));

/** An edition's counts as the archive has them (the system as stored text). */
type EditionRow = Omit<SampleEditionCounts, "system"> & { system: string };

describe("the sample archive", () => {
  it("holds editions from HotCRP, OpenReview, EasyChair and CMT", async () => {
    const editions = await rows<{ edition: string; system: string }>(db, "SELECT edition, system FROM editions ORDER BY edition");
    expect(editions.map((e) => `${e.edition}:${e.system}`)).toEqual(["2022:hotcrp", "2023:hotcrp", "2024:openreview", "2025:easychair", "2026:cmt"]);
    expect(new Set(editions.map((e) => e.system)).size, "systems").toBeGreaterThanOrEqual(3);
    expect(log, "one line per loaded edition").toHaveLength(5);
  });

  it("has, for every edition, exactly the generator's submissions, decisions and reviews", async () => {
    const got = await rows<EditionRow>(
      db,
      `SELECT e.edition, e.system,
         (SELECT count(*)::INT FROM submissions s WHERE s.edition = e.edition) AS submissions,
         (SELECT count(*)::INT FROM submissions s WHERE s.edition = e.edition AND status = 'accepted') AS accepted,
         (SELECT count(*)::INT FROM submissions s WHERE s.edition = e.edition AND status = 'rejected') AS rejected,
         (SELECT count(*)::INT FROM submissions s WHERE s.edition = e.edition AND status = 'desk_rejected') AS desk_rejected,
         (SELECT count(*)::INT FROM submissions s WHERE s.edition = e.edition AND status = 'withdrawn') AS withdrawn,
         (SELECT count(*)::INT FROM submissions s WHERE s.edition = e.edition AND presentation = 'oral') AS oral,
         (SELECT count(*)::INT FROM submissions s WHERE s.edition = e.edition AND presentation = 'poster') AS poster,
         (SELECT count(*)::INT FROM reviews r WHERE r.edition = e.edition) AS reviews,
         (SELECT count(DISTINCT reviewer)::INT FROM reviews r WHERE r.edition = e.edition) AS reviewers
       FROM editions e ORDER BY e.edition`,
    );
    const expected = sampleCounts().map((c) =>
      // OpenReview shows reviewers only as per-paper anonymous signatures: one pseudonym per review.
      c.system === "openreview" ? { ...c, reviewers: c.reviews } : c,
    );
    expect(got).toEqual(expected);
  });

  it("keeps every submission's id (as its system exports it), title and topics", async () => {
    const got = await rows<{ edition: string; id: string; title: string; topics: string[] }>(db, "SELECT edition, id, title, topics FROM submissions");
    const key = (s: { edition: string; id: string }) => `${s.edition}/${s.id}`;
    const byKey = new Map(got.map((s) => [key(s), s]));
    const planned = sampleSubmissions();
    expect(got.length).toBe(planned.length);
    for (const p of planned) {
      const s = byKey.get(key(p));
      expect(s, `${key(p)} in the archive`).toBeDefined();
      expect(s!.title, `${key(p)} title`).toBe(p.title);
      expect([...s!.topics], `${key(p)} topics`).toEqual(p.topics);
    }
  });

  it("gives every paper its reviews' overall scores, and every edition its review length", async () => {
    const got = await rows<{ edition: string; submission_id: string; overall: number; words: number }>(db, "SELECT edition, submission_id, overall, words FROM reviews");
    for (const { id: edition, spec, papers } of planSample()) {
      const scores = (list: Array<{ id: string; overall: number }>) => list.map((r) => `${r.id}:${r.overall}`).sort();
      const archived = got.filter((r) => r.edition === edition);
      const planned = papers.flatMap((p) => p.reviews.map((r) => ({ id: exportedId(spec, p), overall: r.overall })));
      expect(scores(archived.map((r) => ({ id: r.submission_id, overall: r.overall }))), `${edition} overall scores by paper`).toEqual(scores(planned));
      const words = papers.reduce((n, p) => n + p.reviews.reduce((m, r) => m + countWords(r.summary) + countWords(r.forAuthors), 0), 0);
      expect(archived.reduce((n, r) => n + r.words, 0), `${edition} words the authors saw`).toBe(words);
    }
  });

  it("times every review as the generator did, wherever the export carries review times", async () => {
    const got = await rows<{ edition: string; submission_id: string; at: number | null }>(db, "SELECT edition, submission_id, epoch(submitted_at)::BIGINT AS at FROM reviews");
    for (const { id: edition, spec, papers } of planSample()) {
      if (spec.format === "web") {
        expect(got.filter((r) => r.edition === edition).every((r) => r.at === null), "HotCRP's web reviews CSV has no times").toBe(true);
        continue;
      }
      // EasyChair writes minutes: times agree to the minute. The CMT adapter takes a review's
      // time from "Last Modified" (an edit during the discussion counts), so 2026 has the edit times.
      const minute = (t: number) => (spec.format === "easychair" ? Math.floor(t / 60) : t);
      const times = (list: Array<{ id: string; at: number }>) => list.map((r) => `${r.id}@${minute(r.at)}`).sort();
      const planned = papers.flatMap((p) => p.reviews.map((r) => ({ id: exportedId(spec, p), at: spec.format === "cmt" ? r.modifiedAt : r.submittedAt })));
      const archived = got.filter((r) => r.edition === edition).map((r) => ({ id: r.submission_id, at: Number(r.at) }));
      expect(times(archived), `${edition} review submission times`).toEqual(times(planned));
    }
  });

  it("is left alone by a second start (every edition unchanged)", async () => {
    const again: string[] = [];
    expect(await ensureArchive(db, (m) => again.push(m))).toBe("sample");
    expect(again, "nothing reloaded").toEqual([]);
  });
});
