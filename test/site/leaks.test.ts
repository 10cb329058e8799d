/**
 * The public build must not contain any of the sample's reviewer names, reviewer e-mails or
 * titles of papers that were not accepted. The scan runs on `dist/` (public) and, as a check
 * that it can find things, on `dist-chair/` (which must hold the rejected titles). Both come
 * from `npm run build` on the sample archive: .ci/run builds them and then runs this file with
 * RETRO_REQUIRE_SITE=1. Without it (plain `npm test`, where dist/ may be stale or built from
 * another archive) that part is skipped.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleSecrets } from "../../src/lib/sample/index.ts";
import { scanForSecrets, type Secret } from "../../src/lib/site/leaks.ts";
import { tempDir } from "../helpers/archive.ts";

const PUBLIC = process.env.RETRO_PUBLIC_DIST ?? "dist";
const CHAIR = process.env.RETRO_CHAIR_DIST ?? "dist-chair";
const required = process.env.RETRO_REQUIRE_SITE === "1";
const built = (dir: string) => existsSync(join(dir, "papers.html"));

function secrets(): Secret[] {
  const s = sampleSecrets();
  return [
    ...s.reviewerEmails.map((text) => ({ kind: "reviewer e-mail", text })),
    ...s.reviewerNames.map((text) => ({ kind: "reviewer name", text })),
    ...s.unacceptedTitles.map((t) => ({ kind: `${t.status} title (${t.edition} #${t.id})`, text: t.title })),
  ];
}

describe("the leak scanner", () => {
  it("finds a secret as written, JSON-escaped and HTML-escaped, and nothing in a clean folder", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "_file"), { recursive: true });
    writeFileSync(join(dir, "a.html"), "<p>Fast &amp; &quot;Safe&quot; Caches</p>");
    writeFileSync(join(dir, "_file", "b.json"), JSON.stringify({ t: 'Fast & "Safe" Caches', e: "ADA@example.org" }));
    writeFileSync(join(dir, "c.js"), "const clean = 1;");
    const found = scanForSecrets(dir, [
      { kind: "title", text: 'Fast & "Safe" Caches' },
      { kind: "e-mail", text: "ada@example.org" },
      { kind: "name", text: "Nobody Here" },
    ]);
    expect(found.map((f) => `${f.file}:${f.kind}`).sort(), "each form of each secret, in the file that holds it").toEqual(["_file/b.json:e-mail", "_file/b.json:title", "a.html:title"]);
  });
});

if (!required) console.warn("test/site/leaks.test.ts: the scan of the built dashboard is skipped; .ci/run runs it after building from the sample (RETRO_REQUIRE_SITE=1).");

describe.skipIf(!required)("the built dashboard (npm run build, sample archive)", () => {
  it("public dist/ holds no reviewer name, reviewer e-mail or title of a paper that was not accepted", () => {
    expect(built(PUBLIC), `${PUBLIC}/ is missing: run npm run build first`).toBe(true);
    const all = secrets();
    expect(all.length, "the sample has secrets to look for").toBeGreaterThan(100);
    const found = scanForSecrets(PUBLIC, all);
    expect(found.slice(0, 10), `${found.length} secret(s) in the public build`).toEqual([]);
  });

  it("the scan can fail: the chair build (dist-chair/) does show the rejected titles", () => {
    expect(built(CHAIR), `${CHAIR}/ is missing: run npm run build -- --audience chair first`).toBe(true);
    const titles = secrets().filter((s) => !/reviewer/.test(s.kind));
    const found = new Set(scanForSecrets(CHAIR, titles).map((f) => f.text));
    expect(found.size, "every title of a paper that was not accepted is on the chair's Papers page").toBe(new Set(titles.map((t) => t.text)).size);
  });
});
