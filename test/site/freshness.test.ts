/**
 * Freshness: Framework caches loader output by loader file, so the build clears that cache
 * whenever the archive, the audience or the configuration changed since the last build.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/lib/ingest/ingest.ts";
import { refreshLoaderCache } from "../../src/lib/site/prepare.ts";
import { tempArchive, tempDir, testConfig } from "../helpers/archive.ts";

describe("the loader cache", () => {
  it("is cleared after a new ingest and when the audience changes, and kept otherwise", async () => {
    const db = tempArchive();
    const cache = tempDir();
    const cached = join(cache, "data", "overview.json");
    const page = join(cache, "papers.md");
    const fill = () => {
      mkdirSync(join(cache, "data"), { recursive: true });
      writeFileSync(cached, "{}");
      writeFileSync(page, "# Papers");
    };
    await ingest({ inputs: ["test/fixtures/hotcrp/csv"], edition: "2022", db, config: testConfig() });
    expect(await refreshLoaderCache(db, "public", cache), "first build").toBe(true);
    fill();
    expect(await refreshLoaderCache(db, "public", cache), "same archive, same audience").toBe(false);
    expect(existsSync(cached), "the cached output is reused").toBe(true);
    expect(await refreshLoaderCache(db, "chair", cache), "another audience").toBe(true);
    expect(existsSync(cached), "public output is never reused for another audience").toBe(false);
    fill();
    await ingest({ inputs: ["test/fixtures/hotcrp/v3"], edition: "2024", db, config: testConfig() });
    expect(await refreshLoaderCache(db, "chair", cache), "a new ingest").toBe(true);
    expect(existsSync(cached), "stale output is gone").toBe(false);
    expect(existsSync(page), "so is a page loader's (the Papers page names each edition's file)").toBe(false);
  }, 30_000);
});
