/**
 * Opens every page of a built dashboard in headless Chromium (Debian's, via playwright-core):
 * no console error, no failed request, every chart rendered as SVG marks. Saves screenshots to
 * test/output/screenshots/. Usage: tsx scripts/check-site.ts [dist]
 */
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";

const root = resolve(process.argv[2] ?? "dist");
const shots = resolve("test/output/screenshots");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png" };

const server = createServer((req, res) => {
  const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
  let file = join(root, url);
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  if (!existsSync(file)) return void res.writeHead(404).end("not found");
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const pages = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".html") && !f.startsWith("_"))
  .map((f) => `/${f.replace(/index\.html$/, "").replace(/\.html$/, "")}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
mkdirSync(shots, { recursive: true });
const problems: string[] = [];
try {
  for (const path of pages) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
    page.on("response", (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    const charts = await page.locator(".retro-chart").count();
    if (charts) await page.waitForFunction((n) => document.querySelectorAll(".retro-chart svg .mark-rect, .retro-chart svg .mark-symbol, .retro-chart svg .mark-rule, .retro-chart svg .mark-line, .retro-chart svg .mark-area").length >= n, charts, { timeout: 10_000 }).catch(() => errors.push(`charts did not render (${charts} expected)`));
    const name = path === "/" ? "index" : path.slice(1).replaceAll("/", "-");
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    console.log(`${errors.length ? "FAIL" : "ok  "} ${path} (${charts} chart${charts === 1 ? "" : "s"})`);
    problems.push(...errors.map((e) => `${path}: ${e}`));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
for (const p of problems) console.error(`  ${p}`);
console.log(`site check: ${pages.length} page(s), ${problems.length} problem(s); screenshots in ${relative(process.cwd(), shots)}/`);
process.exit(problems.length ? 1 : 0);
