/** `retro ingest <files or folder> --edition <id> [--system hotcrp|...]` */
import type { Command } from "commander";
import { Option } from "commander";
import { describeChanges } from "../../lib/ingest/changes.ts";
import { ingest } from "../../lib/ingest/ingest.ts";
import { SYSTEMS, type System } from "../../lib/model/records.ts";
import { commandContext } from "./context.ts";

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("load one edition's exported files (or a folder of them) into the archive, replacing that edition atomically")
    .argument("<paths...>", "export files, or folders holding them")
    .requiredOption("-e, --edition <id>", "edition id, e.g. 2024 (see `editions` in workshop.config.json)")
    .addOption(new Option("-s, --system <system>", "the submission system, when it cannot be recognised from the files").choices([...SYSTEMS]))
    .option("--no-classify", "load only; classify later with `retro classify`")
    .option("-q, --quiet", "print only errors")
    .addHelpText(
      "after",
      `
Examples:
  $ npm run -s retro -- ingest ~/Downloads/pacmi24-data.json ~/Downloads/pacmi24-reviews.csv --edition 2024
  $ npm run -s retro -- ingest data/sample/hotcrp/2023 --edition 2023

Identical files change nothing. A newer export of the same edition prints what changed and keeps
the earlier scores and decisions as a snapshot (e.g. before and after rebuttal).`,
    )
    .action(async (paths: string[], opts: { edition: string; system?: System; quiet?: boolean; classify: boolean }, command: Command) => {
      const ctx = commandContext(command);
      const tty = process.stderr.isTTY && !opts.quiet;
      const t0 = performance.now();
      const result = await ingest({
        inputs: paths,
        edition: opts.edition,
        db: ctx.db,
        config: ctx.config,
        system: opts.system,
        classify: opts.classify,
        progress: tty ? (m) => process.stderr.write(`\r\x1b[2K… ${m.length > 100 ? `${m.slice(0, 97)}...` : m}`) : undefined,
      });
      if (tty) process.stderr.write("\r\x1b[2K");
      if (opts.quiet) return;
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      for (const f of result.files) process.stdout.write(`  ${f.display}: ${f.system} ${f.kind}\n`);
      if (result.status === "unchanged") {
        const c = result.classification;
        if (!c) {
          process.stdout.write(`No change: these files are identical to ingest #${result.ingestId} of edition ${result.edition}; the archive was not modified.\n`);
        } else if ("error" in c) {
          process.stdout.write(`No new data: these files are identical to ingest #${result.ingestId} of edition ${result.edition}, whose classification was interrupted; classifying again failed (${c.error}). Run \`retro classify --edition ${result.edition}\`.\n`);
        } else {
          process.stdout.write(`No new data: these files are identical to ingest #${result.ingestId} of edition ${result.edition}. Its classification had been interrupted and is now done: ${c.classified} submission${c.classified === 1 ? "" : "s"} classified (${c.unchanged} already were).\n`);
        }
        return;
      }
      for (const line of describeChanges(result.changes, result.edition)) process.stdout.write(`${line}\n`);
      for (const w of result.warnings.slice(0, 20)) process.stdout.write(`  warning: ${[w.file, w.row && `row ${w.row}`, w.column && `column "${w.column}"`].filter(Boolean).join(", ")}${w.file ? ": " : ""}${w.message}\n`);
      if (result.warnings.length > 20) process.stdout.write(`  ... and ${result.warnings.length - 20} more warnings (see the Data page or the ingest_warnings table)\n`);
      const c = result.classification;
      if (c && "error" in c) process.stdout.write(`  warning: classification failed (${c.error}); the data is loaded, run \`retro classify --edition ${result.edition}\` to retry.\n`);
      else if (c) process.stdout.write(`  classified ${c.classified} new or changed submission${c.classified === 1 ? "" : "s"} (${c.unchanged} unchanged) in ${c.seconds.toFixed(1)} s\n`);
      process.stdout.write(`Archive ${ctx.db} updated (ingest #${result.ingestId}) in ${seconds} s.\n`);
    });
}

