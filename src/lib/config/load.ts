/**
 * Finds, reads and validates the workshop configuration. A wrong key or value is a RetroError
 * naming its path (e.g. `editions[1].year`) and the fix.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { RetroError } from "../errors.ts";
import { WorkshopConfig } from "./schema.ts";

export const DEFAULT_CONFIG_FILE = "workshop.config.json";

/** Explicit path, then $RETRO_CONFIG, then ./workshop.config.json, else the built-in defaults. */
export function loadConfig(explicit?: string): { config: WorkshopConfig; path: string | null } {
  const chosen = explicit ?? process.env.RETRO_CONFIG;
  if (chosen) {
    const path = resolve(chosen);
    if (!existsSync(path)) {
      throw new RetroError(`Configuration file not found: ${path}`, "Check the path given to --config or RETRO_CONFIG.", { file: chosen });
    }
    return { config: readConfigFile(path), path };
  }
  const local = resolve(DEFAULT_CONFIG_FILE);
  if (existsSync(local)) return { config: readConfigFile(local), path: local };
  return { config: parseConfig({}, "(built-in defaults)"), path: null };
}

export function readConfigFile(path: string): WorkshopConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new RetroError(
      `The configuration is not valid JSON: ${(e as Error).message}`,
      "Fix the JSON syntax (a trailing comma or a missing quote is the usual cause).",
      { file: path },
    );
  }
  return parseConfig(raw, path);
}

/** Validates a parsed configuration object; `source` names it in errors. */
export function parseConfig(raw: unknown, source: string): WorkshopConfig {
  const result = WorkshopConfig.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = formatPath(issue.path);
    throw new RetroError(`Invalid configuration at \`${path || "(top level)"}\`: ${describeIssue(issue)}`, fixFor(issue), {
      file: source,
      column: path || undefined,
    });
  }
  const config = result.data;
  const ids = new Set<string>();
  for (const [i, e] of config.editions.entries()) {
    if (ids.has(e.id)) {
      throw new RetroError(`Invalid configuration at \`editions[${i}].id\`: edition "${e.id}" is listed twice`, "Give every edition a distinct id.", { file: source, column: `editions[${i}].id` });
    }
    ids.add(e.id);
  }
  return config;
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return issue.message;
}

function fixFor(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return "Remove or rename the key; known keys are listed in the README under \"Configuration\" (a typo such as \"edition\" for \"editions\" is common).";
  }
  if (issue.code === "invalid_type") return `Give a value of the expected type (${issue.expected}).`;
  return "Correct the value as described.";
}
