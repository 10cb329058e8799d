/**
 * The public (and committee) reports of every sample edition, as written to disk (Markdown,
 * chart SVGs, HTML), contain no reviewer name, e-mail or pseudonym, no author, and no title of
 * a paper that was not accepted. The chairs' reports do contain some, which shows that the scan
 * finds them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readConfigFile } from "../../src/lib/config/load.ts";
import { openArchiveReadOnly, queryRows } from "../../src/lib/db/archive.ts";
import { reportDocument, writeReport } from "../../src/lib/report/generate.ts";
import { renderMarkdown } from "../../src/lib/report/markdown.ts";
import { ensureArchive, SAMPLE_DIR } from "../../src/lib/site/prepare.ts";
import { loadArchiveData, type ArchiveData } from "../../src/lib/views/index.ts";
import { tempArchive, tempDir } from "../helpers/archive.ts";

const config = readConfigFile(join(SAMPLE_DIR, "workshop.config.json"));
let data: ArchiveData;
let secrets: Array<{ kind: string; text: string }>;
let rejectedTitles: string[];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

beforeAll(async () => {
  process.env.RETRO_KEY = "privacy-test-key";
  const db = tempArchive();
  await ensureArchive(db, () => {});
  const archive = await openArchiveReadOnly(db);
  try {
    data = await loadArchiveData(archive.conn);
    const people = await queryRows<{ name: string | null; email: string | null }>(archive.conn, `SELECT name, email FROM identities UNION SELECT name, email FROM authors`);
    rejectedTitles = data.submissions.filter((s) => s.status !== "accepted" && s.title.length >= 12).map((s) => s.title);
    secrets = [
      ...people.flatMap((p) => [p.name && p.name.length >= 6 ? { kind: "name", text: p.name } : null, p.email ? { kind: "e-mail", text: p.email } : null]).filter((x): x is { kind: string; text: string } => x !== null),
      ...[...new Set(data.reviews.map((r) => r.reviewer))].map((text) => ({ kind: "reviewer pseudonym", text })),
      ...rejectedTitles.map((text) => ({ kind: "title of a paper not accepted", text })),
    ];
  } finally {
    archive.close();
  }
}, 90_000);

describe("privacy of the sample's shared reports", () => {
  it("has something to look for", () => {
    expect(secrets.filter((s) => s.kind === "name").length, "reviewer and author names").toBeGreaterThan(50);
    expect(secrets.filter((s) => s.kind === "e-mail").length).toBeGreaterThan(50);
    expect(rejectedTitles.length).toBeGreaterThan(20);
  });

  it("public reports (Markdown, charts, HTML) of every edition leak none of it", async () => {
    const out = tempDir("retro-privacy-");
    for (const e of data.editions) await writeReport(data, { edition: e.edition, audience: "public", config, out, formats: ["md", "html"], resamples: 200 });
    const written = files(out);
    expect(written.filter((f) => f.endsWith(".md")).length).toBe(data.editions.length);
    expect(written.filter((f) => f.endsWith(".svg")).length).toBeGreaterThan(data.editions.length * 5);
    for (const file of written) {
      const text = readFileSync(file, "utf8");
      const leaks = secrets.filter((s) => text.includes(s.text) || text.includes(s.text.replace(/&/g, "&amp;").replace(/</g, "&lt;")));
      expect(leaks.map((l) => `${l.kind}: ${l.text}`), file).toEqual([]);
      expect(/\br-[0-9a-f]{12}\b/.test(text), `${file} holds a reviewer pseudonym`).toBe(false);
    }
  }, 60_000);

  it("committee reports leak no identity or rejected title either", () => {
    for (const e of data.editions) {
      const md = renderMarkdown(reportDocument(data, { edition: e.edition, audience: "committee", config, resamples: 50 }).doc);
      const leaks = secrets.filter((s) => md.includes(s.text));
      expect(leaks.map((l) => `${l.kind}: ${l.text}`), `committee report of ${e.edition}`).toEqual([]);
    }
  });

  it("the chairs' reports do name rejected papers (the scan can find them)", () => {
    const found = data.editions.flatMap((e) => {
      const md = renderMarkdown(reportDocument(data, { edition: e.edition, audience: "chair", config, resamples: 50 }).doc);
      return rejectedTitles.filter((t) => md.includes(t.replace(/&/g, "&amp;").replace(/</g, "&lt;")));
    });
    expect(found.length).toBeGreaterThan(0);
  });
});
