/**
 * `retro classify [--edition id] [--force]`: (re)classify the archive's submissions.
 * `retro classify --input papers.csv|papers.json`: classify any list of papers, one JSON object
 * per line on stdout; bad rows are reported on stderr and the rest is still classified.
 */
import type { Command } from "commander";
import { existsSync, readFileSync } from "node:fs";
import { trainClassifier, type Classifier } from "../../lib/classify/classifier.ts";
import { parsePaperList, formatProblem } from "../../lib/classify/input.ts";
import { classifierSettings } from "../../lib/classify/settings.ts";
import { archiveModel, classifyEdition, inTransaction } from "../../lib/classify/store.ts";
import type { WorkshopConfig } from "../../lib/config/schema.ts";
import { openArchive, openArchiveReadOnly, queryRows } from "../../lib/db/archive.ts";
import { RetroError } from "../../lib/errors.ts";
import { commandContext } from "./context.ts";

interface ClassifyOptions {
  edition?: string;
  force?: boolean;
  input?: string;
  useLabels?: boolean;
  evidence: boolean;
}

export function registerClassify(program: Command): void {
  program
    .command("classify")
    .description("classify papers by systems area, kind (deployment/research/position/benchmark), challenges and ML methods, with evidence")
    .option("-e, --edition <id>", "only this edition of the archive (default: every edition)")
    .option("-f, --force", "reclassify every paper, not only new or changed ones")
    .option("-i, --input <file>", "classify a paper list instead of the archive: CSV (id,title[,abstract,keywords]) or JSON; JSON lines on stdout")
    .option("--use-labels", "with --input: also learn from the chair labels in the archive (default: the seed corpus only, so results are reproducible)")
    .option("--no-evidence", "with --input: leave out the evidence (faster for very large lists)")
    .addHelpText(
      "after",
      `
Examples:
  $ npm run -s retro -- classify                       # new or changed papers of every edition
  $ npm run -s retro -- classify --edition 2023 --force
  $ npm run -s retro -- classify --input papers.csv > labels.jsonl

Chair labels (\`retro label\`) always win over the model and are kept across reclassification.`,
    )
    .action(async (opts: ClassifyOptions, command: Command) => {
      const ctx = commandContext(command);
      if (opts.input) await classifyList(opts, ctx.config, ctx.db);
      else await classifyArchive(opts, ctx.config, ctx.db);
    });
}

async function classifyArchive(opts: ClassifyOptions, config: WorkshopConfig, db: string): Promise<void> {
  if (!existsSync(db)) {
    throw new RetroError(`No archive at ${db}.`, "Ingest an edition first (`retro ingest <export> --edition <id>`), or classify a file with --input.");
  }
  const archive = await openArchive(db);
  try {
    const editions = (await queryRows<{ edition: string }>(archive.conn, `SELECT DISTINCT edition FROM submissions ORDER BY edition`)).map((r) => r.edition);
    if (opts.edition && !editions.includes(opts.edition)) {
      throw new RetroError(`Edition "${opts.edition}" has no submissions in ${db}.`, editions.length ? `Use one of: ${editions.join(", ")}.` : "Ingest it first.");
    }
    for (const edition of opts.edition ? [opts.edition] : editions) {
      const r = await inTransaction(archive.conn, () => classifyEdition(archive.conn, edition, config, { force: opts.force }));
      process.stdout.write(`${edition}: ${r.classified} classified, ${r.unchanged} unchanged, ${r.chairLabelled} with chair labels (model ${r.modelVersion})\n`);
    }
    if (editions.length === 0) process.stdout.write("The archive has no submissions yet.\n");
  } finally {
    archive.close();
  }
}

async function classifyList(opts: ClassifyOptions, config: WorkshopConfig, db: string): Promise<void> {
  const file = opts.input!;
  if (!existsSync(file)) throw new RetroError(`Paper list not found: ${file}`, "Check the path given to --input.", { file });
  const { papers, problems } = parsePaperList(readFileSync(file, "utf8"), file);
  for (const p of problems) process.stderr.write(`warning: ${formatProblem(p)}\n`);
  const model = await listModel(config, db, opts.useLabels === true);
  let out: string[] = [];
  for (const paper of papers) {
    const c = model.classify(paper, { evidence: opts.evidence });
    const { evidence, ...labels } = c;
    out.push(JSON.stringify({ id: paper.id, ...labels, evidence: opts.evidence ? evidence : undefined }));
    if (out.length >= 1000) {
      process.stdout.write(`${out.join("\n")}\n`);
      out = [];
    }
  }
  if (out.length) process.stdout.write(`${out.join("\n")}\n`);
  if (problems.length) process.stderr.write(`${papers.length} paper${papers.length === 1 ? "" : "s"} classified; ${problems.length} problem${problems.length === 1 ? "" : "s"} reported above.\n`);
}

async function listModel(config: WorkshopConfig, db: string, useLabels: boolean): Promise<Classifier> {
  if (!useLabels) {
    const { classifier, taxonomy } = classifierSettings(config);
    return trainClassifier({ config: classifier, taxonomy });
  }
  const archive = await openArchiveReadOnly(db);
  try {
    return await archiveModel(archive.conn, config);
  } finally {
    archive.close();
  }
}
