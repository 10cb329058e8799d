/**
 * `npm run bench -- site`: the dashboard over five conference-scale editions (20,000
 * submissions and 100,000 reviews each). Times a cold public build (target < 60 s), measures
 * the data each page ships, gzip-compressed (target <= 2 MB a page), and, in Chromium, how long
 * a filter change takes to re-render (target < 100 ms). The archive is made once and reused.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { parseConfig } from "../src/lib/config/load.ts";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { writeConferenceHotcrp } from "../src/lib/sample/index.ts";

const OUT = resolve("bench/output/site");
const DB = join(OUT, "site.duckdb");
const DIST = join(OUT, "dist");
const YEARS = [2022, 2023, 2024, 2025, 2026];
const TARGET = { buildSeconds: 60, pageBytes: 2 * 1024 * 1024, filterMs: 100 };

const config = parseConfig(
  { editions: YEARS.map((y) => ({ id: String(y), year: y, submission_deadline: `${y}-03-27T23:59:00-12:00`, review_deadline: `${y}-05-08T23:59:00-12:00`, notification: `${y}-05-29T23:59:00-12:00` })) },
  "bench",
);

async function prepare(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  process.env.RETRO_KEY ??= "bench-key";
  if (existsSync(`${DB}.complete`)) return;
  for (const f of [DB, `${DB}.wal`]) rmSync(f, { force: true });
  for (const year of YEARS) {
    const t0 = performance.now();
    const dir = join(OUT, `export-${year}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeConferenceHotcrp(dir, { seed: year, submissions: 20_000, reviewsPerPaper: 5, year });
    const r = await ingest({ inputs: [dir], edition: String(year), db: DB, config, classify: true });
    rmSync(dir, { recursive: true, force: true });
    console.log(`edition ${year}: ${r.status === "written" ? `${r.changes.counts.submissions} submissions, ${r.changes.counts.reviews} reviews` : r.status} generated, ingested and classified in ${((performance.now() - t0) / 1000).toFixed(1)} s (not timed)`);
  }
  writeFileSync(`${DB}.complete`, "");
}

/** A build through `npm run build` (its loader cache is cleared: the archive differs from the last build). */
function build(audience: string): number {
  const t0 = performance.now();
  const r = spawnSync("npx", ["tsx", "scripts/build.ts", "--audience", audience], {
    env: { ...process.env, RETRO_DB: DB, RETRO_SITE_OUT: join(DIST, audience), RETRO_KEY: process.env.RETRO_KEY },
    encoding: "utf8",
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`the ${audience} build failed:\n${(r.stderr + r.stdout).split("\n").slice(-15).join("\n")}`);
  return seconds;
}

/** Data files each page references, gzip-compressed. */
function pageSizes(dir: string): Array<{ page: string; files: number; raw: number; gzip: number }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => {
      const html = readFileSync(join(dir, f), "utf8");
      const files = [...new Set([...html.matchAll(/_file\/data\/[^"']+/g)].map((m) => m[0]))];
      let raw = 0;
      let gzip = 0;
      for (const file of files) {
        const body = readFileSync(join(dir, file));
        raw += body.length;
        gzip += gzipSync(body).length;
      }
      return { page: f.replace(/\.html$/, ""), files: files.length, raw, gzip };
    });
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

async function measureFilters(dir: string): Promise<Array<{ what: string; ms: number[] }>> {
  const server = createServer((req, res) => {
    let file = join(dir, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-dev-shm-usage"] });
  const results: Array<{ what: string; ms: number[] }> = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx names the functions passed to evaluate() with a helper that the page does not have.
    await page.addInitScript("window.__name = (f) => f");
    await page.goto(`${base}/papers`, { waitUntil: "networkidle" });
    await page.locator(".retro-edition select").selectOption({ label: "All editions" });
    await page.waitForTimeout(1500);
    const words = ["learned", "cache", "scheduler", "kernel", "query", "tuning", "placement"];
    results.push({ what: "Papers: search over all editions (table re-rendered)", ms: await timeChanges(page, words, (w) => setInput(page, 'input[placeholder^="Search titles"]', w), ".retro-table-foot .muted") });
    await page.goto(`${base}/acceptance`, { waitUntil: "networkidle" });
    await page.locator(".retro-edition select").selectOption({ label: "All editions" });
    await page.waitForTimeout(1500);
    const dims = ["Kind", "Practical challenge", "ML method", "Country", "Area", "Kind", "ML method"];
    results.push({ what: "Acceptance: dimension radio (chart re-drawn)", ms: await timeChanges(page, dims, (d) => clickLabel(page, d), ".retro-chart svg") });
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

async function setInput(page: Page, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ({ selector, value }) => {
      const input = document.querySelector(selector) as HTMLInputElement;
      input.value = value;
      (window as unknown as { __t0: number }).__t0 = performance.now();
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    { selector, value },
  );
}

async function clickLabel(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const label = Array.from(document.querySelectorAll("label")).find((l) => l.textContent?.trim() === text);
    const input = label?.querySelector("input") ?? null;
    (window as unknown as { __t0: number }).__t0 = performance.now();
    input?.click();
  }, text);
}

/** For each change: time from the input event until `watch` shows new content and a frame is painted. */
async function timeChanges<T>(page: Page, values: T[], change: (v: T) => Promise<void>, watch: string): Promise<number[]> {
  const out: number[] = [];
  for (const v of values) {
    const before = await page.evaluate((w) => (document.querySelector(w) as Element | null)?.outerHTML ?? "", watch);
    await page.evaluate((w) => {
      (window as unknown as { __el: Element | null }).__el = document.querySelector(w);
    }, watch);
    await change(v);
    const ms = await page.evaluate(
      ({ w, before }) =>
        new Promise<number>((done) => {
          const t0 = (window as unknown as { __t0: number }).__t0;
          const poll = () => {
            const el = document.querySelector(w);
            if (el && el.outerHTML !== before) requestAnimationFrame(() => done(performance.now() - t0));
            else if (performance.now() - t0 > 10_000) done(Number.NaN);
            else requestAnimationFrame(poll);
          };
          poll();
        }),
      { w: watch, before },
    );
    out.push(ms);
    await page.waitForTimeout(300);
  }
  return out;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  await prepare();
  for (const audience of ["public", "chair"]) {
    const seconds = build(audience);
    console.log(`\n${audience} build (cold loader cache): ${seconds.toFixed(1)} s   target < ${TARGET.buildSeconds} s: ${seconds < TARGET.buildSeconds ? "ok" : "MISSED"}`);
    const sizes = pageSizes(join(DIST, audience));
    for (const s of sizes) console.log(`  ${s.page.padEnd(12)} ${String(s.files).padStart(2)} data file(s)  ${mb(s.raw).padStart(9)} raw  ${mb(s.gzip).padStart(9)} gzip  ${s.gzip <= TARGET.pageBytes ? "ok" : "MISSED (> 2 MB)"}`);
    const filters = await measureFilters(join(DIST, audience));
    for (const f of filters) console.log(`  ${f.what}: median ${median(f.ms).toFixed(0)} ms, max ${Math.max(...f.ms).toFixed(0)} ms over ${f.ms.length} changes   target < ${TARGET.filterMs} ms: ${median(f.ms) < TARGET.filterMs ? "ok" : "MISSED"}`);
  }
  console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (2 cores shared with other sessions: wall times are pessimistic)`);
}
