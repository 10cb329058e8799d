/**
 * Golden test: the fixed small archive -> the Markdown report, compared with the committed
 * expected files. Regenerate them only on purpose: UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openArchiveReadOnly } from "../../src/lib/db/archive.ts";
import { reportBaseName, reportDocument } from "../../src/lib/report/generate.ts";
import { chartsOf } from "../../src/lib/report/doc.ts";
import { renderMarkdown } from "../../src/lib/report/markdown.ts";
import type { Audience } from "../../src/lib/stats/index.ts";
import { loadArchiveData, type ArchiveData } from "../../src/lib/views/index.ts";
import { FIXTURE, goldenArchive, goldenConfig } from "./golden-archive.ts";

const EXPECTED = join(FIXTURE, "expected");

/** The load date is the day the test runs: the only line that may differ. */
function normalise(md: string): string {
  return md.replace(/loaded on \d+ \w+ \d{4} as ingest/g, "loaded on <date> as ingest");
}

let data: ArchiveData;

beforeAll(async () => {
  const archive = await openArchiveReadOnly(await goldenArchive());
  try {
    data = await loadArchiveData(archive.conn);
  } finally {
    archive.close();
  }
}, 60_000);

describe("golden reports", () => {
  const cases: Array<[string, Audience]> = [
    ["2025", "chair"],
    ["2025", "public"],
    ["2024", "committee"],
  ];
  it.each(cases)("edition %s for the %s audience matches the committed Markdown", (edition, audience) => {
    const { doc } = reportDocument(data, { edition, audience, config: goldenConfig() });
    const base = reportBaseName(edition, audience);
    const ids = new Set(chartsOf(doc).map((c) => c.id));
    const md = normalise(renderMarkdown(doc, (id) => (ids.has(id) ? `${base}-charts/${id}.svg` : null)));
    const file = join(EXPECTED, `${base}.md`);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
      if (process.env.UPDATE_GOLDEN !== "1") throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to create it, then review and commit it`);
      writeFileSync(file, md);
    }
    expect(md, `differs from ${file}; if the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff`).toBe(readFileSync(file, "utf8"));
  });
});
