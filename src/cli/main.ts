#!/usr/bin/env node
/**
 * `retro`: the command line of workshop-retro. One top-level catch: a RetroError prints its
 * location and fix without a stack trace (use --debug for stacks) and exits non-zero.
 */
import { Command } from "commander";
import { isRetroError } from "../lib/errors.ts";
import { COMMANDS } from "./commands/index.ts";
import { TOOL_VERSION } from "../lib/version.ts";

export function buildProgram(): Command {
  const program = new Command("retro")
    .description("workshop-retro: archive, classify and analyse a workshop's submissions and reviews")
    .version(TOOL_VERSION)
    .option("--db <file>", "the DuckDB archive (default: $RETRO_DB or data/workshop.duckdb)")
    .option("--config <file>", "workshop configuration (default: $RETRO_CONFIG or ./workshop.config.json)")
    .option("--debug", "show stack traces on errors")
    .showHelpAfterError("(run `retro --help` for usage)");
  for (const register of COMMANDS) register(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const debug = argv.includes("--debug");
    if (isRetroError(e)) {
      process.stderr.write(`error: ${e.format()}\n`);
      if (debug) process.stderr.write(`${e.stack}\n`);
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`internal error: ${(e as Error)?.message ?? e}\n`);
      process.stderr.write(debug ? `${(e as Error)?.stack}\n` : "  (run again with --debug for the stack trace, and please report it)\n");
      process.exitCode = 70;
    }
  }
}

await main(process.argv);
