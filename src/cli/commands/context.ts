/** Global options shared by every subcommand (--db, --config). */
import type { Command } from "commander";
import { archivePath } from "../../lib/db/archive.ts";
import { loadConfig } from "../../lib/config/load.ts";
import type { WorkshopConfig } from "../../lib/config/schema.ts";

export interface CommandContext {
  db: string;
  config: WorkshopConfig;
  configPath: string | null;
}

export function commandContext(command: Command): CommandContext {
  const globals = command.optsWithGlobals() as { db?: string; config?: string };
  const { config, path } = loadConfig(globals.config);
  return { db: archivePath(globals.db), config, configPath: path };
}
