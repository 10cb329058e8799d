/** The PDF, printed from the self-contained HTML by Debian's Chromium (never a downloaded browser). */
import { existsSync } from "node:fs";
import { RetroError } from "../errors.ts";
import { produceAtomic } from "./write.ts";

/** Chromium's path: $RETRO_CHROMIUM, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.RETRO_CHROMIUM || "/usr/bin/chromium";
}

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath());
}

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function missingChromium(): RetroError {
  return new RetroError(
    `Chromium was not found at ${chromiumPath()}, so no PDF was written (the Markdown and HTML were).`,
    "Install it (`apt-get install -y chromium` on Debian/Ubuntu) or point RETRO_CHROMIUM at a Chromium binary; or leave pdf out of --format.",
  );
}

/** Prints `html` to `path` as an A4 PDF. */
export async function writePdf(html: string, path: string): Promise<void> {
  if (!chromiumAvailable()) throw missingChromium();
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await produceAtomic(path, async (temp) => {
      await page.pdf({ path: temp, format: "A4", printBackground: true, margin: { top: "16mm", bottom: "16mm", left: "14mm", right: "14mm" } });
    });
  } finally {
    await browser.close();
  }
}
