/** Every subcommand registers itself on the program; add new ones here. */
import type { Command } from "commander";
import { registerClassify } from "./classify.ts";
import { registerIngest } from "./ingest.ts";
import { registerLabel } from "./label.ts";
import { registerReport } from "./report.ts";

export const COMMANDS: Array<(program: Command) => void> = [registerIngest, registerClassify, registerLabel, registerReport];
