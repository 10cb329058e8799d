/** `retro report --edition <id> [--audience chair|committee|public] [--out reports/] [--format md,html,pdf]` */
import type { Command } from "commander";
import { Option } from "commander";
import { RetroError } from "../../lib/errors.ts";
import { FORMATS, generateReport, type Format } from "../../lib/report/generate.ts";
import { AUDIENCES, type Audience } from "../../lib/stats/index.ts";
import { commandContext } from "./context.ts";

function parseFormats(value: string): Format[] {
  const formats = value.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length || formats.length === 0) {
    throw new RetroError(`--format "${value}" names ${unknown.length ? `an unknown format: ${unknown.join(", ")}` : "no format"}.`, `Use a comma-separated list of ${FORMATS.join(", ")} (e.g. --format md,html).`);
  }
  return [...new Set(formats)] as Format[];
}

export function registerReport(program: Command): void {
  program
    .command("report")
    .description("write the retrospective report of an edition (Markdown, self-contained HTML, PDF) from the archive")
    .requiredOption("-e, --edition <id>", "the edition to report on, e.g. 2024")
    .addOption(new Option("-a, --audience <audience>", "who the report is for: chair (everything, confidential), committee, public").choices([...AUDIENCES]).default("chair"))
    .option("-o, --out <folder>", "output folder", "reports")
    .option("-f, --format <list>", `comma-separated formats: ${FORMATS.join(", ")} (default: all; the PDF needs Chromium)`)
    .addHelpText(
      "after",
      `
Examples:
  $ npm run -s retro -- report --edition 2024
  $ npm run -s retro -- report --edition 2024 --audience public --format md,html --out site/

Writes <edition>-retrospective.md (charts as SVG in <edition>-retrospective-charts/), .html and
.pdf; committee and public versions get a -committee / -public suffix. The PDF is printed from
the HTML by /usr/bin/chromium (or $RETRO_CHROMIUM).`,
    )
    .action(async (opts: { edition: string; audience: Audience; out: string; format?: string }, command: Command) => {
      const ctx = commandContext(command);
      const formats = opts.format ? parseFormats(opts.format) : [...FORMATS];
      const result = await generateReport(ctx.db, { edition: opts.edition, audience: opts.audience, config: ctx.config, out: opts.out, formats });
      for (const f of result.files) process.stdout.write(`  wrote ${f}\n`);
      const total = Object.values(result.seconds).reduce((a, b) => a + b, 0);
      process.stdout.write(`Report of edition ${opts.edition} for the ${opts.audience === "chair" ? "chairs" : opts.audience} written in ${total.toFixed(1)} s.\n`);
      if (result.skipped.length) {
        for (const s of result.skipped) process.stderr.write(`note: ${s}\n`);
        // Asked for explicitly, a missing PDF is an error; by default it is only a note.
        if (opts.format) process.exitCode = 1;
      }
    });
}
