/** Every subcommand registers itself on the program; add new ones here. */
import type { Command } from "commander";
import { registerIngest } from "./ingest.ts";

export const COMMANDS: Array<(program: Command) => void> = [registerIngest];
