/**
 * `retro label <edition> <id> --area ... --kind ...`: record a chair's decision (it always wins).
 * `retro label --import data/labels.csv`, `--export [file]`, `--agreement`.
 */
import type { Command } from "commander";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { formatAgreement } from "../../lib/classify/agreement.ts";
import { agreementReport, classifyEdition, exportLabels, importLabels, inTransaction, recordChairLabel, type RawLabels } from "../../lib/classify/store.ts";
import { openArchive, openArchiveReadOnly } from "../../lib/db/archive.ts";
import { RetroError } from "../../lib/errors.ts";
import { commandContext } from "./context.ts";

export const DEFAULT_LABELS_FILE = "data/labels.csv";

interface LabelOptions {
  area?: string;
  secondArea?: string;
  kind?: string;
  challenges?: string;
  methods?: string;
  import?: string;
  export?: string | boolean;
  all?: boolean;
  agreement?: boolean;
  folds: string;
}

export function registerLabel(program: Command): void {
  program
    .command("label")
    .description("record chairs' labels (they always win over the model and train it), import/export them as CSV, report agreement")
    .argument("[edition]", "edition id")
    .argument("[id]", "submission id")
    .option("--area <area>", "systems area (or Other)")
    .option("--second-area <area>", 'second area, or "none"')
    .option("--kind <kind>", "deployment, research, position or benchmark")
    .option("--challenges <list>", 'challenges separated by ";", or "none"')
    .option("--methods <list>", 'ML methods separated by ";", or "none"')
    .option("--import [file]", `import a CSV of labels (default ${DEFAULT_LABELS_FILE})`)
    .option("--export [file]", `write the chair labels as CSV (default ${DEFAULT_LABELS_FILE}; "-" for stdout)`)
    .option("--all", "with --export: one row per submission, empty where unlabelled (a sheet to fill in)")
    .option("--agreement", "how often the model agrees with the chairs' labels, per field (cross-validated)")
    .option("--folds <n>", "with --agreement: number of cross-validation folds", "5")
    .addHelpText(
      "after",
      `
Examples:
  $ npm run -s retro -- label 2023 17 --area Databases --kind deployment --challenges "reliability;rollout integration"
  $ npm run -s retro -- label --export --all     # then edit data/labels.csv
  $ npm run -s retro -- label --import           # the file is the truth for the papers it lists
  $ npm run -s retro -- label --agreement

CSV columns: edition,id,area,second_area,kind,challenges,methods; lists separated by ";"; an empty cell
means no chair label for that field, "none" an explicitly empty list.`,
    )
    .action(async (edition: string | undefined, id: string | undefined, opts: LabelOptions, command: Command) => {
      const ctx = commandContext(command);
      const modes = [opts.import !== undefined, opts.export !== undefined, opts.agreement === true, edition !== undefined].filter(Boolean).length;
      if (modes !== 1) {
        throw new RetroError("Say what to do: label one paper, or --import, --export or --agreement (one at a time).", "e.g. `retro label 2023 17 --area Databases --kind research`, or `retro label --export`.");
      }
      if (!existsSync(ctx.db)) throw new RetroError(`No archive at ${ctx.db}.`, "Ingest an edition first (`retro ingest <export> --edition <id>`).");
      if (opts.export !== undefined) return exportCommand(ctx.db, opts);
      if (opts.agreement) return agreementCommand(ctx.db, ctx.config, Number(opts.folds));
      const archive = await openArchive(ctx.db);
      try {
        if (opts.import !== undefined) {
          const file = typeof opts.import === "string" ? opts.import : DEFAULT_LABELS_FILE;
          if (!existsSync(file)) throw new RetroError(`Labels file not found: ${file}`, "Export one first with `retro label --export --all`, or check the path.", { file });
          const summary = await inTransaction(archive.conn, async () => {
            const s = await importLabels(archive.conn, ctx.config, readFileSync(file, "utf8"), file);
            for (const ed of new Set(s.papers.map((p) => p.edition))) await classifyEdition(archive.conn, ed, ctx.config);
            return s;
          });
          process.stdout.write(`Imported ${file}: ${summary.rows} papers, ${summary.set} labels set; papers reclassified with the chairs' labels.\n`);
          return;
        }
        if (!id) throw new RetroError("Which submission? Give the edition and the id.", "e.g. `retro label 2023 17 --area Databases`.");
        const raw: RawLabels = { area: opts.area, second_area: opts.secondArea, kind: opts.kind, challenges: opts.challenges, methods: opts.methods };
        for (const k of Object.keys(raw) as (keyof RawLabels)[]) if (raw[k] === undefined) delete raw[k];
        const labels = await inTransaction(archive.conn, async () => {
          const l = await recordChairLabel(archive.conn, ctx.config, edition!, id, raw);
          await classifyEdition(archive.conn, edition!, ctx.config);
          return l;
        });
        const shown = Object.entries(labels).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(";") || "none" : (v ?? "none")}`);
        process.stdout.write(`Labelled ${edition}/${id}: ${shown.join(", ")}\n`);
      } finally {
        archive.close();
      }
    });
}

async function exportCommand(db: string, opts: LabelOptions): Promise<void> {
  const archive = await openArchiveReadOnly(db);
  try {
    const csv = await exportLabels(archive.conn, { all: opts.all });
    const file = typeof opts.export === "string" ? opts.export : DEFAULT_LABELS_FILE;
    if (file === "-") {
      process.stdout.write(csv);
      return;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, csv);
    process.stdout.write(`Wrote ${csv.trimEnd().split("\n").length - 1} rows to ${file}.\n`);
  } finally {
    archive.close();
  }
}

async function agreementCommand(db: string, config: Parameters<typeof agreementReport>[1], folds: number): Promise<void> {
  if (!Number.isInteger(folds) || folds < 2) throw new RetroError(`--folds should be a whole number of at least 2, not "${folds}".`, "e.g. --folds 5.");
  const archive = await openArchiveReadOnly(db);
  try {
    for (const line of formatAgreement(await agreementReport(archive.conn, config, { folds }))) process.stdout.write(`${line}\n`);
  } finally {
    archive.close();
  }
}
