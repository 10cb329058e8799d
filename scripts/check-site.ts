/**
 * Browser checks of built dashboards in headless Chromium (Debian's, via playwright-core;
 * never a browser download). Usage: tsx scripts/check-site.ts [--xss] [dir ...] (default dist).
 *
 * For every page of every site: no console error, no failed request, every chart rendered as
 * SVG marks, and the confidential banner plus noindex exactly on chair and committee builds.
 * On the Overview, changing the edition selector changes the headline numbers; on Papers, a
 * search narrows the table. With --xss, a tiny archive whose accepted titles carry <script>
 * and <img onerror> is built as a public site and its titles must show as text and run nothing.
 * Screenshots of every page go to test/output/screenshots/. Ends with "site checks: N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, relative, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { parseConfig } from "../src/lib/config/load.ts";
import { ingest } from "../src/lib/ingest/ingest.ts";

const args = process.argv.slice(2);
const xss = args.includes("--xss");
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length === 0 && !xss) dirs.push("dist");
const shots = resolve("test/output/screenshots");
/** With RETRO_DOCS_SCREENSHOTS=docs/screenshots, the chair pages' first screen (1280 x 1000) is saved there for the README. */
const docs = process.env.RETRO_DOCS_SCREENSHOTS ? resolve(process.env.RETRO_DOCS_SCREENSHOTS) : null;
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".csv": "text/csv" };
const MARKS = ".mark-rect path, .mark-symbol path, .mark-rule line, .mark-line path, .mark-area path, .mark-text text";
export const XSS_TITLE = `Lessons <script>window.__xss = 1</script> from <img src="x" onerror="window.__xss = 2"> Deployment`;

let passed = 0;
let failed = 0;
function check(name: string, problems: string[]): void {
  if (problems.length === 0) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}`);
    for (const p of problems.slice(0, 8)) console.log(`       ${p}`);
  }
}

function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    let file = join(root, url);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return void res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** Opens a page, collecting console errors, page errors and failed requests. */
async function open(browser: Browser, url: string, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on("dialog", (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: "networkidle" });
  return { page, errors };
}

/** Waits until every chart on the page has drawn marks (or failed); returns the problems. */
async function chartsRendered(page: Page): Promise<{ charts: number; problems: string[] }> {
  const charts = await page.locator(".retro-chart").count();
  const problems: string[] = [];
  if (charts) {
    await page
      .waitForFunction(
        (marks) => Array.from(document.querySelectorAll(".retro-chart")).every((c) => c.querySelector(marks) || /Chart failed/.test(c.textContent ?? "")),
        MARKS,
        { timeout: 15_000 },
      )
      .catch(() => problems.push("charts did not finish rendering"));
    const bad = await page.evaluate((marks) => Array.from(document.querySelectorAll(".retro-chart")).filter((c) => !c.querySelector(marks)).map((c) => (c.textContent ?? "").slice(0, 120)), MARKS);
    problems.push(...bad.map((t) => `chart without marks: ${t || "(empty)"}`));
  }
  return { charts, problems };
}

function pagesOf(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".html") && !f.startsWith("_"))
    .map((f) => `/${f.replace(/index\.html$/, "").replace(/\.html$/, "")}`)
    .sort();
}

function audienceOf(root: string): string {
  const footer = /workshop-retro · (chair|committee|public) view/.exec(readFileSync(join(root, "index.html"), "utf8"));
  return footer?.[1] ?? "public";
}

async function checkSite(browser: Browser, dir: string): Promise<void> {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html"))) return check(`${dir}: built`, [`${dir}/index.html is missing: run npm run build first`]);
  const audience = audienceOf(root);
  const { server, base } = await serve(root);
  try {
    for (const path of pagesOf(root)) {
      const { page, errors } = await open(browser, `${base}${path}`);
      const { charts, problems } = await chartsRendered(page);
      const cellErrors = await page.locator(".observablehq--error").allInnerTexts();
      problems.push(...cellErrors.map((e) => `cell error: ${e.slice(0, 160)}`));
      const banner = await page.locator(".retro-banner").count();
      const noindex = await page.locator('meta[name="robots"][content*="noindex"]').count();
      const confidential = audience !== "public";
      if (confidential && (!banner || !(await page.locator(".retro-banner").innerText()).includes("CONFIDENTIAL"))) problems.push("no visible CONFIDENTIAL banner");
      if (confidential && !noindex) problems.push("no noindex meta");
      if (!confidential && (banner || noindex)) problems.push("public page carries the confidential banner or noindex");
      const name = `${audience}-${path === "/" ? "overview" : path.slice(1).replaceAll("/", "-")}`;
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
      if (docs && audience === "chair") {
        mkdirSync(docs, { recursive: true });
        await page.screenshot({ path: join(docs, `${path === "/" ? "overview" : path.slice(1)}.png`), clip: { x: 0, y: 0, width: 1280, height: 1000 } });
      }
      check(`${dir} ${path}: loads cleanly, ${charts} chart${charts === 1 ? "" : "s"} drawn${confidential ? ", banner and noindex" : ""}`, [...errors, ...problems]);
      await page.close();
    }
    await checkEditionSelector(browser, base, dir);
    await checkPaperSearch(browser, base, dir);
    if (audience === "chair") {
      const { page, errors } = await open(browser, `${base}/`, "dark");
      await chartsRendered(page);
      await page.screenshot({ path: join(shots, `${audience}-overview-dark.png`), fullPage: true });
      check(`${dir} /: dark theme renders`, errors);
      await page.close();
    }
  } finally {
    server.close();
  }
}

async function checkEditionSelector(browser: Browser, base: string, dir: string): Promise<void> {
  const { page, errors } = await open(browser, `${base}/`);
  const problems: string[] = [];
  const metric = page.locator('[data-metric="submitted"]');
  const select = page.locator(".retro-edition select");
  const options = await select.locator("option").allInnerTexts();
  const before = await metric.innerText();
  const other = options.filter((o) => o !== (options[0] ?? "")).at(-2) ?? options.at(-1);
  if (options.length < 2 || !other) problems.push(`the edition selector offers ${options.length} choice(s)`);
  else {
    await select.selectOption({ label: other });
    await page.waitForFunction((b) => document.querySelector('[data-metric="submitted"]')?.textContent !== b, before, { timeout: 5_000 }).catch(() => problems.push(`choosing ${other} left "Submissions" at ${before}`));
  }
  check(`${dir} /: the edition selector changes the numbers (${before} -> ${await metric.innerText()})`, [...errors, ...problems]);
  await page.close();
}

const rowCount = async (page: Page) => Number((await page.locator(".retro-table-foot .muted").first().innerText()).replace(/[^0-9]/g, ""));

async function checkPaperSearch(browser: Browser, base: string, dir: string): Promise<void> {
  const { page, errors } = await open(browser, `${base}/papers`);
  const problems: string[] = [];
  await page.locator(".retro-edition select").selectOption({ label: "All editions" });
  await page.waitForTimeout(300);
  const before = await rowCount(page);
  const titles = await page.locator(".retro-table tbody td a").allInnerTexts();
  const word = (titles[0] ?? "").split(/\s+/).filter((w) => w.length > 6).sort((a, b) => b.length - a.length)[0];
  if (!word) problems.push("no paper title to search for");
  else {
    const started = Date.now();
    await page.locator('input[placeholder^="Search titles"]').fill(word);
    await page.waitForFunction((b) => {
      const t = document.querySelector(".retro-table-foot .muted")?.textContent ?? "";
      return Number(t.replace(/[^0-9]/g, "")) < b;
    }, before, { timeout: 5_000 }).catch(() => problems.push(`searching "${word}" did not narrow ${before} rows`));
    const after = await rowCount(page);
    if (after < 1) problems.push(`searching "${word}" left no row`);
    const rows = await page.locator(".retro-table tbody tr").allInnerTexts();
    if (rows.some((t) => !t.toLowerCase().includes(word.toLowerCase()))) problems.push("a row without the searched word is still listed");
    console.log(`       search "${word}": ${before} -> ${after} rows in ${Date.now() - started} ms`);
  }
  check(`${dir} /papers: the search filters the table`, [...errors, ...problems]);
  await page.close();
}

/** Builds a public site from a tiny archive whose accepted papers have hostile titles; checks they are inert text. */
async function checkXss(browser: Browser): Promise<void> {
  const work = resolve("test/output/site-xss");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, "export"), { recursive: true });
  cpSync("test/fixtures/hotcrp/v3", join(work, "export"), { recursive: true });
  const json = join(work, "export", "ws24-data.json");
  const papers = JSON.parse(readFileSync(json, "utf8")) as Array<Record<string, unknown>>;
  for (const p of papers) p.title = `${XSS_TITLE} ${p.pid}`;
  writeFileSync(json, JSON.stringify(papers));
  const db = join(work, "xss.duckdb");
  const env = { ...process.env, RETRO_DB: db, RETRO_KEY_FILE: join(work, "xss.key"), RETRO_SITE_OUT: join(work, "dist") };
  process.env.RETRO_KEY_FILE = env.RETRO_KEY_FILE;
  await ingest({ inputs: [join(work, "export")], edition: "2024", db, config: parseConfig({}, "(xss check)") });
  const build = spawnSync("npx", ["tsx", "scripts/build.ts"], { env, encoding: "utf8" });
  if (build.status !== 0) return check("xss: build of the hostile-title site", [`build failed: ${(build.stderr + build.stdout).split("\n").filter((l) => /error/i.test(l)).slice(0, 5).join(" | ")}`]);
  const { server, base } = await serve(join(work, "dist"));
  try {
    const { page, errors } = await open(browser, `${base}/papers`);
    await page.waitForSelector(".retro-table tbody td a", { timeout: 10_000 }).catch(() => undefined);
    const links = await page.locator(".retro-table tbody td a").allInnerTexts();
    const problems: string[] = [];
    if (!links.some((t) => t.includes("<script>window.__xss = 1</script>") && t.includes('<img src="x"'))) problems.push(`no title shows the markup as text (titles: ${links.slice(0, 2).join(" | ") || "none"})`);
    await page.locator(".retro-table tbody td a").first().click();
    await page.waitForSelector("#paper-detail", { timeout: 5_000 }).catch(() => problems.push("the paper detail did not open"));
    const heading = await page.locator("#paper-detail h2").innerText().catch(() => "");
    if (!heading.includes("<img")) problems.push(`the detail heading does not show the markup as text: ${heading}`);
    const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null);
    if (ran !== null) problems.push(`the title's markup ran (window.__xss = ${ran})`);
    const injected = await page.locator('.retro-table img, #paper-detail img, .retro-table script, #paper-detail script').count();
    if (injected) problems.push(`${injected} element(s) created from a title`);
    await page.screenshot({ path: join(shots, "xss-papers.png"), fullPage: true });
    check("xss: titles with <script> and <img onerror> show as text and run nothing", [...errors, ...problems]);
    await page.close();
  } finally {
    server.close();
  }
}

mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
try {
  for (const dir of dirs) await checkSite(browser, dir);
  if (xss) await checkXss(browser);
} finally {
  await browser.close();
}
console.log(`screenshots in ${relative(process.cwd(), shots)}/`);
console.log(`site checks: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
