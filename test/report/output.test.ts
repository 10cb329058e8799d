/**
 * `retro report` as a user runs it: the three formats written atomically, bad options
 * explained, and the HTML opened in Chromium with no console error and every chart drawn.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, chromiumPath, CHROMIUM_ARGS } from "../../src/lib/report/pdf.ts";
import { runCli, tempDir } from "../helpers/archive.ts";
import { FIXTURE, goldenArchive } from "./golden-archive.ts";

let db: string;
let out: string;
let run: ReturnType<typeof runCli>;
const config = join(FIXTURE, "workshop.config.json");

beforeAll(async () => {
  db = await goldenArchive();
  out = tempDir("retro-report-");
  run = runCli(["--db", db, "--config", config, "report", "--edition", "2025", "--out", out]);
}, 90_000);

describe("retro report", () => {
  it("writes Markdown with its charts, self-contained HTML and (with Chromium) a PDF, leaving no temporary file", () => {
    expect(run.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
    expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(out);
    expect(files).toContain("2025-retrospective.md");
    expect(files).toContain("2025-retrospective.html");
    expect(files.filter((f) => f.includes(".tmp-")), "temporary files left behind").toEqual([]);
    const md = readFileSync(join(out, "2025-retrospective.md"), "utf8");
    for (const [, path] of md.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) expect(existsSync(join(out, path)), `chart ${path}`).toBe(true);
    const html = readFileSync(join(out, "2025-retrospective.html"), "utf8");
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    if (chromiumAvailable()) expect(readFileSync(join(out, "2025-retrospective.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    else expect(run.stderr).toContain("Chromium was not found");
  });

  it("explains a bad format or an unknown edition without a stack trace", () => {
    const bad = runCli(["--db", db, "--config", config, "report", "--edition", "2025", "--format", "md,docx", "--out", out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown format: docx');
    expect(bad.stderr).toContain("fix: Use a comma-separated list of md, html, pdf");
    const missing = runCli(["--db", db, "--config", config, "report", "--edition", "2030", "--format", "md", "--out", out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Edition "2030" is not in the archive.');
    expect(missing.stderr).toContain("Use one of: 2024, 2025.");
    expect(missing.stderr).not.toContain("    at ");
  }, 30_000);

  it("without Chromium, writes the other formats and says how to get the PDF", async () => {
    const { goldenConfig } = await import("./golden-archive.ts");
    const { openArchiveReadOnly } = await import("../../src/lib/db/archive.ts");
    const { loadArchiveData } = await import("../../src/lib/views/index.ts");
    const { writeReport } = await import("../../src/lib/report/generate.ts");
    const archive = await openArchiveReadOnly(db);
    const data = await loadArchiveData(archive.conn).finally(() => archive.close());
    const dir = tempDir("retro-nopdf-");
    const saved = process.env.RETRO_CHROMIUM;
    process.env.RETRO_CHROMIUM = "/nonexistent/chromium";
    try {
      const result = await writeReport(data, { edition: "2024", audience: "public", config: goldenConfig(), out: dir, formats: ["html", "pdf"], resamples: 20 });
      expect(readdirSync(dir)).toEqual(["2024-retrospective-public.html"]);
      expect(result.skipped.join("\n")).toContain("Chromium was not found at /nonexistent/chromium, so no PDF was written");
      expect(result.skipped.join("\n")).toContain("apt-get install -y chromium");
    } finally {
      if (saved === undefined) delete process.env.RETRO_CHROMIUM;
      else process.env.RETRO_CHROMIUM = saved;
    }
  });

  it.skipIf(!chromiumAvailable())(`opens in Chromium with no console error and every chart drawn (skipped without ${chromiumPath()})`, async () => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
      await page.goto(`file://${join(out, "2025-retrospective.html")}`);
      const md = readFileSync(join(out, "2025-retrospective.md"), "utf8");
      const charts = [...md.matchAll(/!\[/g)].length;
      expect(charts).toBeGreaterThan(5);
      expect(await page.locator("figure svg").count()).toBe(charts);
      expect(await page.locator("figure svg .mark-rect path, figure svg .mark-symbol path, figure svg .mark-line path").count(), "chart marks").toBeGreaterThan(20);
      expect(await page.locator("h2").count()).toBe(9);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 30_000);
});
